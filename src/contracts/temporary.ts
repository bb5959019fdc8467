import { z } from 'zod';
import { QUALITY_ITEMS } from '../domain/temporary/quality.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';

/**
 * Temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27): providers, their
 * places with the quality checklist, and households' stays with KOSTRA's flags. NAV advisers own
 * stays; caseworkers read them. Days are nights (domain/temporary/stay-length.ts).
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

/** Municipal emergency dwellings (nødboliger), a private overnight operator under contract, or other (e.g. a night shelter run by a charity). */
export const PROVIDER_KINDS = ['municipal_emergency', 'private_overnight', 'other'] as const;
export const providerKindSchema = z.enum(PROVIDER_KINDS);
export const qualityItemSchema = z.enum(QUALITY_ITEMS);

// ── Providers and places ──────────────────────────────────────────────────────────────────

const providerFields = {
  name: text(200),
  kind: providerKindSchema,
  /** Organisasjonsnummer, nine digits with a valid control digit. */
  orgNumber: z.string().trim().regex(/^\d{9}$/).nullable().optional(),
  /** The contract's terms in words (price per night, what is included, standard inventory, rules); required for a private operator. */
  contractTerms: text(4000).nullable().optional(),
  /** Contract period; `contractFrom` is required for a private operator. */
  contractFrom: isoDate.nullable().optional(),
  contractTo: isoDate.nullable().optional(),
  /** A night shelter (natthjem): KOSTRA counts its households separately. */
  nightShelter: z.boolean().optional(),
};

export const createProviderBodySchema = z.object(providerFields);
export type CreateProviderBody = z.infer<typeof createProviderBodySchema>;

export const updateProviderBodySchema = z.object({ ...providerFields, name: text(200).optional(), kind: providerKindSchema.optional() });
export type UpdateProviderBody = z.infer<typeof updateProviderBodySchema>;

/** Helsetilsynet's checklist: use of the rooms 24 hours a day, cooking, WC and bath, laundry. */
const checklistFields = { access24h: z.boolean(), cooking: z.boolean(), wcAndBath: z.boolean(), laundry: z.boolean() };

export const createPlaceBodySchema = z.object({ label: text(100), ...checklistFields });
export type CreatePlaceBody = z.infer<typeof createPlaceBodySchema>;

export const updatePlaceBodySchema = createPlaceBodySchema.partial();
export type UpdatePlaceBody = z.infer<typeof updatePlaceBodySchema>;

export const placeSchema = z.object({
  id: uuidSchema,
  providerId: uuidSchema,
  label: z.string(),
  ...checklistFields,
  /** All four facilities. */
  complete: z.boolean(),
  missing: z.array(qualityItemSchema),
  /** Meets the stricter requirement for households with children (all four). */
  suitableForChildren: z.boolean(),
});
export type Place = z.infer<typeof placeSchema>;

export const providerSchema = z.object({
  id: uuidSchema,
  name: z.string(),
  kind: providerKindSchema,
  orgNumber: z.string().nullable(),
  contractTerms: z.string().nullable(),
  contractFrom: isoDate.nullable(),
  contractTo: isoDate.nullable(),
  /** Whether today lies within the contract period; null when the provider has no contract dates. */
  contractInForce: z.boolean().nullable(),
  nightShelter: z.boolean(),
  places: z.array(placeSchema),
  /** Stays open today at this provider. */
  activeStays: z.number().int(),
  createdAt: timestampSchema,
});
export type Provider = z.infer<typeof providerSchema>;

export const providerListSchema = z.object({ items: z.array(providerSchema) });

// ── Stays ─────────────────────────────────────────────────────────────────────────────────

export const createStayBodySchema = z.object({
  householdId: uuidSchema,
  providerId: uuidSchema,
  placeId: uuidSchema.nullable().optional(),
  /** The household's § 27 case (type temporary_accommodation). */
  caseId: uuidSchema,
  /** The household's housing case for a permanent home (rental_dwelling or housing_help); the open one is linked when left out. */
  housingCaseId: uuidSchema.nullable().optional(),
  startDate: isoDate,
  childrenPresent: z.boolean(),
  cooperationAgreementSignedOn: isoDate.nullable().optional(),
  cleaningOffered: z.boolean().optional(),
});
export type CreateStayBody = z.infer<typeof createStayBodySchema>;

export const updateStayBodySchema = z.object({
  /** The day of departure; null reopens the stay. */
  endDate: isoDate.nullable().optional(),
  cooperationAgreementSignedOn: isoDate.nullable().optional(),
  cleaningOffered: z.boolean().optional(),
  childrenPresent: z.boolean().optional(),
  housingCaseId: uuidSchema.nullable().optional(),
});
export type UpdateStayBody = z.infer<typeof updateStayBodySchema>;

export const stayListQuerySchema = z.object({
  /** `true` (default): stays open today. `false`: every stay, newest first. */
  active: z.enum(['true', 'false']).default('true'),
  householdId: uuidSchema.optional(),
  ...pageQuerySchema.shape,
});
export type StayListQuery = z.infer<typeof stayListQuerySchema>;

export const stayIdParamsSchema = z.object({ id: uuidSchema });

export const caseRefSchema = z.object({ id: uuidSchema, caseNumber: z.string() });

export const stayFlagsSchema = z.object({
  /** 14 days or fewer so far (KOSTRA «inntil 14 døgn»), on the continuous chain of stays. */
  shortStay: z.boolean(),
  /** Past three calendar months on the continuous chain; exactly three months is not over. */
  over3Months: z.boolean(),
  /** Over three months with children present: against the national goal. */
  childrenOver3Months: z.boolean(),
  nightShelter: z.boolean(),
});

export const qualitySchema = z.object({
  complete: z.boolean(),
  meetsRequirement: z.boolean(),
  missing: z.array(qualityItemSchema),
  missingRequired: z.array(qualityItemSchema),
});

export const staySchema = z.object({
  id: uuidSchema,
  household: z.object({ id: uuidSchema, headName: z.string() }),
  /** Null when the household's address is strengt fortrolig (the place is where they live). */
  provider: z.object({ id: uuidSchema, name: z.string(), kind: providerKindSchema }).nullable(),
  place: z.object({ id: uuidSchema, label: z.string() }).nullable(),
  locationProtected: z.boolean(),
  startDate: isoDate,
  endDate: isoDate.nullable(),
  open: z.boolean(),
  /** Nights of this stay so far. */
  days: z.number().int(),
  /** First day of the continuous chain (stays joined when the gap is at most one day). */
  continuousSince: isoDate,
  continuousDays: z.number().int(),
  /** The last day the chain is not yet over three months. */
  threeMonthsOn: isoDate,
  flags: stayFlagsSchema,
  childrenPresent: z.boolean(),
  /** Null when there is no place or the location is protected. */
  quality: qualitySchema.nullable(),
  cooperationAgreementSignedOn: isoDate.nullable(),
  cleaningOffered: z.boolean(),
  /** The § 27 case. */
  case: caseRefSchema.nullable(),
  /** The housing case linked to the stay. */
  housingCase: caseRefSchema.nullable(),
  /** The household's open housing case (rental dwelling or housing help) today; null means none — the work on a permanent home has not started. */
  permanentHousingCase: caseRefSchema.nullable(),
  createdAt: timestampSchema,
});
export type Stay = z.infer<typeof staySchema>;

export const stayCountsSchema = z.object({
  active: z.number().int(),
  shortStay: z.number().int(),
  over3Months: z.number().int(),
  childrenOver3Months: z.number().int(),
  nightShelter: z.number().int(),
});

export const stayListSchema = z.object({
  today: isoDate,
  total: z.number().int(),
  /** Over the stays open today, whatever the filter. */
  counts: stayCountsSchema,
  items: z.array(staySchema),
});
export type StayList = z.infer<typeof stayListSchema>;

export const signalRunSchema = z.object({
  today: isoDate,
  /** Households still in temporary accommodation past three months. */
  overThreeMonths: z.number().int(),
  /** Tasks raised by this run (none for a household that already had its task). */
  raised: z.array(z.object({ taskId: uuidSchema, stayId: uuidSchema, householdId: uuidSchema, childrenPresent: z.boolean() })),
});
export type SignalRun = z.infer<typeof signalRunSchema>;

export const kostraQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100) });

/** KOSTRA's household figures for a calendar year (domain/temporary/kostra.ts). */
export const kostraSummarySchema = z.object({
  year: z.number().int(),
  asOf: isoDate,
  households: z.number().int(),
  stays: z.number().int(),
  shortStayHouseholds: z.number().int(),
  over3MonthsHouseholds: z.number().int(),
  childrenOver3MonthsHouseholds: z.number().int(),
  nightShelterHouseholds: z.number().int(),
});
export type KostraSummary = z.infer<typeof kostraSummarySchema>;
