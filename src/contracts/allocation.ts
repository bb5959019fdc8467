/**
 * The waiting list (venteliste), priority overrides, allocation rounds (tildelingsrunder) and the
 * fairness monitor. Reasons are structured (code + params, domain/allocation/reasons.ts); the web
 * renders them with domain/allocation explainText in the reader's language.
 */
import { z } from 'zod';
import { uuidSchema } from './common.js';

const isoDate = z.iso.date();

export const reasonSchema = z.object({
  code: z.string(),
  params: z.record(z.string(), z.unknown()),
  ruleId: z.string().optional(),
  source: z.object({ document: z.string(), section: z.string().optional(), url: z.string().optional() }).optional(),
});

// ——— Waiting list ———

export const waitingQuerySchema = z.object({
  needCategory: z.string().max(60).optional(),
  band: z.string().max(60).optional(),
  /** Free text on name or case number. */
  q: z.string().trim().max(100).optional(),
});

export const waitingEntrySchema = z.object({
  caseId: uuidSchema,
  caseNumber: z.string(),
  householdId: uuidSchema,
  name: z.string(),
  rentalKind: z.string().nullable(),
  needCategory: z.string().nullable(),
  housingSituation: z.string().nullable(),
  persons: z.number().int(),
  children: z.number().int(),
  bedroomsApproved: z.number().int().nullable(),
  decidedOn: isoDate,
  validUntil: isoDate.nullable(),
  /** 1 = first; null while the household is not considered (pending offer, paused, expired). */
  queuePosition: z.number().int().nullable(),
  points: z.number().int(),
  computedPoints: z.number().int(),
  band: z.string(),
  reasons: z.array(reasonSchema),
  override: z.object({ points: z.number().int(), reason: z.string() }).nullable(),
  pendingOffer: z.object({ offerId: uuidSchema, dwellingId: uuidSchema }).nullable(),
  /** Left out of rounds until this day after an unreasonable refusal. */
  pausedUntil: isoDate.nullable(),
});
export type WaitingEntry = z.infer<typeof waitingEntrySchema>;

/** One household's place: its entry and how many are in the queue. */
export const waitingPlaceSchema = waitingEntrySchema.extend({ of: z.number().int() });

export const waitingListSchema = z.object({
  today: isoDate,
  ruleSet: z.object({ id: z.string(), version: z.number().int() }),
  total: z.number().int(),
  items: z.array(waitingEntrySchema),
});

export const overrideBodySchema = z.object({
  /** Null removes the override; the computed priority applies again. */
  points: z.number().int().min(1).max(1000).nullable(),
  reason: z.string().trim().min(1).max(2000),
});

// ——— Rounds ———

export const candidateSchema = z.object({
  caseId: uuidSchema,
  rank: z.number().int(),
  weight: z.number(),
  score: z.number(),
  points: z.number(),
  band: z.string(),
  queuePosition: z.number().int(),
  outcome: reasonSchema,
  reasons: z.array(reasonSchema),
});

export const roundVacancySchema = z.object({
  dwellingId: uuidSchema,
  address: z.string(),
  districtCode: z.string().nullable(),
  bedrooms: z.number().int(),
  monthlyRent: z.number().int(),
  vacantSince: isoDate.nullable(),
  proposal: candidateSchema.nullable(),
  candidates: z.array(candidateSchema),
  candidateCount: z.number().int(),
  passedOver: z.array(z.object({ caseId: uuidSchema, queuePosition: z.number().int(), points: z.number(), band: z.string(), reasons: z.array(reasonSchema) })),
  notes: z.array(reasonSchema),
  /** The meeting's choice once offers are sent: the case offered the dwelling, or null (left vacant). */
  chosenCaseId: uuidSchema.nullable(),
});

export const roundHouseholdSchema = z.object({
  caseId: uuidSchema,
  caseNumber: z.string(),
  name: z.string(),
  queuePosition: z.number().int().nullable(),
  points: z.number(),
  band: z.string(),
  persons: z.number().int(),
});

export const roundSchema = z.object({
  id: uuidSchema,
  runOn: isoDate,
  seed: z.number().int(),
  inputHash: z.string(),
  ruleVersions: z.record(z.string(), z.unknown()),
  objective: z.number(),
  bound: z.number(),
  gap: z.number(),
  optimal: z.boolean(),
  solver: z.object({ method: z.string(), nodes: z.number().int(), iterations: z.number().int() }),
  offersSentAt: z.string().nullable(),
  vacancies: z.array(roundVacancySchema),
  households: z.array(roundHouseholdSchema),
  limits: z.array(
    z.object({ id: z.string(), kind: z.string(), scope: z.string(), key: z.string(), group: z.string().nullable(), cap: z.number(), alreadyLet: z.number(), remaining: z.number(), proposedThisRound: z.number() }),
  ),
});
export type RoundDto = z.infer<typeof roundSchema>;

export const roundListSchema = z.object({
  items: z.array(z.object({ id: uuidSchema, runOn: isoDate, vacancies: z.number().int(), proposals: z.number().int(), optimal: z.boolean(), gap: z.number(), offersSentAt: z.string().nullable() })),
});

export const replaySchema = z.object({
  /** The stored input still hashes to the stored hash. */
  inputIntact: z.boolean(),
  /** Running the stored input again gives the stored result, byte for byte (canonical JSON). */
  identical: z.boolean(),
  inputHash: z.string(),
});

export const sendOffersBodySchema = z.object({
  /** One entry per vacancy of the round the meeting decided on; caseId null leaves it vacant. */
  choices: z.array(z.object({ dwellingId: uuidSchema, caseId: uuidSchema.nullable() })).min(1).max(2000),
});

export const sendOffersResultSchema = z.object({ sent: z.number().int(), offerIds: z.array(uuidSchema) });

// ——— Fairness ———

export const fairnessQuerySchema = z.object({
  months: z.coerce.number().int().min(3).max(120).default(24),
  threshold: z.coerce.number().min(0.05).max(0.95).default(0.25),
});
export type FairnessQuery = z.infer<typeof fairnessQuerySchema>;

const groupRowSchema = z.object({
  group: z.string(),
  households: z.number().int().nullable(),
  suppressed: z.boolean(),
  medianWaitDays: z.number().nullable(),
  ratio: z.number().nullable(),
  outcomes: z.object({ housed: z.number().int().nullable(), waiting: z.number().int().nullable(), lapsed: z.number().int().nullable() }),
  flagged: z.union([z.literal(false), z.literal('longer'), z.literal('shorter')]),
});

export const fairnessSchema = z.object({
  since: isoDate,
  today: isoDate,
  households: z.number().int(),
  medianWaitDays: z.number().nullable(),
  threshold: z.number(),
  dimensions: z.object({
    householdType: z.array(groupRowSchema),
    ageBand: z.array(groupRowSchema),
    gender: z.array(groupRowSchema),
    refugee: z.array(groupRowSchema),
    needCategory: z.array(groupRowSchema),
  }),
});
