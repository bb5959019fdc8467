import { pgRole } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';

/**
 * Cluster-wide database roles. They are created outside the migrations
 * (server/platform/db-roles.ts), because roles are shared by every database in a
 * cluster; `.existing()` keeps drizzle-kit from emitting CREATE ROLE.
 */
/** The role every request runs under (SET LOCAL ROLE). Not a superuser, no BYPASSRLS. */
export const appRole = pgRole('husly_app').existing();
/** Owns the SECURITY DEFINER functions that resolve a login or a session before the tenant is known. */
export const authRole = pgRole('husly_auth').existing();

/**
 * The tenant key of the current transaction, set with set_config(..., true) by
 * withTenant(). Unset means NULL, and NULL matches no row.
 */
export const currentMunicipality = sql`nullif(current_setting('husly.municipality_id', true), '')::integer`;
