import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupPlan, PlanList } from '../../../contracts/followup.js';
import { ROLES } from '../../../domain/access/roles.js';
import { rows } from '../../platform/db.js';
import { createHousehold, createPlan, eventsFor, fieldErrors, giveConsent, json, readsOf, setupFollowupTest, type FollowupTestEnv } from './followup.fixtures.js';

let env: FollowupTestEnv;
beforeAll(async () => {
  env = await setupFollowupTest('2026-11-20T09:00:00Z');
});
afterAll(() => env.close());

const planCount = async (householdId: string) =>
  (await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from followup_plan where household_id = ${householdId}`))[0]!.n;

describe('a follow-up plan', () => {
  it('is opened by the caseworker with a responsible worker, read with the read in the access log, and audited', async () => {
    const { householdId } = await createHousehold(env, { givenName: 'Astrid' });
    const plan = await createPlan(env, householdId, { goals: ['Betale husleia selv', 'Komme i arbeid'], visitEveryDays: 14 });
    expect(plan).toMatchObject({
      household: { id: householdId, headName: 'Astrid Oppfølging', memberCount: 1, address: { line: 'Fjordveien 4' } },
      responsibleTeam: 'home_followup',
      responsibleWorker: { id: env.userIds.followup },
      goals: ['Betale husleia selv', 'Komme i arbeid'],
      startedOn: '2026-10-01',
      endedOn: null,
      canWrite: true,
      // 14 days after the start, no visit held: overdue since 15 October.
      visit: { lastHeldOn: null, dueOn: '2026-10-15', overdue: true, daysOverdue: 36 },
    });
    expect(await eventsFor(env, 'followup_plan.created', plan.id)).toHaveLength(1);
    expect(await readsOf(env, householdId)).toEqual([]);

    const res = await env.clients.followup.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` });
    expect(res.statusCode).toBe(200);
    expect(await readsOf(env, householdId)).toEqual([{ actor_role: 'followup', subject_type: 'household', purpose: 'followup.plan.view' }]);
  });

  it('refuses a second open plan for the household with 409 and a clear message, writing nothing', async () => {
    const { householdId } = await createHousehold(env);
    await createPlan(env, householdId);
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/followup/plans',
      headers: { 'accept-language': 'nn' },
      payload: { householdId, responsibleTeam: 'ambulant_rop', responsibleWorkerId: env.otherWorker.id, startedOn: '2026-11-01' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', message: 'Hushaldet har allereie ein open oppfølgingsplan. Opne han, eller avslutt han før du lagar ein ny.' });
    expect(fieldErrors(res)).toEqual([{ path: 'householdId', code: 'plan_exists', message: 'Hushaldet har allereie ein open oppfølgingsplan.' }]);
    expect(await planCount(householdId)).toBe(1);
  });

  it('answers bad input with every field error at once, in the user’s language', async () => {
    const { householdId } = await createHousehold(env);
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/followup/plans',
      headers: { 'accept-language': 'en' },
      payload: { householdId, responsibleTeam: 'home_followup', responsibleWorkerId: env.userIds.nav_adviser, startedOn: '2026-12-01' },
    });
    expect(res.statusCode).toBe(400);
    expect(fieldErrors(res)).toEqual([
      { path: 'startedOn', code: 'in_future', message: expect.any(String) },
      { path: 'responsibleWorkerId', code: 'not_followup_worker', message: 'Choose an active member of the follow-up team.' },
    ]);
    const schema = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/followup/plans',
      payload: { householdId, responsibleTeam: 'nobody', responsibleWorkerId: env.userIds.followup, visitEveryDays: 0, startedOn: '2026-11-01' },
    });
    expect(schema.statusCode).toBe(400);
    expect(fieldErrors(schema).map((f) => f.path).sort()).toEqual(['responsibleTeam', 'visitEveryDays']);
    expect(await planCount(householdId)).toBe(0);
  });

  it('is opened by the follow-up team only for a household that has consented to the team', async () => {
    const { householdId, personId } = await createHousehold(env);
    const body = { householdId, responsibleTeam: 'home_followup', responsibleWorkerId: env.userIds.followup, startedOn: '2026-11-01' };
    const refused = await env.clients.followup.request({ method: 'POST', url: '/api/followup/plans', payload: body });
    expect(refused.statusCode).toBe(404);
    await giveConsent(env, personId, 'followup_team');
    const created = await env.clients.followup.request({ method: 'POST', url: '/api/followup/plans', payload: body });
    expect(created.statusCode).toBe(201);
  });

  it('keeps the area from roles outside it (403), writes from NAV and the specialist (403), and other municipalities’ plans hidden (404)', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    for (const role of ROLES) {
      const res = await env.clients[role].request({ method: 'GET', url: '/api/followup/plans' });
      expect(res.statusCode, role).toBe(['caseworker', 'nav_adviser', 'followup', 'specialist_health'].includes(role) ? 200 : 403);
    }
    for (const role of ['nav_adviser', 'specialist_health'] as const) {
      const res = await env.clients[role].request({ method: 'POST', url: `/api/followup/plans/${plan.id}/notes`, payload: { text: 'Hei' } });
      expect(res.statusCode, role).toBe(403);
    }
    const other = await env.otherCaseworker.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` });
    expect(other.statusCode).toBe(404);
    const list = json<PlanList>(await env.otherCaseworker.request({ method: 'GET', url: '/api/followup/plans' }));
    expect(list.items.some((p) => p.id === plan.id)).toBe(false);
  });

  it('changes the responsible worker, the goals and the frequency, with the goals’ words kept out of the audit log', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    const res = await env.clients.caseworker.request({
      method: 'PATCH',
      url: `/api/followup/plans/${plan.id}`,
      payload: { responsibleWorkerId: env.otherWorker.id, goals: ['Ha en trygg bolig'], visitEveryDays: null },
    });
    expect(res.statusCode).toBe(200);
    expect(json<FollowupPlan>(res)).toMatchObject({ responsibleWorker: { id: env.otherWorker.id }, goals: ['Ha en trygg bolig'], visitEveryDays: null, visit: { dueOn: null, overdue: false } });
    const [event] = await eventsFor(env, 'followup_plan.updated', plan.id);
    expect(event!.data).toEqual({ responsibleWorkerId: { from: env.userIds.followup, to: env.otherWorker.id }, goals: { count: 1 }, visitEveryDays: { from: 14, to: null } });
  });

  it('ends with a reason: running services end, later visits are cancelled, the plan takes no more changes, and a new plan may follow', async () => {
    const { householdId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    const cw = env.clients.caseworker;
    expect((await cw.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/services`, payload: { kind: 'ambulant_rop', provider: 'ROP-teamet', startedOn: '2026-10-01' } })).statusCode).toBe(201);
    expect((await cw.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'home_visit', plannedOn: '2026-12-01' } })).statusCode).toBe(201);

    const early = await cw.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/end`, payload: { endedOn: '2026-09-01', reason: 'Flyttet' } });
    expect(early.statusCode).toBe(400);
    expect(fieldErrors(early)).toEqual([{ path: 'endedOn', code: 'end_before_start', message: expect.any(String) }]);

    const ended = json<FollowupPlan>(await cw.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/end`, payload: { endedOn: '2026-11-20', reason: 'Klarer seg selv' } }));
    expect(ended).toMatchObject({ endedOn: '2026-11-20', endReason: 'Klarer seg selv', services: [{ endedOn: '2026-11-20', active: false }], activeServices: [] });
    expect(ended.contacts.map((c) => c.status)).toEqual(['cancelled']);
    expect((await eventsFor(env, 'followup_plan.ended', plan.id))[0]).toMatchObject({ reason: 'Klarer seg selv', data: { servicesEnded: 1, visitsCancelled: 1 } });

    const late = await cw.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/contacts`, payload: { kind: 'phone', plannedOn: '2026-11-25' } });
    expect(late.statusCode).toBe(422);
    expect(late.json().error.code).toBe('rule_violation');
    await createPlan(env, householdId, { startedOn: '2026-11-20' });
    expect(await planCount(householdId)).toBe(2);
  });

  it('lists the plans the worker is responsible for, and the team’s workers to choose from', async () => {
    const { householdId } = await createHousehold(env, { givenName: 'Bodil' });
    const plan = await createPlan(env, householdId, { responsibleWorkerId: env.otherWorker.id });
    const mine = json<PlanList>(await env.otherWorker.client.request({ method: 'GET', url: '/api/followup/plans?scope=mine' }));
    expect(mine.items.map((p) => p.id)).toContain(plan.id);
    expect(mine.items.every((p) => p.responsibleWorker.id === env.otherWorker.id)).toBe(true);
    const theirs = json<PlanList>(await env.clients.followup.request({ method: 'GET', url: '/api/followup/plans?scope=mine' }));
    expect(theirs.items.length).toBeGreaterThan(0);
    expect(theirs.items.some((p) => p.id === plan.id)).toBe(false);
    const workers = json<{ items: Array<{ id: string }> }>(await env.clients.caseworker.request({ method: 'GET', url: '/api/followup/workers' }));
    expect(workers.items.map((w) => w.id).sort()).toEqual([env.userIds.followup, env.otherWorker.id].sort());
  });
});
