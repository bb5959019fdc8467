import { z } from 'zod';
import { LANDLORD_KINDS } from '../domain/private-rental/landlord.js';
import { LEASE_HELP_STATUSES } from '../domain/private-rental/lease-help.js';
import { SETTLEMENT_HOUSING } from '../domain/private-rental/settlement.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';

/**
 * Private rental partnerships (Sandnes' «fordelspakke»): the landlord register, agreements with
 * rent guarantee and follow-up, the dwellings the municipality leases from a landlord (read from
 * the dwelling register), households helped into private leases directly by NAV's housing
 * adviser; and refugee settlement (bosetting) with the introduction programme and boligskole.
 * For the NAV adviser and the caseworker; the manager sees the year's figures only, small counts suppressed.
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const kroner = z.number().int().min(0).max(1_000_000);

export const landlordKindSchema = z.enum(LANDLORD_KINDS);
export const leaseHelpStatusSchema = z.enum(LEASE_HELP_STATUSES);
export const settlementHousingSchema = z.enum(SETTLEMENT_HOUSING);

const staffRefSchema = z.object({ id: uuidSchema, name: z.string() });
const householdRefSchema = z.object({ id: uuidSchema, headName: z.string() });
export const idParamsSchema = z.object({ id: uuidSchema });

// ——— Landlords ———

const landlordFields = {
  kind: landlordKindSchema,
  name: text(200),
  /** Organisasjonsnummer: nine digits with a valid control digit; required for a company. */
  orgNumber: z.string().trim().regex(/^\d{9}$/).nullable().optional(),
  contactName: text(200).nullable().optional(),
  phone: z.string().trim().regex(/^\+?[\d ]{8,20}$/).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  note: text(2000).nullable().optional(),
};

export const createLandlordBodySchema = z.object(landlordFields);
export type CreateLandlordBody = z.infer<typeof createLandlordBodySchema>;

export const updateLandlordBodySchema = z.object({ ...landlordFields, kind: landlordKindSchema.optional(), name: text(200).optional() });
export type UpdateLandlordBody = z.infer<typeof updateLandlordBodySchema>;

export const landlordSchema = z.object({
  id: uuidSchema,
  kind: landlordKindSchema,
  name: z.string(),
  orgNumber: z.string().nullable(),
  contactName: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  note: z.string().nullable(),
  /** An agreement covers today. */
  agreementInForce: z.boolean(),
  /** Dwellings in the register leased from this landlord (disposal form leased_from_private). */
  leasedDwellings: z.number().int(),
  /** Households helped into a lease with this landlord (signed). */
  signedLeases: z.number().int(),
  createdAt: timestampSchema,
});
export type Landlord = z.infer<typeof landlordSchema>;

export const landlordListSchema = z.object({ items: z.array(landlordSchema) });
export type LandlordList = z.infer<typeof landlordListSchema>;

// ——— Agreements (the benefits package) ———

export const createAgreementBodySchema = z.object({
  rentGuarantee: z.boolean(),
  /** Months of rent guaranteed, 1–36, when there is a rent guarantee; null otherwise. */
  guaranteeMonths: z.number().int().min(0).max(1000).nullable().optional(),
  /** The municipality promises follow-up of the tenant. */
  followupPromise: z.boolean(),
  /** The landlord's contact in the municipality: a staff user. */
  contactPersonId: uuidSchema,
  terms: text(4000),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
});
export type CreateAgreementBody = z.infer<typeof createAgreementBodySchema>;

export const agreementSchema = z.object({
  id: uuidSchema,
  landlordId: uuidSchema,
  rentGuarantee: z.boolean(),
  guaranteeMonths: z.number().int().nullable(),
  followupPromise: z.boolean(),
  contactPerson: staffRefSchema,
  terms: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  inForce: z.boolean(),
  createdAt: timestampSchema,
});
export type Agreement = z.infer<typeof agreementSchema>;

export const leasedDwellingSchema = z.object({
  id: uuidSchema,
  address: z.string(),
  districtName: z.string().nullable(),
  bedrooms: z.number().int(),
  monthlyRent: z.number().int(),
});
export type LeasedDwelling = z.infer<typeof leasedDwellingSchema>;

export const contactListSchema = z.object({ items: z.array(z.object({ id: uuidSchema, name: z.string(), role: z.string() })) });
export type ContactList = z.infer<typeof contactListSchema>;

// ——— Help into private leases ———

export const leaseHelpSchema = z.object({
  id: uuidSchema,
  household: householdRefSchema,
  landlord: z.object({ id: uuidSchema, name: z.string() }).nullable(),
  helpedBy: staffRefSchema,
  startedOn: isoDate,
  depositGuarantee: z.boolean(),
  monthlyRent: z.number().int().nullable(),
  status: leaseHelpStatusSchema,
  outcomeOn: isoDate.nullable(),
  leaseStartsOn: isoDate.nullable(),
  note: z.string().nullable(),
  /** The household is a refugee household (a settlement within five years of today). */
  refugee: z.boolean(),
  /** The outcomes this help may move to (domain/private-rental/lease-help.ts). */
  nextStatuses: z.array(leaseHelpStatusSchema),
  createdAt: timestampSchema,
});
export type LeaseHelp = z.infer<typeof leaseHelpSchema>;

export const createLeaseHelpBodySchema = z.object({
  householdId: uuidSchema,
  landlordId: uuidSchema.nullable().optional(),
  startedOn: isoDate,
  depositGuarantee: z.boolean().default(false),
  monthlyRent: kroner.nullable().optional(),
  note: text(2000).nullable().optional(),
});
export type CreateLeaseHelpBody = z.infer<typeof createLeaseHelpBodySchema>;

/** Changes and the outcome: `status` signed needs a landlord and `leaseStartsOn`; every outcome needs `outcomeOn`. */
export const updateLeaseHelpBodySchema = z.object({
  landlordId: uuidSchema.nullable().optional(),
  depositGuarantee: z.boolean().optional(),
  monthlyRent: kroner.nullable().optional(),
  leaseStartsOn: isoDate.nullable().optional(),
  note: text(2000).nullable().optional(),
  status: leaseHelpStatusSchema.optional(),
  outcomeOn: isoDate.nullable().optional(),
});
export type UpdateLeaseHelpBody = z.infer<typeof updateLeaseHelpBodySchema>;

export const leaseHelpListQuerySchema = z.object({
  status: z.enum([...LEASE_HELP_STATUSES, 'all']).default('all'),
  landlordId: uuidSchema.optional(),
  householdId: uuidSchema.optional(),
  ...pageQuerySchema.shape,
});
export type LeaseHelpListQuery = z.infer<typeof leaseHelpListQuerySchema>;

export const leaseHelpListSchema = z.object({ total: z.number().int(), items: z.array(leaseHelpSchema) });
export type LeaseHelpList = z.infer<typeof leaseHelpListSchema>;

// ——— The year's figures ———

export const figuresQuerySchema = z.object({ year: z.coerce.number().int().min(2000).max(2100).optional() });

/** Counts as text: exact for the NAV adviser and caseworker; for the manager 1–4 shows as «<5» (domain/statistics). */
export const yearFiguresSchema = z.object({
  year: z.number().int(),
  helped: z.string(),
  signed: z.string(),
  refugeesInPrivateLeases: z.string(),
  suppressed: z.boolean(),
});
export type YearFigures = z.infer<typeof yearFiguresSchema>;

export const landlordDetailSchema = z.object({
  landlord: landlordSchema,
  agreements: z.array(agreementSchema),
  leasedDwellings: z.array(leasedDwellingSchema),
  helps: z.array(leaseHelpSchema),
});
export type LandlordDetail = z.infer<typeof landlordDetailSchema>;

// ——— Refugee settlement and boligskole ———

const settlementFields = {
  settledOn: isoDate,
  introductionFrom: isoDate.nullable().optional(),
  introductionTo: isoDate.nullable().optional(),
  housing: settlementHousingSchema,
  /** The help into a private lease that housed the household (housing `private`). */
  privateLeaseHelpId: uuidSchema.nullable().optional(),
};

export const createSettlementBodySchema = z.object({ householdId: uuidSchema, ...settlementFields });
export type CreateSettlementBody = z.infer<typeof createSettlementBodySchema>;

export const updateSettlementBodySchema = z.object({ ...settlementFields, settledOn: isoDate.optional(), housing: settlementHousingSchema.optional() });
export type UpdateSettlementBody = z.infer<typeof updateSettlementBodySchema>;

export const recordAttendanceBodySchema = z.object({ heldOn: isoDate, topic: text(200), attended: z.boolean() });
export type RecordAttendanceBody = z.infer<typeof recordAttendanceBodySchema>;

export const attendanceSchema = z.object({ id: uuidSchema, heldOn: isoDate, topic: z.string(), attended: z.boolean(), recordedBy: staffRefSchema });
export type Attendance = z.infer<typeof attendanceSchema>;

export const settlementSchema = z.object({
  id: uuidSchema,
  household: householdRefSchema,
  settledOn: isoDate,
  introductionFrom: isoDate.nullable(),
  introductionTo: isoDate.nullable(),
  /** In the introduction programme today. */
  inIntroduction: z.boolean(),
  /** The last day the household counts as refugees (five years). */
  refugeeUntil: isoDate,
  housing: settlementHousingSchema,
  privateLeaseHelp: z.object({ id: uuidSchema, status: leaseHelpStatusSchema, landlordName: z.string().nullable() }).nullable(),
  boligskole: z.object({ sessions: z.number().int(), attended: z.number().int() }),
  createdAt: timestampSchema,
});
export type Settlement = z.infer<typeof settlementSchema>;

export const settlementDetailSchema = z.object({
  settlement: settlementSchema,
  attendance: z.array(attendanceSchema),
  /** The household's helps into private leases, to link one. */
  leaseHelps: z.array(leaseHelpSchema),
});
export type SettlementDetail = z.infer<typeof settlementDetailSchema>;

export const settlementListQuerySchema = z.object({
  /** `true`: only households in the introduction programme today. */
  inIntroduction: z.enum(['true', 'false']).default('false'),
  ...pageQuerySchema.shape,
});
export type SettlementListQuery = z.infer<typeof settlementListQuerySchema>;

export const settlementListSchema = z.object({ total: z.number().int(), today: isoDate, items: z.array(settlementSchema) });
export type SettlementList = z.infer<typeof settlementListSchema>;
