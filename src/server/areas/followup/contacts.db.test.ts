import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupPlan, MyDay } from '../../../contracts/followup.js';
import { MOVE_IN_CHECKLIST } from '../../../domain/followup/move-in-checklist.js';
import { createHousehold, createLease, createPlan, eventsFor, fieldErrors, giveConsent, json, raiseMoveInTask, setupFollowupTest, tasksFor, type FollowupTestEnv } from './followup.fixtures.js';

let env: FollowupTestEnv;
beforeAll(async () => {
  env = await setupFollowupTest('2026-11-20T09:00:00Z');
});
afterAll(() => env.close());

const TODAY = '2026-11-20';
const allAnswered = Object.fromEntries(MOVE_IN_CHECKLIST.map((item) => [item, item !== 'needs_more_followup']));

async function plannedContact(planId: string, payload: Record<string, unknown>) {
  const res = await env.clients.followup.request({ method: 'POST', url: `/api/followup/plans/${planId}/contacts`, payload });
  expect(res.statusCode, res.body).toBe(201);
  const plan = json<FollowupPlan>(res);
  return { plan, contact: plan.contacts.find((c) => c.status === 'planned' && c.plannedOn === payload['plannedOn'] && c.kind === payload['kind'])! };
}

const record = (contactId: string, payload: Record<string, unknown>, client = env.clients.followup) =>
  client.request({ method: 'POST', url: `/api/followup/contacts/${contactId}/record`, payload });

describe('visits and contacts', () => {
  it('are planned by the worker for themselves and recorded as held or missed, moving the visit status', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId, { visitEveryDays: 14, startedOn: '2026-10-01' });
    expect(plan.visit).toMatchObject({ overdue: true, daysOverdue: 36 });

    const { contact, plan: withVisit } = await plannedContact(plan.id, { kind: 'home_visit', plannedOn: TODAY, plannedTime: '10:30' });
    expect(contact).toMatchObject({ status: 'planned', plannedTime: '10:30', worker: { id: env.userIds.followup } });
    expect(withVisit.visit.nextPlanned).toEqual({ contactId: contact.id, plannedOn: TODAY, plannedTime: '10:30' });

    const held = await record(contact.id, { status: 'held', heldOn: TODAY, summary: 'Gikk gjennom budsjettet.' });
    expect(held.statusCode).toBe(200);
    const after = json<FollowupPlan>(held);
    expect(after.visit).toMatchObject({ lastHeldOn: TODAY, dueOn: '2026-12-04', overdue: false, nextPlanned: null });
    expect(after.contacts[0]).toMatchObject({ status: 'held', heldOn: TODAY, summary: 'Gikk gjennom budsjettet.', checklist: null });
    expect((await eventsFor(env, 'followup_contact.recorded', plan.id))[0]!.data).toMatchObject({ contactId: contact.id, status: 'held', taskClosed: false });

    const { contact: next } = await plannedContact(plan.id, { kind: 'home_visit', plannedOn: '2026-11-19' });
    const missed = json<FollowupPlan>(await record(next.id, { status: 'missed', summary: 'Ingen åpnet.' }));
    expect(missed.visit.missedInARow).toBe(0); // the one held on 20 November came after
    expect(missed.contacts.map((c) => c.status)).toEqual(['held', 'missed']);
  });

  it('refuses to record a contact twice (422), a held one without its day or ahead of today, and a day for a missed one', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    const { contact } = await plannedContact(plan.id, { kind: 'phone', plannedOn: TODAY });
    const noDay = await record(contact.id, { status: 'held' });
    expect(fieldErrors(noDay)).toEqual([{ path: 'heldOn', code: 'required', message: expect.any(String) }]);
    const ahead = await record(contact.id, { status: 'held', heldOn: '2026-11-21' });
    expect(fieldErrors(ahead).map((f) => f.code)).toEqual(['in_future']);
    const dayForMissed = await record(contact.id, { status: 'missed', heldOn: TODAY });
    expect(fieldErrors(dayForMissed).map((f) => [f.path, f.code])).toEqual([['heldOn', 'only_when_held']]);
    expect((await record(contact.id, { status: 'cancelled' })).statusCode).toBe(200);
    const twice = await record(contact.id, { status: 'held', heldOn: TODAY });
    expect(twice.statusCode).toBe(422);
    expect(fieldErrors(twice).map((f) => [f.path, f.code])).toEqual([['status', 'already_recorded']]);
  });

  it('plans a visit only within the plan and a year ahead, for a member of the team', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: `/api/followup/plans/${plan.id}/contacts`,
      payload: { kind: 'home_visit', plannedOn: '2026-09-01', workerId: env.userIds.property_manager, leaseId: '00000000-0000-4000-8000-000000000000' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res).map((f) => [f.path, f.code])).toEqual([
      ['plannedOn', 'before_plan_start'],
      ['workerId', 'not_followup_worker'],
      ['leaseId', 'lease_move_in_only'],
    ]);
    const far = await env.clients.caseworker.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'meeting', plannedOn: '2027-12-01' } });
    expect(fieldErrors(far).map((f) => f.code)).toEqual(['too_far_ahead']);
    // The caseworker plans for the responsible worker by default.
    const ok = json<FollowupPlan>(await env.clients.caseworker.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'meeting', plannedOn: '2026-12-01' } }));
    expect(ok.contacts[0]!.worker.id).toBe(env.userIds.followup);
  });
});

describe('the home visit after move-in', () => {
  it('names the household’s lease, needs the whole checklist when held, and closes the lease’s move-in task in the same transaction', async () => {
    const { householdId } = await createHousehold(env);
    const other = await createHousehold(env);
    const leaseId = await createLease(env, householdId, '2026-11-01');
    const otherLease = await createLease(env, other.householdId, '2026-11-01');
    await raiseMoveInTask(env, leaseId, householdId, '2026-11-15');
    const plan = await createPlan(env, householdId, { startedOn: '2026-11-01' });

    const noLease = await env.clients.followup.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'move_in_visit', plannedOn: TODAY } });
    expect(fieldErrors(noLease).map((f) => [f.path, f.code])).toEqual([['leaseId', 'lease_required']]);
    const wrongLease = await env.clients.followup.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'move_in_visit', plannedOn: TODAY, leaseId: otherLease } });
    expect(fieldErrors(wrongLease).map((f) => [f.path, f.code])).toEqual([['leaseId', 'lease_not_in_household']]);
    const read = json<FollowupPlan>(await env.clients.followup.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` }));
    expect(read.leases.map((l) => l.id)).toEqual([leaseId]);

    const { contact } = await plannedContact(plan.id, { kind: 'move_in_visit', plannedOn: TODAY, leaseId });
    const without = await record(contact.id, { status: 'held', heldOn: TODAY });
    expect(fieldErrors(without).map((f) => [f.path, f.code])).toEqual([['checklist', 'checklist_required']]);
    const { settled_in: _settled, ...partial } = allAnswered;
    const incomplete = await record(contact.id, { status: 'held', heldOn: TODAY, checklist: { ...partial, pets_ok: true } }, env.clients.followup);
    expect(incomplete.statusCode).toBe(400);
    expect(fieldErrors(incomplete).map((f) => [f.path, f.code])).toEqual([
      ['checklist.settled_in', 'answer_required'],
      ['checklist.pets_ok', 'unknown_item'],
    ]);
    expect((await tasksFor(env, `move-in-visit:${leaseId}`))[0]!.closed_on).toBeNull();

    const held = await record(contact.id, { status: 'held', heldOn: TODAY, checklist: allAnswered, summary: 'Har kommet godt i gang.' });
    expect(held.statusCode).toBe(200);
    expect(json<FollowupPlan>(held).contacts.find((c) => c.id === contact.id)!.checklist).toEqual(allAnswered);
    expect(await tasksFor(env, `move-in-visit:${leaseId}`)).toEqual([{ id: expect.any(String), closed_on: TODAY, outcome: 'visit_held' }]);
    expect((await eventsFor(env, 'followup_contact.recorded', plan.id))[0]!.data).toMatchObject({ taskClosed: true });
    expect(await eventsFor(env, 'task.closed', leaseId)).toHaveLength(1);
  });

  it('leaves the task open when the visit is missed, and refuses a checklist on other kinds of contact', async () => {
    const { householdId } = await createHousehold(env);
    const leaseId = await createLease(env, householdId, '2026-11-01');
    await raiseMoveInTask(env, leaseId, householdId, '2026-11-15');
    const plan = await createPlan(env, householdId, { startedOn: '2026-11-01' });
    const { contact } = await plannedContact(plan.id, { kind: 'move_in_visit', plannedOn: TODAY, leaseId });
    expect(fieldErrors(await record(contact.id, { status: 'missed', checklist: allAnswered })).map((f) => f.code)).toEqual(['only_when_held']);
    expect((await record(contact.id, { status: 'missed' })).statusCode).toBe(200);
    expect((await tasksFor(env, `move-in-visit:${leaseId}`))[0]).toMatchObject({ closed_on: null });

    const { contact: phone } = await plannedContact(plan.id, { kind: 'phone', plannedOn: TODAY });
    expect(fieldErrors(await record(phone.id, { status: 'held', heldOn: TODAY, checklist: allAnswered })).map((f) => f.code)).toEqual(['checklist_move_in_only']);
  });
});

describe('notes', () => {
  it('are shown by their flag: all to the caseworker and the team, health ones to the specialist, only unflagged ones to NAV', async () => {
    const { householdId, personId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    await giveConsent(env, personId, 'nav');
    await giveConsent(env, personId, 'specialist_health');
    for (const [text, sensitivity] of [
      ['Ønsker hjelp med strøm', 'none'],
      ['Ny medisin fra fastlegen', 'health'],
      ['Bekymring for rusbruk', 'substance_use'],
    ] as const) {
      const res = await env.clients.followup.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/notes`, payload: { text, sensitivity } });
      expect(res.statusCode).toBe(201);
    }
    const seen = async (client: typeof env.clients.caseworker) => json<FollowupPlan>(await client.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).notes.map((n) => n.sensitivity).sort();
    expect(await seen(env.clients.caseworker)).toEqual(['health', 'none', 'substance_use']);
    expect(await seen(env.clients.followup)).toEqual(['health', 'none', 'substance_use']);
    expect(await seen(env.clients.specialist_health)).toEqual(['health', 'none']);
    expect(await seen(env.clients.nav_adviser)).toEqual(['none']);
    const [event] = await eventsFor(env, 'followup_note.added', plan.id);
    expect(JSON.stringify(event)).not.toMatch(/strøm|medisin|rusbruk/);
  });
});

describe('my day', () => {
  it('has my households the most urgent first, my visits today by time, and my open tasks with their reasons', async () => {
    const a = await createHousehold(env, { givenName: 'Dagny' });
    const b = await createHousehold(env, { givenName: 'Ellen' });
    const overdue = await createPlan(env, a.householdId, { responsibleWorkerId: env.otherWorker.id, visitEveryDays: 7, startedOn: '2026-10-01' });
    const fine = await createPlan(env, b.householdId, { responsibleWorkerId: env.otherWorker.id, visitEveryDays: 30, startedOn: '2026-11-10' });
    const worker = env.otherWorker.client;
    for (const [planId, time] of [[fine.id, '13:00'], [overdue.id, '09:15']] as const) {
      expect((await worker.request({ method: 'POST', url: `/api/followup/plans/${planId}/contacts`, payload: { kind: 'home_visit', plannedOn: TODAY, plannedTime: time } })).statusCode).toBe(201);
    }
    const leaseId = await createLease(env, a.householdId, '2026-11-01');
    await raiseMoveInTask(env, leaseId, a.householdId, '2026-11-15');

    const day = json<MyDay>(await worker.request({ method: 'GET', url: '/api/followup/my-day' }));
    expect(day.today).toBe(TODAY);
    expect(day.households.map((h) => [h.household.headName, h.visit.overdue])).toEqual([
      ['Dagny Oppfølging', true],
      ['Ellen Oppfølging', false],
    ]);
    expect(day.visits.map((v) => [v.plannedTime, v.household.headName])).toEqual([
      ['09:15', 'Dagny Oppfølging'],
      ['13:00', 'Ellen Oppfølging'],
    ]);
    expect(day.tasks.some((t) => t.signalKey === `move-in-visit:${leaseId}` && t.reason === 'Besøk etter innflytting')).toBe(true);
  });
});
