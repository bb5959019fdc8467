import { sql } from 'drizzle-orm';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';

/** The cluster-wide roles Husly needs. Neither can log in; the server switches to them with SET LOCAL ROLE. */
export const DB_ROLES = ['husly_app', 'husly_auth'] as const;

/**
 * Creates the roles when they are missing (idempotent, safe when several processes
 * race) and makes the connecting user a member, so it may SET ROLE to them.
 * Roles are per cluster, not per database, which is why this is not a migration.
 */
export async function ensureRoles(db: PgDatabase<PgQueryResultHKT, Record<string, unknown>>): Promise<void> {
  for (const role of DB_ROLES) {
    try {
      await db.execute(
        sql.raw(`DO $$ BEGIN
          IF NOT EXISTS (SELECT FROM pg_roles WHERE rolname = '${role}') THEN
            CREATE ROLE ${role} NOLOGIN NOSUPERUSER NOBYPASSRLS NOCREATEDB NOCREATEROLE;
          END IF;
        END $$`),
      );
    } catch (error) {
      // Another process created it between our check and CREATE ROLE.
      const code = (error as { code?: string; cause?: { code?: string } }).cause?.code ?? (error as { code?: string }).code;
      if (code !== '42710' && code !== '23505' && code !== 'XX000') throw error;
    }
    await db.execute(
      sql.raw(`DO $$ BEGIN
        IF NOT (SELECT rolsuper FROM pg_roles WHERE rolname = current_user)
           AND NOT pg_has_role(current_user, '${role}', 'MEMBER') THEN
          EXECUTE format('GRANT ${role} TO %I', current_user);
        END IF;
      END $$`),
    );
  }
}
