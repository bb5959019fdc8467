import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { FollowupPlan, MyDay, PlanList } from '../../../contracts/followup.js';
import { createHousehold, createPlan, giveConsent, json, readsOf, setupFollowupTest, withdrawConsent, type FollowupTestEnv } from './followup.fixtures.js';

/**
 * Issue 6 «done when»: withdrawing a consent to the specialist health service removes its access
 * to the follow-up on the next request. The consent register decides for NAV and the follow-up team too.
 */

let env: FollowupTestEnv;
beforeAll(async () => {
  env = await setupFollowupTest('2026-11-20T09:00:00Z');
});
afterAll(() => env.close());

const listIds = async (client: typeof env.clients.caseworker) => json<PlanList>(await client.request({ method: 'GET', url: '/api/followup/plans?limit=200' })).items.map((p) => p.id);

describe('sharing a household’s follow-up by consent', () => {
  it('lets the specialist health service read while the consent is in force, and answers 404 on the next request after it is withdrawn', async () => {
    const { householdId, personId } = await createHousehold(env, { givenName: 'Frida' });
    const plan = await createPlan(env, householdId);
    const specialist = env.clients.specialist_health;

    expect((await specialist.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(404);
    expect(await listIds(specialist)).not.toContain(plan.id);

    const consentId = await giveConsent(env, personId, 'specialist_health');
    const read = await specialist.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` });
    expect(read.statusCode).toBe(200);
    expect(json<FollowupPlan>(read)).toMatchObject({ id: plan.id, canWrite: false, household: { headName: 'Frida Oppfølging', address: null } });
    expect(await listIds(specialist)).toContain(plan.id);
    expect((await readsOf(env, householdId)).filter((r) => r.actor_role === 'specialist_health')).toEqual([
      { actor_role: 'specialist_health', subject_type: 'household', purpose: 'followup.plan.view' },
    ]);

    await withdrawConsent(env, personId, consentId);
    const after = await specialist.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` });
    expect(after.statusCode).toBe(404);
    expect(after.json().error.code).toBe('not_found');
    expect(await listIds(specialist)).not.toContain(plan.id);
    // The refused read is not a read: the access log has only the one from while the consent was in force.
    expect((await readsOf(env, householdId)).filter((r) => r.actor_role === 'specialist_health')).toHaveLength(1);
  });

  it('keeps a household from NAV without a consent to NAV (404, and out of the list), and shows it with one', async () => {
    const { householdId, personId } = await createHousehold(env);
    const plan = await createPlan(env, householdId);
    await giveConsent(env, personId, 'specialist_health');
    await giveConsent(env, personId, 'followup_team');
    const nav = env.clients.nav_adviser;
    expect((await nav.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(404);
    expect(await listIds(nav)).not.toContain(plan.id);
    await giveConsent(env, personId, 'nav');
    expect((await nav.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(200);
    expect(await listIds(nav)).toContain(plan.id);
  });

  it('shows the follow-up team a household it is responsible for or that consented to the team, and leaves the others out of the day and the list', async () => {
    const { householdId, personId } = await createHousehold(env, { givenName: 'Gro' });
    const plan = await createPlan(env, householdId, { responsibleWorkerId: env.otherWorker.id });
    const outsider = env.clients.followup;
    // The responsible worker sees it without a consent: it is the team's own work.
    expect((await env.otherWorker.client.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(200);
    // The caseworker books a visit today for another member of the team, who is not responsible and has no consent.
    const booked = await env.clients.caseworker.request({
      method: 'POST',
      url: `/api/followup/plans/${plan.id}/contacts`,
      payload: { kind: 'home_visit', plannedOn: '2026-11-20', workerId: env.userIds.followup },
    });
    expect(booked.statusCode).toBe(201);
    expect((await outsider.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(404);
    expect(await listIds(outsider)).not.toContain(plan.id);
    const hidden = json<MyDay>(await outsider.request({ method: 'GET', url: '/api/followup/my-day' }));
    expect(hidden.visits.some((v) => v.planId === plan.id)).toBe(false);

    const consentId = await giveConsent(env, personId, 'followup_team');
    const shown = json<MyDay>(await outsider.request({ method: 'GET', url: '/api/followup/my-day' }));
    expect(shown.visits.filter((v) => v.planId === plan.id).map((v) => v.household.headName)).toEqual(['Gro Oppfølging']);
    expect(await listIds(outsider)).toContain(plan.id);

    await withdrawConsent(env, personId, consentId);
    expect((await outsider.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(404);
    expect(json<MyDay>(await outsider.request({ method: 'GET', url: '/api/followup/my-day' })).visits.some((v) => v.planId === plan.id)).toBe(false);
    // Writes are refused the same way: the household is not there for this worker.
    const note = await outsider.request({ method: 'POST', url: `/api/followup/plans/${plan.id}/notes`, payload: { text: 'Notat' } });
    expect(note.statusCode).toBe(404);
  });
});
