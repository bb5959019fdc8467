/**
 * npm run seed:large — an Oslo-scale municipality for benchmarks: Storby kommune
 * (kommunenummer 9997, 700 000 inhabitants, 15 districts) with its staff. Each area
 * adds its generator to LARGE_STEPS with the scale below (12 000 dwellings, 40 000
 * households, 10 years of events) as it is built; the run prints what it made.
 * Uses DATABASE_URL when set, else the embedded database in HUSLY_DATA_DIR (locked).
 */
import { sql } from 'drizzle-orm';
import { createRng } from '../../domain/random/rng.js';
import { ROLES } from '../../domain/access/roles.js';
import { readConfig } from '../../server/config.js';
import { lockDataDir } from '../../server/platform/datadir-lock.js';
import { migrateDb, openDb, rows, withTenant } from '../../server/platform/db.js';
import { hashPassword } from '../../server/platform/passwords.js';
import { district, staffUser } from '../schema/index.js';
import { ensureMunicipality } from './demo.js';
import { splitInhabitants } from './demo-data.js';
import type { SeedStep } from './seed-context.js';

export const LARGE_SCALE = { dwellings: 12_000, households: 40_000, years: 10 } as const;
export const LARGE_SEED = 1_000_003;
const STORBY = { kommunenummer: '9997', name: 'Storby kommune', inhabitants: 700_000 };
const DISTRICTS = 15;
const STAFF = 400;

export const LARGE_STEPS: SeedStep[] = [
  {
    name: 'districts',
    async run(ctx) {
      const sizes = splitInhabitants(STORBY.inhabitants, Array.from({ length: DISTRICTS }, () => ctx.rng.int(50, 150)));
      await ctx.tx
        .insert(district)
        .values(sizes.map((inhabitants, i) => ({ municipalityId: ctx.municipalityId, code: String(i + 1).padStart(2, '0'), name: `Bydel ${i + 1}`, inhabitants })))
        .onConflictDoNothing();
    },
  },
  {
    name: 'staff users',
    async run(ctx) {
      const values = Array.from({ length: STAFF }, (_, i) => {
        const role = ROLES[i % ROLES.length]!;
        return { municipalityId: ctx.municipalityId, username: `storby-${role}-${i}`, displayName: `Ansatt ${i}`, role, passwordHash: ctx.demoPasswordHash };
      });
      await ctx.tx.insert(staffUser).values(values).onConflictDoNothing();
    },
  },
];

async function main(): Promise<void> {
  const config = readConfig();
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDb(handle);
    const t0 = performance.now();
    const municipalityId = await ensureMunicipality(handle.db, STORBY);
    const rng = createRng(LARGE_SEED);
    const demoPasswordHash = await hashPassword('demo');
    for (const step of LARGE_STEPS) {
      const s0 = performance.now();
      await withTenant(handle.db, { municipalityId }, (tx) =>
        step.run({ tx, municipalityId, kommunenummer: STORBY.kommunenummer, rng, today: new Date(), demoPasswordHash }),
      );
      console.log(`  ${step.name.padEnd(20)} ${(performance.now() - s0).toFixed(0)} ms`);
    }
    const counts = await withTenant(handle.db, { municipalityId }, (tx) =>
      rows<{ districts: number; staff: number }>(tx, sql`select (select count(*)::int from district) as districts, (select count(*)::int from staff_user) as staff`),
    );
    console.log(`Storby kommune (9997) on ${handle.engine}: ${JSON.stringify(counts[0])} in ${(performance.now() - t0).toFixed(0)} ms.`);
    console.log(`Target scale once the areas exist: ${JSON.stringify(LARGE_SCALE)}; generated so far: districts and staff (the spine's tables).`);
  } finally {
    await handle.close();
    lock?.release();
  }
}

if (process.argv[1] && import.meta.url === new URL(`file://${process.argv[1]}`).href) {
  main().catch((error: unknown) => {
    console.error(error);
    process.exit(1);
  });
}
