import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import pg from 'pg';
import { inject } from 'vitest';
import { ensureMunicipality } from '../src/db/seeds/demo.js';
import { staffUser } from '../src/db/schema/index.js';
import type { Role } from '../src/domain/access/roles.js';
import { openDb, withTenant, type DbHandle } from '../src/server/platform/db.js';
import { hashPassword } from '../src/server/platform/passwords.js';
import { adminUrl } from './global-setup.js';
import { TEST_HASH_COST } from './hash-cost.js';

export { TEST_HASH_COST } from './hash-cost.js';

/**
 * A fresh, migrated database for one test file: PGlite from the run's template, or —
 * when DATABASE_URL is set — a new PostgreSQL database cloned from the run's template.
 * With `demo`, the template also holds the demo municipalities (test/global-setup-demo.ts:
 * the browser tests' project only).
 */
export async function openTestDb(options: { demo?: boolean } = {}): Promise<DbHandle> {
  const databaseUrl = process.env.DATABASE_URL;
  const pgTemplate = options.demo ? inject('pgDemoTemplate') : inject('pgTemplate');
  if (databaseUrl && pgTemplate) {
    const name = `${pgTemplate.replace('tpl', 'f')}_${randomUUID().slice(0, 8)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    try {
      for (let attempt = 0; ; attempt++) {
        try {
          await admin.query(`create database ${name} template ${pgTemplate}`);
          break;
        } catch (error) {
          // 55006: the template is briefly in use by a parallel clone.
          if ((error as { code?: string }).code !== '55006' || attempt > 50) throw error;
          await new Promise((r) => setTimeout(r, 100 + Math.random() * 200));
        }
      }
    } finally {
      await admin.end();
    }
    const url = adminUrl(databaseUrl, name);
    return Object.assign(await openDb({ databaseUrl: url, poolMax: 20 }), { databaseUrl: url });
  }
  const dump = readFileSync(options.demo ? inject('pgliteDemoTemplate') : inject('pgliteTemplate'));
  return openDb({ loadDataDir: new Blob([dump]) });
}

let counter = 0;

/** A municipality with a unique kommunenummer in the 8xxx range (tests only). */
export async function createMunicipality(handle: DbHandle, name = 'Testkommune'): Promise<{ id: number; kommunenummer: string }> {
  counter += 1;
  const kommunenummer = String(8000 + ((process.pid * 7 + counter) % 1000)).padStart(4, '0');
  const id = await ensureMunicipality(handle.db, { kommunenummer, name: `${name} ${counter}`, inhabitants: 10_000 });
  return { id, kommunenummer };
}

/** A staff user with password `passord-<username>`. */
export async function createStaffUser(
  handle: DbHandle,
  municipalityId: number,
  role: Role,
  username = `${role}-${randomUUID().slice(0, 6)}`,
): Promise<{ id: string; username: string; password: string }> {
  const password = `passord-${username}`;
  const passwordHash = await hashPassword(password, TEST_HASH_COST);
  const [row] = await withTenant(handle.db, { municipalityId }, (tx) =>
    tx.insert(staffUser).values({ municipalityId, username, displayName: `Test ${username}`, role, passwordHash }).returning({ id: staffUser.id }),
  );
  return { id: row!.id, username, password };
}
