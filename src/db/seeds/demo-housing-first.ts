import { sql } from 'drizzle-orm';
import { osloDate } from '../../domain/deadlines/calendar.js';
import { createRng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import { fidelityAssessment, housingFirstParticipant, housingFirstTarget } from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { pickHoused, planAssessments, planParticipants, type TenantCandidate, type WaitingCandidate } from './demo-housing-first-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';

/**
 * Demo step for the Housing First programme (demo-housing-first-data.ts), Demo kommune only:
 * about a dozen participants drawn from the single-adult tenants (housed on the lease's first day)
 * and from the waiting list (their own choice of districts then counts in the allocation round),
 * this year's and last year's targets and three fidelity self-assessments by the follow-up team.
 * A handful of rows in three statements; its own rng stream. Runs after the leases and the waiting
 * list. Idempotent: skipped when the municipality has a participant.
 */

const TARGETS: ReadonlyArray<readonly [number, number]> = [
  [0, 15],
  [-1, 12],
];

/** Households of one member today. */
const singles = (ctx: SeedContext) =>
  sql`select household_id from household_member where municipality_id = ${ctx.municipalityId} and left_on is null group by household_id having count(*) = 1`;

/** Single-adult households with a running lease, head without protected address, in a stable order. */
function tenants(ctx: SeedContext): Promise<TenantCandidate[]> {
  return rows<TenantCandidate>(
    ctx.tx,
    sql`select h.head_person_id as "personId", h.id as "householdId", l.id as "leaseId", l.start_date::text as "leaseStart"
        from lease l
        join household h on h.municipality_id = l.municipality_id and h.id = l.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        join (${singles(ctx)}) s on s.household_id = h.id
        where l.municipality_id = ${ctx.municipalityId} and l.status = 'signed' and p.address_protection = 'none'
        order by l.id`,
  );
}

/** Heads of single-adult households approved and still waiting (no lease on the approval). */
function waitingHeads(ctx: SeedContext, today: string): Promise<WaitingCandidate[]> {
  return rows<WaitingCandidate>(
    ctx.tx,
    sql`select distinct on (c.household_id) c.person_id as "personId", c.household_id as "householdId"
        from housing_case c
        join decision d on d.municipality_id = c.municipality_id and d.case_id = c.id and d.status = 'sent' and d.outcome = 'approved'
        join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
        where c.municipality_id = ${ctx.municipalityId} and c.case_type = 'rental_dwelling' and c.status = 'decided'
          and (d.valid_until is null or d.valid_until >= ${today}) and p.address_protection = 'none'
          and not exists (select 1 from lease l where l.municipality_id = c.municipality_id and l.household_id = c.household_id and l.status in ('draft', 'signed', 'terminated'))
          and c.household_id in (${singles(ctx)})
        order by c.household_id, c.id
        limit 4`,
  );
}

function housingFirstStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'housing first',
    async run(ctx) {
      if (m.kommunenummer !== '9999') return;
      const { tx, municipalityId } = ctx;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from housing_first_participant where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const today = osloDate(ctx.today);
      const rng = createRng(DEMO_SEED + Number(m.kommunenummer) + 6_000_000);
      const [team] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and username = 'oppfolging'`);
      if (!team) return;
      const districts = (await rows<{ code: string }>(tx, sql`select code from district where municipality_id = ${municipalityId} order by code`)).map((d) => d.code);
      const [vacant] = await rows<{ id: string }>(
        tx,
        sql`select d.id from dwelling d join dwelling_status_period s on s.municipality_id = d.municipality_id and s.dwelling_id = d.id
            where d.municipality_id = ${municipalityId} and s.status = 'vacant' and s.to_date is null and d.bedrooms <= 1 order by d.id limit 1`,
      );
      const housed = pickHoused(await tenants(ctx), today);
      const plans = planParticipants(rng, today, housed, await waitingHeads(ctx, today), districts, vacant?.id ?? null);
      if (plans.length > 0) await tx.insert(housingFirstParticipant).values(plans.map((p) => ({ municipalityId, ...p, createdBy: team.id })));
      const year = Number(today.slice(0, 4));
      await tx
        .insert(housingFirstTarget)
        .values(TARGETS.map(([offset, participants]) => ({ municipalityId, year: year + offset, participants, updatedBy: team.id })))
        .onConflictDoNothing();
      await tx.insert(fidelityAssessment).values(planAssessments(rng, today).map((a) => ({ municipalityId, ...a, assessedBy: team.id })));
    },
  };
}

export function demoHousingFirstSteps(m: DemoMunicipality): SeedStep[] {
  return [housingFirstStep(m)];
}
