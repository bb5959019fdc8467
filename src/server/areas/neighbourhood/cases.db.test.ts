import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { NeighbourCase } from '../../../contracts/neighbourhood.js';
import { count, createBuilding, createTenant, setupNeighbourhoodTest, type NeighbourhoodTestEnv, type TestBuilding } from './neighbourhood.fixtures.js';

let env: NeighbourhoodTestEnv;
let building: TestBuilding;
let kari: Awaited<ReturnType<typeof createTenant>>;
let ola: Awaited<ReturnType<typeof createTenant>>;
let hidden: Awaited<ReturnType<typeof createTenant>>;
let moved: Awaited<ReturnType<typeof createTenant>>;

beforeAll(async () => {
  env = await setupNeighbourhoodTest('2026-06-15T10:00:00Z');
  building = await createBuilding(env, { street: 'Lerkeveien 12', units: 5 });
  kari = await createTenant(env, building.dwellingIds[0]!, { givenName: 'Kari', familyName: 'Berg' });
  ola = await createTenant(env, building.dwellingIds[1]!, { givenName: 'Ola', familyName: 'Dahl' });
  hidden = await createTenant(env, building.dwellingIds[2]!, { givenName: 'Skjult', familyName: 'Person', addressProtection: 'fortrolig' });
  moved = await createTenant(env, building.dwellingIds[3]!, { givenName: 'Flyttet', familyName: 'Ut', startDate: '2022-01-01', endDate: '2025-12-31' });
});
afterAll(() => env.close());

const team = () => env.clients.neighbourhood;
const post = (url: string, payload: object) => team().request({ method: 'POST', url, payload });
async function openCase(overrides: object = {}): Promise<NeighbourCase> {
  const res = await post('/api/neighbourhood/cases', { kind: 'conflict', buildingKey: building.key, description: 'Støy fra leiligheten over etter kl. 23 flere netter i uka.', reportedOn: '2026-05-02', ...overrides });
  expect(res.statusCode, res.body).toBe(201);
  return res.json();
}

describe('a neighbour case from complaint to agreement', () => {
  it('opens, adds the parties, holds a dialogue meeting, records the agreement and closes with the outcome', async () => {
    const opened = await openCase();
    expect(opened).toMatchObject({ status: 'open', building: { key: building.key, slug: building.slug, label: 'Lerkeveien 12' }, responsibleWorker: { id: env.userIds.neighbourhood }, districtCode: '01' });
    expect(opened.allowedActions).toEqual(['add_party', 'record_meeting', 'close']);

    let res = await post(`/api/neighbourhood/cases/${opened.id}/parties`, { role: 'complainant', leaseId: kari.leaseId });
    expect(res.statusCode, res.body).toBe(200);
    expect((await post(`/api/neighbourhood/cases/${opened.id}/parties`, { role: 'respondent', leaseId: ola.leaseId })).statusCode).toBe(200);
    res = await post(`/api/neighbourhood/cases/${opened.id}/parties`, { role: 'other', label: 'Beboer i 3. etasje (leier privat)' });
    expect(res.json().partyList).toEqual([
      { id: expect.any(String), role: 'complainant', label: 'Kari Berg', known: true, nameHidden: false },
      { id: expect.any(String), role: 'respondent', label: 'Ola Dahl', known: true, nameHidden: false },
      { id: expect.any(String), role: 'other', label: 'Beboer i 3. etasje (leier privat)', known: false, nameHidden: false },
    ]);
    expect(res.json().status).toBe('open');

    res = await post(`/api/neighbourhood/cases/${opened.id}/meetings`, { heldOn: '2026-05-20', summary: 'Dialogmøte med begge parter i fellesrommet.' });
    expect(res.json()).toMatchObject({ status: 'dialogue', lastEventOn: '2026-05-20' });
    res = await post(`/api/neighbourhood/cases/${opened.id}/agreements`, { heldOn: '2026-06-01', agreementText: 'Ro etter kl. 23 på hverdager. Ny samtale om en måned.' });
    expect(res.json()).toMatchObject({ status: 'agreement', events: [{ kind: 'dialogue_meeting' }, { kind: 'agreement', agreementText: 'Ro etter kl. 23 på hverdager. Ny samtale om en måned.' }] });
    res = await post(`/api/neighbourhood/cases/${opened.id}/close`, { closedOn: '2026-06-14', outcome: 'resolved_by_agreement', note: 'Ingen nye klager etter avtalen.' });
    expect(res.statusCode, res.body).toBe(200);
    expect(res.json()).toMatchObject({ status: 'closed', outcome: 'resolved_by_agreement', closedOn: '2026-06-14', allowedActions: [] });
    expect(res.json().events.map((e: { kind: string }) => e.kind)).toEqual(['dialogue_meeting', 'agreement', 'note']);

    const events = await count(env, sql`select count(*)::int as n from audit_event where subject_type = 'neighbour_case' and subject_id = ${opened.id}`);
    expect(events).toBe(7); // opened, three parties, meeting, agreement, closed
    const known = await count(env, sql`select count(*)::int as n from neighbour_case_party where case_id = ${opened.id} and household_id is not null`);
    expect(known).toBe(2);
  });

  it('writes every named tenant household to the access log when the case is read', async () => {
    const opened = await openCase();
    await post(`/api/neighbourhood/cases/${opened.id}/parties`, { role: 'complainant', leaseId: kari.leaseId });
    const before = await count(env, sql`select count(*)::int as n from access_log where subject_type = 'household' and subject_id = ${kari.householdId} and purpose = 'neighbourhood.case.view'`);
    const res = await team().request({ method: 'GET', url: `/api/neighbourhood/cases/${opened.id}` });
    expect(res.statusCode).toBe(200);
    const after = await count(env, sql`select count(*)::int as n from access_log where subject_type = 'household' and subject_id = ${kari.householdId} and purpose = 'neighbourhood.case.view'`);
    expect(after).toBe(before + 1);
  });

  it('lists the team’s active cases, oldest report first, with counts by status', async () => {
    const res = await team().request({ method: 'GET', url: '/api/neighbourhood/cases' });
    expect(res.statusCode).toBe(200);
    const list = res.json();
    expect(list.items.every((c: { status: string }) => c.status !== 'closed')).toBe(true);
    expect(list.counts.open + list.counts.dialogue + list.counts.agreement).toBe(list.total);
    const closed = await team().request({ method: 'GET', url: '/api/neighbourhood/cases?status=closed' });
    expect(closed.json().items.length).toBeGreaterThanOrEqual(1);
  });
});

describe('refused steps', () => {
  it('refuses an agreement before any dialogue meeting, with the reason', async () => {
    const opened = await openCase();
    const res = await post(`/api/neighbourhood/cases/${opened.id}/agreements`, { heldOn: '2026-06-01', agreementText: 'Avtale uten møte' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({ code: 'rule_violation', message: expect.stringMatching(/^Registrer et dialogmøte før avtalen/), fieldErrors: [{ path: 'status', code: 'meeting_first' }] });
    expect(await count(env, sql`select count(*)::int as n from neighbour_case_event where case_id = ${opened.id}`)).toBe(0);
  });

  it('refuses «resolved by agreement» without an agreement, and any change after the close', async () => {
    const opened = await openCase();
    let res = await post(`/api/neighbourhood/cases/${opened.id}/close`, { closedOn: '2026-06-10', outcome: 'resolved_by_agreement' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error.fieldErrors[0].code).toBe('agreement_first');
    res = await post(`/api/neighbourhood/cases/${opened.id}/close`, { closedOn: '2026-06-10', outcome: 'withdrawn' });
    expect(res.json().status).toBe('closed');
    for (const [path, payload] of [
      ['parties', { role: 'other', label: 'Noen' }],
      ['meetings', { heldOn: '2026-06-11', summary: 'Møte' }],
      ['close', { closedOn: '2026-06-11', outcome: 'not_resolved' }],
    ] as const) {
      res = await post(`/api/neighbourhood/cases/${opened.id}/${path}`, payload);
      expect(res.statusCode).toBe(422);
      expect(res.json().error.fieldErrors[0].code).toBe('case_closed');
    }
  });
});

describe('field errors', () => {
  it('gives every problem of a new case at once, in the user’s language', async () => {
    const res = await team().request({
      method: 'POST',
      url: '/api/neighbourhood/cases',
      headers: { 'accept-language': 'nn' },
      payload: { kind: 'complaint', buildingKey: '8000-99999/1/0/0', description: 'Klage', reportedOn: '2026-07-01', responsibleWorkerId: env.userIds.property_manager },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([
      { path: 'buildingKey', code: 'unknown_building', message: 'Bygget finst ikkje i bustadregisteret. Vel eit bygg frå lista.' },
      { path: 'reportedOn', code: 'in_future', message: expect.any(String) },
      { path: 'responsibleWorkerId', code: 'not_neighbourhood_worker', message: expect.any(String) },
    ]);
  });

  it('refuses a meeting before the report or ahead of today', async () => {
    const opened = await openCase();
    let res = await post(`/api/neighbourhood/cases/${opened.id}/meetings`, { heldOn: '2026-05-01', summary: 'For tidlig' });
    expect(res.json().error.fieldErrors).toEqual([{ path: 'heldOn', code: 'before_reported', message: 'Datoen kan ikke være før saken ble meldt.' }]);
    res = await post(`/api/neighbourhood/cases/${opened.id}/meetings`, { heldOn: '2026-06-16', summary: 'For sent' });
    expect(res.json().error.fieldErrors[0].code).toBe('in_future');
  });

  it('takes a party as a tenant of the building today or a label, never both, never twice, never a protected address', async () => {
    const opened = await openCase();
    const party = (payload: object) => post(`/api/neighbourhood/cases/${opened.id}/parties`, payload);
    const codeOf = async (payload: object) => (await party(payload)).json().error?.fieldErrors?.[0]?.code;
    expect(await codeOf({ role: 'other' })).toBe('party_choice');
    expect(await codeOf({ role: 'other', leaseId: kari.leaseId, label: 'Kari' })).toBe('party_choice');
    expect(await codeOf({ role: 'other', leaseId: moved.leaseId })).toBe('not_tenant_of_building');
    expect(await codeOf({ role: 'other', leaseId: hidden.leaseId })).toBe('not_tenant_of_building');
    const elsewhere = await createBuilding(env);
    const stranger = await createTenant(env, elsewhere.dwellingIds[0]!);
    expect(await codeOf({ role: 'other', leaseId: stranger.leaseId })).toBe('not_tenant_of_building');
    expect((await party({ role: 'complainant', leaseId: kari.leaseId })).statusCode).toBe(200);
    expect(await codeOf({ role: 'respondent', leaseId: kari.leaseId })).toBe('party_exists');
    expect((await party({ role: 'other', label: 'Vaktmester' })).statusCode).toBe(200);
    expect(await codeOf({ role: 'other', label: 'vaktmester' })).toBe('party_exists');
    expect(await count(env, sql`select count(*)::int as n from neighbour_case_party where case_id = ${opened.id}`)).toBe(2);
  });

  it('hides the name of a party whose address has become protected since', async () => {
    const opened = await openCase();
    const later = await createTenant(env, building.dwellingIds[4]!, { givenName: 'Senere', familyName: 'Skjermet' });
    await post(`/api/neighbourhood/cases/${opened.id}/parties`, { role: 'respondent', leaseId: later.leaseId });
    await env.handle.db.execute(sql`update person set address_protection = 'strengt_fortrolig' where id = ${later.personId}`);
    const res = await team().request({ method: 'GET', url: `/api/neighbourhood/cases/${opened.id}` });
    expect(res.json().partyList).toEqual([{ id: expect.any(String), role: 'respondent', label: '', known: true, nameHidden: true }]);
  });
});

describe('who may see neighbour cases', () => {
  it('answers 403 to every role but the team, and 404 to the team next door', async () => {
    const opened = await openCase();
    for (const role of ['property_manager', 'caseworker', 'nav_adviser', 'followup', 'manager', 'admin'] as const) {
      const client = env.clients[role];
      expect((await client.request({ method: 'GET', url: '/api/neighbourhood/cases' })).statusCode, role).toBe(403);
      expect((await client.request({ method: 'GET', url: `/api/neighbourhood/cases/${opened.id}` })).statusCode, role).toBe(403);
      expect((await client.request({ method: 'POST', url: `/api/neighbourhood/cases/${opened.id}/meetings`, payload: { heldOn: '2026-06-01', summary: 'x' } })).statusCode, role).toBe(403);
    }
    expect((await env.otherTeam.request({ method: 'GET', url: `/api/neighbourhood/cases/${opened.id}` })).statusCode).toBe(404);
    expect((await env.otherTeam.request({ method: 'POST', url: `/api/neighbourhood/cases/${opened.id}/meetings`, payload: { heldOn: '2026-06-01', summary: 'x' } })).statusCode).toBe(404);
  });

  it('offers the team the building’s tenants today, without protected addresses, and nobody else', async () => {
    const res = await team().request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}/tenants` });
    expect(res.statusCode).toBe(200);
    const names = res.json().items.map((t: { name: string }) => t.name);
    expect(names).toContain('Kari Berg');
    expect(names).toContain('Ola Dahl');
    expect(names).not.toContain('Skjult Person');
    expect(names).not.toContain('Flyttet Ut');
    expect((await env.clients.property_manager.request({ method: 'GET', url: `/api/neighbourhood/buildings/${building.slug}/tenants` })).statusCode).toBe(403);
  });
});
