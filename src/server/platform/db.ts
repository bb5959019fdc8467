import { PGlite } from '@electric-sql/pglite';
import { btree_gist } from '@electric-sql/pglite/contrib/btree_gist';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import { existsSync } from 'node:fs';
import pg from 'pg';
import * as schema from '../../db/schema/index.js';
import { ensureRoles } from './db-roles.js';
import { MIGRATIONS_DIR } from './paths.js';

export type Schema = typeof schema;
/** The one database type the repositories see; both engines satisfy it. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;

export type Engine = 'pglite' | 'postgres';

export interface DbHandle {
  /** The owner connection: migrations, seeding and tests only. Requests use withTenant(). */
  db: Db;
  engine: Engine;
  /** True when an embedded database was created by this open (no PG_VERSION before). */
  createdFresh: boolean;
  /** The PGlite instance, when embedded (used by tests to dump a template). */
  pglite?: PGlite;
  close(): Promise<void>;
}

export { MIGRATIONS_DIR };

export interface OpenDbOptions {
  databaseUrl?: string | undefined;
  /** Data directory for PGlite; undefined means in memory. */
  dataDir?: string | undefined;
  /** A PGlite data-dir dump (tar) to start from, used by the tests for speed. */
  loadDataDir?: Blob | undefined;
  /** Pool size for PostgreSQL. */
  poolMax?: number;
}

/**
 * Opens PGlite on a data directory when no DATABASE_URL is given, else a pg pool.
 * Does not migrate; call migrateDb() (the composition root does both).
 */
export async function openDb(options: OpenDbOptions): Promise<DbHandle> {
  if (options.databaseUrl) {
    const pool = new pg.Pool({ connectionString: options.databaseUrl, max: options.poolMax ?? 10 });
    // An idle client that errors (server restart) must not crash the process.
    pool.on('error', () => undefined);
    const db = drizzlePg({ client: pool, schema }) as unknown as Db;
    return { db, engine: 'postgres', createdFresh: false, close: () => pool.end() };
  }
  const createdFresh = options.dataDir
    ? !existsSync(`${options.dataDir}/PG_VERSION`)
    : options.loadDataDir === undefined;
  const pglite = await PGlite.create({
    // btree_gist backs the exclusion constraints (no overlapping leases); PostgreSQL ships it in contrib.
    extensions: { btree_gist },
    ...(options.dataDir ? { dataDir: options.dataDir } : {}),
    ...(options.loadDataDir ? { loadDataDir: options.loadDataDir } : {}),
  });
  const db = drizzlePglite({ client: pglite, schema }) as unknown as Db;
  return { db, engine: 'pglite', createdFresh, pglite, close: () => pglite.close() };
}

/** Creates the cluster roles when missing and applies the generated SQL migrations. */
export async function migrateDb(handle: DbHandle): Promise<void> {
  await ensureRoles(handle.db);
  if (handle.engine === 'pglite') {
    await migratePglite(handle.db as never, { migrationsFolder: MIGRATIONS_DIR });
  } else {
    await migratePg(handle.db as never, { migrationsFolder: MIGRATIONS_DIR });
  }
}

export interface TenantScope {
  municipalityId: number;
}

/**
 * Runs `fn` in a transaction as the non-superuser role husly_app with the tenant key
 * set for this transaction only. Row-level security then limits every statement to
 * the municipality, whatever the query says. Never use the outer db inside `fn`.
 */
export async function withTenant<T>(db: Db, scope: TenantScope, fn: (tx: Tx) => Promise<T>): Promise<T> {
  if (!Number.isInteger(scope.municipalityId) || scope.municipalityId <= 0) {
    throw new Error('withTenant needs a positive integer municipality id');
  }
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role husly_app`);
    await tx.execute(sql`select set_config('husly.municipality_id', ${String(scope.municipalityId)}, true)`);
    return fn(tx);
  });
}

/** A transaction as husly_app with no tenant: sees no tenant rows; used for login lookups. */
export async function withoutTenant<T>(db: Db, fn: (tx: Tx) => Promise<T>): Promise<T> {
  return db.transaction(async (tx) => {
    await tx.execute(sql`set local role husly_app`);
    return fn(tx);
  });
}

/** Rows of a raw query, the same shape on both drivers. */
export async function rows<T>(tx: Tx | Db, query: ReturnType<typeof sql>): Promise<T[]> {
  const result = (await tx.execute(query)) as unknown as { rows: T[] };
  return result.rows;
}
