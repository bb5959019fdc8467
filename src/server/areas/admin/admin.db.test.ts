import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb } from '../../../../test/db.js';
import { ROLES, canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Husly } from '../../main.js';
import { rows, type DbHandle } from '../../platform/db.js';

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
const clients = {} as Record<Role, TestClient>;
const ids = {} as Record<Role, string>;

beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle)).id;
  husly = await createTestApp(handle);
  for (const role of ROLES) {
    const u = await createStaffUser(handle, municipalityId, role, `u-${role}`);
    ids[role] = u.id;
    clients[role] = await loginAs(husly, u.username, u.password);
  }
});
afterAll(() => husly.close());

const countEvents = async (type: string): Promise<number> =>
  (await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where type = ${type} and municipality_id = ${municipalityId}`))[0]!.n;

describe('role checks', () => {
  const endpoints: Array<{ url: string; area: Parameters<typeof canOpenArea>[1] }> = [
    { url: '/api/admin/users', area: 'users' },
    { url: '/api/admin/audit', area: 'audit' },
    { url: '/api/admin/access-log', area: 'access_log' },
    { url: '/api/municipality', area: 'municipality' },
  ];
  for (const role of ROLES) {
    for (const { url, area } of endpoints) {
      const allowed = canOpenArea(role, area);
      it(`${allowed ? 'lets' : 'refuses'} ${role} ${allowed ? 'open' : 'with 403 on'} ${url}`, async () => {
        const res = await clients[role].request({ method: 'GET', url });
        expect(res.statusCode).toBe(allowed ? 200 : 403);
        if (!allowed) expect(res.json().error.code).toBe('forbidden');
      });
    }
  }

  it('gives the manager aggregates only, with small counts suppressed', async () => {
    const res = await clients.manager.request({ method: 'GET', url: '/api/municipality' });
    const body = res.json();
    expect(body.staffByRole).toContainEqual({ role: 'caseworker', count: '<5' });
    expect(JSON.stringify(body)).not.toMatch(/u-caseworker|password/);
  });
});

describe('staff accounts', () => {
  it('creates an account with an audit event, and never returns the password hash', async () => {
    const before = await countEvents('staff_user.created');
    const res = await clients.admin.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'ny.bruker', displayName: 'Ny Bruker', role: 'caseworker', language: 'nn', password: 'et-langt-passord' },
    });
    expect(res.statusCode).toBe(201);
    expect(Object.keys(res.json()).sort()).toEqual(['active', 'createdAt', 'displayName', 'id', 'language', 'role', 'username']);
    expect(await countEvents('staff_user.created')).toBe(before + 1);
    const [event] = await rows<{ subject_id: string; actor_username: string; data: { username: string } }>(
      handle.db,
      sql`select subject_id, actor_username, data from audit_event where type = 'staff_user.created' and subject_id = ${res.json().id}`,
    );
    expect(event).toMatchObject({ actor_username: 'u-admin', data: { username: 'ny.bruker' } });
    // The new account can log in.
    await expect(loginAs(husly, 'ny.bruker', 'et-langt-passord')).resolves.toBeTruthy();
  });

  it('refuses a taken username with a field error and leaves no audit event behind', async () => {
    const before = await countEvents('staff_user.created');
    const res = await clients.admin.request({
      method: 'POST',
      url: '/api/admin/users',
      payload: { username: 'u-manager', displayName: 'Dobbel', role: 'manager', password: 'et-langt-passord' },
    });
    expect(res.statusCode).toBe(409);
    expect(res.json().error).toMatchObject({ code: 'conflict', fieldErrors: [{ path: 'username', code: 'taken' }] });
    expect(await countEvents('staff_user.created')).toBe(before);
  });

  it('lists every invalid field with a message', async () => {
    const res = await clients.admin.request({
      method: 'POST',
      url: '/api/admin/users',
      headers: { 'accept-language': 'en' },
      payload: { username: 'Æ', displayName: '', role: 'boss', password: 'short' },
    });
    expect(res.statusCode).toBe(400);
    const paths = res.json().error.fieldErrors.map((f: { path: string }) => f.path).sort();
    expect(paths).toEqual(['displayName', 'password', 'role', 'username', 'username']);
    expect(res.json().error.fieldErrors.find((f: { path: string }) => f.path === 'role').message).toBe('The value is not valid.');
  });

  it('writes an access-log row when an admin reads an account', async () => {
    const res = await clients.admin.request({ method: 'GET', url: `/api/admin/users/${ids.followup}` });
    expect(res.statusCode).toBe(200);
    const logged = await rows<{ actor_username: string; subject_type: string; purpose: string }>(
      handle.db,
      sql`select actor_username, subject_type, purpose from access_log where subject_id = ${ids.followup}`,
    );
    expect(logged).toEqual([{ actor_username: 'u-admin', subject_type: 'staff_user', purpose: 'admin.user.view' }]);
    const listed = await clients.admin.request({ method: 'GET', url: `/api/admin/access-log?subjectId=${ids.followup}` });
    expect(listed.json()).toMatchObject({ total: 1, items: [{ actorUsername: 'u-admin', purpose: 'admin.user.view' }] });
  });

  it('answers 404 for an account of another municipality', async () => {
    const other = await createMunicipality(handle, 'Annen');
    const stranger = await createStaffUser(handle, other.id, 'caseworker');
    const res = await clients.admin.request({ method: 'GET', url: `/api/admin/users/${stranger.id}` });
    expect(res.statusCode).toBe(404);
  });

  it('changes a role with the reason in the audit log, and will not let an admin lock themselves out', async () => {
    const res = await clients.admin.request({
      method: 'PATCH',
      url: `/api/admin/users/${ids.neighbourhood}`,
      payload: { role: 'followup', reason: 'Flyttet til oppfølgingstjenesten' },
    });
    expect(res.statusCode).toBe(200);
    expect(res.json().role).toBe('followup');
    const events = await clients.admin.request({ method: 'GET', url: `/api/admin/audit?type=staff_user.updated&subjectId=${ids.neighbourhood}` });
    expect(events.json().items[0]).toMatchObject({ reason: 'Flyttet til oppfølgingstjenesten', data: { role: { from: 'neighbourhood', to: 'followup' } } });

    const noReason = await clients.admin.request({ method: 'PATCH', url: `/api/admin/users/${ids.manager}`, payload: { active: false } });
    expect(noReason.statusCode).toBe(400);
    expect(noReason.json().error.fieldErrors[0].path).toBe('reason');

    const self = await clients.admin.request({ method: 'PATCH', url: `/api/admin/users/${ids.admin}`, payload: { active: false, reason: 'test' } });
    expect(self.statusCode).toBe(422);
    expect(self.json().error.fieldErrors[0]).toMatchObject({ path: 'active', code: 'own_account' });
  });

  it('filters the audit log by actor and date', async () => {
    const res = await clients.admin.request({ method: 'GET', url: '/api/admin/audit?actor=u-admin&limit=2' });
    expect(res.statusCode).toBe(200);
    const body = res.json();
    expect(body.items.length).toBe(2);
    expect(body.total).toBeGreaterThan(2);
    expect(body.items.every((e: { actorUsername: string }) => e.actorUsername === 'u-admin')).toBe(true);
    const past = await clients.admin.request({ method: 'GET', url: '/api/admin/audit?to=2001-01-01' });
    expect(past.json()).toEqual({ items: [], total: 0 });
  });
});
