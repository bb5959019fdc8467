import { z } from 'zod';
import { NARRATIVE_KEYS } from '../domain/reports/narrative.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * The quarterly report to the municipal council (rapport til kommunestyret, issue 7 § 3): drafts
 * with the manager's narrative, the live preview, publishing as an immutable snapshot with its data
 * version and tagged PDF, the archive and the comparison with the previous report. Aggregates only;
 * counts from 1 to 4 come as «<5» (`suppressed`).
 */

const isoDate = z.iso.date();
const text = z.object({ nb: z.string(), en: z.string() });
const statusSchema = z.enum(['on_track', 'at_risk', 'off_track', 'no_data']);
const unitSchema = z.enum(['households', 'applications', 'cases', 'appeals', 'dwellings', 'evictions', 'participants', 'days', 'kroner', 'percent', 'per_1000_inhabitants']);
export const reportValueSchema = z.object({ value: z.number().nullable(), suppressed: z.boolean() });

export const narrativeSectionSchema = z.object({ key: z.enum(NARRATIVE_KEYS), heading: z.string(), text: z.string() });

export const reportIndicatorSchema = z.object({
  id: z.string(),
  name: text,
  definition: text,
  unit: unitSchema,
  kind: z.enum(['stock', 'flow']),
  source: z.enum(['kostra_13', 'boligsosial_monitor', 'husly']),
  value: reportValueSchema,
  target: z.object({ year: z.number(), direction: z.enum(['at_most', 'at_least']), value: z.number(), tolerance: z.number(), comparedWith: z.number() }).nullable(),
  status: statusSchema.nullable(),
  series: z.array(z.object({ year: z.number(), quarter: z.number(), label: z.string(), value: reportValueSchema })),
});

export const reportModelSchema = z.object({
  format: z.literal(1),
  title: z.string(),
  language: z.enum(['nb', 'nn', 'en']),
  municipality: z.object({ name: z.string(), kommunenummer: z.string() }),
  period: z.object({ from: isoDate, to: isoDate }),
  periodLabel: z.string(),
  plan: z.object({ id: z.string(), title: z.string(), fromYear: z.number(), toYear: z.number(), adoptedRef: z.string().nullable() }).nullable(),
  asOf: isoDate,
  dataVersion: z.string().nullable(),
  publishedOn: isoDate.nullable(),
  narrative: z.array(narrativeSectionSchema),
  goals: z.array(z.object({ goalId: z.string().nullable(), title: z.string(), indicators: z.array(reportIndicatorSchema) })),
});

export const reportComparisonSchema = z.object({
  current: z.object({ periodLabel: z.string(), dataVersion: z.string().nullable() }),
  previous: z.object({ periodLabel: z.string(), dataVersion: z.string().nullable() }),
  rows: z.array(
    z.object({
      id: z.string(),
      name: text,
      unit: unitSchema,
      current: reportValueSchema.nullable(),
      previous: reportValueSchema.nullable(),
      change: z.number().nullable(),
      statusFrom: statusSchema.nullable(),
      statusTo: statusSchema.nullable(),
      statusChange: z.enum(['improved', 'worsened', 'unchanged', 'new', 'removed', 'not_comparable']),
    }),
  ),
});

export const reportSummarySchema = z.object({
  id: uuidSchema,
  title: z.string(),
  status: z.enum(['draft', 'published']),
  periodFrom: isoDate,
  periodTo: isoDate,
  periodLabel: z.string(),
  language: z.enum(['nb', 'nn', 'en']),
  createdAt: timestampSchema,
  updatedAt: timestampSchema,
  publishedAt: timestampSchema.nullable(),
  dataVersion: z.string().nullable(),
});

export const reportListSchema = z.object({
  /** The manager's drafts; empty for the politician. */
  drafts: z.array(reportSummarySchema),
  /** Published reports, newest period first. */
  published: z.array(reportSummarySchema),
  canManage: z.boolean(),
  /** The adopted plan new reports are linked to. */
  adoptedPlan: z.object({ id: uuidSchema, title: z.string() }).nullable(),
  today: isoDate,
});

export const reportDetailSchema = reportSummarySchema.extend({
  planId: uuidSchema.nullable(),
  narrative: z.array(narrativeSectionSchema),
  previousReportId: uuidSchema.nullable(),
  /** The published snapshot; null for a draft (its figures come from the preview). */
  snapshot: reportModelSchema.nullable(),
  canManage: z.boolean(),
});

/** A quarter (year + quarter) or any period (from/to); the service says which field is missing. */
export const createReportBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100).optional(),
  quarter: z.number().int().min(1).max(4).optional(),
  from: isoDate.optional(),
  to: isoDate.optional(),
  title: z.string().max(1000).optional(),
  language: z.enum(['nb', 'nn', 'en']).optional(),
});

export const updateReportBodySchema = z.strictObject({
  title: z.string().max(1000).optional(),
  narrative: z.array(z.object({ key: z.string().max(50), heading: z.string().max(1000), text: z.string().max(100_000) })).max(20).optional(),
});

export type ReportModelDto = z.infer<typeof reportModelSchema>;
export type ReportComparisonDto = z.infer<typeof reportComparisonSchema>;
export type ReportSummary = z.infer<typeof reportSummarySchema>;
export type ReportList = z.infer<typeof reportListSchema>;
export type ReportDetail = z.infer<typeof reportDetailSchema>;
export type CreateReportBody = z.infer<typeof createReportBodySchema>;
export type UpdateReportBody = z.infer<typeof updateReportBodySchema>;
