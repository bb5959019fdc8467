import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { WorklistItem } from '../../../contracts/cases.js';
import { createHousehold, intakeBody, setupCaseTest, type CaseTestEnv } from './cases.fixtures.js';

let env: CaseTestEnv;
let received31Jan: string;
let otherCaseworkers: string;
let navCase: string;

beforeAll(async () => {
  env = await setupCaseTest('2026-02-02T08:00:00Z');
  const a = await createHousehold(env, { givenName: 'Januar' });
  const res = await env.clients.caseworker.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId: a.householdId, receivedOn: '2026-01-31' }) });
  received31Jan = res.json().cases[0].id;
  const b = await createHousehold(env, { givenName: 'Kollega' });
  const res2 = await env.clients.caseworker2.request({ method: 'POST', url: '/api/cases/intake', payload: intakeBody({ householdId: b.householdId, receivedOn: '2026-01-30' }) });
  otherCaseworkers = res2.json().cases[0].id;
  const c = await createHousehold(env, { givenName: 'Natt' });
  const res3 = await env.clients.nav_adviser.request({
    method: 'POST',
    url: '/api/cases/intake',
    payload: intakeBody({ householdId: c.householdId, receivedOn: '2026-01-31', cases: [{ caseType: 'temporary_accommodation' }] }),
  });
  navCase = res3.json().cases[0].id;
});
afterAll(() => env.close());

const find = (items: WorklistItem[], id: string) => items.find((i) => i.caseId === id);

describe('the preliminary-reply deadline on the work list (fvl. § 11a)', () => {
  // Received Saturday 31 January 2026: warning from 21 February, due 28 February (one month, no
  // roll to a working day), overdue from 1 March. Noon in Oslo on each day.
  it.each([
    ['2026-02-20', undefined, 0],
    ['2026-02-21', 'warning', 0],
    ['2026-02-28', 'warning', 0],
    ['2026-03-01', 'overdue', 1],
    ['2026-03-31', 'overdue', 31],
  ] as const)('on %s a case received 31 January is %s', async (today, state, daysOverdue) => {
    await env.setNow(`${today}T11:00:00Z`);
    const res = await env.clients.caseworker.request({ method: 'GET', url: '/api/worklist' });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.today).toBe(today);
    const item = find(list.preliminaryReply, received31Jan);
    if (state === undefined) {
      expect(item).toBeUndefined();
    } else {
      expect(item?.deadline).toEqual({ state, preliminaryReplyDue: '2026-02-28', warningFrom: '2026-02-21', daysOverdue });
    }
    expect(find(list.myCases, received31Jan)).toBeDefined();
  });

  it('counts the day in Oslo, not in UTC: 23:30 UTC on 28 February is already 1 March', async () => {
    await env.setNow('2026-02-28T23:30:00Z');
    const list = (await env.clients.caseworker.request({ method: 'GET', url: '/api/worklist' })).json();
    expect(find(list.preliminaryReply, received31Jan)?.deadline.state).toBe('overdue');
  });

  it("shows another caseworker's overdue case too, but not among my cases", async () => {
    await env.setNow('2026-03-02T10:00:00Z');
    const list = (await env.clients.caseworker.request({ method: 'GET', url: '/api/worklist' })).json();
    expect(find(list.preliminaryReply, otherCaseworkers)?.deadline.state).toBe('overdue');
    expect(find(list.myCases, otherCaseworkers)).toBeUndefined();
    expect(list.counts.preliminaryReply).toBe(list.preliminaryReply.length);
    expect(list.counts.preliminaryReplyOverdue).toBeGreaterThanOrEqual(2);
    // Oldest due date first.
    expect(list.preliminaryReply.map((i: WorklistItem) => i.caseId).slice(0, 2)).toEqual([otherCaseworkers, received31Jan]);
  });

  it('gives NAV its § 27 cases and the caseworker none of them', async () => {
    const nav = (await env.clients.nav_adviser.request({ method: 'GET', url: '/api/worklist' })).json();
    expect(nav.preliminaryReply.map((i: WorklistItem) => i.caseId)).toEqual([navCase]);
    expect(nav.myCases.map((i: WorklistItem) => i.caseId)).toEqual([navCase]);
    const cw = (await env.clients.caseworker.request({ method: 'GET', url: '/api/worklist' })).json();
    expect(find(cw.preliminaryReply, navCase)).toBeUndefined();
  });

  it('is only for roles that handle cases', async () => {
    for (const role of ['followup', 'manager', 'admin'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: '/api/worklist' })).statusCode).toBe(403);
    }
  });
});
