import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, TEST_ORIGIN } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import type { DbHandle } from '../../platform/db.js';
import { sql } from 'drizzle-orm';
import { withTenant } from '../../platform/db.js';

let handle: DbHandle;
let husly: Husly;
let user: { id: string; username: string; password: string };
let municipality: { id: number; kommunenummer: string };
const clock = fixedClock('2026-11-21T09:00:00Z');

const HOST = { host: 'localhost:80' };

beforeAll(async () => {
  handle = await openTestDb();
  municipality = await createMunicipality(handle);
  user = await createStaffUser(handle, municipality.id, 'caseworker', 'kari');
  husly = await createTestApp(handle, { clock });
});
afterAll(() => husly.close());

function login(body: Record<string, unknown>, headers: Record<string, string> = { origin: TEST_ORIGIN }) {
  return husly.app.inject({ method: 'POST', url: '/api/session', headers: { ...HOST, ...headers }, payload: body });
}

describe('POST /api/session', () => {
  it('logs in a script that sends a matching Origin, with an HttpOnly, SameSite session cookie', async () => {
    const res = await login({ username: user.username, password: user.password });
    expect(res.statusCode).toBe(200);
    const cookie = res.cookies.find((c) => c.name === 'husly_session');
    expect(cookie).toMatchObject({ httpOnly: true, sameSite: 'Lax', path: '/' });
    expect(cookie?.secure).toBeFalsy();
    expect(res.json()).toMatchObject({
      username: 'kari',
      role: 'caseworker',
      municipality: { kommunenummer: municipality.kommunenummer },
    });
  });

  it('sets a Secure cookie behind a TLS-terminating proxy', async () => {
    const behindTls = await createTestApp(handle, { clock, config: { trustProxy: true } });
    try {
      const res = await behindTls.app.inject({
        method: 'POST',
        url: '/api/session',
        headers: { host: 'husly.example', origin: 'https://husly.example', 'x-forwarded-proto': 'https' },
        payload: { username: user.username, password: user.password },
      });
      expect(res.statusCode).toBe(200);
      expect(res.cookies.find((c) => c.name === 'husly_session')?.secure).toBe(true);
      expect(res.headers['strict-transport-security']).toContain('max-age=');
    } finally {
      await behindTls.app.close();
    }
  });

  it('refuses a login without Origin or Referer (login CSRF) and one from another site', async () => {
    const none = await login({ username: user.username, password: user.password }, {});
    expect(none.statusCode).toBe(403);
    expect(none.json().error.code).toBe('csrf_failed');
    const foreign = await login({ username: user.username, password: user.password }, { origin: 'https://evil.example' });
    expect(foreign.statusCode).toBe(403);
    expect(foreign.json().error.code).toBe('csrf_failed');
  });

  it('answers a wrong password and an unknown user alike, in the language asked for', async () => {
    const wrong = await login({ username: user.username, password: 'feil' }, { origin: TEST_ORIGIN, 'accept-language': 'nn-NO' });
    const unknown = await login({ username: 'finst-ikkje', password: 'feil' }, { origin: TEST_ORIGIN, 'accept-language': 'nn-NO' });
    for (const res of [wrong, unknown]) {
      expect(res.statusCode).toBe(401);
      expect(res.json().error).toMatchObject({ code: 'invalid_credentials', message: 'Feil brukarnamn eller passord.' });
    }
    const english = await login({ username: 'nobody', password: 'x' }, { origin: TEST_ORIGIN, 'accept-language': 'en' });
    expect(english.json().error.message).toBe('Wrong username or password.');
  });

  it('lists every missing field at once', async () => {
    const res = await login({ username: '', password: '' });
    expect(res.statusCode).toBe(400);
    const body = res.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.error.message).toBe('Noen felt er ikke fylt ut riktig.');
    expect(body.error.fieldErrors.map((f: { path: string; code: string }) => [f.path, f.code])).toEqual([
      ['username', 'required'],
      ['password', 'required'],
    ]);
  });

  it('blocks a username after five failed attempts, even with the right password, until the window passes', async () => {
    const target = await createStaffUser(handle, municipality.id, 'caseworker', 'ola');
    for (let i = 0; i < 5; i++) expect((await login({ username: 'ola', password: 'galt' })).statusCode).toBe(401);
    const blocked = await login({ username: 'ola', password: target.password });
    expect(blocked.statusCode).toBe(429);
    expect(blocked.json().error.code).toBe('rate_limited');
    clock.advance(16 * 60_000);
    expect((await login({ username: 'ola', password: target.password })).statusCode).toBe(200);
  });
});

describe('session and CSRF', () => {
  it('returns the session and needs the CSRF token for state-changing requests', async () => {
    const client = await loginAs(husly, user.username, user.password);
    const me = await client.request({ method: 'GET', url: '/api/session' });
    expect(me.statusCode).toBe(200);
    expect(Object.keys(me.json()).sort()).toEqual(['csrfToken', 'displayName', 'language', 'municipality', 'role', 'username']);

    const noToken = await client.request({ method: 'PUT', url: '/api/session/language', headers: { 'x-csrf-token': '' }, payload: { language: 'nn' } });
    expect(noToken.statusCode).toBe(403);
    expect(noToken.json().error.code).toBe('csrf_failed');
    const foreign = await client.request({ method: 'PUT', url: '/api/session/language', headers: { origin: 'https://evil.example' }, payload: { language: 'nn' } });
    expect(foreign.statusCode).toBe(403);

    const ok = await client.request({ method: 'PUT', url: '/api/session/language', payload: { language: 'nn' } });
    expect(ok.statusCode).toBe(200);
    expect(ok.json().language).toBe('nn');
  });

  it('answers 401 without a session, and after logout the old cookie is dead', async () => {
    expect((await husly.app.inject({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    const client = await loginAs(husly, user.username, user.password);
    const out = await client.request({ method: 'DELETE', url: '/api/session' });
    expect(out.statusCode).toBe(204);
    const after = await client.request({ method: 'GET', url: '/api/session' });
    expect(after.statusCode).toBe(401);
    expect(after.json().error.code).toBe('unauthenticated');
  });

  it('expires a session after its lifetime', async () => {
    const client = await loginAs(husly, user.username, user.password);
    clock.advance(11 * 3_600_000);
    expect((await client.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
    // The next login clears the municipality's expired sessions.
    await loginAs(husly, user.username, user.password);
    const [left] = await withTenant(handle.db, { municipalityId: municipality.id }, (tx) =>
      tx.execute(sql`select count(*)::int as n from staff_session where expires_at < ${clock.now()}`),
    ).then((r) => (r as unknown as { rows: Array<{ n: number }> }).rows);
    expect(left!.n).toBe(0);
  });

  it('ends the access of a deactivated user at once', async () => {
    const temp = await createStaffUser(handle, municipality.id, 'followup');
    const client = await loginAs(husly, temp.username, temp.password);
    expect((await client.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(200);
    await withTenant(handle.db, { municipalityId: municipality.id }, (tx) =>
      tx.execute(sql`update staff_user set active = false where id = ${temp.id}`),
    );
    expect((await client.request({ method: 'GET', url: '/api/session' })).statusCode).toBe(401);
  });

  it('asks for the municipality number when the same username and password exist in two municipalities', async () => {
    const other = await createMunicipality(handle, 'Annen');
    const twin = await createStaffUser(handle, other.id, 'caseworker', 'kari');
    expect(twin.password).toBe(user.password);
    const ambiguous = await login({ username: 'kari', password: user.password });
    expect(ambiguous.statusCode).toBe(400);
    expect(ambiguous.json().error.fieldErrors).toEqual([
      { path: 'municipality', code: 'required', message: 'Brukernavnet finnes i flere kommuner. Oppgi kommunenummer.' },
    ]);
    const scoped = await login({ username: 'kari', password: user.password, municipality: other.kommunenummer });
    expect(scoped.statusCode).toBe(200);
    expect(scoped.json().municipality.kommunenummer).toBe(other.kommunenummer);
  });
});

describe('HTTP conventions', () => {
  it('sends security headers with a strict content security policy and a request id', async () => {
    const res = await husly.app.inject({ method: 'GET', url: '/api/health' });
    expect(res.statusCode).toBe(200);
    expect(res.json()).toMatchObject({ status: 'ok', engine: handle.engine });
    const csp = String(res.headers['content-security-policy']);
    expect(csp).toContain("default-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(res.headers['x-content-type-options']).toBe('nosniff');
    expect(res.headers['x-request-id']).toMatch(/^[0-9a-f-]{36}$/);
  });

  it('answers unknown API paths with the error shape', async () => {
    const res = await husly.app.inject({ method: 'GET', url: '/api/finnes-ikke', headers: { 'accept-language': 'en' } });
    expect(res.statusCode).toBe(404);
    expect(res.json()).toEqual({ error: { code: 'not_found', message: 'We could not find what you asked for.', requestId: expect.any(String) } });
  });

  it('publishes OpenAPI 3 and a readable docs page', async () => {
    const spec = (await husly.app.inject({ method: 'GET', url: '/api/openapi.json' })).json();
    expect(spec.openapi).toMatch(/^3\./);
    expect(Object.keys(spec.paths)).toEqual(expect.arrayContaining(['/api/session', '/api/admin/users', '/api/health', '/api/municipality']));
    const docs = await husly.app.inject({ method: 'GET', url: '/api/docs' });
    expect(docs.statusCode).toBe(200);
    expect(docs.headers['content-type']).toContain('text/html');
    expect(docs.body).toContain('/api/session');
    expect(docs.body).not.toMatch(/<script/i);
  });
});
