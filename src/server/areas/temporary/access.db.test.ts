import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Role } from '../../../domain/access/roles.js';
import { createProviderWithPlace, householdWithCase, registerStay, setupTemporaryTest, type TemporaryTestEnv } from './temporary.fixtures.js';

let env: TemporaryTestEnv;
let ids: { providerId: string; placeId: string; stayId: string; householdId: string; caseId: string };

beforeAll(async () => {
  env = await setupTemporaryTest();
  const p = await createProviderWithPlace(env);
  const h = await householdWithCase(env);
  const stay = await registerStay(env, { householdId: h.householdId, providerId: p.providerId, placeId: p.placeId, caseId: h.caseId, startDate: '2026-05-01', childrenPresent: false });
  ids = { ...p, stayId: stay.id, householdId: h.householdId, caseId: h.caseId };
});
afterAll(() => env.close());

type Call = { name: string; method: 'GET' | 'POST' | 'PATCH'; url: () => string; payload?: () => Record<string, unknown> };
const provider = { name: 'Hospits', kind: 'municipal_emergency' };
const reads: Call[] = [
  { name: 'list stays', method: 'GET', url: () => '/api/temporary/stays' },
  { name: 'one stay', method: 'GET', url: () => `/api/temporary/stays/${ids.stayId}` },
  { name: 'providers', method: 'GET', url: () => '/api/temporary/providers' },
  { name: 'one provider', method: 'GET', url: () => `/api/temporary/providers/${ids.providerId}` },
  { name: 'KOSTRA figures', method: 'GET', url: () => '/api/temporary/kostra?year=2026' },
];
const providerWrites: Call[] = [
  { name: 'create provider', method: 'POST', url: () => '/api/temporary/providers', payload: () => provider },
  { name: 'change provider', method: 'PATCH', url: () => `/api/temporary/providers/${ids.providerId}`, payload: () => ({ name: 'Nødboliger sentrum' }) },
  { name: 'add place', method: 'POST', url: () => `/api/temporary/providers/${ids.providerId}/places`, payload: () => ({ label: 'Rom 2', access24h: true, cooking: true, wcAndBath: true, laundry: false }) },
  { name: 'change place', method: 'PATCH', url: () => `/api/temporary/places/${ids.placeId}`, payload: () => ({ laundry: true }) },
];
const stayWrites: Call[] = [
  { name: 'change stay', method: 'PATCH', url: () => `/api/temporary/stays/${ids.stayId}`, payload: () => ({ cleaningOffered: true }) },
  { name: 'run signals', method: 'POST', url: () => '/api/temporary/signals/run' },
];

const call = (role: Role, c: Call) => env.clients[role].request({ method: c.method, url: c.url(), ...(c.payload ? { payload: c.payload() } : {}) });

describe('who may use temporary accommodation', () => {
  const outsiders: Role[] = ['followup', 'neighbourhood', 'property_manager', 'manager', 'admin'];
  it.each(outsiders)('refuses %s every endpoint with 403', async (role) => {
    for (const c of [...reads, ...providerWrites, ...stayWrites]) expect([c.name, (await call(role, c)).statusCode]).toEqual([c.name, 403]);
    const post = await env.clients[role].request({ method: 'POST', url: '/api/temporary/stays', payload: { householdId: ids.householdId, providerId: ids.providerId, caseId: ids.caseId, startDate: '2026-05-20', childrenPresent: false } });
    expect(post.statusCode).toBe(403);
  });

  it('lets the caseworker read and keep providers, but not register or change stays', async () => {
    for (const c of providerWrites) expect([c.name, (await call('caseworker', c)).statusCode < 300]).toEqual([c.name, true]);
    for (const c of reads) expect([c.name, (await call('caseworker', c)).statusCode]).toEqual([c.name, 200]);
    for (const c of stayWrites) expect([c.name, (await call('caseworker', c)).statusCode]).toEqual([c.name, 403]);
    const post = await env.clients.caseworker.request({ method: 'POST', url: '/api/temporary/stays', payload: { householdId: ids.householdId, providerId: ids.providerId, caseId: ids.caseId, startDate: '2026-05-20', childrenPresent: false } });
    expect(post.statusCode).toBe(403);
  });

  it('lets the NAV adviser do everything', async () => {
    for (const c of [...reads, ...stayWrites]) expect([c.name, (await call('nav_adviser', c)).statusCode]).toEqual([c.name, 200]);
  });

  it('answers 404 to another municipality and shows it nothing (row-level security)', async () => {
    for (const c of [...reads.filter((r) => r.url().includes(ids.stayId) || r.url().includes(ids.providerId)), providerWrites[1]!, providerWrites[2]!, providerWrites[3]!, stayWrites[0]!]) {
      const res = await env.otherNav.request({ method: c.method, url: c.url(), ...(c.payload ? { payload: c.payload() } : {}) });
      expect([c.name, res.statusCode]).toEqual([c.name, 404]);
    }
    const list = (await env.otherNav.request({ method: 'GET', url: '/api/temporary/stays?active=false' })).json();
    expect(list).toMatchObject({ total: 0, items: [], counts: { active: 0 } });
    expect((await env.otherNav.request({ method: 'GET', url: '/api/temporary/providers' })).json().items).toEqual([]);
    const post = await env.otherNav.request({ method: 'POST', url: '/api/temporary/stays', payload: { householdId: ids.householdId, providerId: ids.providerId, caseId: ids.caseId, startDate: '2026-05-20', childrenPresent: false } });
    expect(post.statusCode).toBe(400);
    expect(post.json().error.fieldErrors.map((f: { path: string }) => f.path).sort()).toEqual(['caseId', 'householdId', 'providerId']);
  });
});
