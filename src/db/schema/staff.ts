import { sql } from 'drizzle-orm';
import {
  boolean,
  foreignKey,
  index,
  integer,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import type { Role } from '../../domain/access/roles.js';
import { municipality } from './municipality.js';
import { appRole, authRole, currentMunicipality } from './roles.js';

/** A staff account (ansatt) of one municipality. Usernames are unique within a municipality. */
export const staffUser = pgTable(
  'staff_user',
  {
    municipalityId: integer('municipality_id')
      .notNull()
      .references(() => municipality.id),
    id: uuid('id').notNull().defaultRandom(),
    username: text('username').notNull(),
    displayName: text('display_name').notNull(),
    role: text('role').$type<Role>().notNull(),
    language: text('language').$type<'nb' | 'nn' | 'en'>().notNull().default('nb'),
    /** scrypt$N$r$p$salt$hash — see server/platform/passwords.ts. */
    passwordHash: text('password_hash').notNull(),
    active: boolean('active').notNull().default(true),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('staff_user_username_key').on(t.municipalityId, t.username),
    index('staff_user_username_idx').on(t.username),
    pgPolicy('staff_user_tenant', {
      to: appRole,
      using: sql`${t.municipalityId} = ${currentMunicipality}`,
      withCheck: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
    pgPolicy('staff_user_auth_lookup', { for: 'select', to: authRole, using: sql`true` }),
  ],
).enableRLS();

/**
 * A login session. `id` is the SHA-256 of the cookie token, so a database leak does
 * not hand out live sessions.
 */
export const staffSession = pgTable(
  'staff_session',
  {
    municipalityId: integer('municipality_id').notNull(),
    id: text('id').notNull(),
    userId: uuid('user_id').notNull(),
    csrfToken: text('csrf_token').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    expiresAt: timestamp('expires_at', { withTimezone: true }).notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('staff_session_id_idx').on(t.id),
    foreignKey({
      columns: [t.municipalityId, t.userId],
      foreignColumns: [staffUser.municipalityId, staffUser.id],
    }).onDelete('cascade'),
    pgPolicy('staff_session_tenant', {
      to: appRole,
      using: sql`${t.municipalityId} = ${currentMunicipality}`,
      withCheck: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
    pgPolicy('staff_session_auth_lookup', { for: 'select', to: authRole, using: sql`true` }),
  ],
).enableRLS();
