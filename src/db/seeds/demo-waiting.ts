import { sql } from 'drizzle-orm';
import { applicationSchema, decisionContentSchema } from '../../contracts/cases.js';
import { formatCaseNumber } from '../../domain/cases/case-number.js';
import { addMonths, appealDeadline, compareDates, osloDate, validUntil } from '../../domain/deadlines/index.js';
import { findLegalBasis } from '../../domain/letters/legal-basis.js';
import type { Rng } from '../../domain/random/rng.js';
import { rows } from '../../server/platform/db.js';
import { caseNumberSequence, decision, helpRequest, household, householdMember, housingCase, person } from '../schema/index.js';
import type { DemoMunicipality } from './demo-data.js';
import { demoFnr } from './demo-people.js';
import { HISTORY_MARKER, planHistory, planWaitingList, WAITING_MARKER, type LeaseStart, type TenantHousehold, type WaitingHousehold } from './demo-waiting-data.js';
import type { SeedContext, SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo step for the waiting list (demo-waiting-data.ts): households approved for a municipal
 * rental dwelling and not yet housed, each with its request for help, its rental-dwelling case
 * (decided, assigned to the municipality's caseworker) and its sent approval, valid for twelve
 * months — what allocation.repo.ts `waitingList()` reads, so an allocation round can be run right
 * after `npm start`. As if imported from the previous system: no letters or audit events. Case
 * numbers are taken as a block from case_number_sequence per year of registration, so cases
 * registered later through the app never collide. Everything is inserted in batches, one statement
 * per table. Runs after the leases (a few tenants get an approved change, and every step that adds
 * persons has run, so fødselsnumre stay unique). Idempotent: skipped when a request summary starts
 * with the marker.
 */

export { HISTORY_MARKER, WAITING_MARKER } from './demo-waiting-data.js';

const STREETS = ['Storgata', 'Kirkeveien', 'Skoleveien', 'Bakkeveien', 'Fjellveien', 'Strandgata', 'Lia terrasse', 'Parkveien', 'Elvegata'];

/** Households with a running lease today, with their size: candidates for a change of dwelling. */
function tenantHouseholds(ctx: SeedContext, today: string): Promise<TenantHousehold[]> {
  return rows<TenantHousehold>(
    ctx.tx,
    sql`select h.id as "householdId", h.head_person_id as "headPersonId",
               count(*) filter (where hm.relation not in ('child', 'other_child'))::int as adults,
               count(*) filter (where hm.relation in ('child', 'other_child'))::int as children
        from lease le
        join household h on h.municipality_id = le.municipality_id and h.id = le.household_id
        join household_member hm on hm.municipality_id = h.municipality_id and hm.household_id = h.id
        where le.municipality_id = ${ctx.municipalityId} and le.status = 'signed' and le.start_date <= ${today} and le.end_date > ${today}
        group by h.id, h.head_person_id
        order by h.id
        limit 60`,
  );
}

/** Blocks of case numbers per year of registration, taken from the sequence in one statement a year. */
async function caseNumbers(ctx: SeedContext, plans: ReadonlyArray<Pick<WaitingHousehold, 'caseId' | 'receivedOn'>>): Promise<Map<string, string>> {
  const byYear = new Map<number, Array<Pick<WaitingHousehold, 'caseId' | 'receivedOn'>>>();
  for (const p of plans) {
    const year = Number(p.receivedOn.slice(0, 4));
    byYear.set(year, [...(byYear.get(year) ?? []), p]);
  }
  const numbers = new Map<string, string>();
  for (const [year, inYear] of [...byYear].sort(([a], [b]) => a - b)) {
    const [row] = await rows<{ last: number }>(
      ctx.tx,
      sql`insert into ${caseNumberSequence} (municipality_id, year, last) values (${ctx.municipalityId}, ${year}, ${inYear.length})
          on conflict (municipality_id, year) do update set last = ${caseNumberSequence}.last + excluded.last
          returning last`,
    );
    if (!row) throw new Error('case number sequence returned no row');
    const first = Number(row.last) - inYear.length + 1;
    inYear.forEach((p, i) => numbers.set(p.caseId, formatCaseNumber(year, first + i)));
  }
  return numbers;
}

/** Persons, households and members of the new households, with unique valid fødselsnumre. */
async function insertHouseholds(ctx: SeedContext, rng: Rng, today: string, plans: readonly WaitingHousehold[], m: DemoMunicipality): Promise<void> {
  const { tx, municipalityId } = ctx;
  const taken = await rows<{ national_id: string }>(tx, sql`select national_id from person where municipality_id = ${municipalityId} and national_id is not null`);
  const used = new Set(taken.map((r) => r.national_id));
  const city = m.name.replace(/ kommune$/, '');
  const persons: Array<typeof person.$inferInsert> = [];
  const members: Array<typeof householdMember.$inferInsert> = [];
  const heads: Array<typeof household.$inferInsert> = [];
  for (const plan of plans) {
    if (plan.persons.length === 0) continue;
    // Those without a dwelling of their own have no address of their own in the register [I].
    const housed = plan.housingSituation === 'unsuitable_dwelling' || plan.housingSituation === 'staying_with_friends_family';
    const district = rng.int(1, m.districtNames.length);
    const address = housed
      ? { addressLine: `${rng.pick(STREETS)} ${rng.int(1, 80)}`, postalCode: `99${String(district).padStart(2, '0')}`, postalCity: city }
      : { addressLine: null, postalCode: null, postalCity: null };
    for (const p of plan.persons) {
      let nationalId = demoFnr(p.birthDate, rng, today);
      while (used.has(nationalId)) nationalId = demoFnr(p.birthDate, rng, today);
      used.add(nationalId);
      persons.push({
        municipalityId,
        id: p.id,
        nationalId,
        nationalIdKind: 'fnr',
        givenName: p.givenName,
        familyName: p.familyName,
        birthDate: p.birthDate,
        gender: p.gender,
        phone: p.phone,
        interpreterLanguage: p.interpreterLanguage,
        ...address,
        residentSince: p.residentSince,
        residenceStatus: p.residenceStatus,
        refugeeSettledOn: p.refugeeSettledOn,
      });
      members.push({ municipalityId, householdId: plan.householdId, personId: p.id, relation: p.relation, grossAnnualIncome: p.grossAnnualIncome });
    }
    heads.push({ municipalityId, id: plan.householdId, headPersonId: plan.headPersonId });
  }
  await insertJson(tx, person, persons);
  await insertJson(tx, household, heads);
  await insertJson(tx, householdMember, members);
}

/** Noon in Norway on `date`, for created-at columns. */
const noonOn = (date: string): Date => new Date(`${date}T11:00:00Z`);

/**
 * Requests, rental-dwelling cases and sent approvals of `plans`, one statement per table. A plan
 * with `closedOn` is a closed case (housed, or its approval ran out); the others are decided.
 */
async function insertApprovals(ctx: SeedContext, workerId: string, plans: ReadonlyArray<WaitingHousehold & { closedOn?: string }>, numbers: Map<string, string>): Promise<void> {
  const { tx, municipalityId } = ctx;
  await insertJson(
    tx,
    helpRequest,
    plans.map((p) => ({ municipalityId, id: p.requestId, householdId: p.householdId, receivedOn: p.receivedOn, channel: p.channel, summary: p.summary, createdBy: workerId, createdAt: noonOn(p.receivedOn) })),
  );
  await insertJson(
    tx,
    housingCase,
    plans.map((p) => {
      const basis = findLegalBasis('rental_dwelling', p.receivedOn);
      if (!basis) throw new Error(`no legal basis for a rental dwelling on ${p.receivedOn}`);
      return {
        municipalityId,
        id: p.caseId,
        caseNumber: numbers.get(p.caseId)!,
        requestId: p.requestId,
        householdId: p.householdId,
        personId: p.headPersonId,
        caseType: 'rental_dwelling',
        rentalKind: p.rentalKind,
        status: p.closedOn === undefined ? 'decided' : 'closed',
        receivedOn: p.receivedOn,
        assignedToId: workerId,
        legalBasisVersion: basis.id,
        housingSituation: p.housingSituation,
        needCategory: p.needCategory,
        application: applicationSchema.parse(p.application),
        decidedOn: p.decidedOn,
        closedOn: p.closedOn ?? null,
        createdAt: noonOn(p.receivedOn),
      };
    }),
  );
  await insertJson(
    tx,
    decision,
    plans.map((p) => ({
      municipalityId,
      id: p.decisionId,
      caseId: p.caseId,
      outcome: p.outcome,
      status: 'sent' as const,
      language: 'nb' as const,
      content: decisionContentSchema.parse(p.content),
      html: null,
      decidedOn: p.decidedOn,
      decidedBy: workerId,
      noticeSentOn: p.decidedOn,
      appealDeadline: appealDeadline({ postedOn: p.decidedOn }).dueOn,
      validUntil: validUntil(p.decidedOn, p.content.validityMonths ?? 12),
      createdAt: noonOn(p.decidedOn),
    })),
  );
}

/** True when a request summary starts with `marker`: the step has run. */
async function seeded(ctx: SeedContext, marker: string): Promise<boolean> {
  const [existing] = await rows<{ n: number }>(
    ctx.tx,
    sql`select count(*)::int as n from ${helpRequest} where municipality_id = ${ctx.municipalityId} and summary like ${`${marker}%`}`,
  );
  return (existing?.n ?? 0) > 0;
}

/** The caseworker the seeded cases are assigned to and decided by, and the districts and school districts wishes are drawn from. */
async function setting(ctx: SeedContext) {
  const { tx, municipalityId } = ctx;
  const [worker] = await rows<{ id: string }>(tx, sql`select id from staff_user where municipality_id = ${municipalityId} and role = 'caseworker' order by username limit 1`);
  if (!worker) throw new Error('the demo waiting list needs a caseworker');
  const districts = await rows<{ code: string }>(tx, sql`select code from district where municipality_id = ${municipalityId} order by code`);
  const schools = await rows<{ name: string }>(
    tx,
    sql`select distinct school_district_primary as name from dwelling where municipality_id = ${municipalityId} and school_district_primary is not null order by 1`,
  );
  return { workerId: worker.id, districtCodes: districts.map((d) => d.code), schoolDistricts: schools.map((s) => s.name) };
}

function waitingStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'waiting list',
    async run(ctx) {
      const { rng } = ctx;
      if (await seeded(ctx, WAITING_MARKER)) return;
      const { workerId, districtCodes, schoolDistricts } = await setting(ctx);
      const today = osloDate(ctx.today);
      const plans = planWaitingList(rng, { today, scale: m.inhabitants / 75_000, districtCodes, schoolDistricts, tenants: await tenantHouseholds(ctx, today) });
      await insertHouseholds(ctx, rng, today, plans, m);
      const numbers = await caseNumbers(ctx, plans);
      await insertApprovals(ctx, workerId, plans, numbers);
    },
  };
}

/** Months back from today in which a first lease gets the approval it rests on. */
const HISTORY_MONTHS = 24;

/**
 * First leases (no earlier lease of the household) started within the window and resting on no
 * decision, with their households' heads. Not those of dwellings staffed around the clock: they are
 * allocated by a decision on health and care services, not from the list [I].
 */
function leaseStarts(ctx: SeedContext, today: string): Promise<LeaseStart[]> {
  return rows<LeaseStart>(
    ctx.tx,
    sql`with firsts as materialized (
          select l.municipality_id, l.id, l.household_id, l.dwelling_id, l.start_date, l.signed_on, l.decision_id,
                 min(l.start_date) over (partition by l.household_id) as first_start
          from lease l where l.municipality_id = ${ctx.municipalityId} and l.status <> 'cancelled')
        select le.id as "leaseId", le.household_id as "householdId", h.head_person_id as "headPersonId",
               le.start_date::text as "startDate", le.signed_on::text as "signedOn",
               p.given_name as "givenName", p.gender, p.birth_date::text as "birthDate",
               (select count(*)::int from household_member hm
                 where hm.municipality_id = h.municipality_id and hm.household_id = h.id and hm.relation not in ('child', 'other_child')) as adults,
               (select count(*)::int from household_member hm
                 where hm.municipality_id = h.municipality_id and hm.household_id = h.id and hm.relation in ('child', 'other_child')) as children
        from firsts le
        join household h on h.municipality_id = le.municipality_id and h.id = le.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        where le.start_date = le.first_start and le.decision_id is null
          and le.start_date > ${addMonths(today, -HISTORY_MONTHS)} and le.start_date <= ${today}
          and not exists (select 1 from dwelling d where d.municipality_id = le.municipality_id and d.id = le.dwelling_id and d.staffed_24h)
        order by le.start_date, le.id`,
  );
}

/**
 * Demo step for the allocation history (demo-waiting-data.ts `planHistory`), so the fairness
 * monitor has outcomes to show: every first lease started within the last 24 months gets the
 * approval it rests on (request, case closed when the lease was signed, sent approval;
 * lease.decision_id set), the household's head a gender where the register had none and, for a
 * refugee, the settlement; and a few approvals ran out with no dwelling (new households, cases
 * closed). Case numbers as for the waiting list. Runs after it, so the waiting list's draws stay
 * as they were. Idempotent: skipped when a request summary starts with the history marker.
 */
function historyStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'allocation history',
    // The waiting list's first check of a case or request found these tiny.
    analyze: ['housing_case', 'help_request'],
    async run(ctx) {
      const { tx, municipalityId, rng } = ctx;
      if (await seeded(ctx, HISTORY_MARKER)) return;
      const { workerId, districtCodes, schoolDistricts } = await setting(ctx);
      const today = osloDate(ctx.today);
      const { housed, lapsed } = planHistory(rng, { today, scale: m.inhabitants / 75_000, districtCodes, schoolDistricts, leases: await leaseStarts(ctx, today) });
      await insertHouseholds(ctx, rng, today, lapsed, m);
      const plans = [...housed, ...lapsed].sort((a, b) => compareDates(a.receivedOn, b.receivedOn));
      const numbers = await caseNumbers(ctx, plans);
      await insertApprovals(ctx, workerId, plans, numbers);
      if (housed.length === 0) return;
      const updates = JSON.stringify(housed.map((h) => ({ lease_id: h.leaseId, decision_id: h.decisionId, household_id: h.householdId, person_id: h.headPersonId, gender: h.gender, settled_on: h.refugeeSettledOn })));
      // One statement: each lease rests on its approval; the head gets a gender where the register had
      // none; a refugee household's members born before the settlement were settled with it.
      await tx.execute(
        sql`with x as (select * from json_to_recordset(${updates}::json) as x(lease_id uuid, decision_id uuid, household_id uuid, person_id uuid, gender text, settled_on date)),
            linked as (update lease set decision_id = x.decision_id from x where lease.municipality_id = ${municipalityId} and lease.id = x.lease_id)
            update person set gender = coalesce(person.gender, y.gender),
                   residence_status = case when y.settled_on is null then person.residence_status else 'refugee' end,
                   refugee_settled_on = coalesce(y.settled_on, person.refugee_settled_on),
                   resident_since = coalesce(y.settled_on, person.resident_since)
            from (select x.person_id, x.gender, x.settled_on from x
                  union all
                  select hm.person_id, null, x.settled_on from x
                  join household_member hm on hm.municipality_id = ${municipalityId} and hm.household_id = x.household_id and hm.person_id <> x.person_id
                  where x.settled_on is not null) y
            where person.municipality_id = ${municipalityId} and person.id = y.person_id
              and ((person.gender is null and y.gender is not null) or (y.settled_on is not null and person.birth_date <= y.settled_on))`,
      );
    },
  };
}

/** The allocation area's demo steps: after the leases (tenants may wait for a change) and every step that adds persons. */
export function demoWaitingSteps(m: DemoMunicipality): SeedStep[] {
  return [waitingStep(m), historyStep(m)];
}
