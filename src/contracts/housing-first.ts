import { z } from 'zod';
import { DWELLING_TYPES } from '../domain/dwellings/kinds.js';
import { FIDELITY_DOMAIN_IDS } from '../domain/followup/fidelity-scale.js';
import { HOUSING_FIRST_EXIT_REASONS, HOUSING_FIRST_REFERRAL_SOURCES } from '../domain/followup/housing-first.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * The Housing First programme (issue 6 § 2): participants (enrolment with consent, the
 * participant's own choice of area, dwelling type and dwellings, housed, exit), the yearly target
 * and figures with retention at 6 and 12 months, and the fidelity self-assessments. The follow-up
 * team and the caseworker manage participants; the manager sees the programme in aggregate only,
 * with counts from 1 to 4 shown as «<5».
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const districtCode = z.string().trim().min(1).max(20);

export const exitReasonSchema = z.enum(HOUSING_FIRST_EXIT_REASONS);
export const referralSourceSchema = z.enum(HOUSING_FIRST_REFERRAL_SOURCES);
export const housingFirstStatusSchema = z.enum(['waiting', 'housed', 'exited']);

/** The participant's own choice (brukermedbestemmelse): areas, kinds of dwelling and specific dwellings. */
const chosenDistricts = z.array(districtCode).max(50);
const chosenDwellingTypes = z.array(z.enum(DWELLING_TYPES)).max(DWELLING_TYPES.length);
const chosenDwellingIds = z.array(uuidSchema).max(50);
const choiceFields = { chosenDistricts: chosenDistricts.default([]), chosenDwellingTypes: chosenDwellingTypes.default([]), chosenDwellingIds: chosenDwellingIds.default([]) };

export const enrolBodySchema = z.strictObject({
  personId: uuidSchema,
  /** The person's household; the dwelling is for it. */
  householdId: uuidSchema,
  enrolledOn: isoDate,
  referredBy: referralSourceSchema,
  /** The day the participant consented to take part (and to the sharing it needs). Required: no enrolment without consent. */
  consentGivenOn: isoDate,
  /** The team that follows the participant (e.g. «ROP-teamet»). */
  team: text(100),
  ...choiceFields,
});
/** What the service gets (defaults applied). */
export type EnrolBody = z.infer<typeof enrolBodySchema>;
/** What a client sends. */
export type EnrolInput = z.input<typeof enrolBodySchema>;

export const updateParticipantBodySchema = z.strictObject({
  team: text(100).optional(),
  referredBy: referralSourceSchema.optional(),
  chosenDistricts: chosenDistricts.optional(),
  chosenDwellingTypes: chosenDwellingTypes.optional(),
  chosenDwellingIds: chosenDwellingIds.optional(),
});
export type UpdateParticipantBody = z.infer<typeof updateParticipantBodySchema>;

export const housedBodySchema = z.strictObject({
  housedOn: isoDate,
  /** The household's lease of the dwelling, when the municipality lets it. */
  leaseId: uuidSchema.nullable().optional(),
});
export type HousedBody = z.infer<typeof housedBodySchema>;

export const exitBodySchema = z.strictObject({ exitedOn: isoDate, exitReason: exitReasonSchema });
export type ExitBody = z.infer<typeof exitBodySchema>;

export const participantListQuerySchema = z.object({ status: z.enum(['active', 'all']).default('active') });

export const participantSummarySchema = z.object({
  id: uuidSchema,
  personId: uuidSchema,
  householdId: uuidSchema,
  name: z.string(),
  status: housingFirstStatusSchema,
  enrolledOn: isoDate,
  housedOn: isoDate.nullable(),
  exitedOn: isoDate.nullable(),
  exitReason: exitReasonSchema.nullable(),
  team: z.string(),
  /** Days from enrolment to housing, or to today while waiting; null after an exit without housing. */
  daysToHousing: z.number().int().nullable(),
});
export type ParticipantSummary = z.infer<typeof participantSummarySchema>;

export const participantListSchema = z.object({ today: isoDate, items: z.array(participantSummarySchema) });
export type ParticipantList = z.infer<typeof participantListSchema>;

const dwellingOptionSchema = z.object({
  id: uuidSchema,
  address: z.string(),
  districtCode: z.string().nullable(),
  dwellingType: z.string(),
  bedrooms: z.number().int(),
});
export type DwellingOption = z.infer<typeof dwellingOptionSchema>;

export const leaseOptionSchema = z.object({ id: uuidSchema, address: z.string(), startDate: isoDate, status: z.string() });

export const participantSchema = participantSummarySchema.extend({
  referredBy: referralSourceSchema,
  consentGivenOn: isoDate,
  chosenDistricts: z.array(z.object({ code: z.string(), name: z.string().nullable() })),
  chosenDwellingTypes: z.array(z.enum(DWELLING_TYPES)),
  chosenDwellings: z.array(dwellingOptionSchema),
  lease: leaseOptionSchema.nullable(),
  /** The household's leases, to link when recording «housed». */
  leaseOptions: z.array(leaseOptionSchema),
  createdAt: timestampSchema,
});
export type Participant = z.infer<typeof participantSchema>;

/** What the enrolment and choice forms offer: the municipality's districts and the dwellings vacant today. */
export const choiceOptionsSchema = z.object({
  districts: z.array(z.object({ code: z.string(), name: z.string() })),
  dwellings: z.array(dwellingOptionSchema),
});
export type ChoiceOptions = z.infer<typeof choiceOptionsSchema>;

// ── The programme in aggregate ─────────────────────────────────────────────────────────────

/** A count as shown: `value` null when suppressed (1–4 for the manager), `shown` «<5» then. */
export const shownCountSchema = z.object({ value: z.number().int().nullable(), shown: z.string() });
export type ShownCount = z.infer<typeof shownCountSchema>;

export const programmeQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

export const retentionSchema = z.object({
  months: z.number().int(),
  cohort: shownCountSchema,
  retained: shownCountSchema,
  /** 0–1; null when the cohort is empty (or, for the manager, under five). */
  rate: z.number().nullable(),
});

export const fidelityAssessmentSchema = z.object({
  id: uuidSchema,
  assessedOn: isoDate,
  scaleVersion: z.string(),
  domains: z.array(z.object({ id: z.enum(FIDELITY_DOMAIN_IDS), score: z.number(), items: z.number().int() })),
  total: z.number(),
  band: z.enum(['high', 'moderate', 'low']),
  change: z.object({ domains: z.partialRecord(z.enum(FIDELITY_DOMAIN_IDS), z.number()), total: z.number() }).nullable(),
  note: z.string().nullable(),
  /** Who assessed; absent for the manager (aggregates only). */
  assessedBy: z.string().nullable(),
});
export type FidelityAssessmentDto = z.infer<typeof fidelityAssessmentSchema>;

export const programmeSchema = z.object({
  year: z.number().int(),
  today: isoDate,
  asOf: isoDate,
  /** True when counts from 1 to 4 are shown as «<5» (the manager). */
  suppressed: z.boolean(),
  target: z.number().int().nullable(),
  figures: z.object({
    enrolled: shownCountSchema,
    housed: shownCountSchema,
    exited: shownCountSchema,
    inProgramme: shownCountSchema,
    active: shownCountSchema,
    waiting: shownCountSchema,
    housedNow: shownCountSchema,
    exitsByReason: z.record(exitReasonSchema, shownCountSchema),
  }),
  /** Retention at 6 and 12 months, as of today. */
  retention: z.array(retentionSchema),
  fidelity: z.array(fidelityAssessmentSchema),
  /** Whether the user may set targets, enrol and assess (the follow-up team and the caseworker). */
  canManage: z.boolean(),
});
export type Programme = z.infer<typeof programmeSchema>;

export const targetParamsSchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });
export const targetBodySchema = z.strictObject({ participants: z.number().int().min(0).max(10_000) });
export type TargetBody = z.infer<typeof targetBodySchema>;
export const targetSchema = z.object({ year: z.number().int(), participants: z.number().int() });

export const fidelityBodySchema = z.strictObject({
  assessedOn: isoDate,
  /** Item id → score 1–4; every item of the current scale must be scored (checked by the domain, with a field error per item). */
  scores: z.record(z.string().max(100), z.number()),
  note: z.string().trim().max(2000).nullable().optional(),
});
export type FidelityBody = z.infer<typeof fidelityBodySchema>;
