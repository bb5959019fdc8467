import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { serviceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import { countRows, createDwelling, createHousehold, leaseBody, setupLeaseTest, type LeaseTestEnv } from './leases.fixtures.js';
import { createLease } from './leases.service.js';
import { createLeaseBodySchema } from '../../../contracts/leases.js';

let env: LeaseTestEnv;
beforeAll(async () => {
  env = await setupLeaseTest('2026-01-20T09:00:00Z');
});
afterAll(() => env.close());

describe('concurrent lease attempts', () => {
  it('lets exactly one of 50 simultaneous attempts on one dwelling through (the others: conflict dwelling_already_let)', async () => {
    const dwellingId = await createDwelling(env);
    const households = [];
    for (let i = 0; i < 50; i++) households.push(await createHousehold(env));
    // On PostgreSQL these run on a pool of connections at once; on PGlite (one connection) they queue — both must give one lease.
    const results = await Promise.allSettled(
      households.map((householdId, i) => {
        const ctx = serviceContext(env.handle.db, env.actors.caseworker, env.clock, `race-${i}`);
        return createLease(ctx, createLeaseBodySchema.parse(leaseBody(dwellingId, householdId, { startDate: `2026-0${(i % 9) + 1}-01` })));
      }),
    );
    const won = results.filter((r) => r.status === 'fulfilled');
    const lost = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as unknown] : []));
    expect(won).toHaveLength(1);
    expect(lost).toHaveLength(49);
    for (const e of lost) {
      expect(e).toBeInstanceOf(AppError);
      expect((e as AppError).fieldErrors?.[0]).toMatchObject({ path: 'dwellingId', code: 'dwelling_already_let' });
    }
    expect(await countRows(env, 'lease', sql`dwelling_id = ${dwellingId}`)).toBe(1);
    expect(await countRows(env, 'audit_event', sql`type = 'lease.drafted' and data->>'dwellingId' = ${dwellingId}`)).toBe(1);
  });
});
