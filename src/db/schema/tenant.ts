import { sql } from 'drizzle-orm';
import { integer, pgPolicy } from 'drizzle-orm/pg-core';
import { municipality } from './municipality.js';
import { appRole, currentMunicipality } from './roles.js';

/** The tenant column every municipal table starts with (docs/adr/0002). */
export const tenantColumn = () =>
  integer('municipality_id')
    .notNull()
    .references(() => municipality.id);

/** The standard tenant policy: husly_app sees and writes only the current municipality's rows. */
export const tenantPolicy = (table: string, column: { name: string }) =>
  pgPolicy(`${table}_tenant`, {
    to: appRole,
    using: sql`${sql.identifier(column.name)} = ${currentMunicipality}`,
    withCheck: sql`${sql.identifier(column.name)} = ${currentMunicipality}`,
  });
