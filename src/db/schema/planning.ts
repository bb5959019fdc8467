import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  smallint,
  text,
  timestamp,
  uniqueIndex,
  uuid,
} from 'drizzle-orm/pg-core';
import { district } from './municipality.js';
import { staffUser } from './staff.js';
import { bytea } from './columns.js';
import { tenantColumn, tenantPolicy } from './tenant.js';


/**
 * Issue 7: the social-housing action plan (boligsosial handlingsplan) with goals, measures,
 * targets per indicator and year and quota rules for building projects; the quarterly report to
 * the council, immutable once published; building projects checked against the plan's quotas;
 * the national homelessness count (week 48) as submitted. Aggregates only: no table here holds a
 * person, a household or a case.
 */

/** An action plan for a span of years. Every change writes an {@link actionPlanRevision}. */
export const actionPlan = pgTable(
  'action_plan',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    title: text('title').notNull(),
    fromYear: smallint('from_year').notNull(),
    toYear: smallint('to_year').notNull(),
    /** draft → adopted (by the council, `adoptedOn`, `adoptedRef` e.g. «PS 45/26») → archived. */
    status: text('status').$type<'draft' | 'adopted' | 'archived'>().notNull().default('draft'),
    adoptedOn: date('adopted_on', { mode: 'string' }),
    adoptedRef: text('adopted_ref'),
    /** The plan's current revision number (1 at creation); each change adds one. */
    revision: integer('revision').notNull().default(1),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    uniqueIndex('action_plan_one_adopted').on(t.municipalityId).where(sql`${t.status} = 'adopted'`),
    check('action_plan_years_check', sql`${t.fromYear} between 2000 and 2100 and ${t.toYear} between ${t.fromYear} and ${t.fromYear} + 20`),
    check('action_plan_status_check', sql`${t.status} in ('draft', 'adopted', 'archived')`),
    check('action_plan_adopted_check', sql`(${t.status} = 'draft') or (${t.adoptedOn} is not null)`),
    tenantPolicy('action_plan', t.municipalityId),
  ],
).enableRLS();

/** A goal of the plan (e.g. «Færre barnefamilier i midlertidig botilbud»). */
export const actionPlanGoal = pgTable(
  'action_plan_goal',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    description: text('description').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }).onDelete('cascade'),
    index('action_plan_goal_plan_idx').on(t.municipalityId, t.planId, t.position),
    tenantPolicy('action_plan_goal', t.municipalityId),
  ],
).enableRLS();

/** A measure (tiltak) under a goal, with its owner (a unit or role, not a person's record) and deadline. */
export const actionPlanMeasure = pgTable(
  'action_plan_measure',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id').notNull(),
    goalId: uuid('goal_id').notNull(),
    position: integer('position').notNull(),
    title: text('title').notNull(),
    owner: text('owner').notNull(),
    deadline: date('deadline', { mode: 'string' }),
    status: text('status').$type<'planned' | 'in_progress' | 'done' | 'cancelled'>().notNull().default('planned'),
    note: text('note').notNull().default(''),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [actionPlanGoal.municipalityId, actionPlanGoal.id] }).onDelete('cascade'),
    index('action_plan_measure_goal_idx').on(t.municipalityId, t.goalId, t.position),
    check('action_plan_measure_status_check', sql`${t.status} in ('planned', 'in_progress', 'done', 'cancelled')`),
    tenantPolicy('action_plan_measure', t.municipalityId),
  ],
).enableRLS();

/**
 * A target for one indicator (domain/indicators id) in one year of the plan, under a goal:
 * `at_most` (fewer is better, e.g. stays over 3 months, target 0) or `at_least`. `tolerance`
 * is the margin, in the indicator's unit, within which a miss is «at risk» rather than «off track».
 */
export const actionPlanTarget = pgTable(
  'action_plan_target',
  {
    municipalityId: tenantColumn(),
    planId: uuid('plan_id').notNull(),
    indicatorId: text('indicator_id').notNull(),
    year: smallint('year').notNull(),
    goalId: uuid('goal_id'),
    direction: text('direction').$type<'at_most' | 'at_least'>().notNull(),
    target: numeric('target', { precision: 12, scale: 2, mode: 'number' }).notNull(),
    tolerance: numeric('tolerance', { precision: 12, scale: 2, mode: 'number' }).notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.planId, t.indicatorId, t.year] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }).onDelete('cascade'),
    foreignKey({ columns: [t.municipalityId, t.goalId], foreignColumns: [actionPlanGoal.municipalityId, actionPlanGoal.id] }).onDelete('set null'),
    check('action_plan_target_direction_check', sql`${t.direction} in ('at_most', 'at_least')`),
    check('action_plan_target_tolerance_check', sql`${t.tolerance} >= 0 and ${t.year} between 2000 and 2100`),
    tenantPolicy('action_plan_target', t.municipalityId),
  ],
).enableRLS();

/**
 * A quota the plan sets for new building projects (Sandnes: every project is checked against it):
 * in projects of at least `minUnits` units, at least `sharePercent` % of the units for `groupKey`
 * (people with disabilities, the elderly, municipal rental, rent-to-own …).
 */
export const actionPlanQuota = pgTable(
  'action_plan_quota',
  {
    municipalityId: tenantColumn(),
    planId: uuid('plan_id').notNull(),
    groupKey: text('group_key').notNull(),
    sharePercent: numeric('share_percent', { precision: 5, scale: 2, mode: 'number' }).notNull(),
    minUnits: integer('min_units').notNull().default(0),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.planId, t.groupKey] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }).onDelete('cascade'),
    check('action_plan_quota_check', sql`${t.sharePercent} > 0 and ${t.sharePercent} <= 100 and ${t.minUnits} >= 0`),
    tenantPolicy('action_plan_quota', t.municipalityId),
  ],
).enableRLS();

/** The plan as it stood after each change: who, when, what (summary) and the whole plan (snapshot). Insert-only. */
export const actionPlanRevision = pgTable(
  'action_plan_revision',
  {
    municipalityId: tenantColumn(),
    planId: uuid('plan_id').notNull(),
    revision: integer('revision').notNull(),
    revisedBy: uuid('revised_by').notNull(),
    revisedAt: timestamp('revised_at', { withTimezone: true }).notNull().defaultNow(),
    summary: text('summary').notNull(),
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>().notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.planId, t.revision] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }),
    foreignKey({ columns: [t.municipalityId, t.revisedBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    tenantPolicy('action_plan_revision', t.municipalityId),
  ],
).enableRLS();

/**
 * A report to the council for a period (usually a quarter). A draft holds the manager's narrative;
 * publishing stores the figures (`snapshot`), the data version they were computed from and the
 * tagged PDF, after which the row cannot change or be deleted (trigger in the migration).
 */
export const councilReport = pgTable(
  'council_report',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    planId: uuid('plan_id'),
    title: text('title').notNull(),
    periodFrom: date('period_from', { mode: 'string' }).notNull(),
    periodTo: date('period_to', { mode: 'string' }).notNull(),
    status: text('status').$type<'draft' | 'published'>().notNull().default('draft'),
    language: text('language').$type<'nb' | 'nn' | 'en'>().notNull().default('nb'),
    /** The narrative sections the manager writes: [{ key, heading, text }]. */
    narrative: jsonb('narrative').$type<Array<{ key: string; heading: string; text: string }>>().notNull().default([]),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
    publishedAt: timestamp('published_at', { withTimezone: true }),
    publishedBy: uuid('published_by'),
    /** The data version: the history's asOf and a SHA-256 of the facts the figures came from. */
    dataVersion: text('data_version'),
    /** The figures as published (indicator values, quarterly series, targets, statuses), small counts already suppressed. */
    snapshot: jsonb('snapshot').$type<Record<string, unknown>>(),
    pdf: bytea('pdf'),
    /** The published report this one is compared with (the one before it). */
    previousReportId: uuid('previous_report_id'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.planId], foreignColumns: [actionPlan.municipalityId, actionPlan.id] }),
    foreignKey({ columns: [t.municipalityId, t.createdBy], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('council_report_period_idx').on(t.municipalityId, t.periodTo),
    check('council_report_status_check', sql`${t.status} in ('draft', 'published')`),
    check('council_report_period_check', sql`${t.periodTo} >= ${t.periodFrom}`),
    check(
      'council_report_published_check',
      sql`(${t.status} = 'draft') = (${t.publishedAt} is null) and (${t.status} = 'draft' or (${t.snapshot} is not null and ${t.dataVersion} is not null and ${t.pdf} is not null and ${t.publishedBy} is not null))`,
    ),
    tenantPolicy('council_report', t.municipalityId),
  ],
).enableRLS();

/**
 * A zoning plan (reguleringsplan) or building project (byggeprosjekt), from registration through the
 * start-up meeting (oppstartsmøte) to completion, with its quota units and review checklist.
 */
export const buildingProject = pgTable(
  'building_project',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').$type<'zoning_plan' | 'building_project'>().notNull(),
    name: text('name').notNull(),
    /** PlanID or case number in the planning system. */
    reference: text('reference').notNull().default(''),
    developer: text('developer').notNull().default(''),
    districtCode: text('district_code'),
    unitsTotal: integer('units_total').notNull(),
    status: text('status')
      .$type<'registered' | 'startup_meeting' | 'in_review' | 'approved' | 'under_construction' | 'completed' | 'cancelled'>()
      .notNull()
      .default('registered'),
    startupMeetingOn: date('startup_meeting_on', { mode: 'string' }),
    expectedCompletionOn: date('expected_completion_on', { mode: 'string' }),
    completedOn: date('completed_on', { mode: 'string' }),
    note: text('note').notNull().default(''),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
    updatedAt: timestamp('updated_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.districtCode], foreignColumns: [district.municipalityId, district.code] }),
    check('building_project_kind_check', sql`${t.kind} in ('zoning_plan', 'building_project')`),
    check(
      'building_project_status_check',
      sql`${t.status} in ('registered', 'startup_meeting', 'in_review', 'approved', 'under_construction', 'completed', 'cancelled')`,
    ),
    check('building_project_units_check', sql`${t.unitsTotal} between 1 and 100000`),
    check('building_project_completed_check', sql`(${t.status} = 'completed') = (${t.completedOn} is not null)`),
    tenantPolicy('building_project', t.municipalityId),
  ],
).enableRLS();

/** The units a project sets aside for a quota group (the plan's {@link actionPlanQuota} group keys). */
export const buildingProjectQuota = pgTable(
  'building_project_quota',
  {
    municipalityId: tenantColumn(),
    projectId: uuid('project_id').notNull(),
    groupKey: text('group_key').notNull(),
    plannedUnits: integer('planned_units').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.projectId, t.groupKey] }),
    foreignKey({ columns: [t.municipalityId, t.projectId], foreignColumns: [buildingProject.municipalityId, buildingProject.id] }).onDelete('cascade'),
    check('building_project_quota_units_check', sql`${t.plannedUnits} >= 0`),
    tenantPolicy('building_project_quota', t.municipalityId),
  ],
).enableRLS();

/** One item of the start-up meeting's review checklist for a project: done or not, with a note. */
export const buildingProjectCheck = pgTable(
  'building_project_check',
  {
    municipalityId: tenantColumn(),
    projectId: uuid('project_id').notNull(),
    itemKey: text('item_key').notNull(),
    done: boolean('done').notNull().default(false),
    note: text('note').notNull().default(''),
    checkedBy: uuid('checked_by'),
    checkedAt: timestamp('checked_at', { withTimezone: true }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.projectId, t.itemKey] }),
    foreignKey({ columns: [t.municipalityId, t.projectId], foreignColumns: [buildingProject.municipalityId, buildingProject.id] }).onDelete('cascade'),
    tenantPolicy('building_project_check', t.municipalityId),
  ],
).enableRLS();

/**
 * The national homelessness count (kartlegging av bostedsløse, NIBR/OsloMet for Husbanken) as the
 * municipality submitted it for a year's week (week 48): the aggregate figures only, no persons.
 */
export const homelessnessCount = pgTable(
  'homelessness_count',
  {
    municipalityId: tenantColumn(),
    year: smallint('year').notNull(),
    week: smallint('week').notNull(),
    figures: jsonb('figures').$type<Record<string, unknown>>().notNull(),
    submittedBy: uuid('submitted_by').notNull(),
    submittedAt: timestamp('submitted_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.year, t.week] }),
    check('homelessness_count_week_check', sql`${t.week} between 1 and 53 and ${t.year} between 2000 and 2100`),
    tenantPolicy('homelessness_count', t.municipalityId),
  ],
).enableRLS();
