import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { application, countRows, createHousehold, openCase, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

describe('rules as text', () => {
  it('renders the active rule set for the caseworker in bokmål and the admin in English', async () => {
    const nb = await env.clients.caseworker.request({ method: 'GET', url: '/api/rules', headers: { 'accept-language': 'nb' } });
    expect(nb.statusCode).toBe(200);
    expect(nb.json().ruleSet).toMatchObject({ version: 1, validityMonths: 12, municipality: env.kommunenummer });
    expect(nb.json().text).toContain('Søkeren må være minst 18 år.');
    const en = await env.clients.admin.request({ method: 'GET', url: '/api/rules', headers: { 'accept-language': 'en' } });
    expect(en.statusCode).toBe(200);
    expect(en.json().language).toBe('en');
    expect(en.json().sections[0].heading).toMatch(/^Eligibility for a municipal rental dwelling/);
  });

  it('refuses roles that neither maintain nor apply the rules', async () => {
    for (const role of ['manager', 'nav_adviser', 'followup'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/rules' })).statusCode).toBe(403);
    }
  });

  it('answers 404 when no rule set is in force on the date', async () => {
    const res = await env.clients.caseworker.request({ method: 'GET', url: '/api/rules?date=2020-01-01' });
    expect(res.statusCode).toBe(404);
  });
});

describe('evaluating a case', () => {
  it('stores an eligible evaluation with every reason and audits it', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: {} });
    expect(res.statusCode).toBe(201);
    const body = res.json();
    expect(body).toMatchObject({ outcome: 'eligible', evaluatedOn: '2026-03-02', validUntil: '2027-03-02', overrides: [] });
    expect(body.reasons.map((r: { ruleId: string; outcome: string }) => `${r.ruleId}:${r.outcome}`)).toEqual([
      'housing-situation:met',
      'unable-to-obtain:met',
      'lease-terms:met',
      'min-age:met',
      'lawful-residence:met',
    ]);
    expect(await countRows(env, 'audit_event', sql`type = 'eligibility.evaluated' and subject_id = ${caseId}`)).toBe(1);
    const page = await env.clients.caseworker.request({ method: 'GET', url: `/api/cases/${caseId}` });
    expect(page.json().evaluation.id).toBe(body.id);
  });

  it('says which facts are missing', async () => {
    const { householdId } = await createHousehold(env, { residenceStatus: null });
    const { caseId } = await openCase(env.clients.caseworker, {
      householdId,
      application: application({ facts: { documentedOwnAttempts: null, canMeetLeaseTerms: true, hasDailyCareOfChildren: false } }),
    });
    const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: {} });
    expect(res.json().outcome).toBe('incomplete');
    const missing = res.json().reasons.filter((r: { outcome: string }) => r.outcome === 'unknown').map((r: { missingFacts: string[] }) => r.missingFacts).flat();
    expect(missing).toEqual(['documentedOwnAttempts', 'residenceStatus']);
  });

  it('lets a caseworker override a rule with a written reason, audited with the reason', async () => {
    const { householdId } = await createHousehold(env, { birthDate: '2009-01-01' });
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const refused = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: {} });
    expect(refused.json().outcome).toBe('not_eligible');
    const reason = 'Søker er 17 år og har ingen foreldre i live; barnevernet følger opp.';
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: `/api/cases/${caseId}/eligibility`,
      payload: { overrides: [{ ruleId: 'min-age', reason }] },
    });
    expect(res.statusCode).toBe(201);
    expect(res.json().outcome).toBe('eligible');
    expect(res.json().reasons.find((r: { ruleId: string }) => r.ruleId === 'min-age')).toMatchObject({ outcome: 'overridden', override: { reason, evaluatedOutcome: 'not_met' } });
    const audited = await countRows(env, 'audit_event', sql`type = 'eligibility.overridden' and subject_id = ${caseId} and reason = ${reason}`);
    expect(audited).toBe(1);
  });

  it('refuses an override without a real reason, or of a rule that does not exist', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId });
    const short = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: { overrides: [{ ruleId: 'min-age', reason: 'fordi' }] } });
    expect(short.statusCode).toBe(400);
    expect(short.json().error.fieldErrors[0]).toMatchObject({ path: 'overrides.0.reason', code: 'too_short' });
    const unknown = await env.clients.caseworker.request({
      method: 'POST',
      url: `/api/cases/${caseId}/eligibility`,
      payload: { overrides: [{ ruleId: 'income-ceiling', reason: 'Ikke relevant her i det hele tatt.' }] },
    });
    expect(unknown.statusCode).toBe(422);
    expect(unknown.json().error.fieldErrors[0]).toMatchObject({ path: 'overrides.0.ruleId', code: 'unknown_rule' });
    expect(await countRows(env, 'eligibility_evaluation', sql`case_id = ${caseId}`)).toBe(0);
  });

  it('evaluates only rental-dwelling cases', async () => {
    const { householdId } = await createHousehold(env);
    const { caseId } = await openCase(env.clients.caseworker, { householdId, cases: [{ caseType: 'housing_help' }] });
    const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/cases/${caseId}/eligibility`, payload: {} });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'caseType', code: 'not_applicable' });
  });
});
