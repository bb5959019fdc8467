import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, createHousehold, intakeBody, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
beforeAll(async () => {
  env = await setupCaseTest('2026-03-02T09:00:00Z');
});
afterAll(() => env.close());

describe('case numbers', () => {
  // On PostgreSQL (DATABASE_URL) the intakes run in parallel transactions and queue on the
  // sequence row's lock; on PGlite they are serialised by its single connection.
  it('hands out numbers without gaps or duplicates under 20 concurrent intakes', async () => {
    const households = [];
    for (let i = 0; i < 20; i++) households.push((await createHousehold(env, { givenName: `Samtidig${i}` })).householdId);
    const before = await countRows(env, 'housing_case');
    const responses = await Promise.all(
      households.map((householdId) => env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) })),
    );
    expect(responses.map((r) => r.statusCode)).toEqual(Array(20).fill(201));
    const numbers = responses.map((r) => Number(r.json().cases[0].caseNumber.slice(5))).sort((a, b) => a - b);
    expect(numbers).toEqual(Array.from({ length: 20 }, (_, i) => before + i + 1));
    expect(responses.every((r) => r.json().cases[0].caseNumber.startsWith('2026-'))).toBe(true);
  });

  it('takes no number for a refused registration, so the next one has no gap', async () => {
    const { householdId } = await createHousehold(env);
    const first = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) });
    const n = Number(first.json().cases[0].caseNumber.slice(5));
    // A manager cannot be assigned a rental case: refused inside the transaction, which rolls back.
    const failed = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: { ...intakeBody({ householdId }), assignedToId: env.userIds.manager } });
    expect(failed.statusCode).toBe(400);
    const next = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) });
    expect(Number(next.json().cases[0].caseNumber.slice(5))).toBe(n + 1);
  });

  it('starts again at 1 in a new year', async () => {
    await env.setNow('2027-01-04T09:00:00Z');
    const { householdId } = await createHousehold(env);
    const res = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId }) });
    expect(res.json().cases[0].caseNumber).toBe('2027-000001');
    await env.setNow('2026-03-02T09:00:00Z');
  });
});
