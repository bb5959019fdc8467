import { randomUUID } from 'node:crypto';
import { and, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { HomelessnessCount } from '../../../contracts/homelessness.js';
import { helpRequest, household, housingCase, tempProvider, tempStay } from '../../../db/schema/index.js';
import { withTenant } from '../../platform/db.js';
import { countRows, createHousehold, setupLeaseTest, signedLease, type LeaseTestEnv } from '../leases/leases.fixtures.js';

// The clock stands on Tuesday 1 December 2026; week 48 of 2026 is 23–29 November.
let env: LeaseTestEnv;
const ids: Record<string, string> = {};

async function openCase(householdId: string, housingSituation: string, receivedOn: string, closedOn: string | null = null) {
  const m = env.municipalityId;
  return withTenant(env.handle.db, { municipalityId: m }, async (tx) => {
    const [hh] = await tx.select({ head: household.headPersonId }).from(household).where(and(eq(household.municipalityId, m), eq(household.id, householdId)));
    const requestId = randomUUID();
    const caseId = randomUUID();
    await tx.insert(helpRequest).values({ municipalityId: m, id: requestId, householdId, receivedOn, channel: 'paper', summary: 'Søknad', createdBy: env.actors.caseworker.userId });
    await tx.insert(housingCase).values({
      municipalityId: m,
      id: caseId,
      caseNumber: `H-${caseId.slice(0, 8)}`,
      requestId,
      householdId,
      personId: hh!.head,
      caseType: 'rental_dwelling',
      rentalKind: 'new',
      status: closedOn ? 'closed' : 'received',
      receivedOn,
      closedOn,
      legalBasisVersion: 'rental_dwelling/1',
      housingSituation,
    });
    return caseId;
  });
}

beforeAll(async () => {
  env = await setupLeaseTest('2026-12-01T09:00:00Z');
  // A: a case «no roof» since September → category 1.
  ids.a = await createHousehold(env, { givenName: 'Anna' });
  ids.aCase = await openCase(ids.a, 'no_roof', '2026-09-01');
  // B: a mother and two children in a temporary stay over the week (the case says «friends») → category 2.
  ids.b = await createHousehold(env, { givenName: 'Berit', children: ['2016-01-01', '2020-06-01'] });
  await openCase(ids.b, 'staying_with_friends_family', '2026-10-15');
  await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
    const [p] = await tx.insert(tempProvider).values({ municipalityId: env.municipalityId, name: 'Hospits', kind: 'private_overnight' }).returning({ id: tempProvider.id });
    await tx.insert(tempStay).values({ municipalityId: env.municipalityId, householdId: ids.b!, providerId: p!.id, startDate: '2026-11-20', childrenPresent: true, createdBy: env.actors.nav_adviser.userId });
  });
  // C: a case «friends» but a signed municipal lease → not counted. D: a case closed before the week → not counted.
  ids.c = await createHousehold(env, { givenName: 'Cecilie' });
  await openCase(ids.c, 'staying_with_friends_family', '2026-03-01');
  await signedLease(env, { householdId: ids.c });
  ids.d = await createHousehold(env, { givenName: 'Dina' });
  await openCase(ids.d, 'no_roof', '2026-03-01', '2026-11-01');
});
afterAll(() => env.close());

const read = (client = env.clients.caseworker, query = '?year=2026&week=48') => client.request({ method: 'GET', url: `/api/homelessness-count${query}` });
const fieldsOf = (res: { json(): { error: { fieldErrors?: Array<{ path: string; code: string; message: string }> } } }) => res.json().error.fieldErrors ?? [];

describe('the week’s count', () => {
  it('lists the households for the caseworker by category, with exact figures, and writes the access log per household', async () => {
    const res = await read(env.clients.caseworker, '');
    expect(res.statusCode, res.body).toBe(200);
    const count = res.json() as HomelessnessCount;
    expect(count).toMatchObject({ year: 2026, week: 48, from: '2026-11-23', to: '2026-11-29', suppressed: false, canSubmit: true, submitted: null, hiddenHouseholds: 0 });
    expect(count.households!.map((h) => [h.householdId, h.category, h.since, h.persons, h.children])).toEqual([
      [ids.a, 'no_roof', '2026-09-01', 1, 0],
      [ids.b, 'emergency_accommodation', '2026-10-15', 3, 2],
    ]);
    expect(count.households![0]).toMatchObject({ caseId: ids.aCase, label: 'Anna Leietaker' });
    expect(count.figures).toMatchObject({ households: '2', persons: '4', children: '2', byCategory: { no_roof: { households: '1' }, emergency_accommodation: { persons: '3', children: '2' } } });
    expect(count.figures.duration).toEqual({ under_3m: '2', '3_6m': '0', '6_12m': '0', '12m_plus': '0' });
    expect(await countRows(env, 'access_log', sql`purpose = 'homelessness_count.list' and subject_type = 'household' and subject_id in (${ids.a}, ${ids.b})`)).toBe(2);
    expect(await countRows(env, 'access_log', sql`purpose = 'homelessness_count.list' and subject_id in (${ids.c}, ${ids.d})`)).toBe(0);
  });

  it('lists for the NAV adviser only the households it may see (a stay, or a case with consent), with exact figures', async () => {
    const count = (await read(env.clients.nav_adviser)).json() as HomelessnessCount;
    // A's housing case has no consent to NAV: counted, not listed. B is in a temporary stay: listed, its housing case not linked.
    expect(count.households!.map((h) => [h.householdId, h.caseId])).toEqual([[ids.b, null]]);
    expect(count).toMatchObject({ hiddenHouseholds: 1, suppressed: false, figures: { households: '2' } });
    expect(await countRows(env, 'access_log', sql`purpose = 'homelessness_count.list' and actor_role = 'nav_adviser'`)).toBe(1);
  });

  it('gives the manager the figures only, counts under five shown as «<5»; other roles get 403', async () => {
    const count = (await read(env.clients.manager)).json() as HomelessnessCount;
    expect(count).toMatchObject({ suppressed: true, households: null, canSubmit: false, figures: { households: '<5', persons: '<5', byCategory: { prison_release_2m: { households: '0' } } } });
    const logged = await countRows(env, 'access_log', sql`purpose = 'homelessness_count.list' and actor_role = 'manager'`);
    expect(logged).toBe(0);
    for (const role of ['property_manager', 'followup', 'admin'] as const) expect((await read(env.clients[role])).statusCode).toBe(403);
  });

  it('refuses a week the year does not have, with a field error', async () => {
    const res = await env.clients.caseworker.request({ method: 'GET', url: '/api/homelessness-count?year=2025&week=53', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(400);
    expect(fieldsOf(res)).toEqual([{ path: 'week', code: 'week_not_in_year', message: 'The year does not have this week.' }]);
  });
});

describe('submitting the count', () => {
  it('stores the week’s figures once (insert-only): a second submit is 409; the manager may not submit', async () => {
    expect((await env.clients.manager.request({ method: 'POST', url: '/api/homelessness-count', payload: { year: 2026, week: 48 } })).statusCode).toBe(403);
    const ahead = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/homelessness-count', payload: { year: 2026, week: 50 } });
    expect(fieldsOf(ahead)[0]).toMatchObject({ path: 'week', code: 'week_not_started' });

    const first = await env.clients.nav_adviser.request({ method: 'POST', url: '/api/homelessness-count', payload: { year: 2026, week: 48 } });
    expect(first.statusCode, first.body).toBe(201);
    expect(first.json()).toMatchObject({ canSubmit: false, submitted: { submittedByName: `Test nav_adviser-${env.municipalityId}`, figures: { households: '2', persons: '4' } } });
    const again = await env.clients.caseworker.request({ method: 'POST', url: '/api/homelessness-count', payload: { year: 2026, week: 48 } });
    expect(again.statusCode).toBe(409);
    expect(fieldsOf(again)[0]).toMatchObject({ path: 'week', code: 'already_submitted' });
    expect(await countRows(env, 'homelessness_count', sql`year = 2026 and week = 48`)).toBe(1);
    expect(await countRows(env, 'audit_event', sql`type = 'homelessness_count.submitted'`)).toBe(1);

    const shown = (await read(env.clients.manager)).json() as HomelessnessCount;
    expect(shown.submitted).toMatchObject({ figures: { households: '<5' } });
    const stored = (await env.handle.db.execute(sql`select figures from homelessness_count where municipality_id = ${env.municipalityId}`)) as unknown as { rows: Array<{ figures: { from: string; figures: { households: number } } }> };
    expect(stored.rows[0]!.figures).toMatchObject({ from: '2026-11-23', figures: { households: 2 } });
  });
});
