import {
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { household, person } from './people.js';
import { staffUser } from './staff.js';
import { bytea } from './columns.js';
import { tenantColumn, tenantPolicy } from './tenant.js';


/** A request for help (henvendelse) — by paper, phone or meeting — that may open several cases. */
export const helpRequest = pgTable(
  'help_request',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    channel: text('channel').$type<'paper' | 'phone' | 'meeting' | 'digital'>().notNull(),
    summary: text('summary').notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    tenantPolicy('help_request', t.municipalityId),
  ],
).enableRLS();

/** Running case numbers per municipality and year: 2026-000123. */
export const caseNumberSequence = pgTable(
  'case_number_sequence',
  {
    municipalityId: tenantColumn(),
    year: integer('year').notNull(),
    last: integer('last').notNull(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.year] }), tenantPolicy('case_number_sequence', t.municipalityId)],
).enableRLS();

/**
 * A case (sak) with one legal basis: help under boligsosial lov §§ 6–7, a municipal rental
 * dwelling (new / change / renewal — the KOSTRA split), temporary accommodation under
 * sosialtjenesteloven § 27, or startlån/grant. Its status moves by domain transitions only.
 */
export const housingCase = pgTable(
  'housing_case',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseNumber: text('case_number').notNull(),
    requestId: uuid('request_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** The person the case is about (hovedsøker). */
    personId: uuid('person_id').notNull(),
    caseType: text('case_type').notNull(),
    /** For rental-dwelling cases: new, change (bytte) or renewal (forlengelse). */
    rentalKind: text('rental_kind'),
    status: text('status').notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    assignedToId: uuid('assigned_to_id'),
    /** The legal-basis version the case was opened under (domain/letters/legal-basis). */
    legalBasisVersion: text('legal_basis_version').notNull(),
    housingSituation: text('housing_situation'),
    needCategory: text('need_category'),
    /** The intake form beyond the columns above (special needs, income, debts, checklist…), validated by contracts. */
    application: jsonb('application').$type<Record<string, unknown>>().notNull().default({}),
    preliminaryReplySentOn: date('preliminary_reply_sent_on', { mode: 'string' }),
    decidedOn: date('decided_on', { mode: 'string' }),
    forwardedTo: text('forwarded_to'),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('housing_case_number_key').on(t.municipalityId, t.caseNumber),
    foreignKey({ columns: [t.municipalityId, t.requestId], foreignColumns: [helpRequest.municipalityId, helpRequest.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    foreignKey({ columns: [t.municipalityId, t.assignedToId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('housing_case_status_idx').on(t.municipalityId, t.status, t.receivedOn),
    index('housing_case_household_idx').on(t.municipalityId, t.householdId),
    tenantPolicy('housing_case', t.municipalityId),
  ],
).enableRLS();

/** A municipality's eligibility rule sets (versioned rule data, domain/eligibility). */
export const eligibilityRuleSet = pgTable(
  'eligibility_rule_set',
  {
    municipalityId: tenantColumn(),
    id: text('id').notNull(),
    version: integer('version').notNull(),
    effectiveFrom: date('effective_from', { mode: 'string' }).notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id, t.version] }), tenantPolicy('eligibility_rule_set', t.municipalityId)],
).enableRLS();

/** One evaluation of a case against a rule set, with every reason and any overrides. Kept for the vedtak and appeals. */
export const eligibilityEvaluation = pgTable(
  'eligibility_evaluation',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    ruleSetId: text('rule_set_id').notNull(),
    ruleSetVersion: integer('rule_set_version').notNull(),
    evaluatedOn: date('evaluated_on', { mode: 'string' }).notNull(),
    outcome: text('outcome').notNull(),
    result: jsonb('result').$type<Record<string, unknown>>().notNull(),
    overrides: jsonb('overrides').$type<Array<{ ruleId: string; reason: string }>>().notNull().default([]),
    evaluatedBy: uuid('evaluated_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    tenantPolicy('eligibility_evaluation', t.municipalityId),
  ],
).enableRLS();

/** A decision (enkeltvedtak): its content blocks, the rendered letter, dates of decision and notice. */
export const decision = pgTable(
  'decision',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    outcome: text('outcome').$type<'approved' | 'partly_approved' | 'refused'>().notNull(),
    status: text('status').$type<'draft' | 'awaiting_attestation' | 'sent'>().notNull(),
    language: text('language').$type<'nb' | 'nn'>().notNull(),
    content: jsonb('content').$type<Record<string, unknown>>().notNull(),
    html: text('html'),
    decidedOn: date('decided_on', { mode: 'string' }),
    decidedBy: uuid('decided_by').notNull(),
    attestedBy: uuid('attested_by'),
    attestedAt: timestamp('attested_at', { withTimezone: true }),
    noticeSentOn: date('notice_sent_on', { mode: 'string' }),
    appealDeadline: date('appeal_deadline', { mode: 'string' }),
    validUntil: date('valid_until', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    index('decision_case_idx').on(t.municipalityId, t.caseId),
    tenantPolicy('decision', t.municipalityId),
  ],
).enableRLS();

/** An appeal (klage) against a decision, through the first instance's review to the appeal body's outcome. */
export const appeal = pgTable(
  'appeal',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    decisionId: uuid('decision_id').notNull(),
    /** The day the appeal was posted or handed in (fvl. § 30). */
    submittedOn: date('submitted_on', { mode: 'string' }).notNull(),
    receivedOn: date('received_on', { mode: 'string' }).notNull(),
    grounds: text('grounds').notNull(),
    inTime: text('in_time').$type<'yes' | 'no'>().notNull(),
    lateByDays: integer('late_by_days'),
    status: text('status').$type<'registered' | 'reversed' | 'forwarded' | 'decided' | 'withdrawn'>().notNull(),
    reviewNote: text('review_note'),
    reviewedOn: date('reviewed_on', { mode: 'string' }),
    forwardedOn: date('forwarded_on', { mode: 'string' }),
    appealBody: text('appeal_body'),
    bodyOutcome: text('body_outcome'),
    bodyDecidedOn: date('body_decided_on', { mode: 'string' }),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    foreignKey({ columns: [t.municipalityId, t.decisionId], foreignColumns: [decision.municipalityId, decision.id] }),
    tenantPolicy('appeal', t.municipalityId),
  ],
).enableRLS();

/** A note on a case; `sensitivity` hides health and substance-use notes from roles that do not need them. */
export const caseNote = pgTable(
  'case_note',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    body: text('body').notNull(),
    sensitivity: text('sensitivity').$type<'none' | 'health' | 'substance_use'>().notNull().default('none'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    tenantPolicy('case_note', t.municipalityId),
  ],
).enableRLS();

/** An uploaded document (PDF, JPEG, PNG), content-checked, with its checklist item. */
export const caseDocument = pgTable(
  'case_document',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    checklistItem: text('checklist_item').notNull(),
    filename: text('filename').notNull(),
    mimeType: text('mime_type').notNull(),
    sizeBytes: integer('size_bytes').notNull(),
    sha256: text('sha256').notNull(),
    content: bytea('content').notNull(),
    uploadedBy: uuid('uploaded_by').notNull(),
    uploadedAt: timestamp('uploaded_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    tenantPolicy('case_document', t.municipalityId),
  ],
).enableRLS();

/** A letter sent in a case: preliminary reply, decision, forwarding, appeal cover sheet. The HTML is the sent text. */
export const letter = pgTable(
  'letter',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').$type<'preliminary_reply' | 'decision' | 'forwarding' | 'appeal_cover' | 'offer'>().notNull(),
    language: text('language').$type<'nb' | 'nn'>().notNull(),
    /** To the person, or to their fullmektig/verge (fvl. § 12). */
    recipientKind: text('recipient_kind').$type<'person' | 'representative' | 'appeal_body' | 'unit'>().notNull(),
    recipientName: text('recipient_name').notNull(),
    html: text('html').notNull(),
    sentOn: date('sent_on', { mode: 'string' }).notNull(),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    tenantPolicy('letter', t.municipalityId),
  ],
).enableRLS();
