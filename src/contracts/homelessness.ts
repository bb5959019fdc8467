import { z } from 'zod';
import { AGE_BANDS, DURATION_BANDS, GENDERS } from '../domain/homelessness/count.js';
import { HOMELESS_CATEGORIES } from '../domain/homelessness/categories.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * The homelessness count helper (issue 7 § 7): for a chosen ISO week (the national count is week 48)
 * the households known to the services in each category of the national definition and the figures
 * the count's form asks for. The caseworker and the NAV adviser see the households and the exact
 * figures and submit the week's count (once: a submitted count is final); the manager sees the
 * figures only, with counts from 1 to 4 shown as «<5».
 */

const isoDate = z.iso.date();
const cell = z.string();
const record = <K extends string>(keys: readonly [K, ...K[]]) => z.object(Object.fromEntries(keys.map((k) => [k, cell])) as Record<K, typeof cell>);

export const homelessCategorySchema = z.enum(HOMELESS_CATEGORIES);

export const countFiguresSchema = z.object({
  households: cell,
  persons: cell,
  children: cell,
  byCategory: z.object(
    Object.fromEntries(HOMELESS_CATEGORIES.map((c) => [c, z.object({ households: cell, persons: cell, children: cell })])) as Record<
      (typeof HOMELESS_CATEGORIES)[number],
      z.ZodObject<{ households: typeof cell; persons: typeof cell; children: typeof cell }>
    >,
  ),
  ageBands: record(AGE_BANDS),
  gender: record(GENDERS),
  duration: record(DURATION_BANDS),
});
export type CountFiguresText = z.infer<typeof countFiguresSchema>;

export const countQuerySchema = z.object({
  year: z.coerce.number().int().min(2000).max(2100).optional(),
  week: z.coerce.number().int().min(1).max(53).optional(),
});

export const submitCountBodySchema = z.strictObject({
  year: z.number().int().min(2000).max(2100),
  week: z.number().int().min(1).max(53),
});
export type SubmitCountBody = z.infer<typeof submitCountBodySchema>;

export const countedHouseholdSchema = z.object({
  householdId: uuidSchema,
  caseId: uuidSchema.nullable(),
  caseNumber: z.string().nullable(),
  /** The head of household's name, as the other work lists show it. */
  label: z.string(),
  category: homelessCategorySchema,
  since: isoDate,
  persons: z.number().int(),
  children: z.number().int(),
});

export const homelessnessCountSchema = z.object({
  year: z.number().int(),
  week: z.number().int(),
  from: isoDate,
  to: isoDate,
  weeksInYear: z.number().int(),
  /** True when counts from 1 to 4 are shown as «<5» (the manager). */
  suppressed: z.boolean(),
  figures: countFiguresSchema,
  /** The households counted (caseworker and NAV adviser only; null for the manager). */
  households: z.array(countedHouseholdSchema).nullable(),
  /** Households counted in the figures but not listed, because the reader may not see their cases (NAV without consent). */
  hiddenHouseholds: z.number().int(),
  canSubmit: z.boolean(),
  submitted: z.object({ submittedAt: timestampSchema, submittedByName: z.string().nullable(), figures: countFiguresSchema }).nullable(),
});
export type HomelessnessCount = z.infer<typeof homelessnessCountSchema>;
