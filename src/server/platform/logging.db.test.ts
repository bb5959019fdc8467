import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { captureLog, createTestApp, loginAs, TEST_ORIGIN } from '../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../test/db.js';
import type { Husly } from '../main.js';

let husly: Husly;
const log = captureLog();
let user: { id: string; username: string; password: string };

beforeAll(async () => {
  const handle = await openTestDb();
  const m = await createMunicipality(handle);
  user = await createStaffUser(handle, m.id, 'admin', 'ingrid.hemmelig');
  husly = await createTestApp(handle, { config: { logLevel: 'info' }, logStream: log.stream });
});
afterAll(() => husly.close());

describe('structured logs', () => {
  it('log requests with id, method, path and status, but no usernames, passwords, query strings or row values', async () => {
    await husly.app.inject({
      method: 'POST',
      url: '/api/session',
      headers: { host: 'localhost:80', origin: TEST_ORIGIN },
      payload: { username: user.username, password: 'feil-passord-123' },
    });
    const client = await loginAs(husly, user.username, user.password);
    await client.request({ method: 'GET', url: '/api/admin/audit?actor=ingrid.hemmelig&subjectId=Kari%20Nordmann' });
    // A failed insert whose driver message quotes the row ("Key (username)=(ingrid.hemmelig) already exists").
    await client.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'ingrid.hemmelig', displayName: 'Dobbel', role: 'admin', password: 'et-langt-passord' },
    });
    const text = log.text();
    const lines = text.trim().split('\n').map((l) => JSON.parse(l) as Record<string, unknown>);
    expect(lines.some((l) => (l.req as { path?: string } | undefined)?.path === '/api/admin/audit')).toBe(true);
    expect(lines.some((l) => (l.res as { statusCode?: number } | undefined)?.statusCode === 409)).toBe(true);
    for (const secret of ['ingrid.hemmelig', 'feil-passord-123', user.password, 'Kari', 'subjectId=', client.csrfToken, client.cookie.split('=')[1]!]) {
      expect(text, `log contains ${secret}`).not.toContain(secret);
    }
  });
});
