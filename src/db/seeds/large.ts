/**
 * npm run seed:large — an Oslo-scale municipality for benchmarks: Storby kommune (kommunenummer
 * 9997, 700 000 inhabitants, 15 districts) with its staff and eleven years of history generated
 * by large-history.ts at LARGE_SCALE (12 000 dwellings with their status periods and leases,
 * ~40 000 households, cases of every type with decisions and appeals, temporary stays, Housing
 * First, rent to own, refugee settlements). Bulk inserts (json_to_recordset, a few thousand rows
 * a statement), one transaction per step; prints each step's time and the row counts.
 *
 * Idempotent: when Storby already has dwellings the history steps are skipped (a second run
 * changes nothing); to generate again, start from an empty data directory or database.
 * Uses DATABASE_URL when set, else the embedded database in HUSLY_DATA_DIR (locked).
 */
import { sql, type Table } from 'drizzle-orm';
import { createRng } from '../../domain/random/rng.js';
import { osloDate } from '../../domain/deadlines/calendar.js';
import { ROLES } from '../../domain/access/roles.js';
import { readConfig } from '../../server/config.js';
import { lockDataDir } from '../../server/platform/datadir-lock.js';
import { migrateDb, openDb, rows, withTenant, type DbHandle, type Tx } from '../../server/platform/db.js';
import { hashPassword } from '../../server/platform/passwords.js';
import { INDICATORS } from '../../domain/indicators/definitions.js';
import {
  actionPlan,
  actionPlanTarget,
  appeal,
  caseNumberSequence,
  decision,
  district,
  dwelling,
  dwellingStatusPeriod,
  evictionStep,
  helpRequest,
  household,
  householdMember,
  housingCase,
  housingFirstParticipant,
  lease,
  person,
  refugeeSettlement,
  rentToOwnPlan,
  staffUser,
  tempPlace,
  tempProvider,
  tempStay,
} from '../schema/index.js';
import { ensureMunicipality } from './demo.js';
import { splitInhabitants } from './demo-data.js';
import { generateLargeWorld, type LargeWorld } from './large-history.js';
import { insertJson } from './seed-insert.js';
import type { SeedContext, SeedStep } from './seed-context.js';

export const LARGE_SCALE = { dwellings: 12_000, households: 40_000, years: 10 } as const;
export const LARGE_SEED = 1_000_003;
export const STORBY = { kommunenummer: '9997', name: 'Storby kommune', inhabitants: 700_000 };
const DISTRICTS = 15;
const STAFF = 400;
/** Rows per insert statement (one JSON parameter each). */
const BATCH = 4_000;

async function insertAll<T extends Table>(tx: Tx, table: T, values: ReadonlyArray<Partial<T['$inferInsert']>>): Promise<void> {
  for (let i = 0; i < values.length; i += BATCH) await insertJson(tx, table, values.slice(i, i + BATCH));
}

/**
 * The steps at `scale` (1 = Oslo; the db test runs 1/200). The «history» step generates the
 * whole world in memory (no database writes); each later step writes one part of it in its own
 * transaction, in foreign-key order. All are skipped when the municipality already has dwellings.
 */
export function largeSteps(scale = 1): SeedStep[] {
  let world: LargeWorld | undefined;
  const part = (name: string, analyze: readonly string[], write: (tx: Tx, w: LargeWorld) => Promise<void>): SeedStep => ({
    name,
    analyze,
    async run(ctx) {
      if (world) await write(ctx.tx, world);
    },
  });
  return [
    {
      name: 'districts',
      async run(ctx) {
        const sizes = splitInhabitants(STORBY.inhabitants * Math.min(1, scale * 10), Array.from({ length: DISTRICTS }, () => ctx.rng.int(50, 150)));
        await ctx.tx
          .insert(district)
          .values(sizes.map((inhabitants, i) => ({ municipalityId: ctx.municipalityId, code: String(i + 1).padStart(2, '0'), name: `Bydel ${i + 1}`, inhabitants, dwellingsTotal: Math.round(inhabitants / 2.1) })))
          .onConflictDoNothing();
      },
    },
    {
      name: 'staff users',
      async run(ctx) {
        const count = Math.max(ROLES.length * 2, Math.round(STAFF * scale));
        const values = Array.from({ length: count }, (_, i) => {
          const role = ROLES[i % ROLES.length]!;
          return { municipalityId: ctx.municipalityId, username: `storby-${role}-${i}`, displayName: `Ansatt ${i}`, role, passwordHash: ctx.demoPasswordHash };
        });
        await ctx.tx.insert(staffUser).values(values).onConflictDoNothing();
      },
    },
    {
      name: 'history (in memory)',
      async run(ctx) {
        world = undefined;
        const [existing] = await rows<{ n: number }>(ctx.tx, sql`select count(*)::int as n from ${dwelling} where municipality_id = ${ctx.municipalityId}`);
        if ((existing?.n ?? 0) > 0) {
          console.log('  (the municipality already has dwellings: history not generated again)');
          return;
        }
        const staff = await rows<{ id: string; role: string }>(ctx.tx, sql`select id, role from ${staffUser} where municipality_id = ${ctx.municipalityId} order by username`);
        const districts = await rows<{ code: string }>(ctx.tx, sql`select code from ${district} where municipality_id = ${ctx.municipalityId} order by code`);
        const ids = (role: string) => staff.filter((s) => s.role === role).map((s) => s.id);
        world = generateLargeWorld({
          scale,
          today: osloDate(ctx.today),
          years: LARGE_SCALE.years,
          rng: ctx.rng,
          municipalityId: ctx.municipalityId,
          kommunenummer: ctx.kommunenummer,
          districts: districts.map((d) => d.code),
          staff: { caseworker: ids('caseworker'), nav: ids('nav_adviser'), followup: ids('followup') },
        });
      },
    },
    part('persons and households', [], async (tx, w) => {
      await insertAll(tx, person, w.persons);
      await insertAll(tx, household, w.households);
      await insertAll(tx, householdMember, w.members);
    }),
    part('dwellings', ['person', 'household', 'household_member'], async (tx, w) => {
      await insertAll(tx, dwelling, w.dwellings);
      await insertAll(tx, dwellingStatusPeriod, w.statusPeriods);
    }),
    part('cases and decisions', ['dwelling', 'dwelling_status_period'], async (tx, w) => {
      await insertAll(tx, helpRequest, w.helpRequests);
      await insertAll(tx, housingCase, w.cases);
      await insertAll(tx, decision, w.decisions);
      await insertAll(tx, appeal, w.appeals);
      const seq = [...w.caseNumberLast].map(([year, last]) => ({ municipalityId: w.cases[0]!.municipalityId, year, last }));
      await insertAll(tx, caseNumberSequence, seq);
    }),
    part('leases', ['help_request', 'housing_case', 'decision', 'appeal'], async (tx, w) => {
      await insertAll(tx, lease, w.leases);
      await insertAll(tx, evictionStep, w.evictionSteps);
    }),
    part('temporary stays', ['lease'], async (tx, w) => {
      await insertAll(tx, tempProvider, w.tempProviders);
      await insertAll(tx, tempPlace, w.tempPlaces);
      await insertAll(tx, tempStay, w.tempStays);
    }),
    part('follow-up and settlement', ['temp_stay'], async (tx, w) => {
      await insertAll(tx, housingFirstParticipant, w.housingFirst);
      await insertAll(tx, rentToOwnPlan, w.rentToOwn);
      await insertAll(tx, refugeeSettlement, w.refugeeSettlements);
    }),
    {
      // The adopted action plan (this year ± two) with a target for every indicator each year: the
      // dashboard's and the council report's figures at their largest (bench:report times them).
      // Added when the municipality has no plan yet (so an older seed:large data set gets one too).
      name: 'action plan',
      async run(ctx) {
        const [existing] = await rows<{ n: number }>(ctx.tx, sql`select count(*)::int as n from ${actionPlan} where municipality_id = ${ctx.municipalityId}`);
        if ((existing?.n ?? 0) > 0) return;
        const year = Number(osloDate(ctx.today).slice(0, 4));
        const [manager] = await rows<{ id: string }>(ctx.tx, sql`select id from ${staffUser} where role = 'manager' order by username limit 1`);
        const [plan] = await ctx.tx
          .insert(actionPlan)
          .values({ municipalityId: ctx.municipalityId, title: `Boligsosial handlingsplan ${year - 2}–${year + 2}`, fromYear: year - 2, toYear: year + 2, status: 'adopted', adoptedOn: `${year - 2}-02-15`, adoptedRef: `PS 12/${String(year - 2).slice(2)}`, createdBy: manager!.id })
          .returning({ id: actionPlan.id });
        const targets = INDICATORS.flatMap((d) =>
          Array.from({ length: 5 }, (_, k) => ({ municipalityId: ctx.municipalityId, planId: plan!.id, indicatorId: d.id, year: year - 2 + k, direction: 'at_least' as const, target: 0, tolerance: 0 })),
        );
        await insertAll(ctx.tx, actionPlanTarget, targets);
      },
    },
  ];
}

export const LARGE_STEPS: SeedStep[] = largeSteps(1);

/** Row counts of the large municipality's tables (printed at the end, and by the test). */
export async function largeCounts(tx: Tx): Promise<Record<string, number>> {
  const tables = ['action_plan_target', 'district', 'staff_user', 'person', 'household', 'household_member', 'dwelling', 'dwelling_status_period', 'help_request', 'housing_case', 'decision', 'appeal', 'lease', 'eviction_step', 'temp_provider', 'temp_place', 'temp_stay', 'housing_first_participant', 'rent_to_own_plan', 'refugee_settlement'];
  const [row] = await rows<Record<string, number>>(tx, sql.raw(`select ${tables.map((t) => `(select count(*)::int from ${t}) as ${t}`).join(', ')}`));
  return row ?? {};
}

/** Runs the steps for a municipality (ANALYZE as the owner before a step that asks for it). */
export async function runLargeSteps(
  db: Parameters<typeof withTenant>[0],
  steps: readonly SeedStep[],
  ctx: Omit<SeedContext, 'tx'>,
  onStep?: (name: string, ms: number) => void,
): Promise<void> {
  for (const step of steps) {
    const s0 = performance.now();
    if (step.analyze?.length) await db.execute(sql`analyze ${sql.join(step.analyze.map((t) => sql.identifier(t)), sql`, `)}`);
    await withTenant(db, { municipalityId: ctx.municipalityId }, (tx) => step.run({ ...ctx, tx }));
    onStep?.(step.name, performance.now() - s0);
  }
}

/**
 * Seeds Storby into an open, migrated database (seed:large and bench:report). Returns its id;
 * prints each step's time through `onStep`.
 */
export async function seedLarge(handle: DbHandle, options: { today: Date; onStep?: (name: string, ms: number) => void }): Promise<number> {
  const municipalityId = await ensureMunicipality(handle.db, STORBY);
  const demoPasswordHash = await hashPassword('demo');
  await runLargeSteps(handle.db, LARGE_STEPS, { municipalityId, kommunenummer: STORBY.kommunenummer, rng: createRng(LARGE_SEED), today: options.today, demoPasswordHash }, options.onStep);
  await handle.db.execute(sql`analyze`);
  return municipalityId;
}

async function main(): Promise<void> {
  const config = readConfig();
  const lock = config.databaseUrl ? undefined : lockDataDir(config.dataDir);
  const handle = await openDb({ databaseUrl: config.databaseUrl, dataDir: config.dataDir });
  try {
    await migrateDb(handle);
    const t0 = performance.now();
    const municipalityId = await seedLarge(handle, { today: new Date(), onStep: (name, ms) => console.log(`  ${name.padEnd(26)} ${ms.toFixed(0).padStart(7)} ms`) });
    const counts = await withTenant(handle.db, { municipalityId }, (tx) => largeCounts(tx));
    console.log(`Storby kommune (9997) on ${handle.engine} in ${(performance.now() - t0).toFixed(0)} ms (target scale ${JSON.stringify(LARGE_SCALE)}):`);
    for (const [table, n] of Object.entries(counts)) console.log(`  ${table.padEnd(26)} ${String(n).padStart(8)}`);
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
