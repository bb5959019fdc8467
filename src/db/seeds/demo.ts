import { eq, sql } from 'drizzle-orm';
import { createRng } from '../../domain/random/rng.js';
import { withTenant, type Db } from '../../server/platform/db.js';
import { hashPassword } from '../../server/platform/passwords.js';
import { district, municipality, staffUser } from '../schema/index.js';
import { demoBuildingProjectSteps } from './demo-building-projects.js';
import { demoPlanSteps } from './demo-plan.js';
import { demoCaseSteps } from './demo-cases.js';
import { DEMO_MUNICIPALITIES, DEMO_PASSWORD, DEMO_SEED, splitInhabitants, type DemoMunicipality } from './demo-data.js';
import { demoDwellingSteps } from './demo-dwellings.js';
import { demoFollowupSteps } from './demo-followup.js';
import { demoFollowupSettingsSteps } from './demo-followup-settings.js';
import { demoHousingFirstSteps } from './demo-housing-first.js';
import { demoLeaseSteps } from './demo-leases.js';
import { demoMapSteps } from './demo-map.js';
import { demoNeighbourhoodSteps } from './demo-neighbourhood.js';
import { demoPrivateRentalSteps } from './demo-private-rental.js';
import { demoRentToOwnSteps } from './demo-rent-to-own.js';
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
  return [districtsStep(m), usersStep(m), ...demoDwellingSteps(m), ...demoCaseSteps(m), ...demoTemporarySteps(m), ...demoLeaseSteps(m), ...demoWaitingSteps(m), ...demoHousingFirstSteps(m), ...demoRentToOwnSteps(m), ...demoFollowupSteps(m), ...demoFollowupSettingsSteps(m), ...demoNeighbourhoodSteps(m), ...demoPrivateRentalSteps(m), ...demoMapSteps(m), ...demoBuildingProjectSteps(m), ...demoPlanSteps(m)];
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
 * Bump when a step changes what it writes without changing its name, so existing data
 * directories run the steps again (they are idempotent) on their next start.
 */
const DEMO_SEED_REVISION = 1;

/** The version recorded when a municipality's demo seed has run to the end: the revision and the step names. */
export function demoSeedVersion(m: DemoMunicipality): string {
  return `${DEMO_SEED_REVISION}:${demoSteps(m)
    .map((s) => s.name)
    .join('|')}`;
}

/** The demo seed versions already completed, by kommunenummer (one query: the fast path of every start). */
async function completedSeeds(db: Db): Promise<Map<string, string>> {
  const rows = await db.select({ kommunenummer: municipality.kommunenummer, demoSeed: municipality.demoSeed }).from(municipality);
  return new Map(rows.filter((r) => r.demoSeed !== null).map((r) => [r.kommunenummer, r.demoSeed!]));
}

/**
 * Seeds Demo kommune (9999) and Nabo kommune (9998) deterministically: the same seed
 * gives the same data. Safe to run on every start (HUSLY_DEMO=1): a municipality whose seed
 * has already run to the end with the same steps is skipped with one query (bench:startup,
 * existing data directory); otherwise the idempotent steps run and the version is recorded.
 */
export async function seedDemo(
  db: Db,
  options: SeedOptions & {
    onStep?: (name: string, ms: number) => void;
    /** Run every step even when this seed has completed (tests of the steps' idempotency). */
    force?: boolean;
  },
): Promise<void> {
  const done = await completedSeeds(db);
  const pending = DEMO_MUNICIPALITIES.filter((m) => options.force || done.get(m.kommunenummer) !== demoSeedVersion(m));
  if (pending.length === 0) return;
  const demoPasswordHash = await hashPassword(DEMO_PASSWORD, options.hashCost);
  for (const m of pending) {
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
    await db.update(municipality).set({ demoSeed: demoSeedVersion(m) }).where(eq(municipality.id, municipalityId));
  }
}

/** True when the demo municipality exists (used to print the demo logins at start). */
export async function hasDemo(db: Db): Promise<boolean> {
  const result = (await db.execute(sql`select 1 from municipality where kommunenummer = '9999'`)) as unknown as { rows: unknown[] };
  return result.rows.length > 0;
}
