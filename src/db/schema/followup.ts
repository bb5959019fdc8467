import { sql } from 'drizzle-orm';
import { check, date, foreignKey, index, integer, jsonb, pgTable, primaryKey, smallint, text, timestamp, uniqueIndex, uuid } from 'drizzle-orm/pg-core';
import { dwelling, lease } from './dwellings.js';
import { household, person } from './people.js';
import { staffUser } from './staff.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * Follow-up (oppfølging) after — or on the way to — a dwelling: the household's plan with its
 * services, goals, agreed visit frequency, visits and notes; the Housing First programme with its
 * targets and fidelity self-assessments; the early-warning thresholds that turn tenancy signals
 * into tasks for the responsible worker (issue 6, domain.md §§ 7, 10.2).
 * Who may read a plan follows the consent register (domain/access/followup-access.ts).
 */

/** One follow-up plan per household at a time (partial unique index on the open plan). */
export const followupPlan = pgTable(
  'followup_plan',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    /** The team responsible (domain/followup FOLLOWUP_TEAMS). */
    responsibleTeam: text('responsible_team').notNull(),
    /** The worker who gets the household's visits and early-warning tasks. */
    responsibleWorkerId: uuid('responsible_worker_id').notNull(),
    /** The household's own goals, in its words (short list). */
    goals: jsonb('goals').$type<string[]>().notNull().default([]),
    /** Agreed visit frequency in days; null when no regular visits are agreed. */
    visitEveryDays: integer('visit_every_days'),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.responsibleWorkerId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    uniqueIndex('followup_plan_one_open').on(t.municipalityId, t.householdId).where(sql`${t.endedOn} is null`),
    index('followup_plan_worker_idx').on(t.municipalityId, t.responsibleWorkerId),
    check('followup_plan_frequency_check', sql`${t.visitEveryDays} is null or ${t.visitEveryDays} between 1 and 365`),
    check('followup_plan_dates_check', sql`${t.endedOn} is null or ${t.endedOn} >= ${t.startedOn}`),
    tenantPolicy('followup_plan', t.municipalityId),
  ],
).enableRLS();

/** A service the household receives under the plan (Housing First, bo-oppfølging, ROP team, NAV youth adviser, caretaker…). */
export const followupService = pgTable(
  'followup_service',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    kind: text('kind').notNull(),
    /** The team or agency that provides it, as they call themselves. */
    provider: text('provider').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    endedOn: date('ended_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [followupPlan.municipalityId, followupPlan.id] }),
    index('followup_service_plan_idx').on(t.municipalityId, t.planId),
    tenantPolicy('followup_service', t.municipalityId),
  ],
).enableRLS();

/**
 * A visit or contact (planned, held, missed or cancelled). `kind` move_in_visit is the home visit
 * after move-in (Trondheim's «Ny Vri»), whose `checklist` holds the short checklist's answers.
 */
export const followupContact = pgTable(
  'followup_contact',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    kind: text('kind').notNull(),
    status: text('status').$type<'planned' | 'held' | 'missed' | 'cancelled'>().notNull(),
    plannedOn: date('planned_on', { mode: 'string' }).notNull(),
    /** Local time of day, HH:MM, when agreed. */
    plannedTime: text('planned_time'),
    heldOn: date('held_on', { mode: 'string' }),
    workerId: uuid('worker_id').notNull(),
    checklist: jsonb('checklist').$type<Record<string, boolean>>(),
    /** A short, non-sensitive summary; anything sensitive goes in a flagged note. */
    summary: text('summary'),
    /** The lease whose move-in this visit follows up (move_in_visit). */
    leaseId: uuid('lease_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [followupPlan.municipalityId, followupPlan.id] }),
    foreignKey({ columns: [t.municipalityId, t.workerId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    index('followup_contact_plan_idx').on(t.municipalityId, t.planId, t.plannedOn),
    index('followup_contact_worker_idx').on(t.municipalityId, t.workerId, t.plannedOn),
    check('followup_contact_status_check', sql`${t.status} in ('planned', 'held', 'missed', 'cancelled')`),
    check('followup_contact_held_check', sql`(${t.status} = 'held') = (${t.heldOn} is not null)`),
    tenantPolicy('followup_contact', t.municipalityId),
  ],
).enableRLS();

/** A note on the follow-up, with the sensitivity flag of the cases area (health, substance use). */
export const followupNote = pgTable(
  'followup_note',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    text: text('text').notNull(),
    sensitivity: text('sensitivity').$type<'none' | 'health' | 'substance_use'>().notNull().default('none'),
    authorId: uuid('author_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [followupPlan.municipalityId, followupPlan.id] }),
    foreignKey({ columns: [t.municipalityId, t.authorId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('followup_note_plan_idx').on(t.municipalityId, t.planId),
    check('followup_note_sensitivity_check', sql`${t.sensitivity} in ('none', 'health', 'substance_use')`),
    tenantPolicy('followup_note', t.municipalityId),
  ],
).enableRLS();

/**
 * Early-warning thresholds per municipality, dated (the row in force on a date is the latest
 * valid_from ≤ that date). Signals past a threshold become one task each for the responsible worker.
 */
export const followupSettings = pgTable(
  'followup_settings',
  {
    municipalityId: tenantColumn(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    /** Arrears in whole kroner that raise a task. */
    arrearsKroner: integer('arrears_kroner').notNull(),
    /** Missed visits in a row that raise a task. */
    missedVisits: integer('missed_visits').notNull(),
    /** Days before a lease ends that raise a task. */
    leaseEndsWithinDays: integer('lease_ends_within_days').notNull(),
    /** Months a temporary stay may last before it raises a task. */
    temporaryStayMonths: integer('temporary_stay_months').notNull(),
    /** Days after a lease starts that the home visit falls due. */
    moveInVisitAfterDays: integer('move_in_visit_after_days').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.validFrom] }),
    check(
      'followup_settings_range_check',
      sql`${t.arrearsKroner} >= 0 and ${t.missedVisits} between 1 and 20 and ${t.leaseEndsWithinDays} between 1 and 365 and ${t.temporaryStayMonths} between 1 and 24 and ${t.moveInVisitAfterDays} between 0 and 180`,
    ),
    tenantPolicy('followup_settings', t.municipalityId),
  ],
).enableRLS();

/**
 * A Housing First participant: enrolment (date, referral, consent), the participant's own choice
 * of area and dwelling type (passed to the allocation rules), housed date, team and exit.
 */
export const housingFirstParticipant = pgTable(
  'housing_first_participant',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    householdId: uuid('household_id').notNull(),
    enrolledOn: date('enrolled_on', { mode: 'string' }).notNull(),
    referredBy: text('referred_by').notNull(),
    consentGivenOn: date('consent_given_on', { mode: 'string' }).notNull(),
    /** The participant's own choice: district codes, dwelling types and specific dwellings. */
    chosenDistricts: jsonb('chosen_districts').$type<string[]>().notNull().default([]),
    chosenDwellingTypes: jsonb('chosen_dwelling_types').$type<string[]>().notNull().default([]),
    chosenDwellingIds: jsonb('chosen_dwelling_ids').$type<string[]>().notNull().default([]),
    team: text('team').notNull(),
    housedOn: date('housed_on', { mode: 'string' }),
    leaseId: uuid('lease_id'),
    exitedOn: date('exited_on', { mode: 'string' }),
    exitReason: text('exit_reason'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    uniqueIndex('housing_first_one_active').on(t.municipalityId, t.personId).where(sql`${t.exitedOn} is null`),
    check('housing_first_exit_check', sql`(${t.exitedOn} is null) = (${t.exitReason} is null)`),
    check('housing_first_dates_check', sql`(${t.housedOn} is null or ${t.housedOn} >= ${t.enrolledOn}) and (${t.exitedOn} is null or ${t.exitedOn} >= ${t.enrolledOn})`),
    tenantPolicy('housing_first_participant', t.municipalityId),
  ],
).enableRLS();

/** The programme's target number of participants per year (e.g. Sandnes: 15). */
export const housingFirstTarget = pgTable(
  'housing_first_target',
  {
    municipalityId: tenantColumn(),
    year: smallint('year').notNull(),
    participants: integer('participants').notNull(),
    updatedBy: uuid('updated_by'),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.year] }),
    check('housing_first_target_check', sql`${t.participants} between 0 and 10000 and ${t.year} between 2000 and 2100`),
    tenantPolicy('housing_first_target', t.municipalityId),
  ],
).enableRLS();

/**
 * A fidelity self-assessment over the Pathways Housing First scale: each item scored 1–4
 * (`scores`: item id → score); domain and total scores are computed (domain/followup/fidelity.ts).
 */
export const fidelityAssessment = pgTable(
  'fidelity_assessment',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    assessedOn: date('assessed_on', { mode: 'string' }).notNull(),
    scaleVersion: text('scale_version').notNull(),
    scores: jsonb('scores').$type<Record<string, number>>().notNull(),
    note: text('note'),
    assessedBy: uuid('assessed_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.assessedBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('fidelity_assessment_date_idx').on(t.municipalityId, t.assessedOn),
    tenantPolicy('fidelity_assessment', t.municipalityId),
  ],
).enableRLS();

/**
 * Rent-to-own (leie til eie): a tenant in a dwelling with rent-to-own potential, the plan, the
 * start-loan case, and the outcome «moved to owned home» (feeds the indicators).
 */
export const rentToOwnPlan = pgTable(
  'rent_to_own_plan',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    leaseId: uuid('lease_id').notNull(),
    dwellingId: uuid('dwelling_id').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** The plan in words: savings, debt, income steps, the target date. */
    plan: text('plan').notNull(),
    targetOn: date('target_on', { mode: 'string' }),
    /** The start-loan case (housing_case of type startlan), once applied for. */
    startLoanCaseId: uuid('start_loan_case_id'),
    status: text('status').$type<'active' | 'moved_to_owned' | 'ended'>().notNull().default('active'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    outcomeNote: text('outcome_note'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    foreignKey({ columns: [t.municipalityId, t.dwellingId], foreignColumns: [dwelling.municipalityId, dwelling.id] }),
    uniqueIndex('rent_to_own_one_active').on(t.municipalityId, t.leaseId).where(sql`${t.status} = 'active'`),
    check('rent_to_own_status_check', sql`${t.status} in ('active', 'moved_to_owned', 'ended')`),
    check('rent_to_own_outcome_check', sql`(${t.status} = 'active') = (${t.outcomeOn} is null)`),
    tenantPolicy('rent_to_own_plan', t.municipalityId),
  ],
).enableRLS();

/**
 * A municipality's own value of a calculator parameter (startlån, bostøtte) from a date, overriding
 * the published table in domain/calculators; entered by the municipality admin with its source.
 */
export const calculatorParameter = pgTable(
  'calculator_parameter',
  {
    municipalityId: tenantColumn(),
    key: text('key').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    value: jsonb('value').$type<unknown>().notNull(),
    source: text('source').notNull(),
    updatedBy: uuid('updated_by').notNull(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.key, t.validFrom] }),
    foreignKey({ columns: [t.municipalityId, t.updatedBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    tenantPolicy('calculator_parameter', t.municipalityId),
  ],
).enableRLS();
