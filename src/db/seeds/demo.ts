import { eq, sql } from 'drizzle-orm';
import { createRng } from '../../domain/random/rng.js';
import { withTenant, type Db } from '../../server/platform/db.js';
import { hashPassword } from '../../server/platform/passwords.js';
import { district, municipality, staffUser } from '../schema/index.js';
import { demoCaseSteps } from './demo-cases.js';
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_SEED, splitInhabitants, type DemoMunicipality } from './demo-data.js';
import { demoDwellingSteps } from './demo-dwellings.js';
import { demoLeaseSteps } from './demo-leases.js';
import { demoTemporarySteps } from './demo-temporary.js';
import { demoWaitingSteps } from './demo-waiting.js';
import type { SeedContext, SeedStep } from './seed-context.js';

function districtsStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'districts',
    async run(ctx) {
      const sizes = splitInhabitants(
        m.inhabitants,
        m.districtNames.map(() => ctx.rng.int(60, 140)),
      );
      await ctx.tx
        .insert(district)
        .values(
          m.districtNames.map((name, i) => ({
            municipalityId: ctx.municipalityId,
            code: String(i + 1).padStart(2, '0'),
            name,
            inhabitants: sizes[i] ?? 0,
          })),
        )
        .onConflictDoNothing();
    },
  };
}

function usersStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'staff users',
    async run(ctx) {
      await ctx.tx
        .insert(staffUser)
        .values(m.users.map((u) => ({ municipalityId: ctx.municipalityId, ...u, passwordHash: ctx.demoPasswordHash })))
        .onConflictDoNothing();
    },
  };
}

/**
 * The steps for one demo municipality. Later areas add theirs here (households,
 * dwellings, ...) — each idempotent and drawing from ctx.rng only.
 */
export function demoSteps(m: DemoMunicipality): SeedStep[] {
  return [districtsStep(m), usersStep(m), ...demoDwellingSteps(m), ...demoCaseSteps(m), ...demoTemporarySteps(m), ...demoLeaseSteps(m), ...demoWaitingSteps(m)];
}

/**
 * Inserts the municipality row as the owner (municipalities are created by the
 * operator, not by a tenant) and returns its id. Idempotent.
 */
export async function ensureMunicipality(db: Db, m: Pick<DemoMunicipality, 'kommunenummer' | 'name' | 'inhabitants'>): Promise<number> {
  await db
    .insert(municipality)
    .values({ kommunenummer: m.kommunenummer, name: m.name, inhabitants: m.inhabitants })
    .onConflictDoNothing();
  const [row] = await db.select({ id: municipality.id }).from(municipality).where(eq(municipality.kommunenummer, m.kommunenummer));
  if (!row) throw new Error(`municipality ${m.kommunenummer} missing after insert`);
  return row.id;
}

export interface SeedOptions {
  today: Date;
  /** Lower scrypt cost for tests; production seeds use the default. */
  hashCost?: Parameters<typeof hashPassword>[1];
}

/**
 * Seeds Demo kommune (9999) and Nabo kommune (9998) deterministically: the same seed
 * gives the same data. Safe to run on every start (HUSLY_DEMO=1).
 */
export async function seedDemo(db: Db, options: SeedOptions & { onStep?: (name: string, ms: number) => void }): Promise<void> {
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD, options.hashCost);
  for (const m of DEMO_MUNICIPALITIES) {
    const municipalityId = await ensureMunicipality(db, m);
    // Each municipality gets its own stream, so adding a step to one does not change the other.
    const rng = createRng(DEMO_SEED + Number(m.kommunenummer));
    for (const step of demoSteps(m)) {
      const started = performance.now();
      if (step.analyze?.length) await db.execute(sql`analyze ${sql.join(step.analyze.map((t) => sql.identifier(t)), sql`, `)}`);
      await withTenant(db, { municipalityId }, (tx) =>
        step.run({ tx, municipalityId, kommunenummer: m.kommunenummer, rng, today: options.today, demoPasswordHash } satisfies SeedContext),
      );
      options.onStep?.(`${m.kommunenummer} ${step.name}`, performance.now() - started);
    }
  }
}

/** True when the demo municipality exists (used to print the demo logins at start). */
export async function hasDemo(db: Db): Promise<boolean> {
  const result = (await db.execute(sql`select 1 from municipality where kommunenummer = '9999'`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}
