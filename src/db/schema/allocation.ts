import { sql } from 'drizzle-orm';
import { boolean, check, date, doublePrecision, foreignKey, index, integer, jsonb, pgTable, primaryKey, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { decision, housingCase, letter } from './cases.js';
import { dwelling, lease } from './dwellings.js';
import { household } from './people.js';
import { staffUser } from './staff.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * The waiting list (venteliste) is derived, not stored: every rental-dwelling case with a sent
 * approval still valid and no dwelling yet (allocation.repo.ts). What is stored here is what a
 * person decided: a caseworker's priority override, each allocation round exactly as it ran,
 * and the offers (tilbud) made from it (docs/adr/0013).
 */

/** A caseworker's override of a household's computed priority, with the written reason. One active per case. */
export const priorityOverride = pgTable(
  'priority_override',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    points: integer('points').notNull(),
    reason: text('reason').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    revokedAt: timestamp('revoked_at', { withTimezone: true }),
    revokedBy: uuid('revoked_by'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    foreignKey({ columns: [t.municipalityId, t.createdBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    uniqueIndex('priority_override_one_active').on(t.municipalityId, t.caseId).where(sql`${t.revokedAt} is null`),
    check('priority_override_points_check', sql`${t.points} between 1 and 1000`),
    check('priority_override_reason_check', sql`length(${t.reason}) >= 10`),
    tenantPolicy('priority_override', t.municipalityId),
  ],
).enableRLS();

/**
 * One allocation round (tildelingsrunde) as it ran: its seed, the rule versions, the canonical
 * input and its SHA-256, and the result. Re-running the stored input reproduces the result
 * exactly (for appeals and audits).
 */
export const allocationRound = pgTable(
  'allocation_round',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    runOn: date('run_on', { mode: 'string' }).notNull(),
    runBy: uuid('run_by').notNull(),
    seed: integer('seed').notNull(),
    ruleVersions: jsonb('rule_versions').$type<Record<string, unknown>>().notNull(),
    /** The canonical round input (domain/allocation canonicalRoundInput), as text so the hash is of these exact bytes. */
    input: text('input').notNull(),
    inputHash: text('input_hash').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    objective: doublePrecision('objective').notNull(),
    bound: doublePrecision('bound').notNull(),
    gap: doublePrecision('gap').notNull(),
    optimal: boolean('optimal').notNull(),
    /** The caseworkers' choice per vacancy after the meeting: { [dwellingId]: householdId | null }. */
    choices: jsonb('choices').$type<Record<string, string | null>>().notNull().default({}),
    offersSentAt: timestamp('offers_sent_at', { withTimezone: true }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.runBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('allocation_round_run_idx').on(t.municipalityId, t.createdAt),
    tenantPolicy('allocation_round', t.municipalityId),
  ],
).enableRLS();

/**
 * An offer (tilbud) of one dwelling to one household on the waiting list. A pending offer
 * reserves the dwelling: at most one pending offer per dwelling and per case (partial unique
 * indexes), taken under a row lock on the dwelling.
 */
export const offer = pgTable(
  'offer',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    roundId: uuid('round_id'),
    dwellingId: uuid('dwelling_id').notNull(),
    householdId: uuid('household_id').notNull(),
    caseId: uuid('case_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    status: text('status').$type<'pending' | 'accepted' | 'refused' | 'expired' | 'withdrawn'>().notNull(),
    offeredOn: date('offered_on', { mode: 'string' }).notNull(),
    answerDeadline: date('answer_deadline', { mode: 'string' }).notNull(),
    moveInDate: date('move_in_date', { mode: 'string' }).notNull(),
    monthlyRent: integer('monthly_rent').notNull(),
    language: text('language').$type<'nb' | 'nn'>().notNull(),
    /** The offer letter as sent, in the case's letters. */
    letterId: uuid('letter_id').notNull(),
    answeredOn: date('answered_on', { mode: 'string' }),
    refusalReason: text('refusal_reason'),
    refusalNote: text('refusal_note'),
    refusalReasonable: boolean('refusal_reasonable'),
    refusalConsequence: text('refusal_consequence'),
    leaseId: uuid('lease_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.roundId], foreignColumns: [allocationRound.municipalityId, allocationRound.id] }),
    foreignKey({ columns: [t.municipalityId, t.dwellingId], foreignColumns: [dwelling.municipalityId, dwelling.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    foreignKey({ columns: [t.municipalityId, t.decisionId], foreignColumns: [decision.municipalityId, decision.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    foreignKey({ columns: [t.municipalityId, t.letterId], foreignColumns: [letter.municipalityId, letter.id] }),
    uniqueIndex('offer_one_pending_per_dwelling').on(t.municipalityId, t.dwellingId).where(sql`${t.status} = 'pending'`),
    uniqueIndex('offer_one_pending_per_case').on(t.municipalityId, t.caseId).where(sql`${t.status} = 'pending'`),
    index('offer_case_idx').on(t.municipalityId, t.caseId),
    check('offer_status_check', sql`${t.status} in ('pending', 'accepted', 'refused', 'expired', 'withdrawn')`),
    check('offer_deadline_check', sql`${t.answerDeadline} >= ${t.offeredOn}`),
    check('offer_refusal_check', sql`(${t.status} = 'refused') = (${t.refusalReason} is not null)`),
    tenantPolicy('offer', t.municipalityId),
  ],
).enableRLS();
