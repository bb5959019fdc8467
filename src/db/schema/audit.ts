import { sql } from 'drizzle-orm';
import {

  index,
  integer,
  jsonb,
  pgPolicy,
  pgTable,
  primaryKey,
  text,
  timestamp,
  uuid,
} from 'drizzle-orm/pg-core';
import { municipality } from './municipality.js';
import { appRole, currentMunicipality } from './roles.js';

/**
 * Append-only event log: one row per change, written in the same transaction as the
 * change. The application role may INSERT and SELECT, never UPDATE or DELETE, and a
 * trigger refuses UPDATE and DELETE for everyone (migration 0001).
 */
export const auditEvent = pgTable(
  'audit_event',
  {
    municipalityId: integer('municipality_id')
      .notNull()
      .references(() => municipality.id),
    id: uuid('id').notNull().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    /** Null for events the system makes itself (seed, scheduled jobs). */
    actorId: uuid('actor_id'),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role'),
    type: text('type').notNull(),
    subjectType: text('subject_type'),
    subjectId: text('subject_id'),
    reason: text('reason'),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('audit_event_time_idx').on(t.municipalityId, t.occurredAt),
    index('audit_event_subject_idx').on(t.municipalityId, t.subjectId),
    pgPolicy('audit_event_read', {
      for: 'select',
      to: appRole,
      using: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
    pgPolicy('audit_event_append', {
      for: 'insert',
      to: appRole,
      withCheck: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
  ],
).enableRLS();

/**
 * Access log (innsynslogg): one row for every read of a person's record, so the
 * person and the data protection officer can see who has looked (GDPR art. 15).
 */
export const accessLog = pgTable(
  'access_log',
  {
    municipalityId: integer('municipality_id')
      .notNull()
      .references(() => municipality.id),
    id: uuid('id').notNull().defaultRandom(),
    occurredAt: timestamp('occurred_at', { withTimezone: true }).notNull(),
    actorId: uuid('actor_id').notNull(),
    actorUsername: text('actor_username'),
    actorRole: text('actor_role').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    /** What the read was for, e.g. `admin.user.view`. */
    purpose: text('purpose').notNull(),
    requestId: text('request_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('access_log_time_idx').on(t.municipalityId, t.occurredAt),
    index('access_log_subject_idx').on(t.municipalityId, t.subjectType, t.subjectId),
    pgPolicy('access_log_read', {
      for: 'select',
      to: appRole,
      using: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
    pgPolicy('access_log_append', {
      for: 'insert',
      to: appRole,
      withCheck: sql`${t.municipalityId} = ${currentMunicipality}`,
    }),
  ],
).enableRLS();

