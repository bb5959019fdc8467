import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createHousehold, grantConsent, openCase, setupCaseTest, withdrawConsent, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

describe('NAV access through consent', () => {
  it('hides a rental case from NAV until the person consents, and withdrawal removes access on the next request', async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const url = `/api/cases/${caseId}`;

    expect((await env.clients.nav_adviser.request({ method: 'GET', url })).statusCode).toBe(404);

    const consentId = await grantConsent(env, personId, 'nav', '2026-03-01');
    const allowed = await env.clients.nav_adviser.request({ method: 'GET', url });
    expect(allowed.statusCode).toBe(200);
    expect(allowed.json().consents).toEqual([expect.objectContaining({ recipient: 'nav', inForce: true })]);

    await withdrawConsent(env, consentId, env.clock.now());
    const after = await env.clients.nav_adviser.request({ method: 'GET', url });
    expect(after.statusCode).toBe(404);
    expect(after.json().error.code).toBe('not_found');
    // The caseworker still sees the case, with the withdrawal.
    const cw = await env.clients.caseworker.request({ method: 'GET', url });
    expect(cw.json().consents[0]).toMatchObject({ recipient: 'nav', inForce: false });
  });

  it('does not count a consent that has not started or has ended', async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    await grantConsent(env, personId, 'nav', '2026-04-01');
    expect((await env.clients.nav_adviser.request({ method: 'GET', url: `/api/cases/${caseId}` })).statusCode).toBe(404);
  });

  it('lets NAV read but not change a case it sees by consent', async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    await grantConsent(env, personId, 'nav');
    const evaluate = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: {} });
    expect(evaluate.statusCode).toBe(403);
    const note = await env.clients.nav_adviser.request({ method: 'POST', url: `/api/cases/${caseId}/notes`, payload: { body: 'Avtalt møte' } });
    expect(note.statusCode).toBe(201);
  });

  it('lets the follow-up team see a case only with a consent to it', async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const url = `/api/cases/${caseId}`;
    await grantConsent(env, personId, 'nav');
    expect((await env.clients.followup.request({ method: 'GET', url })).statusCode).toBe(404);
    await grantConsent(env, personId, 'followup_team');
    const res = await env.clients.followup.request({ method: 'GET', url });
    expect(res.statusCode).toBe(200);
    expect(res.json().case).toMatchObject({ canHandle: false, allowedEvents: [] });
  });

  it('shows NAV its own § 27 cases without consent', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.nav_adviser, { householdId, cases: [{ caseType: 'temporary_accommodation' }] });
    const res = await env.clients.nav_adviser.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(res.statusCode).toBe(200);
    expect(res.json().case.canHandle).toBe(true);
  });
});

describe("a person's cases", () => {
  it("lists the cases the user may see, for the main person and for household members, and hides the rest", async () => {
    const { householdId, personId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const url = `/api/persons/${personId}/cases`;
    const cw = await env.clients.caseworker.request({ method: 'GET', url });
    expect(cw.statusCode).toBe(200);
    expect(cw.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    // NAV sees the person only by consent; before it, the person is not found.
    expect((await env.clients.nav_adviser.request({ method: 'GET', url })).statusCode).toBe(404);
    await grantConsent(env, personId, 'nav');
    const nav = await env.clients.nav_adviser.request({ method: 'GET', url });
    expect(nav.json().items.map((c: { id: string }) => c.id)).toEqual([caseId]);

    expect((await env.clients.manager.request({ method: 'GET', url })).statusCode).toBe(403);
  });
});
