import { z } from 'zod';

/**
 * The indicators (issue 7 § 1) and KOSTRA skjema 13 (issue 7 § 4) as the API serves them:
 * GET /api/indicators (every indicator for a period, the municipality and each district, small
 * counts shown as «<5») and GET /api/kostra/:year (the form's rows, the validation findings and
 * the comparison with last year; the manager's figures unsuppressed, the politician's with «<5»).
 */

const isoDate = z.iso.date();
const text = z.object({ nb: z.string(), en: z.string() });

/** A figure as shown: a number, «<5» for a count from 1 to 4 (or a share or median resting on one), or null when undefined. */
export const shownNumberSchema = z.union([z.number(), z.literal('<5')]);
export type ShownNumber = z.infer<typeof shownNumberSchema>;

export const indicatorValueSchema = z.object({
  value: shownNumberSchema.nullable(),
  numerator: shownNumberSchema.optional(),
  denominator: shownNumberSchema.optional(),
  observations: shownNumberSchema.optional(),
});
export type IndicatorValueDto = z.infer<typeof indicatorValueSchema>;

export const indicatorsQuerySchema = z.object({
  /** First day of the period; default 1 January this year. */
  from: isoDate.optional(),
  /** Last day (a stock is measured on it); default today. Cut to today. */
  to: isoDate.optional(),
});

export const indicatorSchema = z.object({
  id: z.string(),
  name: text,
  definition: text,
  unit: z.enum(['households', 'applications', 'cases', 'appeals', 'dwellings', 'evictions', 'participants', 'days', 'kroner', 'percent', 'per_1000_inhabitants']),
  source: z.enum(['kostra_13', 'boligsosial_monitor', 'husly']),
  kind: z.enum(['stock', 'flow']),
  parent: z.string().nullable(),
  group: z.string().nullable(),
  municipality: indicatorValueSchema,
  districts: z.array(z.object({ code: z.string(), value: indicatorValueSchema })),
  unassigned: indicatorValueSchema,
});
export type IndicatorDto = z.infer<typeof indicatorSchema>;

export const indicatorsSchema = z.object({
  /** The period computed (cut to the day the history was read). */
  period: z.object({ from: isoDate, to: isoDate }),
  asOf: isoDate,
  districts: z.array(z.object({ code: z.string(), name: z.string() })),
  indicators: z.array(indicatorSchema),
});
export type IndicatorsDto = z.infer<typeof indicatorsSchema>;

// ── KOSTRA skjema 13 ─────────────────────────────────────────────────────────────────────────

export const KOSTRA_SECTIONS = ['stock', 'applications', 'newly_housed', 'waiting_list', 'temporary', 'derived'] as const;
export type KostraSection = (typeof KOSTRA_SECTIONS)[number];

export const kostraParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

const rowUnit = z.enum(['count', 'percent', 'per_1000_inhabitants']);

export const kostraRowSchema = z.object({
  /** The row's code (stable key), e.g. `stock.municipally_owned.wheelchair`. */
  key: z.string(),
  label: text,
  unit: rowUnit,
  value: shownNumberSchema.nullable(),
});
export type KostraRowDto = z.infer<typeof kostraRowSchema>;

export const kostraFindingSchema = z.object({
  code: z.string(),
  severity: z.enum(['error', 'warning']),
  message: z.object({ nb: z.string(), nn: z.string(), en: z.string() }),
});
export type KostraFindingDto = z.infer<typeof kostraFindingSchema>;

export const kostraComparisonSchema = z.object({
  key: z.string(),
  label: text,
  unit: rowUnit,
  previous: shownNumberSchema.nullable(),
  current: shownNumberSchema.nullable(),
  /** current − previous (points for shares); null when either is missing or suppressed. */
  change: z.number().nullable(),
  /** For counts: change ÷ previous (0.25 = up 25 %). */
  changeShare: z.number().nullable(),
  unusual: z.boolean(),
});
export type KostraComparisonDto = z.infer<typeof kostraComparisonSchema>;

export const kostraSchema = z.object({
  year: z.number().int(),
  asOf: isoDate,
  /** 31 December, or the day read while the year runs. */
  measuredOn: isoDate,
  yearComplete: z.boolean(),
  /** True when counts from 1 to 4 are shown as «<5» (the politician); the manager's form is unsuppressed. */
  suppressed: z.boolean(),
  sections: z.array(z.object({ key: z.enum(KOSTRA_SECTIONS), rows: z.array(kostraRowSchema) })),
  /** The validation pass before sending to SSB (empty for the politician: it is the office's check). */
  findings: z.array(kostraFindingSchema),
  comparison: z.object({ previousYear: z.number().int(), rows: z.array(kostraComparisonSchema) }),
});
export type KostraDto = z.infer<typeof kostraSchema>;
