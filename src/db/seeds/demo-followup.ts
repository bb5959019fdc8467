import { sql } from 'drizzle-orm';
import { osloDate } from '../../domain/deadlines/calendar.js';
import { createRng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import { consent, followupContact, followupNote, followupPlan, followupService } from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { fastUuid, planDemoFollowupActivity, planDemoFollowupPlans, type FollowupCandidate, type StoredPlan } from './demo-followup-data.js';
import { WAITING_MARKER } from './demo-waiting-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo steps for follow-up (demo-followup-data.ts): plans for a few hundred households of the
 * municipality's follow-up worker (`oppfolging`; the seed has one user per role), with services,
 * visits, notes and consents. Runs after the leases and the waiting list (it follows their
 * households), skips households that already have an open plan (another step may have made one),
 * and inserts in one statement per table. Its own rng stream keeps the other steps' data unchanged.
 * Idempotent: skipped when its first plan exists. A municipality without a follow-up user gets none.
 */

async function candidates(ctx: SeedContext, today: string): Promise<{ tenants: FollowupCandidate[]; waiting: FollowupCandidate[] }> {
  const m = ctx.municipalityId;
  const found = await rows<{ householdId: string; headPersonId: string; headBirthDate: string | null; leaseId: string | null; leaseStart: string | null; consents: string[] | null }>(
    ctx.tx,
    sql`with tenants as (
          select distinct on (l.household_id) l.household_id, l.id as lease_id, l.start_date
          from lease l
          where l.municipality_id = ${m} and l.status = 'signed' and l.start_date <= ${today} and (l.end_date is null or l.end_date > ${today})
          order by l.household_id, l.start_date desc
        ), waiting as (
          select distinct r.household_id, null::uuid as lease_id, null::date as start_date from help_request r
          where r.municipality_id = ${m} and r.summary like ${`${WAITING_MARKER}%`}
            and not exists (select 1 from lease l where l.municipality_id = r.municipality_id and l.household_id = r.household_id)
        ), chosen as (
          select * from tenants union all select * from waiting
        ), consents as (
          select person_id, array_agg(distinct recipient) as recipients from consent where municipality_id = ${m} group by person_id
        )
        select h.id as "householdId", h.head_person_id as "headPersonId", p.birth_date::text as "headBirthDate",
               c.lease_id as "leaseId", c.start_date::text as "leaseStart", k.recipients as consents
        from chosen c
        join household h on h.municipality_id = ${m} and h.id = c.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        left join consents k on k.person_id = h.head_person_id
        where p.address_protection <> 'strengt_fortrolig'
          and not exists (select 1 from followup_plan f where f.municipality_id = h.municipality_id and f.household_id = h.id and f.ended_on is null)
        order by h.id`,
  );
  const toCandidate = (r: (typeof found)[number]): FollowupCandidate => ({
    householdId: r.householdId,
    headPersonId: r.headPersonId,
    headBirthDate: r.headBirthDate,
    lease: r.leaseId && r.leaseStart ? { id: r.leaseId, startDate: r.leaseStart } : null,
    consents: r.consents ?? [],
  });
  return { tenants: found.filter((r) => r.leaseId).map(toCandidate), waiting: found.filter((r) => !r.leaseId).map(toCandidate) };
}

const rngFor = (m: DemoMunicipality, stream: number) => createRng(DEMO_SEED + Number(m.kommunenummer) + stream);

async function demoStaff(ctx: SeedContext) {
  const staff = await rows<{ id: string; username: string }>(
    ctx.tx,
    sql`select id, username from staff_user where municipality_id = ${ctx.municipalityId} and username in ('oppfolging', 'saksbehandler') and active`,
  );
  return { worker: staff.find((s) => s.username === 'oppfolging'), caseworker: staff.find((s) => s.username === 'saksbehandler') };
}

/** The plans and the consents they rest on. */
function plansStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'follow-up plans',
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const rng = rngFor(m, PLANS_STREAM);
      const firstPlanId = fastUuid(rng);
      const [done] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from ${followupPlan} where municipality_id = ${municipalityId} and id = ${firstPlanId}`);
      if ((done?.n ?? 0) > 0) return;
      const { worker, caseworker } = await demoStaff(ctx);
      if (!worker) return;
      const today = osloDate(ctx.today);
      const plan = planDemoFollowupPlans(rng, { today, workerId: worker.id, caseworkerId: caseworker?.id ?? worker.id, firstPlanId, ...(await candidates(ctx, today)) });
      await insertJson(tx, followupPlan, plan.plans.map((p) => ({ municipalityId, ...p })));
      await insertJson(tx, consent, plan.consents.map((c) => ({ municipalityId, ...c, validTo: null, givenInWriting: true })));
    },
  };
}

/**
 * The services, visits and notes of the plans made by the step before. A step of its own so the
 * owner ANALYZEs followup_plan first: the foreign-key checks of three thousand contacts would
 * otherwise keep a plan made while the table was empty (seed-context.ts `analyze`).
 */
function activityStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'follow-up visits',
    analyze: ['followup_plan'],
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const firstPlanId = fastUuid(rngFor(m, PLANS_STREAM));
      const [state] = await rows<{ plans: number; services: number }>(
        tx,
        sql`select (select count(*)::int from ${followupPlan} where municipality_id = ${municipalityId} and id = ${firstPlanId}) as plans,
                   (select count(*)::int from ${followupService} where municipality_id = ${municipalityId} and plan_id = ${firstPlanId}) as services`,
      );
      if (!state || state.plans === 0 || state.services > 0) return;
      const { worker } = await demoStaff(ctx);
      if (!worker) return;
      const today = osloDate(ctx.today);
      const plans = await rows<StoredPlan & { leaseId: string | null; leaseStart: string | null }>(
        tx,
        sql`select f.id, f.household_id as "householdId", f.responsible_team as "responsibleTeam", f.visit_every_days as "visitEveryDays",
                   f.started_on::text as "startedOn", f.ended_on::text as "endedOn", l.id as "leaseId", l.start_date::text as "leaseStart"
            from followup_plan f
            left join lateral (
              select id, start_date from lease
              where municipality_id = f.municipality_id and household_id = f.household_id and status = 'signed' and start_date <= ${today} and (end_date is null or end_date > ${today})
              order by start_date desc limit 1
            ) l on true
            where f.municipality_id = ${municipalityId} and f.responsible_worker_id = ${worker.id}
              and not exists (select 1 from followup_service s where s.municipality_id = f.municipality_id and s.plan_id = f.id)`,
      );
      const activity = planDemoFollowupActivity(rngFor(m, ACTIVITY_STREAM), {
        today,
        workerId: worker.id,
        plans: plans.map(({ leaseId, leaseStart, ...p }) => ({ ...p, lease: leaseId && leaseStart ? { id: leaseId, startDate: leaseStart } : null })),
      });
      await insertJson(tx, followupService, activity.services.map((s) => ({ municipalityId, ...s })));
      await insertJson(tx, followupContact, activity.contacts.map((c) => ({ municipalityId, ...c })));
      await insertJson(tx, followupNote, activity.notes.map((n) => ({ municipalityId, ...n })));
    },
  };
}

/** Offsets of this step's rng streams from the demo seed (the leases use 5 000 000). */
const PLANS_STREAM = 7_700_000;
const ACTIVITY_STREAM = 7_800_000;

/** The follow-up area's demo steps: after the leases and the waiting list. */
export function demoFollowupSteps(m: DemoMunicipality): SeedStep[] {
  return [plansStep(m), activityStep(m)];
}
