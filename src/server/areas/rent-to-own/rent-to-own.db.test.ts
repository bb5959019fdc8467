import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Plan, PlanList } from '../../../contracts/rent-to-own.js';
import { helpRequest, household, housingCase } from '../../../db/schema/index.js';
import { withTenant } from '../../platform/db.js';
import { countRows, createDwelling, createHousehold, setupLeaseTest, signedLease, type LeaseTestEnv } from '../leases/leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

const cw = () => env.clients.caseworker;
const fieldsOf = (res: { json(): { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } } }) => res.json().error.fieldErrors ?? [];

/** A tenant household with a signed lease on a dwelling with (or without) rent-to-own potential. */
async function tenant(potential: boolean) {
  const dwellingId = await createDwelling(env);
  if (potential) await env.handle.db.execute(sql`update dwelling set rent_to_own_potential = true where id = ${dwellingId}`);
  const householdId = await createHousehold(env);
  const leaseId = await signedLease(env, { dwellingId, householdId });
  return { dwellingId, householdId, leaseId };
}

/** A case of the given type for the household (registered and referred, as the cases area would). */
async function caseOf(householdId: string, caseType: 'startlan' | 'housing_help') {
  const { municipalityId } = env;
  return withTenant(env.handle.db, { municipalityId }, async (tx) => {
    const [hh] = await tx.select({ head: household.headPersonId }).from(household).where(and(eq(household.municipalityId, municipalityId), eq(household.id, householdId)));
    const requestId = randomUUID();
    const id = randomUUID();
    await tx.insert(helpRequest).values({ municipalityId, id: requestId, householdId, receivedOn: '2026-01-05', channel: 'meeting', summary: 'Startlån', createdBy: env.actors.caseworker.userId });
    await tx.insert(housingCase).values({
      municipalityId,
      id,
      caseNumber: `S-${id.slice(0, 8)}`,
      requestId,
      householdId,
      personId: hh!.head,
      caseType,
      status: 'received',
      receivedOn: '2026-01-05',
      legalBasisVersion: `${caseType}/1`,
      application: {},
    });
    return id;
  });
}

const create = (body: Record<string, unknown>, client = cw()) => client.request({ method: 'POST', url: '/api/rent-to-own/plans', payload: body });

describe('starting a plan', () => {
  it('is refused for a dwelling without rent-to-own potential, on the lease field, in the user’s language', async () => {
    const t = await tenant(false);
    const res = await cw().request({ method: 'POST', url: '/api/rent-to-own/plans', payload: { leaseId: t.leaseId, plan: 'Spare 2 000 kr i måneden' }, headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'leaseId', code: 'no_rent_to_own_potential', message: 'The dwelling is not marked as having rent-to-own potential.' }]);
    expect(await countRows(env, 'rent_to_own_plan', sql`lease_id = ${t.leaseId}`)).toBe(0);
  });

  it('checks that the start-loan case is a startlån case of the same household', async () => {
    const t = await tenant(true);
    const other = await tenant(true);
    const helpCase = await caseOf(t.householdId, 'housing_help');
    const othersLoan = await caseOf(other.householdId, 'startlan');
    for (const startLoanCaseId of [helpCase, othersLoan]) {
      const res = await create({ leaseId: t.leaseId, plan: 'Plan', startLoanCaseId });
      expect(fieldsOf(res)).toEqual([expect.objectContaining({ path: 'startLoanCaseId', code: 'not_start_loan_case' })]);
    }
    const past = await create({ leaseId: t.leaseId, plan: 'Plan', startedOn: '2026-02-01', targetOn: '2026-01-01' });
    expect(fieldsOf(past)).toEqual([expect.objectContaining({ path: 'targetOn', code: 'before_start' })]);
  });

  it('starts on a potential dwelling, lists the household on the path and moves it to an owned home (audited, reads logged)', async () => {
    const t = await tenant(true);
    const loan = await caseOf(t.householdId, 'startlan');
    const candidates = (await env.clients.followup.request({ method: 'GET', url: '/api/rent-to-own/candidates' })).json().items as Array<{ leaseId: string; startLoanCaseOptions: Array<{ id: string }> }>;
    expect(candidates.find((c) => c.leaseId === t.leaseId)?.startLoanCaseOptions.map((c) => c.id)).toEqual([loan]);

    const res = await create({ leaseId: t.leaseId, plan: 'Nedbetale forbrukslån, spare til egenkapital, søke startlån', targetOn: '2027-06-01' });
    expect(res.statusCode, res.body).toBe(201);
    const plan = res.json() as Plan;
    expect(plan).toMatchObject({ status: 'active', householdId: t.householdId, dwellingId: t.dwellingId, startedOn: '2026-03-02', targetOn: '2027-06-01', startLoanCase: null, monthlyRent: 9000 });
    expect(plan.startLoanCaseOptions.map((c) => c.id)).toEqual([loan]);
    expect(await countRows(env, 'audit_event', sql`type = 'rent_to_own.plan_created' and subject_id = ${plan.id}`)).toBe(1);

    const twice = await create({ leaseId: t.leaseId, plan: 'Igjen' }, env.clients.followup);
    expect(twice.statusCode).toBe(409);
    expect(fieldsOf(twice)[0]).toMatchObject({ path: 'leaseId', code: 'already_on_path' });

    const linked = await env.clients.followup.request({ method: 'PATCH', url: `/api/rent-to-own/plans/${plan.id}`, payload: { startLoanCaseId: loan } });
    expect(linked.json()).toMatchObject({ startLoanCase: { id: loan } });

    const read = await cw().request({ method: 'GET', url: `/api/rent-to-own/plans/${plan.id}` });
    expect(read.statusCode).toBe(200);
    expect(await countRows(env, 'access_log', sql`subject_type = 'household' and subject_id = ${t.householdId} and purpose = 'rent_to_own.plan.view'`)).toBe(1);

    const list = (await cw().request({ method: 'GET', url: '/api/rent-to-own/plans' })).json() as PlanList;
    expect(list.items.find((p) => p.id === plan.id)).toMatchObject({ status: 'active', startLoanCase: { id: loan } });
    const before = list.movedToOwnedThisYear;

    const noNote = await cw().request({ method: 'POST', url: `/api/rent-to-own/plans/${plan.id}/outcome`, payload: { outcome: 'ended', outcomeOn: '2026-03-02' } });
    expect(fieldsOf(noNote)).toEqual([expect.objectContaining({ path: 'note', code: 'note_required' })]);
    const ahead = await cw().request({ method: 'POST', url: `/api/rent-to-own/plans/${plan.id}/outcome`, payload: { outcome: 'moved_to_owned', outcomeOn: '2026-03-03' } });
    expect(fieldsOf(ahead)).toEqual([expect.objectContaining({ path: 'outcomeOn', code: 'in_future' })]);
    const moved = await cw().request({ method: 'POST', url: `/api/rent-to-own/plans/${plan.id}/outcome`, payload: { outcome: 'moved_to_owned', outcomeOn: '2026-03-02' } });
    expect(moved.statusCode, moved.body).toBe(200);
    expect(moved.json()).toMatchObject({ status: 'moved_to_owned', outcomeOn: '2026-03-02' });
    expect(await countRows(env, 'audit_event', sql`type = 'rent_to_own.moved_to_owned' and subject_id = ${plan.id}`)).toBe(1);
    const again = await cw().request({ method: 'POST', url: `/api/rent-to-own/plans/${plan.id}/outcome`, payload: { outcome: 'ended', outcomeOn: '2026-03-02', note: 'x' } });
    expect(again.statusCode).toBe(422);

    const after = (await cw().request({ method: 'GET', url: '/api/rent-to-own/plans?status=all' })).json() as PlanList;
    expect(after.movedToOwnedThisYear).toBe(before + 1);
    expect((await cw().request({ method: 'GET', url: '/api/rent-to-own/plans' })).json().items.some((p: { id: string }) => p.id === plan.id)).toBe(false);
  });

  it('is closed to other roles (403) and other municipalities (404)', async () => {
    const t = await tenant(true);
    const plan = (await create({ leaseId: t.leaseId, plan: 'Plan' })).json() as Plan;
    for (const role of ['manager', 'property_manager', 'nav_adviser', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/rent-to-own/plans' })).statusCode, role).toBe(403);
      expect((await create({ leaseId: t.leaseId, plan: 'x' }, env.clients[role])).statusCode, role).toBe(403);
    }
    expect((await env.otherCaseworker.request({ method: 'GET', url: `/api/rent-to-own/plans/${plan.id}` })).statusCode).toBe(404);
    const unknownLease = await create({ leaseId: randomUUID(), plan: 'x' });
    expect(fieldsOf(unknownLease)).toEqual([expect.objectContaining({ path: 'leaseId', code: 'not_found' })]);
    const ended = await tenant(true);
    await env.handle.db.execute(sql`update lease set status = 'ended', ended_on = '2026-03-01' where id = ${ended.leaseId}`);
    expect(fieldsOf(await create({ leaseId: ended.leaseId, plan: 'x' }))).toEqual([expect.objectContaining({ path: 'leaseId', code: 'lease_not_running' })]);
  });
});
