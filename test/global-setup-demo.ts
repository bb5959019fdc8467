import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import pg from 'pg';
import type { TestProject } from 'vitest/node';
import { seedDemo } from '../src/db/seeds/demo.js';
import { migrateDb, openDb } from '../src/server/platform/db.js';
import { TEST_HASH_COST } from './hash-cost.js';
import { adminUrl } from './global-setup.js';

declare module 'vitest' {
  export interface ProvidedContext {
    /** Path of a gzip dump of a migrated PGlite data directory with the demo municipalities seeded. */
    pgliteDemoTemplate: string;
    /** With DATABASE_URL: a migrated and demo-seeded template database each browser-test file clones. */
    pgDemoTemplate: string | undefined;
  }
}

/**
 * The browser tests each need the whole demo: seeding it once per run and cloning it per file
 * (a PGlite dump, or a PostgreSQL template database) replaces one full seed per file. The
 * seed's `today` is the run's start; a run that crosses midnight sees yesterday's demo.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const today = new Date();
  const dir = mkdtempSync(path.join(tmpdir(), 'husly-demo-'));
  const databaseUrl = process.env.DATABASE_URL;
  let pgDemoTemplate: string | undefined;
  if (databaseUrl) {
    pgDemoTemplate = `husly_demotpl_${process.pid}_${Date.now().toString(36)}`;
    const admin = new pg.Client({ connectionString: databaseUrl });
    await admin.connect();
    await admin.query(`create database ${pgDemoTemplate}`);
    await admin.end();
    const tpl = await openDb({ databaseUrl: adminUrl(databaseUrl, pgDemoTemplate), poolMax: 2 });
    try {
      await migrateDb(tpl);
      await seedDemo(tpl.db, { today, hashCost: TEST_HASH_COST });
    } finally {
      await tpl.close();
    }
    project.provide('pgliteDemoTemplate', '');
  } else {
    const handle = await openDb({});
    try {
      await migrateDb(handle);
      await seedDemo(handle.db, { today, hashCost: TEST_HASH_COST });
      const dump = await handle.pglite!.dumpDataDir('gzip');
      const file = path.join(dir, 'demo.tar.gz');
      writeFileSync(file, Buffer.from(await dump.arrayBuffer()));
      project.provide('pgliteDemoTemplate', file);
    } finally {
      await handle.close();
    }
  }
  project.provide('pgDemoTemplate', pgDemoTemplate);

  return async () => {
    rmSync(dir, { recursive: true, force: true });
    if (databaseUrl && pgDemoTemplate) {
      const admin = new pg.Client({ connectionString: databaseUrl });
      await admin.connect();
      const { rows } = await admin.query<{ datname: string }>(`select datname from pg_database where datname like $1 or datname = $2`, [
        `${pgDemoTemplate.replace('demotpl', 'demof')}%`,
        pgDemoTemplate,
      ]);
      for (const { datname } of rows) await admin.query(`drop database if exists ${datname} with (force)`);
      await admin.end();
    }
  };
}
