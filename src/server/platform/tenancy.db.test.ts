import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { accessLog, auditEvent, district, municipality, staffSession, staffUser } from '../../db/schema/index.js';
import { seedDemo } from '../../db/seeds/demo.js';
import { DEMO_MUNICIPALITIES } from '../../db/seeds/demo-data.js';
import { createTestApp, loginAs } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { Husly } from '../main.js';
import { recordEvent } from './audit.js';
import { systemClock } from './clock.js';
import { serviceContext, type Actor } from './context.js';
import { rows, withoutTenant, withTenant, type DbHandle } from './db.js';
import { pgErrorCode } from './errors.js';

let handle: DbHandle;
let husly: Husly;
let demoId: number;
let naboId: number;

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: new Date('2026-11-21'), hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle);
  const ids = await rows<{ id: number; kommunenummer: string }>(handle.db, sql`select id, kommunenummer from municipality`);
  demoId = ids.find((m) => m.kommunenummer === '9999')!.id;
  naboId = ids.find((m) => m.kommunenummer === '9998')!.id;
  // Some activity in Demo kommune, so there is something to leak.
  await loginAs(husly, 'admin', 'demo');
});

afterAll(async () => {
  await husly.close();
});

async function naboActor(): Promise<Actor> {
  const client = await loginAs(husly, 'nabo', 'demo');
  const session = (await client.request({ method: 'GET', url: '/api/session' })).json() as { username: string };
  const [user] = await withTenant(handle.db, { municipalityId: naboId }, (tx) =>
    rows<{ id: string }>(tx, sql`select id from staff_user where username = ${session.username}`),
  );
  return {
    userId: user!.id,
    username: 'nabo',
    displayName: 'Nora Nabo',
    role: 'caseworker',
    language: 'nn',
    municipalityId: naboId,
    kommunenummer: '9998',
    municipalityName: 'Nabo kommune',
    sessionId: 'x',
    csrfToken: 'x',
  };
}

describe('tenant isolation (row-level security)', () => {
  it('returns nothing of Demo kommune to a Nabo request, even through deliberately unfiltered queries', async () => {
    const ctx = serviceContext(handle.db, await naboActor(), systemClock, 'test');
    const seen = await ctx.transaction(async (tx) => ({
      municipalities: await tx.select().from(municipality),
      districts: await tx.select().from(district),
      users: await tx.select().from(staffUser),
      sessions: await tx.select().from(staffSession),
      events: await tx.select().from(auditEvent),
      reads: await tx.select().from(accessLog),
      raw: await rows<{ n: number }>(tx, sql`select count(*)::int as n from staff_user where municipality_id = ${demoId}`),
    }));
    expect(seen.municipalities.map((m) => m.kommunenummer)).toEqual(['9998']);
    expect(seen.districts.length).toBe(3);
    expect(seen.users.map((u) => u.username)).toEqual(['nabo']);
    for (const list of [seen.districts, seen.users, seen.sessions, seen.events, seen.reads]) {
      expect(list.every((r) => r.municipalityId === naboId)).toBe(true);
    }
    expect(seen.raw[0]!.n).toBe(0);

    // The owner connection sees that Demo kommune does have rows, so the zeros above mean something.
    const all = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from staff_user where municipality_id = ${demoId}`);
    expect(all[0]!.n).toBe(DEMO_MUNICIPALITIES[0]!.users.length);
    const demoSessions = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from staff_session where municipality_id = ${demoId}`);
    expect(demoSessions[0]!.n).toBeGreaterThan(0);
  });

  it('refuses to write a row into another municipality', async () => {
    const error = await withTenant(handle.db, { municipalityId: naboId }, (tx) =>
      tx.insert(district).values({ municipalityId: demoId, code: '99', name: 'Inntrenger', inhabitants: 1 }),
    ).catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('42501');
  });

  it('cannot move a row to another municipality by update', async () => {
    const error = await withTenant(handle.db, { municipalityId: naboId }, (tx) =>
      tx.update(district).set({ municipalityId: demoId }),
    ).catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('42501');
  });

  it('sees no tenant rows at all when no municipality is set', async () => {
    const seen = await withoutTenant(handle.db, (tx) =>
      rows<{ n: number }>(tx, sql`select (select count(*) from staff_user)::int + (select count(*) from district)::int + (select count(*) from municipality)::int as n`),
    );
    expect(seen[0]!.n).toBe(0);
  });

  it('runs requests as a role that is neither superuser nor exempt from row-level security', async () => {
    const [me] = await withTenant(handle.db, { municipalityId: naboId }, (tx) =>
      rows<{ current_user: string; rolsuper: boolean; rolbypassrls: boolean }>(
        tx,
        sql`select current_user, rolsuper, rolbypassrls from pg_roles where rolname = current_user`,
      ),
    );
    expect(me).toEqual({ current_user: 'husly_app', rolsuper: false, rolbypassrls: false });
  });
});

describe('schema rules for every tenant table', () => {
  it('has row-level security enabled and forced, with a policy for husly_app, on every table with municipality_id', async () => {
    const tables = await rows<{ relname: string; relrowsecurity: boolean; relforcerowsecurity: boolean; policies: number }>(
      handle.db,
      sql`select c.relname, c.relrowsecurity, c.relforcerowsecurity,
                 (select count(*)::int from pg_policy p where p.polrelid = c.oid
                   and 'husly_app'::regrole = any(p.polroles)) as policies
          from pg_class c join pg_namespace n on n.oid = c.relnamespace
          where n.nspname = 'public' and c.relkind = 'r'
            and (exists (select 1 from pg_attribute a where a.attrelid = c.oid and a.attname = 'municipality_id' and not a.attisdropped)
                 or c.relname = 'municipality')
          order by c.relname`,
    );
    expect(tables.length).toBeGreaterThanOrEqual(6);
    for (const t of tables) {
      expect({ table: t.relname, rls: t.relrowsecurity, forced: t.relforcerowsecurity, hasPolicy: t.policies > 0 }).toEqual({
        table: t.relname,
        rls: true,
        forced: true,
        hasPolicy: true,
      });
    }
  });

  it('includes municipality_id in every primary key, unique key and foreign key of a tenant table', async () => {
    const constraints = await rows<{ table: string; name: string; type: string; columns: string[]; target: string | null }>(
      handle.db,
      sql`select c.conrelid::regclass::text as table, c.conname as name, c.contype::text as type,
                 array(select a.attname::text from unnest(c.conkey) k join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k) as columns,
                 c.confrelid::regclass::text as target
          from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
          where n.nspname = 'public' and c.contype in ('p', 'u', 'f', 'x')
            and exists (select 1 from pg_attribute a where a.attrelid = c.conrelid and a.attname = 'municipality_id')`,
    );
    expect(constraints.length).toBeGreaterThan(0);
    for (const c of constraints) {
      expect({ constraint: c.name, hasTenantKey: c.columns.includes('municipality_id') }).toEqual({ constraint: c.name, hasTenantKey: true });
    }
  });
});

describe('append-only logs', () => {
  it('refuses UPDATE and DELETE of audit and access rows to the application role', async () => {
    for (const statement of [sql`update audit_event set type = 'x'`, sql`delete from audit_event`, sql`update access_log set purpose = 'x'`, sql`delete from access_log`]) {
      const error = await withTenant(handle.db, { municipalityId: demoId }, (tx) => tx.execute(statement)).catch((e: unknown) => e);
      expect(pgErrorCode(error)).toBe('42501');
    }
  });

  it('refuses UPDATE and DELETE of audit rows even to the owner, by trigger', async () => {
    const error = await handle.db.execute(sql`delete from audit_event`).catch((e: unknown) => e);
    expect(pgErrorCode(error)).toBe('42501');
    const count = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event`);
    expect(count[0]!.n).toBeGreaterThan(0);
  });

  it('keeps no audit row when the change it describes fails (same transaction)', async () => {
    const actor = await naboActor();
    const ctx = serviceContext(handle.db, actor, systemClock, 'rollback-test');
    const before = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where request_id = 'rollback-test'`);
    await ctx
      .transaction(async (tx) => {
        await recordEvent(tx, ctx, { type: 'test.change', subjectType: 'district', subjectId: '01' });
        await tx.insert(district).values({ municipalityId: naboId, code: '01', name: 'Duplikat', inhabitants: 1 });
      })
      .catch(() => undefined);
    const after = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where request_id = 'rollback-test'`);
    expect(before[0]!.n).toBe(0);
    expect(after[0]!.n).toBe(0);
    // And a change that succeeds does leave its event.
    await ctx.transaction((tx) => recordEvent(tx, ctx, { type: 'test.change', subjectType: 'district', subjectId: '02' }));
    const ok = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from audit_event where request_id = 'rollback-test'`);
    expect(ok[0]!.n).toBe(1);
  });
});
