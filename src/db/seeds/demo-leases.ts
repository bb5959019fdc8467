import { sql } from 'drizzle-orm';
import { addDays, osloDate } from '../../domain/deadlines/calendar.js';
import { createRng, type Rng } from '../../domain/random/rng.js';
import { computeArrears, earlyWarning } from '../../domain/leases/arrears.js';
import { selectLeasePolicy } from '../../domain/leases/policy.js';
import { section92Alarm } from '../../domain/leases/signals.js';
import { arrearsTasks, renewalTask, section92Task } from '../../server/areas/leases/lease-tasks.js';
import { rows } from '../../server/platform/db.js';
import { household, householdMember, lease, person, renewalAssessment, rentCharge, rentPayment, task } from '../schema/index.js';
import { DEMO_SEED, type DemoMunicipality } from './demo-data.js';
import { seededUuid } from './demo-dwellings-data.js';
import { planDemoLeases, type LeasePlan, type LetDwelling } from './demo-leases-data.js';
import { demoFnr } from './demo-people.js';
import type { SeedContext, SeedStep } from './seed-context.js';
import { insertJson } from './seed-insert.js';

/**
 * Demo step for leases (demo-leases-data.ts): the tenants of every let dwelling with their
 * leases, renewal assessments, the last three months of the rent ledger, and the tasks the lease
 * job raises (built by the same functions as the job's). Everything is inserted in batches, one
 * statement per table, so a fresh start stays fast. Runs after the dwellings (it reads their `let` periods) and after
 * every step that adds persons (it avoids their fødselsnumre). Its own rng stream, derived from the
 * demo seed, keeps the other steps' data unchanged. Idempotent: skipped when a lease exists.
 */

const GIVEN = ['Agnes', 'Bilal', 'Camilla', 'Dag', 'Eirik', 'Fatima', 'Gunn', 'Halvor', 'Inger', 'Jonas', 'Karin', 'Leif', 'Marit', 'Nils', 'Omar', 'Randi', 'Sindre', 'Tove', 'Unni', 'Viktor', 'Wenche', 'Zahra', 'Øystein', 'Aleksander'];
const FAMILY = ['Solberg', 'Eriksen', 'Strand', 'Holm', 'Sandvik', 'Aas', 'Lie', 'Vik', 'Myhre', 'Ahmed', 'Kowalski', 'Hussein', 'Nguyen', 'Bakke', 'Tangen', 'Halvorsen', 'Iversen', 'Ruud', 'Sæther', 'Amundsen'];
const CHILDREN = ['Ebba', 'Henrik', 'Ingrid', 'Jakob', 'Mia', 'Sara', 'Tobias', 'Yusuf', 'Alma', 'Elias'];

/** Leases past their end without notice, per municipality (the § 9-2 alarm list) [I]. */
const ALARMS: Readonly<Record<string, number>> = { '9999': 6, '9998': 1 };

async function letDwellings(ctx: SeedContext) {
  return rows<LetDwelling & { address: string; postalCode: string; postalCity: string }>(
    ctx.tx,
    sql`select d.id, d.monthly_rent as "monthlyRent", p.from_date::text as "letSince",
               trim(d.street_name || ' ' || d.house_number || d.house_letter) as address, d.postal_code as "postalCode", d.postal_city as "postalCity"
        from dwelling d join dwelling_status_period p on p.municipality_id = d.municipality_id and p.dwelling_id = d.id
        where d.municipality_id = ${ctx.municipalityId} and p.to_date is null and p.status = 'let' and d.monthly_rent > 0
        order by d.id`,
  );
}

async function insertTenants(ctx: SeedContext, rng: Rng, today: string, plan: LeasePlan, addressOf: Map<string, { address: string; postalCode: string; postalCity: string }>) {
  const { tx, municipalityId } = ctx;
  const taken = await rows<{ national_id: string }>(tx, sql`select national_id from person where municipality_id = ${municipalityId} and national_id is not null`);
  const used = new Set(taken.map((r) => r.national_id));
  const persons: Array<typeof person.$inferInsert> = [];
  const members: Array<typeof householdMember.$inferInsert> = [];
  const heads: Array<typeof household.$inferInsert> = [];
  for (const h of plan.households) {
    const familyName = rng.pick(FAMILY);
    const place = addressOf.get(h.dwellingId);
    const roll = rng.next();
    const protection = roll < 0.003 ? 'strengt_fortrolig' : roll < 0.013 ? 'fortrolig' : 'none';
    const newPerson = (givenName: string, age: number) => {
      const birthDate = addDays(today, -(age * 365 + rng.int(10, 350)));
      let nationalId = demoFnr(birthDate, rng, today);
      while (used.has(nationalId)) nationalId = demoFnr(birthDate, rng, today);
      used.add(nationalId);
      const id = seededUuid(rng);
      persons.push({
        municipalityId,
        id,
        nationalId,
        nationalIdKind: 'fnr',
        givenName,
        familyName,
        birthDate,
        addressLine: protection === 'none' ? (place?.address ?? null) : null,
        postalCode: protection === 'none' ? (place?.postalCode ?? null) : null,
        postalCity: protection === 'none' ? (place?.postalCity ?? null) : null,
        addressProtection: protection,
        residentSince: addDays(today, -rng.int(800, 9000)),
        residenceStatus: 'citizen',
      });
      return id;
    };
    const headId = newPerson(rng.pick(GIVEN), h.children > 0 ? rng.int(24, 50) : rng.int(19, 82));
    heads.push({ municipalityId, id: h.id, headPersonId: headId });
    members.push({ municipalityId, householdId: h.id, personId: headId, relation: 'applicant' });
    for (let i = 0; i < h.children; i++) members.push({ municipalityId, householdId: h.id, personId: newPerson(rng.pick(CHILDREN), rng.int(0, 17)), relation: 'child' });
  }
  await insertJson(tx, person, persons);
  await insertJson(tx, household, heads);
  await insertJson(tx, householdMember, members);
}

/**
 * The tasks the lease job would raise today (lease-tasks.ts builds them for both): the open
 * renewal assessments', the § 9-2 alarms' and the arrears warnings'. Written in one statement;
 * the job's first run of the day then finds them open and raises nothing twice.
 */
function signalTasks(plan: LeasePlan, today: string, kommunenummer: string) {
  const policy = selectLeasePolicy(kommunenummer, today);
  const running = plan.leases.filter((l) => l.status === 'signed');
  const byLease = <T extends { leaseId: string }>(items: readonly T[]) => {
    const map = new Map<string, T[]>();
    for (const i of items) map.set(i.leaseId, [...(map.get(i.leaseId) ?? []), i]);
    return map;
  };
  const charges = byLease(plan.charges);
  const payments = byLease(plan.payments);
  const endOf = new Map(running.map((l) => [l.id, l.endDate]));
  return [
    ...plan.renewals.filter((r) => r.outcome === null).map((r) => renewalTask(r.leaseId, r.id, endOf.get(r.leaseId) ?? today, r.openedOn)),
    ...running.flatMap((l) => {
      const alarm = section92Alarm(l, today, policy.section92CriticalDays);
      return alarm ? [section92Task(l.id, alarm, today)] : [];
    }),
    ...running.flatMap((l) => {
      const r = computeArrears(charges.get(l.id) ?? [], payments.get(l.id) ?? [], today);
      const w = earlyWarning(r, l.monthlyRent, policy.earlyWarning);
      return w.warn ? arrearsTasks({ leaseId: l.id, householdId: l.householdId, arrears: r.arrears, missedPayments: r.missedPayments, reasons: w.reasons }, today) : [];
    }),
  ];
}

function leasesStep(m: DemoMunicipality): SeedStep {
  return {
    name: 'leases',
    // The cases and temporary steps first checked foreign keys into these while they were tiny.
    analyze: ['person', 'household'],
    async run(ctx) {
      const { tx, municipalityId } = ctx;
      const [existing] = await rows<{ n: number }>(tx, sql`select count(*)::int as n from ${lease} where municipality_id = ${municipalityId}`);
      if ((existing?.n ?? 0) > 0) return;
      const dwellings = await letDwellings(ctx);
      if (dwellings.length === 0) return;
      const today = osloDate(ctx.today);
      const rng = createRng(DEMO_SEED + Number(m.kommunenummer) + 5_000_000);
      const plan = planDemoLeases(rng, dwellings, today, ALARMS[m.kommunenummer] ?? 0);

      await insertTenants(ctx, rng, today, plan, new Map(dwellings.map((d) => [d.id, d])));
      await insertJson(tx, lease, plan.leases.map((l) => ({ municipalityId, ...l })));
      await insertJson(tx, renewalAssessment, plan.renewals.map((r) => ({ municipalityId, ...r })));
      await insertJson(tx, rentCharge, plan.charges.map((c) => ({ municipalityId, ...c })));
      await insertJson(tx, rentPayment, plan.payments.map((p) => ({ municipalityId, ...p })));
      await insertJson(tx, task, signalTasks(plan, today, ctx.kommunenummer).map((t) => ({ municipalityId, subjectType: 'lease', ...t })));
    },
  };
}

/** The leases area's demo steps: after the dwellings and after every step that adds persons. */
export function demoLeaseSteps(m: DemoMunicipality): SeedStep[] {
  return [leasesStep(m)];
}
