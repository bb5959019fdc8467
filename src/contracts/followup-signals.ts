/**
 * Early warning and the home visit after move-in (issue 6 points 3–4): the municipality's dated
 * thresholds (GET/PUT /api/followup/settings) and the run that raises the tasks
 * (POST /api/followup/signals/run). The tasks themselves are served by the tasks area.
 */
import { z } from 'zod';
import { timestampSchema } from './common.js';

const isoDate = z.iso.date();

/**
 * The five thresholds. Whole numbers and their ranges are checked by the service
 * (domain/followup/early-warning.ts THRESHOLD_LIMITS), so an out-of-range value gets a message
 * that names its range.
 */
export const thresholdsSchema = z.object({
  arrearsKroner: z.number(),
  missedVisits: z.number(),
  leaseEndsWithinDays: z.number(),
  temporaryStayMonths: z.number(),
  moveInVisitAfterDays: z.number(),
});
export type Thresholds = z.infer<typeof thresholdsSchema>;

/** A new dated row: the thresholds from `validFrom` (today or later; the same date again replaces that row). */
export const saveSettingsBodySchema = thresholdsSchema.extend({ validFrom: isoDate });
export type SaveSettingsBody = z.infer<typeof saveSettingsBodySchema>;

export const settingsRowSchema = thresholdsSchema.extend({
  validFrom: isoDate,
  updatedAt: timestampSchema,
  /** Display name of the admin who saved the row, when known. */
  updatedBy: z.string().nullable(),
});
export type SettingsRow = z.infer<typeof settingsRowSchema>;

const limitSchema = z.object({ min: z.number(), max: z.number() });

export const settingsSchema = z.object({
  today: isoDate,
  /** The thresholds in force today; `validFrom` null means the defaults (no row yet). */
  inForce: thresholdsSchema.extend({ validFrom: isoDate.nullable() }),
  defaults: thresholdsSchema,
  limits: z.object({
    arrearsKroner: limitSchema,
    missedVisits: limitSchema,
    leaseEndsWithinDays: limitSchema,
    temporaryStayMonths: limitSchema,
    moveInVisitAfterDays: limitSchema,
  }),
  /** Every dated row, the latest first (future rows included). */
  history: z.array(settingsRowSchema),
  /** Whether the actor may add a row (the admin). */
  canEdit: z.boolean(),
});
export type FollowupSettings = z.infer<typeof settingsSchema>;

export const signalsRunSchema = z.object({
  today: isoDate,
  /** Open follow-up plans looked at. */
  plans: z.number().int(),
  earlyWarningTasksRaised: z.number().int(),
  moveInVisitTasksRaised: z.number().int(),
});
export type FollowupSignalsRun = z.infer<typeof signalsRunSchema>;
