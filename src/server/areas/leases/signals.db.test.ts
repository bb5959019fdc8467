import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, setupLeaseTest, signedLease, type LeaseTestEnv } from './leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-04-30T09:00:00Z');
});
afterAll(() => env.close());

describe('renewal assessments and § 9-2 alarms (fixed clock, today 2026-04-30)', () => {
  it('opens a renewal assessment for a lease ending in six months, once, with a task for the caseworker', async () => {
    const id = await signedLease(env, { startDate: '2023-11-01', endDate: '2026-10-31', signedOn: '2023-10-01' });
    const notYet = await signedLease(env, { startDate: '2023-11-02', endDate: '2026-11-01', signedOn: '2023-10-01' });
    const run = await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' });
    expect(run.statusCode).toBe(200);
    expect(run.json().renewalsOpened).toBe(1);
    expect((await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' })).json().renewalsOpened).toBe(0);

    const open = await env.clients.caseworker.request({ method: 'GET', url: '/api/renewals?state=open' });
    expect(open.json().items.map((r: { leaseId: string }) => r.leaseId)).toEqual([id]);
    expect(open.json().items[0].lease).toMatchObject({ id, endDate: '2026-10-31', tenantName: 'Liv Leietaker' });
    expect(await countRows(env, 'task', sql`kind = 'lease_renewal' and subject_id in (${id}, ${notYet}) and assigned_role = 'caseworker'`)).toBe(1);

    const expiring = await env.clients.property_manager.request({ method: 'GET', url: '/api/leases/expiring?within=7' });
    expect(expiring.json().items.map((i: { id: string; renewalId: string | null }) => [i.id, i.renewalId !== null])).toEqual([
      [id, true],
      [notYet, false],
    ]);
  });

  it('raises the § 9-2 alarm for a lease three months past its end without notice, and a notice ends it', async () => {
    const id = await signedLease(env, { startDate: '2023-02-01', endDate: '2026-01-31', signedOn: '2023-01-10' });
    const withNotice = await signedLease(env, { startDate: '2023-02-01', endDate: '2026-01-31', signedOn: '2023-01-10' });
    await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${withNotice}/notice`, payload: { givenOn: '2025-12-01' } });
    await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' });

    const alarms = await env.clients.caseworker.request({ method: 'GET', url: '/api/leases/alarms' });
    const mine = alarms.json().items.filter((i: { id: string }) => i.id === id || i.id === withNotice);
    expect(mine).toHaveLength(1);
    expect(mine[0]).toMatchObject({ id, alarm: { level: 'critical', endDate: '2026-01-31', deadline: '2026-04-30', daysLeft: 0 } });
    expect(await countRows(env, 'task', sql`kind = 'lease_9_2_alarm' and subject_id = ${id} and closed_on is null`)).toBe(1);
    expect(await countRows(env, 'task', sql`kind = 'lease_9_2_alarm' and subject_id = ${withNotice}`)).toBe(0);

    const detail = await env.clients.caseworker.request({ method: 'POST', url: `/api/leases/${id}/notice`, payload: { givenOn: '2026-04-30' } });
    expect(detail.json()).toMatchObject({ noticeGivenOn: '2026-04-30', section92: null });
    expect(await countRows(env, 'task', sql`kind = 'lease_9_2_alarm' and subject_id = ${id} and closed_on is null`)).toBe(0);
  });

  it('runs the job at most once a day when the lists are opened', async () => {
    const before = await countRows(env, 'audit_event', sql`type = 'lease.signals_run' and data->>'today' = '2026-05-01'`);
    env.clock.set('2026-05-01T08:00:00Z');
    await env.clients.caseworker.request({ method: 'GET', url: '/api/leases/alarms' });
    await env.clients.caseworker.request({ method: 'GET', url: '/api/renewals' });
    await env.clients.property_manager.request({ method: 'GET', url: '/api/leases/arrears' });
    expect(await countRows(env, 'audit_event', sql`type = 'lease.signals_run' and data->>'today' = '2026-05-01'`)).toBe(before + 1);
    env.clock.set('2026-04-30T09:00:00Z');
  });

  it('records a renewal outcome once; renew opens a rental-dwelling case of kind renewal and closes the task', async () => {
    const id = await signedLease(env, { startDate: '2023-10-01', endDate: '2026-09-30', signedOn: '2023-09-01' });
    await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' });
    const open = await env.clients.caseworker.request({ method: 'GET', url: '/api/renewals' });
    const renewal = open.json().items.find((r: { leaseId: string }) => r.leaseId === id);
    expect((await env.clients.property_manager.request({ method: 'POST', url: `/api/renewals/${renewal.id}/outcome`, payload: { outcome: 'renew', note: 'Fortsatt behov' } })).statusCode).toBe(403);
    const res = await env.clients.caseworker.request({ method: 'POST', url: `/api/renewals/${renewal.id}/outcome`, payload: { outcome: 'renew', note: 'Fortsatt behov' } });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ outcome: 'renew', outcomeOn: '2026-04-30', caseNumber: expect.stringMatching(/^2026-\d{6}$/) });
    expect(await countRows(env, 'housing_case', sql`id = ${res.json().caseId} and case_type = 'rental_dwelling' and rental_kind = 'renewal'`)).toBe(1);
    expect(await countRows(env, 'task', sql`kind = 'lease_renewal' and subject_id = ${id} and closed_on is null`)).toBe(0);
    const again = await env.clients.caseworker.request({ method: 'POST', url: `/api/renewals/${renewal.id}/outcome`, payload: { outcome: 'end', note: 'Nei' } });
    expect(again.statusCode).toBe(422);
    expect(again.json().error.fieldErrors[0]).toMatchObject({ path: 'outcome', code: 'already_recorded' });
  });
});
