import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { countRows, setupLeaseTest, signedLease, type LeaseTestEnv } from './leases.fixtures.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-02-10T09:00:00Z');
});
afterAll(() => env.close());

const fieldCodes = (body: { error: { fieldErrors?: Array<{ path: string; code: string }> } }) => (body.error.fieldErrors ?? []).map((f) => `${f.path}:${f.code}`);
const adjust = (id: string, payload: Record<string, unknown>) => env.clients.property_manager.request({ method: 'POST', url: `/api/leases/${id}/adjustments`, payload });

describe('rent adjustments', () => {
  it('refuses an index adjustment 11 months after the last one, and one with three weeks’ notice, with the law’s reason', async () => {
    const id = await signedLease(env, { startDate: '2024-01-01', endDate: '2026-12-31', signedOn: '2023-12-01', monthlyRent: 10_000, depositAmount: 30_000 });
    const first = await adjust(id, { kind: 'index', noticeSentOn: '2024-12-01', effectiveOn: '2025-03-01', kpiFrom: 130.0, kpiTo: 133.9 });
    expect(first.statusCode).toBe(201);
    expect(first.json()).toMatchObject({ monthlyRent: 10_300, lastIndexAdjustmentOn: '2025-03-01' });

    const elevenMonths = await adjust(id, { kind: 'index', noticeSentOn: '2026-01-01', effectiveOn: '2026-02-01', kpiFrom: 133.9, kpiTo: 136.0 });
    expect(elevenMonths.statusCode).toBe(422);
    expect(elevenMonths.json().error.code).toBe('rule_violation');
    expect(fieldCodes(elevenMonths.json())).toEqual(['effectiveOn:index_within_12_months']);
    expect(elevenMonths.json().error.fieldErrors[0].message).toMatch(/§ 4-2/);

    const threeWeeks = await adjust(id, { kind: 'index', noticeSentOn: '2026-02-09', effectiveOn: '2026-03-02', kpiFrom: 133.9, kpiTo: 136.0 });
    expect(fieldCodes(threeWeeks.json())).toEqual(['noticeSentOn:notice_too_short']);
    expect(await countRows(env, 'rent_adjustment', sql`lease_id = ${id}`)).toBe(1);
  });

  it('refuses gjengs leie before 2½ years and above-index rents, and needs the KPI values for an index adjustment', async () => {
    const id = await signedLease(env, { startDate: '2024-01-01', endDate: '2026-12-31', signedOn: '2023-12-01' });
    const early = await adjust(id, { kind: 'gjengs', noticeSentOn: '2026-02-10', effectiveOn: '2026-08-10', newRent: 9900 });
    expect(fieldCodes(early.json())).toEqual(['noticeSentOn:gjengs_within_30_months']);
    const above = await adjust(id, { kind: 'index', noticeSentOn: '2026-01-01', effectiveOn: '2026-02-01', kpiFrom: 130.0, kpiTo: 131.3, newRent: 9200 });
    expect(fieldCodes(above.json())).toEqual(['newRent:above_index']);
    const missing = await adjust(id, { kind: 'index', noticeSentOn: '2026-01-01', effectiveOn: '2026-02-01' });
    expect(missing.statusCode).toBe(400);
    expect(fieldCodes(missing.json()).sort()).toEqual(['kpiFrom:required', 'kpiTo:required']);
  });
});
