import { sql, TransactionRollbackError } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import { applicationSchema, decisionContentSchema } from '../../contracts/cases.js';
import { validateFnr } from '../../domain/identity/fnr.js';
import { vacancies, waitFacts, waitingList, type WaitingRow } from '../../server/areas/allocation/allocation.repo.js';
import { getFairness, toWaitRecord } from '../../server/areas/allocation/fairness.service.js';
import { intakeBody } from '../../server/areas/cases/cases.fixtures.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { serviceContext } from '../../server/platform/context.js';
import { rows, withTenant, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';
import { HISTORY_MARKER, WAITING_MARKER } from './demo-waiting.js';

let handle: DbHandle;
let husly: Husly;
const TODAY = new Date('2026-11-21T10:00:00Z');
const today = '2026-11-21';
let ids: Record<'9999' | '9998', number>;

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  const found = await rows<{ id: number; kommunenummer: '9999' | '9998' }>(handle.db, sql`select id, kommunenummer from municipality where kommunenummer in ('9999', '9998')`);
  ids = Object.fromEntries(found.map((m) => [m.kommunenummer, m.id])) as Record<'9999' | '9998', number>;
});
afterAll(() => husly.close());

const list = (kommunenummer: '9999' | '9998'): Promise<WaitingRow[]> =>
  withTenant(handle.db, { municipalityId: ids[kommunenummer] }, (tx) => waitingList(tx, ids[kommunenummer], today));

const counts = async () =>
  (
    await rows<{ persons: number; households: number; requests: number; cases: number; decisions: number; leases: number; genders: number; refugees: number; sequence: string }>(
      handle.db,
      sql`select (select count(*)::int from person) as persons, (select count(*)::int from household) as households,
                 (select count(*)::int from help_request) as requests, (select count(*)::int from housing_case) as cases,
                 (select count(*)::int from decision) as decisions, (select count(*)::int from lease where decision_id is not null) as leases,
                 (select count(*)::int from person where gender is not null) as genders, (select count(*)::int from person where refugee_settled_on is not null) as refugees,
                 (select string_agg(municipality_id || ':' || year || ':' || last, ',' order by municipality_id, year) from case_number_sequence) as sequence`,
    )
  )[0]!;

/** The bedroom norm (domain/allocation/suitability-rules/common.ts) by persons, min and max; 6 and more: 3–5. */
const NORM: Record<number, [number, number]> = { 1: [0, 1], 2: [1, 2], 3: [2, 3], 4: [2, 3], 5: [3, 4] };

describe('demo waiting list', () => {
  it('puts 80–140 approved households on Demo kommune’s list, with vacancies to offer, and a proportional few on Nabo’s', async () => {
    const demo = await list('9999');
    expect(demo.length).toBeGreaterThanOrEqual(80);
    expect(demo.length).toBeLessThanOrEqual(140);
    const vacant = await withTenant(handle.db, { municipalityId: ids['9999'] }, (tx) => vacancies(tx, ids['9999'], today));
    expect(vacant.length).toBeGreaterThanOrEqual(5);
    const nabo = await list('9998');
    expect(nabo.length).toBeGreaterThanOrEqual(3);
    expect(nabo.length).toBeLessThanOrEqual(15);
  });

  it('gives every seeded household a valid, sent approval conforming to the contracts', async () => {
    const marked = await rows<{ case_id: string }>(
      handle.db,
      sql`select c.id as case_id from housing_case c join help_request r on r.municipality_id = c.municipality_id and r.id = c.request_id where r.summary like ${`${WAITING_MARKER}%`} and c.municipality_id = ${ids['9999']}`,
    );
    const seededIds = new Set(marked.map((m) => m.case_id));
    const seeded = (await list('9999')).filter((r) => seededIds.has(r.caseId));
    // Every seeded case is on the list.
    expect(seeded).toHaveLength(marked.length);
    for (const row of seeded) {
      expect(applicationSchema.safeParse(row.application).success).toBe(true);
      const content = decisionContentSchema.parse(row.decisionContent);
      expect(content.validityMonths).toBe(12);
      expect(content.leaseYears).toBe(3);
      expect(row.decidedOn < today).toBe(true);
      expect(row.validUntil! >= today).toBe(true);
      const persons = row.members.length;
      const [min, max] = NORM[persons] ?? [3, 5];
      expect(content.dwelling!.bedrooms).toBeGreaterThanOrEqual(min);
      expect(content.dwelling!.bedrooms).toBeLessThanOrEqual(max);
      if ((row.application as { specialNeeds: { wheelchair: boolean } }).specialNeeds.wheelchair) expect(content.dwelling!.wheelchair).toBe(true);
    }
    const decisions = await rows<{ status: string; outcome: string; notice: boolean; deadline: boolean; valid: boolean; by_caseworker: boolean }>(
      handle.db,
      sql`select d.status, d.outcome, d.notice_sent_on = d.decided_on as notice, d.appeal_deadline > d.decided_on + 20 as deadline,
                 d.valid_until = (d.decided_on + interval '12 months')::date as valid, s.role = 'caseworker' as by_caseworker
          from decision d join housing_case c on c.municipality_id = d.municipality_id and c.id = d.case_id
          join help_request r on r.municipality_id = c.municipality_id and r.id = c.request_id
          join staff_user s on s.municipality_id = d.municipality_id and s.id = d.decided_by
          where r.summary like ${`${WAITING_MARKER}%`}`,
    );
    expect(decisions.length).toBeGreaterThan(80);
    expect(decisions.every((d) => d.status === 'sent' && ['approved', 'partly_approved'].includes(d.outcome) && d.notice && d.deadline && d.valid && d.by_caseworker)).toBe(true);
    // A few run out within the next month (the work list's warning).
    const soon = seeded.filter((r) => r.validUntil! <= '2026-12-21');
    expect(soon.length).toBeGreaterThanOrEqual(1);
    expect(soon.length).toBeLessThan(seeded.length / 5);
  });

  it('has a realistic mix: singles and families with children, the KOSTRA need categories, refugees settled within five years', async () => {
    const demo = await list('9999');
    const children = (r: WaitingRow) => r.members.filter((m) => m.relation === 'child').length;
    const singles = demo.filter((r) => r.members.length === 1).length;
    const families = demo.filter((r) => children(r) > 0).length;
    expect(singles / demo.length).toBeGreaterThan(0.4);
    expect(families / demo.length).toBeGreaterThan(0.15);
    expect(families / demo.length).toBeLessThan(0.4);
    expect(demo.filter((r) => children(r) >= 3).length).toBeGreaterThanOrEqual(3);
    const byCategory = new Map<string, number>();
    for (const r of demo) byCategory.set(r.needCategory ?? '', (byCategory.get(r.needCategory ?? '') ?? 0) + 1);
    for (const category of ['refugee', 'substance_use', 'mental_illness', 'mental_illness_and_substance_use', 'adapted_dwelling', 'other']) {
      expect(byCategory.get(category) ?? 0).toBeGreaterThan(0);
    }
    const refugees = demo.filter((r) => r.needCategory === 'refugee');
    expect(refugees.length / demo.length).toBeGreaterThan(0.12);
    expect(refugees.every((r) => r.refugeeSettledOn !== null && r.refugeeSettledOn > '2021-11-21')).toBe(true);
    const ageOf = (r: WaitingRow) => Number(today.slice(0, 4)) - Number(r.birthDate!.slice(0, 4));
    expect(demo.filter((r) => ageOf(r) <= 25).length).toBeGreaterThanOrEqual(5);
    expect(demo.filter((r) => r.gender === 'female').length).toBeGreaterThan(15);
    expect(demo.filter((r) => r.gender === 'male').length).toBeGreaterThan(15);
    expect(demo.filter((r) => r.rentalKind === 'change').length).toBeGreaterThanOrEqual(1);
    const people = await rows<{ national_id: string }>(handle.db, sql`select national_id from person where national_id is not null`);
    expect(people.every((p) => validateFnr(p.national_id, { today }).valid)).toBe(true);
  });

  it('gives the fairness monitor a history: housed and lapsed approvals, and a group that waits longer', async () => {
    const [leader] = await rows<{ id: string }>(handle.db, sql`select id from staff_user where municipality_id = ${ids['9999']} and username = 'leder'`);
    const actor = { userId: leader!.id, username: 'leder', displayName: 'Lene Leder', role: 'manager' as const, language: 'nb' as const, municipalityId: ids['9999'], kommunenummer: '9999', municipalityName: 'Demo kommune', sessionId: 's', csrfToken: 'c' };
    const report = await getFairness(serviceContext(handle.db, actor, fixedClock(TODAY.toISOString()), 'test'), { months: 24, threshold: 0.25 });
    // Exact outcome counts from the monitor's own query (the report suppresses small cells).
    const facts = await withTenant(handle.db, { municipalityId: ids['9999'] }, (tx) => waitFacts(tx, ids['9999'], report.since, today));
    const outcomes = facts.map((f) => toWaitRecord(f, today).outcome);
    const total = (outcome: 'housed' | 'waiting' | 'lapsed') => outcomes.filter((o) => o === outcome).length;
    expect(report.households).toBe(facts.length);
    expect(total('housed')).toBeGreaterThanOrEqual(50);
    expect(total('lapsed')).toBeGreaterThanOrEqual(5);
    expect(total('waiting')).toBeGreaterThanOrEqual(80);
    const flagged = Object.values(report.dimensions).flat().filter((g) => g.flagged !== false);
    expect(flagged.length).toBeGreaterThanOrEqual(1);
    // Those in substance-use follow-up wait longer by design.
    expect(report.dimensions.needCategory.find((g) => g.group === 'substance_use')!.ratio!).toBeGreaterThan(1.1);
  });

  it('rests each recent first lease on a sent approval decided before it and valid when it was signed, in a closed case of the household', async () => {
    const linked = await rows<{ ok: boolean; wait: number; head: boolean; gender: string | null; marker: boolean }>(
      handle.db,
      sql`select d.status = 'sent' and d.outcome in ('approved', 'partly_approved') and c.status = 'closed' and c.closed_on = le.signed_on
                   and c.household_id = le.household_id and c.case_type = 'rental_dwelling' and c.rental_kind = 'new'
                   and d.valid_until = (d.decided_on + interval '12 months')::date and d.valid_until >= le.signed_on as ok,
                 le.start_date - d.decided_on as wait, c.person_id = h.head_person_id as head, p.gender,
                 r.summary like ${`${HISTORY_MARKER}%`} as marker
          from lease le join decision d on d.municipality_id = le.municipality_id and d.id = le.decision_id
          join housing_case c on c.municipality_id = d.municipality_id and c.id = d.case_id
          join help_request r on r.municipality_id = c.municipality_id and r.id = c.request_id
          join household h on h.municipality_id = c.municipality_id and h.id = c.household_id
          join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
          where le.municipality_id = ${ids['9999']}`,
    );
    expect(linked.length).toBeGreaterThan(100);
    expect(linked.every((l) => l.ok && l.head && l.marker && l.wait >= 30 && l.wait <= 370)).toBe(true);
    // Most heads have a gender now, a few not stated.
    const stated = linked.filter((l) => l.gender !== null).length;
    expect(stated / linked.length).toBeGreaterThan(0.9);
    expect(stated).toBeLessThan(linked.length);
    const [unlinked] = await rows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from lease le join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
          where le.municipality_id = ${ids['9999']} and le.decision_id is null and not dw.staffed_24h and le.start_date > '2024-11-21'
            and not exists (select 1 from lease e where e.municipality_id = le.municipality_id and e.household_id = le.household_id and e.start_date < le.start_date)`,
    );
    expect(unlinked!.n).toBe(0);
    // Nabo's proportionally few.
    const [nabo] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from lease where municipality_id = ${ids['9998']} and decision_id is not null`);
    expect(nabo!.n).toBeGreaterThanOrEqual(3);
    expect(nabo!.n).toBeLessThan(linked.length / 5);
  });

  it('leaves the waiting list as it was: no approval of the history is on it', async () => {
    const before = await list('9999');
    // The list computed with the history taken out again (rolled back) is the same list.
    let without: WaitingRow[] = [];
    await handle.db
      .transaction(async (tx) => {
        const history = sql`select c.id from housing_case c join help_request r on r.municipality_id = c.municipality_id and r.id = c.request_id where r.summary like ${`${HISTORY_MARKER}%`}`;
        await tx.execute(sql`update lease set decision_id = null where decision_id in (select id from decision where case_id in (${history}))`);
        await tx.execute(sql`delete from decision where case_id in (${history})`);
        await tx.execute(sql`delete from housing_case where id in (${history})`);
        without = await waitingList(tx, ids['9999'], today);
        tx.rollback();
      })
      .catch((e: unknown) => {
        if (!(e instanceof TransactionRollbackError)) throw e;
      });
    expect(without.map((r) => r.caseId)).toEqual(before.map((r) => r.caseId));
    expect(without.length).toBeGreaterThanOrEqual(80);
    const history = new Set(
      (
        await rows<{ id: string }>(
          handle.db,
          sql`select c.id from housing_case c join help_request r on r.municipality_id = c.municipality_id and r.id = c.request_id where r.summary like ${`${HISTORY_MARKER}%`}`,
        )
      ).map((r) => r.id),
    );
    expect(history.size).toBeGreaterThan(100);
    expect(before.filter((r) => history.has(r.caseId))).toHaveLength(0);
  });

  it('shows a seeded case on the case page', async () => {
    const [first] = await list('9999');
    const client = await loginAs(husly, 'saksbehandler', 'demo');
    const res = await client.request({ method: 'GET', url: `/api/cases/${first!.caseId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().decisions).toHaveLength(1);
    // And a case of the history: closed once the household got its lease.
    const [housed] = await rows<{ case_id: string }>(
      handle.db,
      sql`select d.case_id from lease le join decision d on d.municipality_id = le.municipality_id and d.id = le.decision_id where le.municipality_id = ${ids['9999']} order by le.start_date desc limit 1`,
    );
    const closed = await client.request({ method: 'GET', url: `/api/cases/${housed!.case_id}` });
    expect(closed.statusCode).toBe(200);
    expect(closed.json().case.status).toBe('closed');
    expect(closed.json().case.closedOn).not.toBeNull();
    expect(closed.json().decisions).toHaveLength(1);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await counts()).toEqual(before);
  });

  it('leaves the case-number sequence past the seeded numbers, so a new intake does not collide', async () => {
    const [latest] = await rows<{ case_number: string; household_id: string }>(
      handle.db,
      sql`select case_number, household_id from housing_case where municipality_id = ${ids['9999']} and case_number like '2026-%' order by case_number desc limit 1`,
    );
    const [free] = await rows<{ id: string }>(
      handle.db,
      sql`select h.id from household h where h.municipality_id = ${ids['9999']}
            and not exists (select 1 from housing_case c where c.municipality_id = h.municipality_id and c.household_id = h.id)
          order by h.id limit 1`,
    );
    const client = await loginAs(husly, 'saksbehandler', 'demo');
    const res = await client.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId: free!.id, receivedOn: today }) });
    expect(res.statusCode).toBe(201);
    expect(res.json().cases[0].caseNumber).toBe(`2026-${String(Number(latest!.case_number.slice(5)) + 1).padStart(6, '0')}`);
  });
});
