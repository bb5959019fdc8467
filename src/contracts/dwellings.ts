/**
 * The dwelling register (boligregister): dwellings with Kobo's fields, their status history,
 * the stock list with filters and counts, the dwelling page, the vacancy board, aggregate
 * counts for the manager, and the result of a Kobo sheet import.
 */
import { z } from 'zod';
import { DISPOSAL_FORMS, DWELLING_TYPES } from '../domain/dwellings/kinds.js';
import { DWELLING_STATUSES } from '../domain/dwellings/status.js';
import { errorResponseSchema } from './errors.js';
import { timestampSchema, uuidSchema } from './common.js';

const isoDate = z.iso.date();
const kroner = z.number().int().min(0).max(1_000_000);
const optionalText = (max: number) => z.string().trim().max(max).nullable().default(null);

export const dwellingStatusSchema = z.enum(DWELLING_STATUSES);
export const dwellingTypeSchema = z.enum(DWELLING_TYPES);
export const disposalFormSchema = z.enum(DISPOSAL_FORMS);

/** Every registered field of a dwelling (Kobo's fields plus district and coordinates). */
export const dwellingFieldsSchema = z.object({
  knr: z.string().regex(/^\d{4}$/),
  gnr: z.number().int().min(1).max(99_999),
  bnr: z.number().int().min(1).max(9_999),
  fnr: z.number().int().min(0).max(9_999).default(0),
  snr: z.number().int().min(0).max(9_999).default(0),
  /** Bruksenhetsnummer, e.g. H0101; '' for a building with one unit. */
  unitNumber: z.union([z.literal(''), z.string().regex(/^[HKUL]\d{4}$/)]).default(''),
  /** ekstraReferanse, e.g. «Rom 3» in shared housing. */
  extraReference: z.string().trim().max(50).default(''),
  streetName: z.string().trim().min(1).max(100),
  houseNumber: z.union([z.literal(''), z.string().regex(/^\d{1,4}$/)]).default(''),
  houseLetter: z.union([z.literal(''), z.string().regex(/^[A-ZÆØÅ]$/)]).default(''),
  postalCode: z.string().regex(/^\d{4}$/),
  postalCity: z.string().trim().max(100).default(''),
  dwellingType: dwellingTypeSchema,
  subcategory: optionalText(100),
  disposalForm: disposalFormSchema,
  ownershipForm: optionalText(100),
  ownerName: optionalText(200),
  ownerOrgNumber: z.string().regex(/^\d{9}$/).nullable().default(null),
  ownerPhone: z.string().regex(/^(\d{8}|\+\d{8,15})$/).nullable().default(null),
  bedrooms: z.number().int().min(0).max(20),
  /** Usable area (BRA), m². */
  usableAreaM2: z.number().min(1).max(9_999).nullable().default(null),
  floor: z.number().int().min(-5).max(99).nullable().default(null),
  hasLift: z.boolean().default(false),
  wheelchairAccessible: z.boolean().default(false),
  sharedHousing: z.boolean().default(false),
  staffed24h: z.boolean().default(false),
  staffBase: z.boolean().default(false),
  schoolDistrictPrimary: optionalText(100),
  schoolDistrictLowerSecondary: optionalText(100),
  /** Whole kroner per month. */
  monthlyRent: kroner,
  /** At most six months' rent (husleieloven § 3-5). */
  deposit: kroner.nullable().default(null),
  electricityMeter: optionalText(50),
  waterMeter: optionalText(50),
  vatCompensation: z.boolean().default(false),
  rentToOwnPotential: z.boolean().default(false),
  /** District (levekårssone) code of the municipality, e.g. '03'. */
  districtCode: z.string().max(10).nullable().default(null),
  latitude: z.number().min(-90).max(90).nullable().default(null),
  longitude: z.number().min(-180).max(180).nullable().default(null),
  notes: optionalText(2000),
});
export type DwellingFieldsInput = z.infer<typeof dwellingFieldsSchema>;

export const createDwellingBodySchema = dwellingFieldsSchema.extend({
  /** The first status period; vacant from today unless given. */
  status: dwellingStatusSchema.default('vacant'),
  statusDate: isoDate.optional(),
  expectedReadyOn: isoDate.nullable().default(null),
});
export type CreateDwellingBody = z.infer<typeof createDwellingBodySchema>;

type FieldShape = typeof dwellingFieldsSchema.shape;
type WithoutDefault<T> = T extends z.ZodDefault<infer U> ? U : T;

/** Any subset of the fields (no defaults: a field left out is left as it is); the status changes only through the status endpoint. */
export const updateDwellingBodySchema = z.strictObject(
  Object.fromEntries(
    Object.entries(dwellingFieldsSchema.shape).map(([k, v]) => [k, (v instanceof z.ZodDefault ? (v.unwrap() as z.ZodType) : v).optional()]),
  ) as { [K in keyof FieldShape]: z.ZodOptional<WithoutDefault<FieldShape[K]>> },
);
export type UpdateDwellingBody = z.infer<typeof updateDwellingBodySchema>;

export const dwellingIdParamsSchema = z.object({ id: uuidSchema });

export const currentStatusSchema = z.object({
  status: dwellingStatusSchema,
  fromDate: isoDate,
  expectedReadyOn: isoDate.nullable(),
});

/** The status today; null only when no status period covers today (history written outside the register). */
const currentOrNull = currentStatusSchema.nullable();

export const dwellingSchema = dwellingFieldsSchema.extend({
  id: uuidSchema,
  districtName: z.string().nullable(),
  createdAt: timestampSchema,
  current: currentOrNull,
});
export type Dwelling = z.infer<typeof dwellingSchema>;

/** One line of the stock list or the vacancy board. */
export const dwellingSummarySchema = z.object({
  id: uuidSchema,
  streetName: z.string(),
  houseNumber: z.string(),
  houseLetter: z.string(),
  postalCode: z.string(),
  postalCity: z.string(),
  unitNumber: z.string(),
  extraReference: z.string(),
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  dwellingType: dwellingTypeSchema,
  disposalForm: disposalFormSchema,
  bedrooms: z.number().int(),
  usableAreaM2: z.number().nullable(),
  floor: z.number().int().nullable(),
  hasLift: z.boolean(),
  wheelchairAccessible: z.boolean(),
  sharedHousing: z.boolean(),
  staffed24h: z.boolean(),
  monthlyRent: z.number().int(),
  current: currentOrNull,
});
export type DwellingSummary = z.infer<typeof dwellingSummarySchema>;

const flag = z.enum(['true', 'false']).transform((v) => v === 'true');

export const dwellingListQuerySchema = z.object({
  district: z.string().max(10).optional(),
  status: dwellingStatusSchema.optional(),
  bedroomsMin: z.coerce.number().int().min(0).max(20).optional(),
  bedroomsMax: z.coerce.number().int().min(0).max(20).optional(),
  wheelchair: flag.optional(),
  shared: flag.optional(),
  staffed: flag.optional(),
  disposalForm: disposalFormSchema.optional(),
  type: dwellingTypeSchema.optional(),
  /** Free text on the address: street, house number and letter, extra reference, postal code or city. */
  q: z.string().trim().max(100).optional(),
  limit: z.coerce.number().int().min(1).max(500).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
export type DwellingListQuery = z.infer<typeof dwellingListQuerySchema>;

export const statusCountSchema = z.object({ status: dwellingStatusSchema, count: z.number().int() });

export const dwellingListSchema = z.object({
  items: z.array(dwellingSummarySchema),
  /** Dwellings matching every filter (for paging). */
  total: z.number().int(),
  /** Counts under every filter except `status`, so each status tab can show its number. */
  counts: z.object({ total: z.number().int(), byStatus: z.array(statusCountSchema) }),
});
export type DwellingList = z.infer<typeof dwellingListSchema>;

export const statusChangeBodySchema = z.object({
  status: dwellingStatusSchema,
  fromDate: isoDate,
  /** Required for maintenance. */
  expectedReadyOn: isoDate.nullable().optional(),
  reason: z.string().trim().max(500).optional(),
});
export type StatusChangeBody = z.infer<typeof statusChangeBodySchema>;

export const statusPeriodSchema = z.object({
  id: uuidSchema,
  status: dwellingStatusSchema,
  fromDate: isoDate,
  /** Exclusive; null for the current period. */
  toDate: isoDate.nullable(),
  expectedReadyOn: isoDate.nullable(),
  reason: z.string().nullable(),
  days: z.number().int(),
});

export const vacancySummarySchema = z.object({
  from: isoDate,
  /** Exclusive: today. */
  to: isoDate,
  /** Days vacant or reserved (empty and lettable). */
  vacancyDays: z.number().int(),
  /** Kroner: vacancy days × monthly rent × 12 / 365. */
  lostRent: z.number().int(),
  reservedDays: z.number().int(),
  maintenanceDays: z.number().int(),
  notInUseDays: z.number().int(),
});

export const dwellingLeaseSchema = z.object({
  id: uuidSchema,
  householdId: uuidSchema,
  startDate: isoDate,
  endDate: isoDate.nullable(),
  status: z.string(),
  /** Head of the tenant household; null when the role may not see it (protected address). */
  tenantName: z.string().nullable(),
  tenantNameHidden: z.boolean(),
});

export const dwellingPageSchema = z.object({
  dwelling: dwellingSchema,
  statusHistory: z.array(statusPeriodSchema),
  leases: z.array(dwellingLeaseSchema),
  vacancy: z.object({
    thisYear: vacancySummarySchema,
    last12Months: vacancySummarySchema,
    /** When the current spell of vacancy began, and its days so far; null when not empty now. */
    vacantSince: isoDate.nullable(),
    daysVacant: z.number().int().nullable(),
  }),
});
export type DwellingPage = z.infer<typeof dwellingPageSchema>;

export const vacancyBoardSchema = z.object({
  asOf: isoDate,
  items: z.array(
    dwellingSummarySchema.extend({
      vacantSince: isoDate,
      daysVacant: z.number().int(),
      /** Rent lost over the days so far. */
      lostRent: z.number().int(),
    }),
  ),
});
export type VacancyBoard = z.infer<typeof vacancyBoardSchema>;

/** Aggregate counts only: safe for the manager. */
export const dwellingStatsSchema = z.object({
  asOf: isoDate,
  total: z.number().int(),
  byStatus: z.array(statusCountSchema),
  byDisposalForm: z.array(z.object({ disposalForm: disposalFormSchema, count: z.number().int() })),
  byType: z.array(z.object({ dwellingType: dwellingTypeSchema, count: z.number().int() })),
  byDistrict: z.array(z.object({ districtCode: z.string().nullable(), count: z.number().int() })),
  wheelchairAccessible: z.number().int(),
});
export type DwellingStats = z.infer<typeof dwellingStatsSchema>;

export const importErrorSchema = z.object({
  /** Sheet row (header = 1); null for the file as a whole. */
  row: z.number().int().nullable(),
  /** Column header as Husly spells it; null for the file or a whole row. */
  column: z.string().nullable(),
  code: z.string(),
  message: z.string(),
});
export type ImportError = z.infer<typeof importErrorSchema>;

export const importResultSchema = z.object({
  imported: z.number().int(),
  updated: z.number().int(),
  errors: z.array(importErrorSchema),
});
export type ImportResult = z.infer<typeof importResultSchema>;

/** 400 from an import: the error shape plus the full report (nothing was written). */
export const importFailedSchema = errorResponseSchema.extend(importResultSchema.partial().shape);
