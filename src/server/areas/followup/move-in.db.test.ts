import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { followupContact } from '../../../db/schema/index.js';
import { withTenant } from '../../platform/db.js';
import { createDwelling, createHousehold, signedLease } from '../leases/leases.fixtures.js';
import { createPlan, setupSignalTest, tasksOf, type SignalTestEnv } from './early-warning.fixtures.js';

let env: SignalTestEnv;
beforeAll(async () => {
  env = await setupSignalTest('2026-04-20T09:00:00Z');
});
afterAll(() => env.close());

const run = () => env.clients.followup.request({ method: 'POST', url: '/api/followup/signals/run' });
const at = (date: string) => env.clock.set(`${date}T09:00:00Z`);
const moveInContacts = (leaseId: string) =>
  withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
    tx
      .select({ planId: followupContact.planId, status: followupContact.status, plannedOn: followupContact.plannedOn, workerId: followupContact.workerId })
      .from(followupContact)
      .where(and(eq(followupContact.kind, 'move_in_visit'), eq(followupContact.leaseId, leaseId))),
  );

describe('home visit after move-in (fixed clock; default delay 14 days)', () => {
  it('raises nothing the day before start + delay, exactly one task on the day with a planned visit in the plan, and nothing more on re-runs', async () => {
    at('2026-04-20');
    const householdId = await createHousehold(env);
    const planId = await createPlan(env, householdId, env.actors.followup.userId);
    const leaseId = await signedLease(env, { householdId, startDate: '2026-05-01', endDate: '2029-04-30', signedOn: '2026-04-20' });
    const key = `move-in-visit:${leaseId}`;

    at('2026-05-14');
    expect((await run()).json().moveInVisitTasksRaised).toBe(0);
    expect(await tasksOf(env, key)).toEqual([]);

    at('2026-05-15');
    expect((await run()).json().moveInVisitTasksRaised).toBe(1);
    expect(await tasksOf(env, key)).toMatchObject([
      {
        kind: 'move_in_visit',
        assigned_role: 'followup',
        assigned_to_id: env.actors.followup.userId,
        closed_on: null,
        reason: 'Husstanden flyttet inn 1. mai 2026. Hjemmebesøket etter innflytting skal gjøres 14 dager etter, fra 15. mai 2026.',
        data: { leaseId, householdId, planId },
      },
    ]);
    expect(await moveInContacts(leaseId)).toEqual([{ planId, status: 'planned', plannedOn: '2026-05-15', workerId: env.actors.followup.userId }]);

    expect((await run()).json().moveInVisitTasksRaised).toBe(0);
    at('2026-05-16');
    expect((await run()).json().moveInVisitTasksRaised).toBe(0);
    expect(await tasksOf(env, key)).toHaveLength(1);
    expect(await moveInContacts(leaseId)).toHaveLength(1);
  });

  it('is raised once per lease, ever: closing the task does not bring it back', async () => {
    at('2026-04-20');
    const householdId = await createHousehold(env);
    await createPlan(env, householdId, env.actors.followup.userId);
    const leaseId = await signedLease(env, { householdId, startDate: '2026-04-25', endDate: '2029-04-24', signedOn: '2026-04-20' });
    at('2026-05-09');
    await run();
    const [task] = await tasksOf(env, `move-in-visit:${leaseId}`);
    const closed = await env.clients.followup.request({ method: 'POST', url: `/api/tasks/${task!.id}/close`, payload: { outcome: 'visit_held' } });
    expect(closed.statusCode).toBe(200);
    at('2026-05-20');
    await run();
    expect(await tasksOf(env, `move-in-visit:${leaseId}`)).toHaveLength(1);
  });

  it('gives the follow-up team the visit when the household has no plan, and plans nothing', async () => {
    at('2026-04-20');
    const leaseId = await signedLease(env, { startDate: '2026-05-02', endDate: '2029-05-01', signedOn: '2026-04-20' });
    at('2026-05-16');
    await run();
    expect(await tasksOf(env, `move-in-visit:${leaseId}`)).toMatchObject([{ assigned_role: 'followup', assigned_to_id: null }]);
    expect(await moveInContacts(leaseId)).toEqual([]);
    const colleagueSees = await env.colleague.client.request({ method: 'GET', url: '/api/tasks?kind=move_in_visit' });
    expect(colleagueSees.json().items.map((t: { subjectId: string }) => t.subjectId)).toContain(leaseId);
  });

  it('follows the municipality’s delay, and raises nothing for a renewal or a move-in long past', async () => {
    at('2026-04-20');
    const saved = await env.clients.admin.request({
      method: 'PUT',
      url: '/api/followup/settings',
      payload: { validFrom: '2026-04-20', arrearsKroner: 5000, missedVisits: 2, leaseEndsWithinDays: 90, temporaryStayMonths: 3, moveInVisitAfterDays: 7 },
    });
    expect(saved.statusCode).toBe(200);
    const householdId = await createHousehold(env);
    const dwellingId = await createDwelling(env);
    const first = await signedLease(env, { householdId, dwellingId, startDate: '2023-05-03', endDate: '2026-05-02', signedOn: '2023-04-01' });
    const renewal = await signedLease(env, { householdId, dwellingId, startDate: '2026-05-03', endDate: '2029-05-02', signedOn: '2026-04-20' });
    const fresh = await signedLease(env, { startDate: '2026-05-03', endDate: '2029-05-02', signedOn: '2026-04-20' });
    const old = await signedLease(env, { startDate: '2026-01-05', endDate: '2029-01-04', signedOn: '2025-12-20' });
    at('2026-05-09');
    await run();
    expect(await tasksOf(env, `move-in-visit:${fresh}`)).toEqual([]);
    at('2026-05-10');
    await run();
    expect(await tasksOf(env, `move-in-visit:${fresh}`)).toMatchObject([{ data: { reason: { params: { afterDays: 7, dueOn: '2026-05-10' } } } }]);
    expect(await tasksOf(env, `move-in-visit:${renewal}`)).toEqual([]);
    expect(await tasksOf(env, `move-in-visit:${first}`)).toEqual([]);
    expect(await tasksOf(env, `move-in-visit:${old}`)).toEqual([]);
  });
});
