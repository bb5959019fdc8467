import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SharingOverview } from '../../../contracts/followup.js';
import { ROLES } from '../../../domain/access/roles.js';
import { createHousehold, createPlan, giveConsent, json, readsOf, setupFollowupTest, withdrawConsent, type FollowupTestEnv } from './followup.fixtures.js';

let env: FollowupTestEnv;
beforeAll(async () => {
  env = await setupFollowupTest('2026-11-20T09:00:00Z');
});
afterAll(() => env.close());

describe('the person’s own overview (innsyn)', () => {
  it('lists every consent, in force or withdrawn, and who has read the file — the follow-up included — with name, role and purpose', async () => {
    const { householdId, personId } = await createHousehold(env, { givenName: 'Hanne' });
    const plan = await createPlan(env, householdId);
    const nav = await giveConsent(env, personId, 'nav', '2026-02-01');
    await giveConsent(env, personId, 'specialist_health', '2026-03-01');
    await withdrawConsent(env, personId, nav);
    env.clock.set('2026-11-20T10:00:00Z');
    expect((await env.clients.specialist_health.request({ method: 'GET', url: `/api/followup/plans/${plan.id}` })).statusCode).toBe(200);
    env.clock.set('2026-11-20T11:00:00Z');
    expect((await env.clients.caseworker.request({ method: 'GET', url: `/api/persons/${personId}` })).statusCode).toBe(200);

    env.clock.set('2026-11-20T12:00:00Z');
    const res = await env.clients.caseworker.request({ method: 'GET', url: `/api/persons/${personId}/sharing-overview` });
    expect(res.statusCode).toBe(200);
    const overview = json<SharingOverview>(res);
    expect(overview.person).toEqual({ id: personId, givenName: 'Hanne', familyName: 'Oppfølging' });
    expect(overview.consents.map((c) => [c.recipient, c.validFrom, c.inForce, c.withdrawnAt !== null])).toEqual([
      ['nav', '2026-02-01', false, true],
      ['specialist_health', '2026-03-01', true, false],
    ]);
    expect(overview.consents[0]).toMatchObject({ purpose: 'Samarbeid om oppfølging i hjemmet', scope: 'Oppfølgingsplan, besøk og notater' });
    const specialistName = `Test ${(await env.clients.specialist_health.request({ method: 'GET', url: '/api/session' })).json().username}`;
    expect(overview.reads.map((r) => [r.readerRole, r.subjectType, r.purpose])).toEqual([
      ['caseworker', 'person', 'person.view'],
      ['specialist_health', 'household', 'followup.plan.view'],
    ]);
    expect(overview.reads[1]!.readerName).toBe(specialistName);
    expect(overview.totalReads).toBe(2);
    // The overview is itself a read, logged after the answer (it shows the next time).
    expect((await readsOf(env, personId)).map((r) => r.purpose)).toEqual(['person.view', 'person.sharing_overview']);
  });

  it('is for the caseworker only (403 for the others), and 404 for a person who is not there', async () => {
    const { personId } = await createHousehold(env);
    for (const role of ROLES.filter((r) => r !== 'caseworker')) {
      const res = await env.clients[role].request({ method: 'GET', url: `/api/persons/${personId}/sharing-overview` });
      expect(res.statusCode, role).toBe(403);
    }
    expect((await env.otherCaseworker.request({ method: 'GET', url: `/api/persons/${personId}/sharing-overview` })).statusCode).toBe(404);
  });
});
