import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, setupLeaseTest, signedLease, type LeaseTestEnv } from './leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-03-10T09:00:00Z');
});
afterAll(() => env.close());

const csvOf = (rows: string[]) => ['dato;beløp;referanse;leieforhold', ...rows].join('\n');

describe('rent ledger', () => {
  it('generates the monthly charges idempotently: running twice changes nothing', async () => {
    const id = await signedLease(env, { startDate: '2026-01-16', endDate: '2029-01-15', signedOn: '2026-01-10', monthlyRent: 9300 });
    const generate = () => env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-03-31' } });
    const first = await generate();
    expect(first.statusCode).toBe(200);
    expect(first.json().created).toBeGreaterThanOrEqual(3);
    const snapshot = await env.clients.property_manager.request({ method: 'GET', url: `/api/leases/${id}/ledger` });
    expect(snapshot.json().charges).toEqual([
      { period: '2026-01-01', dueOn: '2026-01-16', amount: 4800 },
      { period: '2026-02-01', dueOn: '2026-02-01', amount: 9300 },
      { period: '2026-03-01', dueOn: '2026-03-01', amount: 9300 },
    ]);
    const second = await generate();
    expect(second.json().created).toBe(0);
    expect((await env.clients.property_manager.request({ method: 'GET', url: `/api/leases/${id}/ledger` })).json().charges).toEqual(snapshot.json().charges);
    expect((await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-06-01' } })).json().error.fieldErrors[0].code).toBe('too_far_ahead');
  });

  it('raises one task for the caseworker and one for the follow-up team when arrears pass the threshold; paying lets them be closed', async () => {
    const id = await signedLease(env, { startDate: '2026-01-01', endDate: '2028-12-31', signedOn: '2025-12-10', monthlyRent: 9000 });
    await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-03-10' } });
    const firstImport = await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/payments/import', payload: { csv: csvOf([`02.01.2026;9000,00;BANK-${id}-1;${id}`]) } });
    expect(firstImport.json()).toMatchObject({ rows: 1, imported: 1, skipped: 0 });

    // February and March unpaid: 18 000 kr and two missed payments.
    await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' });
    await env.clients.caseworker.request({ method: 'POST', url: '/api/leases/signals/run' });
    expect(await countRows(env, 'task', sql`signal_key = ${`arrears:${id}`} and assigned_role = 'caseworker'`)).toBe(1);
    expect(await countRows(env, 'task', sql`signal_key = ${`arrears-followup:${id}`} and assigned_role = 'followup'`)).toBe(1);

    const arrears = await env.clients.caseworker.request({ method: 'GET', url: '/api/leases/arrears' });
    expect(arrears.json().items.find((i: { id: string }) => i.id === id).arrears).toMatchObject({ amount: 18_000, missedPayments: 2, warning: true });

    const tasks = await env.clients.caseworker.request({ method: 'GET', url: '/api/tasks?kind=arrears' });
    const task = tasks.json().items.find((t: { subjectId: string }) => t.subjectId === id);
    expect(task).toMatchObject({ kind: 'arrears', assignedRole: 'caseworker', data: { arrears: 18_000, missedPayments: 2 } });
    expect((await env.clients.followup.request({ method: 'POST', url: `/api/tasks/${task.id}/close`, payload: { outcome: 'Betalt' } })).statusCode).toBe(404);
    expect((await env.clients.manager.request({ method: 'GET', url: '/api/tasks' })).statusCode).toBe(403);
    const early = await env.clients.caseworker.request({ method: 'POST', url: `/api/tasks/${task.id}/close`, payload: { outcome: 'Betalt' } });
    expect(early.statusCode).toBe(422);
    expect(early.json().error.fieldErrors[0]).toMatchObject({ path: 'outcome', code: 'arrears_outstanding' });

    const paid = await env.clients.property_manager.request({
      method: 'POST',
      url: '/api/rent/payments/import',
      payload: { csv: csvOf([`02.01.2026;9000,00;BANK-${id}-1;${id}`, `2026-03-09;18000;BANK-${id}-2;${id}`]) },
    });
    expect(paid.json()).toMatchObject({ rows: 2, imported: 1, skipped: 1 });
    const closed = await env.clients.caseworker.request({ method: 'POST', url: `/api/tasks/${task.id}/close`, payload: { outcome: 'Restansen er betalt' } });
    expect(closed.statusCode).toBe(200);
    expect(closed.json()).toMatchObject({ closedOn: '2026-03-10', outcome: 'Restansen er betalt' });
    const ledger = await env.clients.caseworker.request({ method: 'GET', url: `/api/leases/${id}/ledger` });
    expect(ledger.json()).toMatchObject({ totals: { charged: 27_000, paid: 27_000, balance: 0 }, arrears: { amount: 0, warning: false } });
  });

  it('imports nothing when any row is bad, and lists every bad row and column', async () => {
    const id = await signedLease(env, { startDate: '2026-02-01', endDate: '2029-01-31', signedOn: '2026-01-10' });
    const before = await countRows(env, 'rent_payment', sql`true`);
    const res = await env.clients.property_manager.request({
      method: 'POST',
      url: '/api/rent/payments/import',
      payload: { csv: csvOf([`2026-03-01;9000;OK-1;${id}`, `2026-03-01;9000;OK-2;00000000-0000-4000-8000-000000000000`, `2026-03-32;x;;${id}`]) },
    });
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors.map((f: { path: string; code: string }) => `${f.path}:${f.code}`)).toEqual([
      'rows.4.date:invalid_format',
      'rows.4.amount:invalid_format',
      'rows.4.reference:required',
    ]);
    const unknownLease = await env.clients.property_manager.request({
      method: 'POST',
      url: '/api/rent/payments/import',
      payload: { csv: csvOf([`2026-03-01;9000;OK-1;${id}`, `2026-03-01;9000;OK-2;00000000-0000-4000-8000-000000000000`]) },
    });
    expect(unknownLease.json().error.fieldErrors).toMatchObject([{ path: 'rows.3.lease', code: 'not_found' }]);
    expect(await countRows(env, 'rent_payment', sql`true`)).toBe(before);
  });
});
