import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { lease } from '../../../db/schema/index.js';
import { INVENTORY_ITEMS } from '../../../domain/leases/inspections.js';
import { withTenant } from '../../platform/db.js';
import { pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { countRows, createDwelling, createHousehold, leaseBody, setupLeaseTest, signedLease, statusPeriods, type LeaseTestEnv } from './leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-01-20T09:00:00Z');
});
afterAll(() => env.close());

const fieldCodes = (body: { error: { fieldErrors?: Array<{ path: string; code: string }> } }) => (body.error.fieldErrors ?? []).map((f) => `${f.path}:${f.code}`);

describe('drafting and signing', () => {
  it('drafts a lease with the end date from the length rule, and the family with a child of 14 gets the same three years by default', async () => {
    const dwellingId = await createDwelling(env);
    const householdId = await createHousehold(env, { children: ['2011-06-01'] });
    const res = await env.clients.property_manager.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, householdId) });
    expect(res.statusCode).toBe(201);
    expect(res.json()).toMatchObject({ status: 'draft', startDate: '2026-01-01', endDate: '2028-12-31', lengthRule: 'default/1:first:children', tenantName: 'Liv Leietaker' });
    expect(await countRows(env, 'audit_event', sql`type = 'lease.drafted' and subject_id = ${res.json().id}`)).toBe(1);
  });

  it('lets only the caseworker and the property manager work with leases, and hides other municipalities’ leases', async () => {
    const id = await signedLease(env);
    for (const role of ['manager', 'followup', 'admin', 'nav_adviser'] as const) {
      expect((await env.clients[role].request({ method: 'GET', url: `/api/leases/${id}` })).statusCode).toBe(403);
    }
    expect((await env.otherCaseworker.request({ method: 'GET', url: `/api/leases/${id}` })).statusCode).toBe(404);
    const read = await env.clients.caseworker.request({ method: 'GET', url: `/api/leases/${id}` });
    expect(read.statusCode).toBe(200);
    expect(await countRows(env, 'access_log', sql`subject_type = 'lease' and subject_id = ${id} and purpose = 'lease.view'`)).toBe(1);
  });

  it('refuses a deposit above six months’ rent with a field error, and the database refuses it as well', async () => {
    const res = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/leases',
      payload: leaseBody(await createDwelling(env), await createHousehold(env), { depositAmount: 54_001 }),
    });
    expect(res.statusCode).toBe(422);
    expect(fieldCodes(res.json())).toEqual(['depositAmount:deposit_above_six_months']);

    const [dwellingId, householdId] = [await createDwelling(env), await createHousehold(env)];
    const error = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) =>
      tx.insert(lease).values({
        municipalityId: env.municipalityId,
        dwellingId,
        householdId,
        startDate: '2026-01-01',
        endDate: '2028-12-31',
        status: 'draft',
        depositType: 'blocked_account',
        depositAmount: 54_001,
        rentModel: 'gjengs',
        monthlyRent: 9000,
      }),
    ).catch((e: unknown) => e);
    expect([pgErrorCode(error), pgConstraint(error)]).toEqual(['23514', 'lease_deposit_check']);
  });

  it('will not sign a § 11-1 lease without the written notice before signing, and signs it with the notice', async () => {
    const dwellingId = await createDwelling(env, { vacantFrom: '2025-06-01' });
    const created = await env.clients.caseworker.request({
      method: 'POST',
      url: '/api/leases',
      payload: leaseBody(dwellingId, await createHousehold(env), { section111: true, endDate: '2027-12-31', shortTermReason: 'Gjennomgangsbolig, § 11-1' }),
    });
    expect(created.statusCode).toBe(201);
    const id = created.json().id;
    const refused = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/sign`, payload: { signedOn: '2025-12-15' } });
    expect(refused.statusCode).toBe(422);
    expect(fieldCodes(refused.json())).toEqual(['section111NoticeOn:section_11_1_notice_missing']);
    const late = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/sign`, payload: { signedOn: '2025-12-15', section111NoticeOn: '2025-12-16' } });
    expect(fieldCodes(late.json())).toEqual(['section111NoticeOn:section_11_1_notice_after_signing']);
    const signed = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/sign`, payload: { signedOn: '2025-12-15', section111NoticeOn: '2025-12-10' } });
    expect(signed.statusCode).toBe(200);
    expect(signed.json()).toMatchObject({ status: 'signed', section111NoticeOn: '2025-12-10', signedOn: '2025-12-15' });
    expect(await statusPeriods(env, dwellingId)).toEqual([
      { status: 'vacant', fromDate: '2025-06-01', toDate: '2026-01-01' },
      { status: 'let', fromDate: '2026-01-01', toDate: null },
    ]);
    expect(await countRows(env, 'audit_event', sql`type = 'dwelling.status_changed' and subject_id = ${dwellingId} and data->>'to' = 'let'`)).toBe(1);
  });

  it('asks for the written reason when a lease is shorter than three years (§ 9-3)', async () => {
    const res = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(await createDwelling(env), await createHousehold(env), { endDate: '2026-12-31' }) });
    expect(res.statusCode).toBe(422);
    expect(fieldCodes(res.json())).toEqual(['shortTermReason:short_term_reason_required']);
  });
});

describe('one dwelling, one lease at a time', () => {
  it('refuses an overlapping lease in the database (409 dwelling_already_let), allows a handover on the last day, and frees a cancelled draft', async () => {
    const dwellingId = await createDwelling(env);
    const first = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, await createHousehold(env)) });
    expect(first.statusCode).toBe(201);
    const overlapping = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, await createHousehold(env), { startDate: '2027-06-01' }) });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().error).toMatchObject({ code: 'conflict', fieldErrors: [{ path: 'dwellingId', code: 'dwelling_already_let' }] });

    const otherHousehold = await createHousehold(env);
    const raw = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) =>
      tx.insert(lease).values({
        municipalityId: env.municipalityId,
        dwellingId,
        householdId: otherHousehold,
        startDate: '2028-01-01',
        endDate: null,
        status: 'signed',
        depositType: 'none',
        rentModel: 'gjengs',
        monthlyRent: 9000,
      }),
    ).catch((e: unknown) => e);
    expect([pgErrorCode(raw), pgConstraint(raw)]).toEqual(['23P01', 'lease_no_overlap']);

    const handover = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, await createHousehold(env), { startDate: '2028-12-31' }) });
    expect(handover.statusCode).toBe(201);

    const cancelled = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${first.json().id}/cancel`, payload: { reason: 'Feil bolig' } });
    expect(cancelled.json().status).toBe('cancelled');
    expect((await env.clients.caseworker.request({ method: 'POST', url: '/api/leases', payload: leaseBody(dwellingId, await createHousehold(env), { startDate: '2027-06-01', endDate: '2028-12-30', shortTermReason: 'Rest av perioden' }) })).statusCode).toBe(201);
  });
});

describe('tenancy', () => {
  it('hides who lives in a dwelling when the tenant’s address is protected', async () => {
    const id = await signedLease(env, { householdId: await createHousehold(env, { addressProtection: 'fortrolig' }) });
    const byManager = await env.clients.property_manager.request({ method: 'GET', url: `/api/leases/${id}` });
    expect(byManager.json()).toMatchObject({ tenantName: null, tenantProtected: true });
    const byCaseworker = await env.clients.caseworker.request({ method: 'GET', url: `/api/leases/${id}` });
    expect(byCaseworker.json()).toMatchObject({ tenantName: 'Liv Leietaker', tenantProtected: true });
  });

  it('needs every checklist item at move-in and records it once', async () => {
    const id = await signedLease(env);
    const partial = await env.clients.property_manager.request({
      method: 'POST',
      url: `/api/leases/${id}/move-in`,
      payload: { movedInOn: '2026-01-02', keysHandedOver: 3, items: [{ item: 'keys', state: 'ok' }] },
    });
    expect(partial.statusCode).toBe(400);
    expect(fieldCodes(partial.json())).toContain('items.smoke_detector:required');
    const items = INVENTORY_ITEMS.map((item) => ({ item, state: 'ok' }));
    const done = await env.clients.property_manager.request({ method: 'POST', url: `/api/leases/${id}/move-in`, payload: { movedInOn: '2026-01-02', keysHandedOver: 3, items, meterReadings: { electricity: 12_345 } } });
    expect(done.statusCode).toBe(200);
    expect(done.json().moveIn).toMatchObject({ movedInOn: '2026-01-02', keysHandedOver: 3 });
    const again = await env.clients.property_manager.request({ method: 'POST', url: `/api/leases/${id}/move-in`, payload: { movedInOn: '2026-01-02', keysHandedOver: 3, items } });
    expect(fieldCodes(again.json())).toEqual(['movedInOn:already_recorded']);
    const out = await env.clients.property_manager.request({
      method: 'POST',
      url: `/api/leases/${id}/move-out`,
      payload: { inspectedOn: '2026-01-19', condition: 'damaged', items, damages: [{ description: 'Hull i dør', amount: 4000 }], keysReturned: 3, depositSettlement: { retained: 4000, returned: 22_000 } },
    });
    expect(fieldCodes(out.json())).toEqual(['depositSettlement.returned:settlement_mismatch']);
  });

  it('takes eviction steps in order; a carried-out eviction ends the lease and the dwelling becomes vacant the next day', async () => {
    const dwellingId = await createDwelling(env);
    const id = await signedLease(env, { dwellingId, startDate: '2025-01-01', endDate: '2027-12-31', signedOn: '2024-12-01' });
    const step = (s: string, stepOn: string) => env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/eviction-steps`, payload: { step: s, stepOn } });
    expect(fieldCodes((await step('eviction_carried_out', '2026-01-05')).json())).toEqual(['step:invalid_step_order']);
    expect((await step('warning', '2026-01-02')).json().allowedEvictionSteps).toEqual(['warning', 'termination_notice', 'eviction_request', 'cancelled']);
    expect((await step('termination_notice', '2026-01-05')).json().status).toBe('terminated');
    expect((await step('eviction_request', '2026-01-10')).statusCode).toBe(201);
    const done = await step('eviction_carried_out', '2026-01-19');
    expect(done.json()).toMatchObject({ status: 'ended', endedOn: '2026-01-19', endDate: '2026-01-19', endReason: 'eviction' });
    expect((await statusPeriods(env, dwellingId)).slice(-2)).toEqual([
      { status: 'let', fromDate: '2025-01-01', toDate: '2026-01-20' },
      { status: 'vacant', fromDate: '2026-01-20', toDate: null },
    ]);
    expect(await countRows(env, 'audit_event', sql`subject_id = ${id} and type like 'lease.eviction.%'`)).toBe(4);
  });
});
