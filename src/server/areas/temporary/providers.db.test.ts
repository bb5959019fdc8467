import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Provider } from '../../../contracts/temporary.js';
import { eventsFor, setupTemporaryTest, type TemporaryTestEnv } from './temporary.fixtures.js';

let env: TemporaryTestEnv;

beforeAll(async () => {
  env = await setupTemporaryTest('2026-06-01T10:00:00Z');
});
afterAll(() => env.close());

const post = (url: string, payload: Record<string, unknown>, role: 'nav_adviser' | 'caseworker' = 'nav_adviser') => env.clients[role].request({ method: 'POST', url, payload });

describe('providers and places', () => {
  it('requires a contract of a private overnight operator and a valid organisation number', async () => {
    const res = await post('/api/temporary/providers', { name: 'Byhospitset AS', kind: 'private_overnight', orgNumber: '974760674', contractTo: '2026-01-01' });
    expect(res.statusCode).toBe(400);
    const fields = (res.json().error.fieldErrors as Array<{ path: string; code: string }>).map((f) => `${f.path}:${f.code}`).sort();
    expect(fields).toEqual(['contractFrom:required', 'contractTerms:required', 'orgNumber:invalid_org_number']);
  });

  it('registers a private operator with contract terms, and its places with the quality checklist', async () => {
    const res = await post(
      '/api/temporary/providers',
      { name: 'Byhospitset AS', kind: 'private_overnight', orgNumber: '974760673', contractTerms: 'Standardavtale etter U-5/2003. 650 kr per døgn.', contractFrom: '2026-01-01', contractTo: '2026-12-31' },
      'caseworker',
    );
    expect(res.statusCode).toBe(201);
    const provider = res.json() as Provider;
    expect(provider).toMatchObject({ kind: 'private_overnight', contractInForce: true, nightShelter: false, places: [], activeStays: 0 });

    const room = await post(`/api/temporary/providers/${provider.id}/places`, { label: 'Rom 12', access24h: true, cooking: false, wcAndBath: true, laundry: true });
    expect(room.json()).toMatchObject({ complete: false, missing: ['cooking'], suitableForChildren: false });
    const changed = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/places/${room.json().id}`, payload: { cooking: true } });
    expect(changed.json()).toMatchObject({ complete: true, missing: [], suitableForChildren: true });
    expect((await eventsFor(env, 'temp_place.updated', room.json().id))[0]?.data).toEqual({ cooking: { from: false, to: true } });

    const list = (await env.clients.caseworker.request({ method: 'GET', url: '/api/temporary/providers' })).json();
    expect(list.items.find((p: Provider) => p.id === provider.id).places).toHaveLength(1);
  });

  it('checks the rules on the provider as it will be after a change', async () => {
    const created = (await post('/api/temporary/providers', { name: 'Nødboliger', kind: 'municipal_emergency' })).json() as Provider;
    expect(created.contractInForce).toBeNull();
    const refused = await env.clients.nav_adviser.request({ method: 'PATCH', url: `/api/temporary/providers/${created.id}`, payload: { kind: 'private_overnight' } });
    expect(refused.statusCode).toBe(400);
    const ok = await env.clients.nav_adviser.request({
      method: 'PATCH',
      url: `/api/temporary/providers/${created.id}`,
      payload: { name: 'Nødboliger Havna', contractTerms: 'Samarbeidsavtale og renhold', contractFrom: '2025-01-01', contractTo: '2025-12-31' },
    });
    expect(ok.json()).toMatchObject({ name: 'Nødboliger Havna', contractInForce: false });
    expect((await eventsFor(env, 'temp_provider.updated', created.id))[0]?.data).toMatchObject({ name: { from: 'Nødboliger', to: 'Nødboliger Havna' } });
  });

  it('answers 404 for a place on a provider that does not exist', async () => {
    const res = await post('/api/temporary/providers/00000000-0000-4000-8000-000000000000/places', { label: 'X', access24h: true, cooking: true, wcAndBath: true, laundry: true });
    expect(res.statusCode).toBe(404);
  });
});
