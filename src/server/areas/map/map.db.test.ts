import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loginAs, type TestClient } from '../../../../test/app.js';
import { createStaffUser } from '../../../../test/db.js';
import type { MapData } from '../../../contracts/map.js';
import { district, dwelling, dwellingStatusPeriod, lease } from '../../../db/schema/index.js';
import { withTenant } from '../../platform/db.js';
import { approvedCase } from '../allocation/allocation.fixtures.js';
import { countRows, createHousehold, setupLeaseTest, type LeaseTestEnv } from '../leases/leases.fixtures.js';

/**
 * A small fixed scenario. District 01 (2 000 inhabitants, 1 000 dwellings in all): seven dwellings
 * in the stock and one sold; five leases that started in 2026 for substance-use cases, one running
 * lease for a household whose head has a protected address (started 2025). District 02 (500
 * inhabitants, total unknown): two dwellings, one lease for «other» in 2026.
 */
let env: LeaseTestEnv;
let politician: TestClient;
const ids: Record<string, string> = {};
const square = (lon: number, lat: number) => ({ type: 'Polygon' as const, coordinates: [[[lon, lat], [lon + 0.01, lat], [lon + 0.01, lat + 0.01], [lon, lat + 0.01], [lon, lat]]] });

async function addDwelling(key: string, districtCode: string, status: string, n: number) {
  const { municipalityId } = env;
  const id = randomUUID();
  ids[key] = id;
  await withTenant(env.handle.db, { municipalityId }, async (tx) => {
    await tx.insert(dwelling).values({
      municipalityId, id, knr: '8000', gnr: 700 + n, bnr: 1, streetName: 'Kartveien', houseNumber: String(n), postalCode: '8000', postalCity: 'Testby',
      dwellingType: 'apartment', disposalForm: 'municipally_owned', bedrooms: 1, monthlyRent: 8000, districtCode,
      latitude: String(58.8 + n / 1000), longitude: String(districtCode === '01' ? 5.705 : 5.715),
    });
    await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId: id, status, fromDate: '2024-01-01' });
  });
  return id;
}

async function addLease(dwellingId: string, householdId: string, decisionId: string | null, startDate: string) {
  const { municipalityId } = env;
  await withTenant(env.handle.db, { municipalityId }, (tx) =>
    tx.insert(lease).values({ municipalityId, dwellingId, householdId, decisionId, startDate, status: 'signed', signedOn: startDate, depositType: 'none', rentModel: 'gjengs', monthlyRent: 8000 }),
  );
}

async function allocate(key: string, needCategory: string, startDate: string, protection: 'none' | 'fortrolig' = 'none') {
  const householdId = await createHousehold(env, { addressProtection: protection });
  const { decisionId } = await approvedCase(env, householdId, { needCategory });
  await addLease(ids[key]!, householdId, decisionId, startDate);
}

beforeAll(async () => {
  env = await setupLeaseTest('2026-06-15T09:00:00Z');
  const user = await createStaffUser(env.handle, env.municipalityId, 'politician');
  politician = await loginAs(env.husly, user.username, user.password);
  const { municipalityId } = env;
  await withTenant(env.handle.db, { municipalityId }, (tx) =>
    tx.insert(district).values([
      { municipalityId, code: '01', name: 'Nord', inhabitants: 2000, dwellingsTotal: 1000, boundary: square(5.7, 58.8) },
      { municipalityId, code: '02', name: 'Sør', inhabitants: 500, dwellingsTotal: null, boundary: square(5.71, 58.8) },
    ]),
  );
  for (let i = 1; i <= 7; i++) await addDwelling(`a${i}`, '01', i === 7 ? 'vacant' : 'let', i);
  await addDwelling('a8', '01', 'sold', 8);
  await addDwelling('b1', '02', 'let', 9);
  await addDwelling('b2', '02', 'vacant', 10);
  for (let i = 1; i <= 5; i++) await allocate(`a${i}`, 'substance_use', '2026-02-01');
  await allocate('a6', 'other', '2025-05-01', 'fortrolig');
  await allocate('b1', 'other', '2026-03-01');
});
afterAll(() => env.close());

const getMap = async (client: TestClient, query = '?from=2026-01-01&to=2026-12-31') => client.request({ method: 'GET', url: `/api/map${query}` });
const put = (client: TestClient, payload: Record<string, unknown>, language = 'nb') => client.request({ method: 'PUT', url: '/api/map/settings', payload, headers: { 'accept-language': language } });

describe('GET /api/map', () => {
  it('opens for the manager, the politician, the caseworker and the property manager only', async () => {
    for (const client of [env.clients.manager, politician, env.clients.caseworker, env.clients.property_manager]) expect((await getMap(client)).statusCode).toBe(200);
    for (const client of [env.clients.admin, env.clients.followup, env.clients.nav_adviser]) expect((await getMap(client)).statusCode).toBe(403);
    expect((await getMap(env.otherCaseworker)).json<MapData>().districts).toEqual([]);
  });

  it('works out the figures: per 1 000 inhabitants, municipal share, allocations by need group (<5), concentration as the round measures it', async () => {
    const data = (await getMap(env.clients.manager)).json<MapData>();
    const [nord, sor] = data.districts;
    expect(nord).toMatchObject({ code: '01', municipalDwellings: 7, per1000: 3.5, dwellingsTotal: 1000, municipalShare: 0.007, allocations: { value: 5, shown: '5' } });
    expect(nord!.boundary).toEqual(square(5.7, 58.8));
    expect(nord!.allocationsByNeedGroup.find((g) => g.group === 'substance_use')!.count).toEqual({ value: 5, shown: '5' });
    expect(nord!.allocationsByNeedGroup.find((g) => g.group === 'other')!.count).toEqual({ value: 0, shown: '0' });
    // Demo rules (the fallback): substance use at most 10 % of the district's dwellings → cap ⌊0.7⌋ = 0, five let today.
    expect(nord!.concentration).toEqual([
      expect.objectContaining({ limitId: 'substance-use-district', group: 'substance_use', alreadyLet: { value: 5, shown: '5' }, cap: 0, share: 0.7143, maxShare: 0.1, reached: true }),
    ]);
    expect(sor).toMatchObject({ code: '02', municipalDwellings: 2, per1000: 4, dwellingsTotal: null, municipalShare: null, allocations: { value: null, shown: '<5' } });
    expect(sor!.allocationsByNeedGroup.find((g) => g.group === 'other')!.count).toEqual({ value: null, shown: '<5' });
    // Two dwellings: ⌊0.2⌋ = 0 — the round would place no substance-use household there either.
    expect(sor!.concentration[0]).toMatchObject({ alreadyLet: { value: 0, shown: '0' }, cap: 0, share: 0, reached: true });
  });

  it('counts only allocations in the period', async () => {
    const data = (await getMap(env.clients.manager, '?from=2025-01-01&to=2025-12-31')).json<MapData>();
    expect(data.districts.map((d) => d.allocations.shown)).toEqual(['<5', '0']);
    expect((await getMap(env.clients.manager, '?from=2026-02-01&to=2026-01-01')).statusCode).toBe(400);
  });

  it('never gives a point for a dwelling where a household with a protected address lives; no addresses for the manager and the politician', async () => {
    for (const client of [env.clients.manager, politician, env.clients.caseworker]) {
      const data = (await getMap(client)).json<MapData>();
      const pointIds = data.points.map((p) => p.id);
      expect(pointIds).not.toContain(ids.a6);
      expect(pointIds).not.toContain(ids.a8);
      expect(pointIds.sort()).toEqual([ids.a1, ids.a2, ids.a3, ids.a4, ids.a5, ids.a7, ids.b1, ids.b2].sort());
      expect(data.pointsWithheld).toBe('<5');
      const addresses = data.points.map((p) => p.address);
      if (client === env.clients.caseworker) expect(addresses.every((a) => typeof a === 'string' && a.startsWith('Kartveien'))).toBe(true);
      else expect(addresses.every((a) => a === null)).toBe(true);
      expect(JSON.stringify(data)).not.toContain('Kartveien 6');
    }
  });

  it('hides a point as soon as a protected household has a draft lease there', async () => {
    const householdId = await createHousehold(env, { addressProtection: 'strengt_fortrolig' });
    await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx.insert(lease).values({ municipalityId: env.municipalityId, dwellingId: ids.a7!, householdId, startDate: '2026-07-01', status: 'draft', depositType: 'none', rentModel: 'gjengs', monthlyRent: 8000 }),
    );
    const data = (await getMap(env.clients.property_manager)).json<MapData>();
    expect(data.points.map((p) => p.id)).not.toContain(ids.a7);
  });
});

describe('tile layer settings', () => {
  it('refuses a URL that is not https or lacks {z}/{x}/{y}, with a field error in the user’s language; nothing is written', async () => {
    for (const url of ['http://tiles.example.no/{z}/{x}/{y}.png', 'https://tiles.example.no/{z}/{x}.png', 'kart']) {
      const res = await put(env.clients.admin, { mapTileUrl: url, mapTileAttribution: null }, 'en');
      expect(res.statusCode).toBe(400);
      expect(res.json().error.fieldErrors).toEqual([{ path: 'mapTileUrl', code: 'tile_url', message: expect.stringContaining('https://') }]);
    }
    const nn = await put(env.clients.admin, { mapTileUrl: null, mapTileAttribution: '© Kartverket' }, 'nn');
    expect(nn.json().error.fieldErrors).toEqual([{ path: 'mapTileAttribution', code: 'attribution_without_url', message: expect.stringContaining('kartlag') }]);
    expect(await countRows(env, 'audit_event', sql`type = 'map.tiles_changed'`)).toBe(0);
  });

  it('only the admin sets them', async () => {
    expect((await put(env.clients.manager, { mapTileUrl: null, mapTileAttribution: null })).statusCode).toBe(403);
  });

  it('sets and clears the tile layer, audited, and lets exactly its origin into img-src', async () => {
    const url = 'https://tiles.example.no/{z}/{x}/{y}.png';
    const res = await put(env.clients.admin, { mapTileUrl: url, mapTileAttribution: '© Kartverket' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toEqual({ url, attribution: '© Kartverket' });
    const map = await getMap(env.clients.manager);
    expect(map.json<MapData>().tiles).toEqual({ url, attribution: '© Kartverket' });
    expect(String(map.headers['content-security-policy'])).toMatch(/img-src 'self' data: https:\/\/tiles\.example\.no(;|$)/);
    expect(await countRows(env, 'audit_event', sql`type = 'map.tiles_changed' and data->'after'->>'url' = ${url}`)).toBe(1);

    expect((await put(env.clients.admin, { mapTileUrl: null, mapTileAttribution: null })).json()).toEqual({ url: null, attribution: null });
    const after = await getMap(env.clients.manager);
    expect(after.json<MapData>().tiles).toEqual({ url: null, attribution: null });
    expect(String(after.headers['content-security-policy'])).not.toContain('tiles.example.no');
    expect(await countRows(env, 'audit_event', sql`type = 'map.tiles_changed'`)).toBe(2);
  });
});
