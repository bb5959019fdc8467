import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { SettlementDetail } from '../../../contracts/private-rental.js';
import { rows } from '../../platform/db.js';
import { createHousehold, setupPrivateRentalTest, type PrivateRentalTestEnv } from './private-rental.fixtures.js';

let env: PrivateRentalTestEnv;
let landlordId: string;
beforeAll(async () => {
  env = await setupPrivateRentalTest('2026-06-15T10:00:00Z');
  landlordId = (await env.clients.caseworker.request({ method: 'POST', url: '/api/private-rental/landlords', payload: { kind: 'company', name: 'Bosetting AS', orgNumber: '974760673' } })).json().landlord.id;
});
afterAll(() => env.close());

const caseworker = () => env.clients.caseworker;
const settle = (payload: object) => caseworker().request({ method: 'POST', url: '/api/private-rental/settlements', payload });

describe('refugee settlement', () => {
  it('registers a household once, with the programme after the settlement and a private lease help of its own', async () => {
    const householdId = await createHousehold(env, { givenName: 'Yusuf' });
    const other = await createHousehold(env, { givenName: 'Annen' });
    const help = (await caseworker().request({ method: 'POST', url: '/api/private-rental/lease-help', payload: { householdId, startedOn: '2026-02-01' } })).json();
    const otherHelp = (await caseworker().request({ method: 'POST', url: '/api/private-rental/lease-help', payload: { householdId: other, startedOn: '2026-02-01' } })).json();

    let res = await settle({ householdId, settledOn: '2026-01-20', introductionFrom: '2026-01-10', introductionTo: '2026-01-01', housing: 'municipal', privateLeaseHelpId: help.id });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual([
      'introductionFrom:before_settled',
      'introductionTo:end_before_start',
      'privateLeaseHelpId:help_needs_private_housing',
    ]);
    res = await settle({ householdId, settledOn: '2026-01-20', housing: 'private', privateLeaseHelpId: otherHelp.id });
    expect(res.json().error.fieldErrors).toEqual([{ path: 'privateLeaseHelpId', code: 'not_same_household', message: 'Hjelpen til privat leie gjelder en annen husstand.' }]);
    res = await settle({ householdId, settledOn: '2026-01-20', introductionFrom: '2026-02-01', introductionTo: '2028-01-31', housing: 'private', privateLeaseHelpId: help.id });
    expect(res.statusCode, res.body).toBe(201);
    const detail = res.json() as SettlementDetail;
    expect(detail.settlement).toMatchObject({ household: { id: householdId, headName: 'Yusuf Leietaker' }, inIntroduction: true, refugeeUntil: '2031-01-19', privateLeaseHelp: { id: help.id, status: 'in_progress', landlordName: null }, boligskole: { sessions: 0, attended: 0 } });
    expect(detail.leaseHelps.map((h) => h.id)).toEqual([help.id]);
    expect(detail.leaseHelps[0]?.refugee).toBe(true);
    res = await settle({ householdId, settledOn: '2026-01-21', housing: 'other' });
    expect(res.statusCode).toBe(409);
    expect(res.json().error.fieldErrors[0].code).toBe('already_settled');
  });

  it('records boligskole sessions and counts attendance; refuses a session before the settlement', async () => {
    const householdId = await createHousehold(env, { givenName: 'Lina' });
    const created = (await settle({ householdId, settledOn: '2026-03-01', housing: 'municipal' })).json() as SettlementDetail;
    const session = (payload: object) => caseworker().request({ method: 'POST', url: `/api/private-rental/settlements/${created.settlement.id}/boligskole`, payload: { heldOn: '2026-04-02', topic: 'Husleie og strøm', attended: true, ...payload } });
    expect((await session({ heldOn: '2026-02-28' })).json().error.fieldErrors[0]).toMatchObject({ path: 'heldOn', code: 'before_settled_session' });
    expect((await session({})).statusCode).toBe(201);
    expect((await session({ heldOn: '2026-05-07', topic: 'Naboskap og husordensregler', attended: false })).statusCode).toBe(201);
    const detail = (await caseworker().request({ method: 'GET', url: `/api/private-rental/settlements/${created.settlement.id}` })).json() as SettlementDetail;
    expect(detail.settlement.boligskole).toEqual({ sessions: 2, attended: 1 });
    expect(detail.attendance.map((a) => a.topic)).toEqual(['Naboskap og husordensregler', 'Husleie og strøm']);
    const logged = await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from access_log where subject_id = ${householdId} and purpose = 'private_rental.settlement.view'`);
    expect(logged[0]?.n).toBe(2); // the answer to the registration and the read
  });

  it('counts refugees into private leases this year: a signed help while a refugee, or settled straight into a private dwelling', async () => {
    const before = (await caseworker().request({ method: 'GET', url: '/api/private-rental/figures' })).json();
    const first = await createHousehold(env, { givenName: 'Flyktning1' });
    await settle({ householdId: first, settledOn: '2025-09-01', housing: 'temporary' });
    const help = (await caseworker().request({ method: 'POST', url: '/api/private-rental/lease-help', payload: { householdId: first, startedOn: '2026-01-10' } })).json();
    await caseworker().request({ method: 'PATCH', url: `/api/private-rental/lease-help/${help.id}`, payload: { status: 'signed', outcomeOn: '2026-04-01', landlordId, leaseStartsOn: '2026-05-01' } });
    const second = await createHousehold(env, { givenName: 'Flyktning2' });
    await settle({ householdId: second, settledOn: '2026-05-05', housing: 'private' });
    const after = (await caseworker().request({ method: 'GET', url: '/api/private-rental/figures' })).json();
    expect(Number(after.refugeesInPrivateLeases)).toBe(Number(before.refugeesInPrivateLeases) + 2);
    const list = (await env.clients.nav_adviser.request({ method: 'GET', url: '/api/private-rental/settlements?inIntroduction=false' })).json();
    expect(list.items.length).toBe(list.total);
    expect((await env.clients.neighbourhood.request({ method: 'GET', url: '/api/private-rental/settlements' })).statusCode).toBe(403);
  });
});
