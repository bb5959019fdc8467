/**
 * Offers (tilbud om bolig) of a vacant dwelling to a household on the waiting list: send,
 * accept (a lease draft follows), refuse (judged by the municipality's rule), expire.
 */
import { z } from 'zod';
import { DEPOSIT_TYPES, RENT_MODELS } from '../domain/leases/terms.js';
import { REFUSAL_REASONS } from '../domain/offers/rules.js';
import { uuidSchema } from './common.js';

const isoDate = z.iso.date();

export const OFFER_STATUSES = ['pending', 'accepted', 'refused', 'expired', 'withdrawn'] as const;

export const createOfferBodySchema = z.object({
  dwellingId: uuidSchema,
  /** The approved rental-dwelling case on the waiting list. */
  caseId: uuidSchema,
  /** Left out: the earliest move-in by the municipality's offer rules. */
  moveInDate: isoDate.optional(),
});
export type CreateOfferBody = z.infer<typeof createOfferBodySchema>;

export const acceptOfferBodySchema = z.object({
  answeredOn: isoDate,
  /** The lease's first day; left out: the offer's move-in date. */
  moveInDate: isoDate.optional(),
  section111: z.boolean().default(false),
  depositType: z.enum(DEPOSIT_TYPES).default('blocked_account'),
  rentModel: z.enum(RENT_MODELS).default('gjengs'),
});
export type AcceptOfferBody = z.infer<typeof acceptOfferBodySchema>;

export const refuseOfferBodySchema = z.object({
  answeredOn: isoDate,
  reason: z.enum(REFUSAL_REASONS),
  note: z.string().trim().max(2000).default(''),
  /** The caseworker judges differently from the rule; needs a written justification (at least 10 characters). */
  judgedReasonable: z.boolean().optional(),
  justification: z.string().trim().max(2000).default(''),
});
export type RefuseOfferBody = z.infer<typeof refuseOfferBodySchema>;

export const offerQuerySchema = z.object({ status: z.enum(OFFER_STATUSES).optional() });

export const offerSchema = z.object({
  id: uuidSchema,
  status: z.enum(OFFER_STATUSES),
  dwellingId: uuidSchema,
  address: z.string(),
  districtCode: z.string().nullable(),
  householdId: uuidSchema,
  caseId: uuidSchema,
  caseNumber: z.string(),
  name: z.string(),
  offeredOn: isoDate,
  answerDeadline: isoDate,
  moveInDate: isoDate,
  monthlyRent: z.number().int(),
  answeredOn: isoDate.nullable(),
  refusalReason: z.enum(REFUSAL_REASONS).nullable(),
  refusalReasonable: z.boolean().nullable(),
  refusalConsequence: z.string().nullable(),
  leaseId: uuidSchema.nullable(),
  roundId: uuidSchema.nullable(),
  /** Days left to answer (negative: past the deadline); null once answered. */
  daysToAnswer: z.number().int().nullable(),
});
export type OfferDto = z.infer<typeof offerSchema>;
export const offerListSchema = z.object({ items: z.array(offerSchema), expired: z.number().int() });
