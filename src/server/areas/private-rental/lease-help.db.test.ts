import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LeaseHelp } from '../../../contracts/private-rental.js';
import { rows } from '../../platform/db.js';
import { createHousehold, setupPrivateRentalTest, type PrivateRentalTestEnv } from './private-rental.fixtures.js';

let env: PrivateRentalTestEnv;
let landlordId: string;
beforeAll(async () => {
  env = await setupPrivateRentalTest('2026-06-15T10:00:00Z');
  const res = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/private-rental/landlords', payload: { kind: 'person', name: 'Utleier Hansen' } });
  landlordId = res.json().landlord.id;
});
afterAll(() => env.close());

const nav = () => env.clients.nav_adviser;
const start = (householdId: string, payload: object = {}, client = nav()) =>
  client.request({ method: 'POST', url: '/api/private-rental/lease-help', payload: { householdId, startedOn: '2026-03-01', depositGuarantee: true, monthlyRent: 10500, ...payload } });
const change = (id: string, payload: object) => nav().request({ method: 'PATCH', url: `/api/private-rental/lease-help/${id}`, payload });

describe('help into a private lease', () => {
  it('is registered by the NAV adviser for a household it may see, and by the caseworker for any', async () => {
    const consented = await createHousehold(env, { givenName: 'Samtykket', navConsent: true });
    const unknown = await createHousehold(env, { givenName: 'Ukjent' });
    const res = await start(consented);
    expect(res.statusCode, res.body).toBe(201);
    expect(res.json()).toMatchObject({ household: { id: consented, headName: 'Samtykket Leietaker' }, status: 'in_progress', helpedBy: { id: env.userIds.nav_adviser }, nextStatuses: ['signed', 'not_found', 'ended'], refugee: false });
    const refused = await start(unknown);
    expect(refused.statusCode).toBe(400);
    expect(refused.json().error.fieldErrors).toEqual([{ path: 'householdId', code: 'not_found', message: expect.any(String) }]);
    expect((await start(unknown, {}, env.clients.caseworker)).statusCode).toBe(201);
    expect((await start(consented, { startedOn: '2026-06-16' })).json().error.fieldErrors[0]).toMatchObject({ path: 'startedOn', code: 'in_future' });
  });

  it('is signed only with a landlord and the lease start, and the outcome is final and audited', async () => {
    const householdId = await createHousehold(env, { navConsent: true });
    const help = (await start(householdId)).json() as LeaseHelp;
    let res = await change(help.id, { status: 'signed' });
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual(['outcomeOn:required', 'landlordId:required_when_signed', 'leaseStartsOn:required_when_signed']);
    res = await change(help.id, { status: 'signed', outcomeOn: '2026-02-01', landlordId, leaseStartsOn: '2026-07-01' });
    expect(res.json().error.fieldErrors).toEqual([{ path: 'outcomeOn', code: 'before_started', message: 'Datoen kan ikke være før hjelpen startet.' }]);
    res = await change(help.id, { status: 'signed', outcomeOn: '2026-06-10', landlordId, leaseStartsOn: '2026-07-01' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'signed', landlord: { id: landlordId, name: 'Utleier Hansen' }, outcomeOn: '2026-06-10', nextStatuses: [] });
    res = await change(help.id, { status: 'ended', outcomeOn: '2026-06-12' });
    expect(res.json().error.fieldErrors[0]).toMatchObject({ path: 'status', code: 'outcome_final' });
    const [event] = await rows<{ data: Record<string, unknown> }>(env.handle.db, sql`select data from audit_event where type = 'private_lease_help.outcome' and subject_id = ${help.id}`);
    expect(event?.data.status).toEqual({ from: 'in_progress', to: 'signed' });
    const landlord = (await nav().request({ method: 'GET', url: `/api/private-rental/landlords/${landlordId}` })).json();
    expect(landlord.helps.map((h: LeaseHelp) => h.id)).toContain(help.id);
    expect(landlord.landlord.signedLeases).toBe(1);
  });

  it('writes the household to the access log when one help is read', async () => {
    const householdId = await createHousehold(env, { navConsent: true });
    const help = (await start(householdId)).json() as LeaseHelp;
    const logged = async () => (await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from access_log where subject_id = ${householdId} and purpose = 'private_rental.lease_help.view'`))[0]?.n ?? 0;
    const before = await logged();
    expect((await nav().request({ method: 'GET', url: `/api/private-rental/lease-help/${help.id}` })).statusCode).toBe(200);
    expect(await logged()).toBe(before + 1);
  });

  it('lists helps in progress first, and counts the year: exact for NAV, suppressed for the manager', async () => {
    const list = (await nav().request({ method: 'GET', url: '/api/private-rental/lease-help' })).json();
    const statuses = list.items.map((h: LeaseHelp) => h.status);
    expect(statuses.indexOf('signed')).toBeGreaterThan(statuses.lastIndexOf('in_progress'));
    const figures = (await nav().request({ method: 'GET', url: '/api/private-rental/figures?year=2026' })).json();
    expect(new Set(list.items.map((h: LeaseHelp) => h.household.id)).size).toBe(4);
    expect(figures).toEqual({ year: 2026, helped: '4', signed: '1', refugeesInPrivateLeases: '0', suppressed: false });
    const manager = (await env.clients.manager.request({ method: 'GET', url: '/api/private-rental/figures' })).json();
    expect(manager).toEqual({ year: 2026, helped: '<5', signed: '<5', refugeesInPrivateLeases: '0', suppressed: true });
    expect((await env.clients.manager.request({ method: 'GET', url: '/api/private-rental/lease-help' })).statusCode).toBe(403);
    expect((await env.clients.followup.request({ method: 'GET', url: '/api/private-rental/figures' })).statusCode).toBe(403);
    expect((await env.otherNav.request({ method: 'GET', url: `/api/private-rental/lease-help/${list.items[0].id}` })).statusCode).toBe(404);
  });
});
