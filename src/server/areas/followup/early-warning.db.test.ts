import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createHousehold, signedLease } from '../leases/leases.fixtures.js';
import { createNeighbourCase, createPlan, createStay, csvOf, recordVisit, setupSignalTest, tasksOf, type SignalTestEnv } from './early-warning.fixtures.js';

let env: SignalTestEnv;
beforeAll(async () => {
  env = await setupSignalTest('2026-03-10T09:00:00Z');
});
afterAll(() => env.close());

const run = (client = env.clients.followup) => client.request({ method: 'POST', url: '/api/followup/signals/run' });
const close = (client: typeof env.clients.followup, id: string, payload: Record<string, unknown>, language = 'nb') =>
  client.request({ method: 'POST', url: `/api/tasks/${id}/close`, payload, headers: { 'accept-language': language } });
const myTasks = async (client: typeof env.clients.followup) => (await client.request({ method: 'GET', url: '/api/tasks' })).json().items as Array<{ id: string; signalKey: string; data: Record<string, unknown> }>;

describe('early warning: arrears (issue 6, done when)', () => {
  it('raises exactly one task for the plan’s worker; a second run raises nothing; «resolved» is refused until the arrears are paid', async () => {
    const householdId = await createHousehold(env);
    const leaseId = await signedLease(env, { householdId, startDate: '2026-01-01', endDate: '2028-12-31', signedOn: '2025-12-10', monthlyRent: 9000 });
    await createPlan(env, householdId, env.actors.followup.userId);
    await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-03-10' } });
    await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/payments/import', payload: { csv: csvOf([`02.01.2026;9000;EW-${leaseId}-1;${leaseId}`]) } });
    const key = `ew-arrears:${leaseId}`;

    // February and March unpaid: 18 000 kr, past the default threshold of 5 000 kr.
    const first = await run();
    expect(first.statusCode).toBe(200);
    expect(first.json()).toMatchObject({ today: '2026-03-10', earlyWarningTasksRaised: 1 });
    const [task, ...more] = await tasksOf(env, key);
    expect(more).toEqual([]);
    expect(task).toMatchObject({
      kind: 'ew_arrears',
      assigned_role: 'followup',
      assigned_to_id: env.actors.followup.userId,
      closed_on: null,
      reason: 'Husleierestanse på 18 000 kr. Kommunens terskel for tidlig varsling er 5 000 kr.',
      data: { householdId, reason: { code: 'arrears', params: { arrears: 18_000, threshold: 5_000 } } },
    });

    expect((await run(env.clients.caseworker)).json().earlyWarningTasksRaised).toBe(0);
    expect(await tasksOf(env, key)).toHaveLength(1);

    // The right worker: in the plan worker's queue, not in a colleague's of the same role.
    expect((await myTasks(env.clients.followup)).map((t) => t.signalKey)).toContain(key);
    expect((await myTasks(env.colleague.client)).map((t) => t.signalKey)).not.toContain(key);
    expect((await close(env.colleague.client, task!.id, { outcome: 'no_action', note: 'Ikke min' })).statusCode).toBe(404);

    const refused = await close(env.clients.followup, task!.id, { outcome: 'resolved' }, 'en');
    expect(refused.statusCode).toBe(409);
    expect(refused.json().error).toMatchObject({
      code: 'conflict',
      message: 'The task cannot be closed as resolved while the arrears are at or above the early-warning threshold.',
      fieldErrors: [{ path: 'outcome', code: 'arrears_outstanding' }],
    });
    const noNote = await close(env.clients.followup, task!.id, { outcome: 'payment_plan' });
    expect(noNote.statusCode).toBe(400);
    expect(noNote.json().error.fieldErrors).toMatchObject([{ path: 'note', code: 'note_required', message: 'Skriv en kort merknad om hva som er gjort.' }]);
    expect((await close(env.clients.followup, task!.id, { outcome: 'Betalt' })).json().error.fieldErrors[0]).toMatchObject({ path: 'outcome', code: 'invalid_outcome' });
    expect((await tasksOf(env, key))[0]!.closed_on).toBeNull();

    // The rent area's payment import registers the payment; then «resolved» is accepted.
    const paid = await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/payments/import', payload: { csv: csvOf([`2026-03-10;18000;EW-${leaseId}-2;${leaseId}`]) } });
    expect(paid.json()).toMatchObject({ imported: 1 });
    const closed = await close(env.clients.followup, task!.id, { outcome: 'resolved' });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ closedOn: '2026-03-10', outcome: 'resolved' });
    expect(await countRows(env, 'audit_event', sql`type = 'task.closed' and data->>'taskId' = ${task!.id} and data->>'outcome' = 'resolved'`)).toBe(1);
    expect((await run()).json().earlyWarningTasksRaised).toBe(0);
  });

  it('always accepts the other outcomes with a note while the arrears remain, and keeps the note', async () => {
    const householdId = await createHousehold(env);
    const leaseId = await signedLease(env, { householdId, startDate: '2026-02-01', endDate: '2029-01-31', signedOn: '2026-01-10', monthlyRent: 9000 });
    await createPlan(env, householdId, env.actors.followup.userId);
    await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-03-10' } });
    await run();
    const [task] = await tasksOf(env, `ew-arrears:${leaseId}`);
    const res = await close(env.clients.followup, task!.id, { outcome: 'payment_plan', note: 'Nedbetaling 1 500 kr i måneden avtalt med NAV' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'payment_plan', data: { closeNote: 'Nedbetaling 1 500 kr i måneden avtalt med NAV' } });
  });
});

describe('early warning: the other signals and a closed signal that still holds', () => {
  it('raises a missed-visits task; closed, it comes back only on a later day — the next after «resolved», a month after any other outcome', async () => {
    const householdId = await createHousehold(env);
    const planId = await createPlan(env, householdId, env.actors.followup.userId);
    await recordVisit(env, planId, env.actors.followup.userId, 'held', '2026-02-01');
    await recordVisit(env, planId, env.actors.followup.userId, 'missed', '2026-02-15');
    await recordVisit(env, planId, env.actors.followup.userId, 'cancelled', '2026-02-22');
    await recordVisit(env, planId, env.actors.followup.userId, 'missed', '2026-03-01');
    const key = `ew-missed-visits:${planId}`;
    await run();
    const [task] = await tasksOf(env, key);
    expect(task).toMatchObject({ kind: 'ew_missed_visits', data: { planId, reason: { code: 'missed_visits', params: { missed: 2, threshold: 2 } } } });

    expect((await close(env.clients.followup, task!.id, { outcome: 'resolved' })).statusCode).toBe(200);
    await run();
    expect(await tasksOf(env, key)).toHaveLength(1);

    env.clock.set('2026-03-11T09:00:00Z');
    try {
      await run();
      const [, again] = await tasksOf(env, key);
      expect(again).toMatchObject({ closed_on: null });
      expect((await close(env.clients.followup, again!.id, { outcome: 'no_action', note: 'Husstanden vil ikke ha besøk nå' })).statusCode).toBe(200);
      env.clock.set('2026-04-09T09:00:00Z');
      await run();
      expect(await tasksOf(env, key)).toHaveLength(2);
      env.clock.set('2026-04-10T09:00:00Z');
      await run();
      expect(await tasksOf(env, key)).toHaveLength(3);
    } finally {
      env.clock.set('2026-03-10T09:00:00Z');
    }
  });

  it('raises the neighbour, lease-end and temporary-stay signals with their reasons, and nothing for a closed case', async () => {
    const householdId = await createHousehold(env);
    const planId = await createPlan(env, householdId, env.actors.followup.userId);
    const leaseId = await signedLease(env, { householdId, startDate: '2023-04-01', endDate: '2026-05-31', signedOn: '2023-03-01' });
    const caseId = await createNeighbourCase(env, householdId, env.actors.followup.userId, { reportedOn: '2026-03-01' });
    const closedCase = await createNeighbourCase(env, householdId, env.actors.followup.userId, { reportedOn: '2026-01-05', closed: true });
    const other = await createHousehold(env);
    await createPlan(env, other, env.actors.followup.userId);
    const stayId = await createStay(env, other, '2025-12-01', env.actors.followup.userId);
    await run();

    expect(await tasksOf(env, `ew-neighbour:${caseId}:${householdId}`)).toMatchObject([
      { kind: 'ew_neighbour', reason: 'Åpen bomiljøsak: klage fra naboer, meldt 1. mars 2026.', data: { planId } },
    ]);
    expect(await tasksOf(env, `ew-neighbour:${closedCase}:${householdId}`)).toEqual([]);
    expect(await tasksOf(env, `ew-lease-end:${leaseId}`)).toMatchObject([{ kind: 'ew_lease_end', data: { reason: { params: { endDate: '2026-05-31', daysLeft: 82 } } } }]);
    expect(await tasksOf(env, `ew-temporary:${stayId}`)).toMatchObject([{ kind: 'ew_temporary', data: { reason: { params: { startDate: '2025-12-01', months: 3, overSince: '2026-03-02' } } } }]);
    // A household without a plan raises no early warning.
    const unfollowed = await createHousehold(env);
    const unfollowedStay = await createStay(env, unfollowed, '2025-10-01', env.actors.followup.userId);
    await run();
    expect(await tasksOf(env, `ew-temporary:${unfollowedStay}`)).toEqual([]);
  });

  it('gives the team (no one named) the tasks of a plan whose worker’s account is deactivated', async () => {
    const householdId = await createHousehold(env);
    const planId = await createPlan(env, householdId, env.colleague.id);
    await recordVisit(env, planId, env.colleague.id, 'missed', '2026-03-02');
    await recordVisit(env, planId, env.colleague.id, 'missed', '2026-03-09');
    await env.handle.db.execute(sql`update staff_user set active = false where id = ${env.colleague.id}`);
    try {
      await run();
      expect(await tasksOf(env, `ew-missed-visits:${planId}`)).toMatchObject([{ assigned_role: 'followup', assigned_to_id: null }]);
      expect((await myTasks(env.clients.followup)).map((t) => t.signalKey)).toContain(`ew-missed-visits:${planId}`);
    } finally {
      await env.handle.db.execute(sql`update staff_user set active = true where id = ${env.colleague.id}`);
    }
  });
});

describe('running the signals', () => {
  it('runs once a day when a task queue is listed, and only the roles it feeds may start it', async () => {
    env.clock.set('2026-03-12T07:00:00Z');
    try {
      const before = await countRows(env, 'audit_event', sql`type = 'followup.signals_run' and data->>'today' = '2026-03-12'`);
      await env.clients.followup.request({ method: 'GET', url: '/api/tasks' });
      await env.clients.caseworker.request({ method: 'GET', url: '/api/tasks' });
      await env.colleague.client.request({ method: 'GET', url: '/api/tasks' });
      expect(await countRows(env, 'audit_event', sql`type = 'followup.signals_run' and data->>'today' = '2026-03-12'`)).toBe(before + 1);
    } finally {
      env.clock.set('2026-03-10T09:00:00Z');
    }
    expect((await run(env.clients.admin)).statusCode).toBe(200);
    expect((await run(env.clients.property_manager)).statusCode).toBe(403);
    expect((await run(env.clients.manager)).statusCode).toBe(403);
    expect((await run(env.clients.nav_adviser)).statusCode).toBe(403);
  });
});
