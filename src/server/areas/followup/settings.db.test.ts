import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_THRESHOLDS } from '../../../domain/followup/early-warning.js';
import { countRows, createHousehold, signedLease } from '../leases/leases.fixtures.js';
import { createPlan, setupSignalTest, tasksOf, type SignalTestEnv } from './early-warning.fixtures.js';

let env: SignalTestEnv;
beforeAll(async () => {
  env = await setupSignalTest('2026-03-10T09:00:00Z');
});
afterAll(() => env.close());

const body = (overrides: Record<string, unknown> = {}) => ({ validFrom: '2026-03-10', ...DEFAULT_THRESHOLDS, ...overrides });
const put = (payload: Record<string, unknown>, client = env.clients.admin, language = 'nb') =>
  client.request({ method: 'PUT', url: '/api/followup/settings', payload, headers: { 'accept-language': language } });
const get = (client = env.clients.admin) => client.request({ method: 'GET', url: '/api/followup/settings' });

describe('early-warning thresholds per municipality', () => {
  it('shows the defaults until the admin adds a row', async () => {
    const res = await get();
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ today: '2026-03-10', inForce: { ...DEFAULT_THRESHOLDS, validFrom: null }, defaults: DEFAULT_THRESHOLDS, history: [], canEdit: true });
    expect(res.json().limits.missedVisits).toEqual({ min: 1, max: 20 });
  });

  it('refuses values out of range and a date in the past, every field at once, in the user’s language; nothing is saved', async () => {
    const res = await put(body({ validFrom: '2026-03-09', arrearsKroner: 0, missedVisits: 21, temporaryStayMonths: 2.5 }), env.clients.admin, 'nn');
    expect(res.statusCode).toBe(400);
    expect(res.json().error.fieldErrors).toEqual([
      { path: 'validFrom', code: 'in_past', message: expect.any(String) },
      { path: 'arrearsKroner', code: 'out_of_range', message: 'Restansegrensa må vere eit heilt tal kroner frå 1 til 1 000 000.' },
      { path: 'missedVisits', code: 'out_of_range', message: 'Talet på besøk på rad må vere eit heilt tal frå 1 til 20.' },
      { path: 'temporaryStayMonths', code: 'out_of_range', message: 'Talet på månader i mellombels butilbod må vere eit heilt tal frå 1 til 24.' },
    ]);
    expect((await put(body({ moveInVisitAfterDays: 181 }), env.clients.admin, 'en')).json().error.fieldErrors).toEqual([
      { path: 'moveInVisitAfterDays', code: 'out_of_range', message: 'Days after move-in must be a whole number from 0 to 180.' },
    ]);
    expect(await countRows(env, 'followup_settings', sql`true`)).toBe(0);
  });

  it('adds dated rows (audited); the row in force is the latest from on or before today; the same date replaces', async () => {
    expect((await put(body({ arrearsKroner: 20_000 }))).statusCode).toBe(200);
    const future = await put(body({ validFrom: '2026-04-01', arrearsKroner: 3_000 }));
    expect(future.json()).toMatchObject({ inForce: { validFrom: '2026-03-10', arrearsKroner: 20_000 } });
    expect(future.json().history.map((r: { validFrom: string; arrearsKroner: number; updatedBy: string }) => [r.validFrom, r.arrearsKroner, r.updatedBy])).toEqual([
      ['2026-04-01', 3_000, `Test ${env.actors.admin.username}`],
      ['2026-03-10', 20_000, `Test ${env.actors.admin.username}`],
    ]);
    const replaced = await put(body({ arrearsKroner: 15_000 }));
    expect(replaced.json().inForce).toMatchObject({ validFrom: '2026-03-10', arrearsKroner: 15_000 });
    expect(replaced.json().history).toHaveLength(2);
    expect(await countRows(env, 'audit_event', sql`type = 'followup_settings.saved'`)).toBe(3);
    expect(await countRows(env, 'audit_event', sql`type = 'followup_settings.saved' and data->'replaced'->>'arrearsKroner' = '20000'`)).toBe(1);
  });

  it('is what the run measures against', async () => {
    const householdId = await createHousehold(env);
    const leaseId = await signedLease(env, { householdId, startDate: '2026-01-01', endDate: '2028-12-31', signedOn: '2025-12-10', monthlyRent: 9000 });
    await createPlan(env, householdId, env.actors.followup.userId);
    await env.clients.property_manager.request({ method: 'POST', url: '/api/rent/charges/generate', payload: { upTo: '2026-03-10' } });
    // 27 000 kr owed, over the 15 000 kr in force today.
    await env.clients.followup.request({ method: 'POST', url: '/api/followup/signals/run' });
    expect(await tasksOf(env, `ew-arrears:${leaseId}`)).toMatchObject([{ data: { reason: { params: { arrears: 27_000, threshold: 15_000 } } } }]);
  });

  it('lets the caseworker and the follow-up team read but only the admin change; other roles and municipalities see nothing of it', async () => {
    expect((await get(env.clients.caseworker)).json()).toMatchObject({ canEdit: false, inForce: { arrearsKroner: 15_000 } });
    expect((await get(env.clients.followup)).statusCode).toBe(200);
    expect((await put(body(), env.clients.caseworker)).statusCode).toBe(403);
    expect((await put(body(), env.clients.followup)).statusCode).toBe(403);
    expect((await get(env.clients.property_manager)).statusCode).toBe(403);
    expect((await get(env.clients.manager)).statusCode).toBe(403);
    expect((await get(env.otherCaseworker)).json()).toMatchObject({ inForce: { validFrom: null }, history: [] });
  });
});
