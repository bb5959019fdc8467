import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lease } from '../../../db/schema/index.js';
import { ROLES } from '../../../domain/access/roles.js';
import { rows, withTenant } from '../../platform/db.js';
import { createTenant, dwellingBody, setupDwellingTest, type DwellingTestEnv } from './dwellings.fixtures.js';

let env: DwellingTestEnv;
beforeAll(async () => {
  env = await setupDwellingTest('2025-03-11T09:00:00Z');
});
afterAll(() => env.close());

const create = async (overrides: Parameters<typeof dwellingBody>[0] = {}) => {
  const res = await env.clients.property_manager.request({ method: 'POST', url: '/api/dwellings', payload: dwellingBody(overrides) });
  expect(res.statusCode, res.body).toBe(201);
  return res.json() as { id: string; current: { status: string } };
};
const setStatus = (id: string, payload: Record<string, unknown>, client = env.clients.property_manager) =>
  client.request({ method: 'POST', url: `/api/dwellings/${id}/status`, payload });

describe('registering dwellings', () => {
  it('registers a dwelling with every field and its first status, with an audit event', async () => {
    const body = dwellingBody({ statusDate: '2025-01-01', ownerPhone: '91234567', notes: 'Nyoppusset bad' });
    const res = await env.clients.property_manager.request({ method: 'POST', url: '/api/dwellings', payload: body });
    expect(res.statusCode).toBe(201);
    const { status: _s, statusDate: _d, expectedReadyOn: _e, ...fields } = body;
    expect(res.json()).toMatchObject({ ...fields, districtName: 'Bydel 1', current: { status: 'vacant', fromDate: '2025-01-01', expectedReadyOn: null } });
    const [event] = await rows<{ type: string }>(env.handle.db, sql`select type from audit_event where subject_id = ${res.json().id}`);
    expect(event?.type).toBe('dwelling.created');
  });

  it('reports every problem at once: owner missing, deposit over six months, unknown district, future status date', async () => {
    const res = await env.clients.property_manager.request({
      method: 'POST',
      url: '/api/dwellings',
      headers: { 'accept-language': 'nn' },
      payload: dwellingBody({ disposalForm: 'leased_from_private', deposit: 50_000, districtCode: '99', statusDate: '2025-03-12' }),
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual([
      'ownerName:owner_required',
      'deposit:deposit_too_high',
      'districtCode:unknown_district',
      'statusDate:in_future',
    ]);
    expect(res.json().error.fieldErrors[0].message).toMatch(/Bustadeigar/);
  });

  it('refuses a second dwelling with the same matrikkel, unit number and extra reference with 409', async () => {
    const body = dwellingBody();
    await env.clients.property_manager.request({ method: 'POST', url: '/api/dwellings', payload: body });
    const again = await env.clients.property_manager.request({ method: 'POST', url: '/api/dwellings', payload: body });
    expect(again.statusCode).toBe(409);
    expect(again.json().error.fieldErrors[0]).toMatchObject({ path: 'extraReference', code: 'taken' });
  });

  it('changes fields with the changes in the audit log, and refuses unknown fields', async () => {
    const { id } = await create();
    const res = await env.clients.property_manager.request({ method: 'PATCH', url: `/api/dwellings/${id}`, payload: { monthlyRent: 7600, wheelchairAccessible: true } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ monthlyRent: 7600, wheelchairAccessible: true, bedrooms: 2 });
    const [event] = await rows<{ data: unknown }>(env.handle.db, sql`select data from audit_event where subject_id = ${id} and type = 'dwelling.updated'`);
    expect(event?.data).toEqual({ monthlyRent: { from: 7300, to: 7600 }, wheelchairAccessible: { from: false, to: true } });
    const bad = await env.clients.property_manager.request({ method: 'PATCH', url: `/api/dwellings/${id}`, payload: { status: 'sold' } });
    expect(bad.statusCode).toBe(400);
  });
});

describe('status history, vacancy days and lost rent (clock fixed at 11 March 2025)', () => {
  it('closes the current period and opens the next in one step, and derives vacancy days and lost rent', async () => {
    const { id } = await create({ status: 'let', statusDate: '2023-05-01', monthlyRent: 7300 });
    expect((await setStatus(id, { status: 'maintenance', fromDate: '2024-11-20', expectedReadyOn: '2024-12-20' })).statusCode).toBe(200);
    expect((await setStatus(id, { status: 'vacant', fromDate: '2024-12-20' })).statusCode).toBe(200);
    expect((await setStatus(id, { status: 'reserved', fromDate: '2025-02-01', reason: 'Tilbud til husstand' })).statusCode).toBe(200);
    const last = await setStatus(id, { status: 'vacant', fromDate: '2025-02-15', reason: 'Tilbudet avslått' });
    expect(last.json().current).toEqual({ status: 'vacant', fromDate: '2025-02-15', expectedReadyOn: null });

    const page = (await env.clients.property_manager.request({ method: 'GET', url: `/api/dwellings/${id}` })).json();
    expect(page.statusHistory.map((p: { status: string; fromDate: string; toDate: string | null; days: number }) => [p.status, p.fromDate, p.toDate, p.days])).toEqual([
      ['vacant', '2025-02-15', null, 24],
      ['reserved', '2025-02-01', '2025-02-15', 14],
      ['vacant', '2024-12-20', '2025-02-01', 43],
      ['maintenance', '2024-11-20', '2024-12-20', 30],
      ['let', '2023-05-01', '2024-11-20', 569],
    ]);
    expect(page.vacancy.thisYear).toEqual({
      from: '2025-01-01',
      to: '2025-03-11',
      vacancyDays: 69,
      lostRent: 16_560,
      reservedDays: 14,
      maintenanceDays: 0,
      notInUseDays: 0,
    });
    expect(page.vacancy.last12Months).toMatchObject({ from: '2024-03-11', vacancyDays: 81, maintenanceDays: 30, lostRent: 19_440 });
    expect(page.vacancy).toMatchObject({ vacantSince: '2024-12-20', daysVacant: 81 });
    const events = await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from audit_event where subject_id = ${id} and type = 'dwelling.status_changed'`);
    expect(events[0]?.n).toBe(4);
  });

  it('refuses a change from sold, and a date on or before the current period, with rule_violation', async () => {
    const { id } = await create({ status: 'sold', statusDate: '2024-06-01' });
    const res = await setStatus(id, { status: 'vacant', fromDate: '2024-06-01' });
    expect(res.statusCode).toBe(422);
    expect(res.json().error).toMatchObject({
      code: 'rule_violation',
      fieldErrors: [
        { path: 'status', code: 'invalid_transition' },
        { path: 'fromDate', code: 'before_current_status' },
      ],
    });
  });

  it('requires the expected ready date for maintenance', async () => {
    const { id } = await create({ status: 'vacant', statusDate: '2025-01-01' });
    const res = await setStatus(id, { status: 'maintenance', fromDate: '2025-03-01' });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toMatchObject([{ path: 'expectedReadyOn', code: 'required' }]);
  });

  it('has the database refuse overlapping status periods of one dwelling', async () => {
    const { id } = await create({ status: 'vacant', statusDate: '2025-01-01' });
    const insert = (from: string, to: string | null) =>
      withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
        tx.execute(sql`insert into dwelling_status_period (municipality_id, dwelling_id, status, from_date, to_date)
                       values (${env.municipalityId}, ${id}, 'let', ${from}, ${to})`),
      );
    await expect(insert('2025-02-01', '2025-02-10')).rejects.toMatchObject({ cause: { code: '23P01' } });
    // Touching periods ([from, to) ranges) do not overlap.
    await expect(insert('2024-12-01', '2025-01-01')).resolves.toBeDefined();
  });
});

describe('the stock list, the vacancy board and the counts', () => {
  it('lists with filters and free text, with counts by status under the other filters', async () => {
    await create({ streetName: 'Filtergata', districtCode: '05', bedrooms: 1, wheelchairAccessible: true, status: 'vacant', statusDate: '2025-03-01' });
    await create({ streetName: 'Filtergata', districtCode: '05', bedrooms: 3, status: 'let', statusDate: '2024-03-01' });
    await create({ streetName: 'Filtergata', districtCode: '06', bedrooms: 1, status: 'let', statusDate: '2024-03-01' });
    const list = async (query: string) => (await env.clients.caseworker.request({ method: 'GET', url: `/api/dwellings?q=filtergata&${query}` })).json();
    const d05 = await list('district=05');
    expect(d05.total).toBe(2);
    expect(d05.counts.byStatus.filter((c: { count: number }) => c.count > 0)).toEqual([
      { status: 'vacant', count: 1 },
      { status: 'let', count: 1 },
    ]);
    const vacant = await list('district=05&status=vacant');
    expect(vacant).toMatchObject({ total: 1, counts: { total: 2 }, items: [{ bedrooms: 1, wheelchairAccessible: true, current: { status: 'vacant' } }] });
    expect((await list('bedroomsMin=2')).total).toBe(1);
    expect((await list('bedroomsMax=1&wheelchair=false')).total).toBe(1);
    expect((await list('type=bedsit')).total).toBe(0);
  });

  it('shows every dwelling standing empty with its days so far, longest first', async () => {
    const a = await create({ streetName: 'Tavleveien', status: 'vacant', statusDate: '2025-03-01', monthlyRent: 7300 });
    const b = await create({ streetName: 'Tavleveien', status: 'vacant', statusDate: '2024-10-01' });
    const c = await create({ streetName: 'Tavleveien', status: 'vacant', statusDate: '2025-01-01' });
    expect((await setStatus(c.id, { status: 'reserved', fromDate: '2025-02-01' })).statusCode).toBe(200);
    await create({ streetName: 'Tavleveien', status: 'let', statusDate: '2025-01-01' });
    const board = (await env.clients.property_manager.request({ method: 'GET', url: '/api/dwellings/vacancies' })).json();
    const ours = board.items.filter((i: { streetName: string }) => i.streetName === 'Tavleveien');
    expect(ours.map((i: { id: string; daysVacant: number; current: { status: string } }) => [i.id, i.daysVacant, i.current.status])).toEqual([
      [b.id, 161, 'vacant'],
      [c.id, 69, 'reserved'],
      [a.id, 10, 'vacant'],
    ]);
    expect(ours[2]).toMatchObject({ vacantSince: '2025-03-01', lostRent: 2400 });
    const days = board.items.map((i: { daysVacant: number }) => i.daysVacant);
    expect(days).toEqual([...days].sort((x: number, y: number) => y - x));
  });

  it('shows the status of today when a later status is already planned (a lease that starts next month)', async () => {
    const { id } = await create({ streetName: 'Planveien', status: 'vacant', statusDate: '2025-02-01' });
    await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
      await tx.execute(sql`update dwelling_status_period set to_date = '2025-04-01' where dwelling_id = ${id}`);
      await tx.execute(sql`insert into dwelling_status_period (municipality_id, dwelling_id, status, from_date) values (${env.municipalityId}, ${id}, 'let', '2025-04-01')`);
    });
    const page = (await env.clients.property_manager.request({ method: 'GET', url: `/api/dwellings/${id}` })).json();
    expect(page.dwelling.current).toEqual({ status: 'vacant', fromDate: '2025-02-01', expectedReadyOn: null });
    expect(page.vacancy).toMatchObject({ vacantSince: '2025-02-01', daysVacant: 38 });
    const board = (await env.clients.property_manager.request({ method: 'GET', url: '/api/dwellings/vacancies' })).json();
    expect(board.items.find((i: { id: string }) => i.id === id)).toMatchObject({ daysVacant: 38 });
  });

  it('gives the manager aggregate counts only', async () => {
    const res = await env.clients.manager.request({ method: 'GET', url: '/api/dwellings/stats' });
    expect(res.statusCode).toBe(200);
    const stats = res.json();
    expect(stats.total).toBeGreaterThan(5);
    expect(stats.byStatus.reduce((s: number, c: { count: number }) => s + c.count, 0)).toBe(stats.total);
    expect(JSON.stringify(stats)).not.toMatch(/Storgata|Tavleveien/);
  });
});

describe('leases on the dwelling page', () => {
  it('names the tenant household head to the property manager, except behind a protected address, and logs each name shown', async () => {
    const { id } = await create({ status: 'let', statusDate: '2024-01-01' });
    const open = await createTenant(env, { givenName: 'Ola', familyName: 'Leietaker' });
    const hidden = await createTenant(env, { givenName: 'Skjult', familyName: 'Person', addressProtection: 'fortrolig' });
    await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx.insert(lease).values([
        { municipalityId: env.municipalityId, dwellingId: id, householdId: hidden.householdId, startDate: '2022-01-01', endDate: '2023-12-31', status: 'ended', depositType: 'none', rentModel: 'market', monthlyRent: 7000 },
        { municipalityId: env.municipalityId, dwellingId: id, householdId: open.householdId, startDate: '2024-01-01', endDate: '2027-01-01', status: 'signed', depositType: 'none', rentModel: 'market', monthlyRent: 7300 },
      ]),
    );
    const page = (await env.clients.property_manager.request({ method: 'GET', url: `/api/dwellings/${id}` })).json();
    expect(page.leases).toMatchObject([
      { householdId: open.householdId, startDate: '2024-01-01', status: 'signed', tenantName: 'Ola Leietaker', tenantNameHidden: false },
      { householdId: hidden.householdId, tenantName: null, tenantNameHidden: true },
    ]);
    const logged = await rows<{ subject_id: string; purpose: string }>(env.handle.db, sql`select subject_id, purpose from access_log where purpose = 'dwelling.tenancy'`);
    expect(logged).toEqual([{ subject_id: open.personId, purpose: 'dwelling.tenancy' }]);
    const caseworkerView = (await env.clients.caseworker.request({ method: 'GET', url: `/api/dwellings/${id}` })).json();
    expect(caseworkerView.leases[1]).toMatchObject({ tenantName: 'Skjult Person' });
  });
});

describe('roles and municipalities', () => {
  it('lets the caseworker read but not write', async () => {
    const { id } = await create();
    const cw = env.clients.caseworker;
    expect((await cw.request({ method: 'GET', url: `/api/dwellings/${id}` })).statusCode).toBe(200);
    expect((await cw.request({ method: 'GET', url: '/api/dwellings/vacancies' })).statusCode).toBe(200);
    expect((await cw.request({ method: 'POST', url: '/api/dwellings', payload: dwellingBody() })).statusCode).toBe(403);
    expect((await cw.request({ method: 'PATCH', url: `/api/dwellings/${id}`, payload: { bedrooms: 1 } })).statusCode).toBe(403);
    expect((await setStatus(id, { status: 'let', fromDate: '2025-03-10' }, cw)).statusCode).toBe(403);
    expect((await cw.request({ method: 'GET', url: '/api/dwellings/export.csv' })).statusCode).toBe(403);
  });

  it('gives the manager the counts and nothing else, and every other role 403', async () => {
    const { id } = await create();
    for (const role of ROLES) {
      const client = env.clients[role];
      const expected = role === 'property_manager' ? [200, 200, 200] : role === 'caseworker' ? [200, 200, 200] : role === 'manager' ? [403, 403, 200] : [403, 403, 403];
      const got = [
        (await client.request({ method: 'GET', url: '/api/dwellings' })).statusCode,
        (await client.request({ method: 'GET', url: `/api/dwellings/${id}` })).statusCode,
        (await client.request({ method: 'GET', url: '/api/dwellings/stats' })).statusCode,
      ];
      expect(got, role).toEqual(expected);
    }
  });

  it("answers 404 for another municipality's dwelling, and lists none of them", async () => {
    const { id } = await create();
    expect((await env.neighbour.request({ method: 'GET', url: `/api/dwellings/${id}` })).statusCode).toBe(404);
    expect((await env.neighbour.request({ method: 'PATCH', url: `/api/dwellings/${id}`, payload: { bedrooms: 1 } })).statusCode).toBe(404);
    expect((await setStatus(id, { status: 'let', fromDate: '2025-03-10' }, env.neighbour)).statusCode).toBe(404);
    expect((await env.neighbour.request({ method: 'GET', url: '/api/dwellings' })).json().total).toBe(0);
  });
});

describe('API description', () => {
  it('documents every dwelling endpoint in the OpenAPI document', async () => {
    const res = await env.husly.app.inject({ method: 'GET', url: '/api/openapi.json' });
    expect(res.statusCode).toBe(200);
    expect(Object.keys(res.json().paths)).toEqual(
      expect.arrayContaining([
        '/api/dwellings',
        '/api/dwellings/stats',
        '/api/dwellings/vacancies',
        '/api/dwellings/{id}',
        '/api/dwellings/{id}/status',
        '/api/dwellings/import',
        '/api/dwellings/export.xlsx',
        '/api/dwellings/export.csv',
      ]),
    );
  });
});
