import { z } from 'zod';
import { QUOTA_GROUPS } from '../domain/plan/quotas.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * The social-housing action plan (boligsosial handlingsplan, issue 7 § 2) and the manager's
 * dashboard (§ 9): plans with goals, measures, targets per indicator and year, quotas for building
 * projects; every change a revision with the whole plan as it stood; the adopted plan's figures.
 * The manager edits; the politician reads.
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const year = z.coerce.number().int().min(2000).max(2100);

export const planStatusSchema = z.enum(['draft', 'adopted', 'archived']);
export const measureStatusSchema = z.enum(['planned', 'in_progress', 'done', 'cancelled']);
export const targetDirectionSchema = z.enum(['at_most', 'at_least']);
export const quotaGroupSchema = z.enum(QUOTA_GROUPS);
export const MEASURE_STATUSES = measureStatusSchema.options;

export const createPlanBodySchema = z.strictObject({ title: text(200), fromYear: year, toYear: year });
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;
export const updatePlanBodySchema = z.strictObject({ title: text(200).optional(), fromYear: year.optional(), toYear: year.optional() });
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;
export const adoptBodySchema = z.strictObject({ adoptedOn: isoDate, adoptedRef: text(100) });
export type AdoptBody = z.infer<typeof adoptBodySchema>;

export const goalBodySchema = z.strictObject({ title: text(300), description: z.string().trim().max(2000).default('') });
export type GoalBody = z.input<typeof goalBodySchema>;
export const updateGoalBodySchema = z.strictObject({ title: text(300).optional(), description: z.string().trim().max(2000).optional() });
export const reorderGoalsBodySchema = z.strictObject({ goalIds: z.array(uuidSchema).min(1).max(100) });

export const measureBodySchema = z.strictObject({
  title: text(300),
  /** The unit or role responsible (e.g. «Boligkontoret»), never a person's record. */
  owner: text(200),
  deadline: isoDate.nullable().default(null),
  status: measureStatusSchema.default('planned'),
  note: z.string().trim().max(2000).default(''),
});
export type MeasureBody = z.input<typeof measureBodySchema>;
export const updateMeasureBodySchema = z.strictObject({
  title: text(300).optional(),
  owner: text(200).optional(),
  deadline: isoDate.nullable().optional(),
  status: measureStatusSchema.optional(),
  note: z.string().trim().max(2000).optional(),
  /** Move the measure to another goal of the plan. */
  goalId: uuidSchema.optional(),
});
export type UpdateMeasureBody = z.infer<typeof updateMeasureBodySchema>;

export const targetBodySchema = z.strictObject({
  indicatorId: text(100),
  year,
  goalId: uuidSchema.nullable().default(null),
  direction: targetDirectionSchema,
  target: z.number().min(-1e9).max(1e9),
  tolerance: z.number().min(0).max(1e9).default(0),
});
export type TargetBody = z.input<typeof targetBodySchema>;

export const quotaBodySchema = z.strictObject({
  groupKey: quotaGroupSchema,
  sharePercent: z.number().gt(0).max(100),
  minUnits: z.number().int().min(0).max(100000).default(0),
});
export type QuotaBody = z.input<typeof quotaBodySchema>;

export const measureSchema = z.object({
  id: uuidSchema,
  position: z.number().int(),
  title: z.string(),
  owner: z.string(),
  deadline: isoDate.nullable(),
  status: measureStatusSchema,
  note: z.string(),
});
export const goalSchema = z.object({ id: uuidSchema, position: z.number().int(), title: z.string(), description: z.string(), measures: z.array(measureSchema) });
export const targetSchema = z.object({
  indicatorId: z.string(),
  year: z.number().int(),
  goalId: uuidSchema.nullable(),
  direction: targetDirectionSchema,
  target: z.number(),
  tolerance: z.number(),
});
export const quotaSchema = z.object({ groupKey: z.string(), sharePercent: z.number(), minUnits: z.number().int() });

/** The plan's content as a revision stores it (domain/plan/revision-diff.ts PlanSnapshot). */
export const planSnapshotSchema = z.object({
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  status: planStatusSchema,
  adoptedOn: isoDate.nullable(),
  adoptedRef: z.string().nullable(),
  goals: z.array(goalSchema),
  targets: z.array(targetSchema),
  quotas: z.array(quotaSchema),
});

export const planSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  fromYear: z.number().int(),
  toYear: z.number().int(),
  status: planStatusSchema,
  adoptedOn: isoDate.nullable(),
  adoptedRef: z.string().nullable(),
  revision: z.number().int(),
  updatedAt: timestampSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;
export const planListSchema = z.object({ plans: z.array(planSummarySchema), canEdit: z.boolean() });
export type PlanList = z.infer<typeof planListSchema>;

export const planSchema = planSnapshotSchema.extend({
  id: uuidSchema,
  revision: z.number().int(),
  updatedAt: timestampSchema,
  canEdit: z.boolean(),
});
export type PlanDto = z.infer<typeof planSchema>;

export const revisionSummarySchema = z.object({ revision: z.number().int(), revisedAt: timestampSchema, revisedBy: z.string(), summary: z.string() });
export const revisionListSchema = z.object({ revisions: z.array(revisionSummarySchema) });
export type RevisionList = z.infer<typeof revisionListSchema>;

const diffValue = z.union([z.string(), z.number(), z.boolean(), z.null()]);
export const diffEntrySchema = z.object({
  kind: z.enum(['plan', 'goal', 'measure', 'target', 'quota']),
  change: z.enum(['added', 'removed', 'changed']),
  key: z.string(),
  label: z.string(),
  goalId: z.string().optional(),
  fields: z.array(z.object({ field: z.string(), before: diffValue, after: diffValue })),
});
export type DiffEntryDto = z.infer<typeof diffEntrySchema>;
export const revisionSchema = revisionSummarySchema.extend({ snapshot: planSnapshotSchema, diff: z.array(diffEntrySchema) });
export type RevisionDto = z.infer<typeof revisionSchema>;

export const planIdParams = z.object({ id: uuidSchema });
export const goalParams = z.object({ id: uuidSchema, goalId: uuidSchema });
export const measureParams = z.object({ id: uuidSchema, measureId: uuidSchema });
export const targetParams = z.object({ id: uuidSchema, indicatorId: z.string().min(1).max(100), year });
export const quotaParams = z.object({ id: uuidSchema, groupKey: z.string().min(1).max(50) });
export const revisionParams = z.object({ id: uuidSchema, revision: z.coerce.number().int().min(1) });

/* ---------- Figures (dashboard, council report) ---------- */

/** A count 1–4 replaced by «<5» (suppressFigures); otherwise the number. */
export const SUPPRESSED_MARKER = '<5';
const shown = z.union([z.number(), z.literal(SUPPRESSED_MARKER)]);

export const indicatorValueSchema = z.object({
  value: z.number().nullable(),
  numerator: z.number().optional(),
  denominator: z.number().optional(),
  observations: z.number().optional(),
});
export const shownValueSchema = z.object({
  value: shown.nullable(),
  numerator: shown.optional(),
  denominator: shown.optional(),
  observations: shown.optional(),
});
export type ShownValue = z.infer<typeof shownValueSchema>;

const periodSchema = z.object({ from: isoDate, to: isoDate });
const textSchema = z.object({ nb: z.string(), en: z.string() });
const checkSchema = z.object({
  status: z.enum(['on_track', 'at_risk', 'off_track', 'no_data']),
  comparedWith: z.number(),
  difference: z.number().nullable(),
});

const figureRowFields = {
  indicatorId: z.string(),
  name: textSchema,
  definition: textSchema,
  unit: z.string(),
  kind: z.enum(['stock', 'flow']),
  source: z.string(),
  goalId: uuidSchema.nullable(),
  goalTitle: z.string().nullable(),
  year: z.number().int(),
  direction: targetDirectionSchema,
  target: z.number(),
  tolerance: z.number(),
  check: checkSchema,
};

export const suppressedFiguresSchema = z.object({
  asOf: isoDate,
  period: periodSchema,
  rows: z.array(
    z.object({
      ...figureRowFields,
      value: shownValueSchema,
      series: z.array(z.object({ year: z.number().int(), quarter: z.number().int(), period: periodSchema, value: shownValueSchema })),
    }),
  ),
});
export type SuppressedPlanFigures = z.infer<typeof suppressedFiguresSchema>;

export const dashboardQuerySchema = z.object({ date: isoDate.optional() });
export const dashboardSchema = z.object({
  date: isoDate,
  plan: planSummarySchema.nullable(),
  /** The plan's goals in order (rows refer to them by id). */
  goals: z.array(z.object({ id: uuidSchema, title: z.string() })),
  figures: suppressedFiguresSchema.nullable(),
  canEdit: z.boolean(),
});
export type Dashboard = z.infer<typeof dashboardSchema>;
