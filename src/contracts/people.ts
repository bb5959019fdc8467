import { z } from 'zod';
import { ADDRESS_PROTECTIONS, CONSENT_RECIPIENTS } from '../domain/cases/case-types.js';
import { RESIDENCE_STATUSES } from '../domain/eligibility/types.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';

/**
 * Persons, households, representatives and consents (issue «Households, applications,
 * lawful decisions» § 1 and § 9). Addresses are never in a list, and in a person's record
 * only when the reader may see them (domain/access/person-access.ts canSeeAddress).
 */

/** A household member's relation to the main applicant; the same list as db/schema/people.ts (the typed insert and presentation in households.service.ts fail to compile if they drift). */
export const HOUSEHOLD_RELATIONS = ['applicant', 'spouse', 'partner', 'child', 'other_adult', 'other_child'] as const;
export const householdRelationSchema = z.enum(HOUSEHOLD_RELATIONS);
/** Relations a member other than the head can have; `applicant` is the head's alone. */
export const memberRelationSchema = householdRelationSchema.exclude(['applicant']);

export const REPRESENTATIVE_KINDS = ['fullmektig', 'verge'] as const;
export const WRITTEN_LANGUAGES = ['nb', 'nn'] as const;

/** Gender as the person states it (never read from the fødselsnummer). */
export const GENDERS = ['female', 'male', 'other'] as const;

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);

export const addressSchema = z.object({
  line: text(200),
  postalCode: z.string().regex(/^\d{4}$/),
  postalCity: text(100),
});
export type Address = z.infer<typeof addressSchema>;

// ── Requests ────────────────────────────────────────────────────────────────────────────

/** Fields of a person as entered; `null` clears a field on update. */
const personFields = {
  /** Fødselsnummer or D-nummer, 11 digits; spaces are ignored. Validated by the server with today's rules. */
  nationalId: z.string().trim().max(20).nullable().optional(),
  givenName: text(100),
  familyName: text(100),
  /** Filled from the national id when not given (never sex). */
  birthDate: isoDate.nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{3,30}$/).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  /** Målform for letters. */
  writtenLanguage: z.enum(WRITTEN_LANGUAGES).optional(),
  interpreterLanguage: text(50).nullable().optional(),
  address: addressSchema.nullable().optional(),
  addressProtection: z.enum(ADDRESS_PROTECTIONS).optional(),
  /** Botid: resident in the municipality since. */
  residentSince: isoDate.nullable().optional(),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable().optional(),
  refugeeSettledOn: isoDate.nullable().optional(),
  /** As the person states it; for the fairness monitor only. Never derived from the fødselsnummer. */
  gender: z.enum(GENDERS).nullable().optional(),
};

export const createPersonBodySchema = z.object(personFields);
export type CreatePersonBody = z.infer<typeof createPersonBodySchema>;

export const updatePersonBodySchema = z.object({
  ...personFields,
  givenName: text(100).optional(),
  familyName: text(100).optional(),
  /** Why, when the change needs explaining; kept in the audit log. */
  reason: text(500).optional(),
});
export type UpdatePersonBody = z.infer<typeof updatePersonBodySchema>;

export const personSearchQuerySchema = z.object({
  /** A name (case-insensitive, partial, every word must match), an 11-digit national id (exact) or a case number (2026-000123). */
  q: z.string().trim().min(2).max(100),
  limit: z.coerce.number().int().min(1).max(50).default(20),
});
export type PersonSearchQuery = z.infer<typeof personSearchQuerySchema>;

export const mergePersonBodySchema = z.object({
  /** The person who survives; the merged person's records move there. */
  intoId: uuidSchema,
  reason: text(500).min(3),
});
export type MergePersonBody = z.infer<typeof mergePersonBodySchema>;

export const createRepresentativeBodySchema = z.object({
  kind: z.enum(REPRESENTATIVE_KINDS),
  name: text(200),
  address: addressSchema.nullable().optional(),
  phone: z.string().trim().regex(/^\+?[0-9 ()-]{3,30}$/).nullable().optional(),
  email: z.email().max(200).nullable().optional(),
  /** Default today. */
  validFrom: isoDate.optional(),
  validTo: isoDate.nullable().optional(),
});
export type CreateRepresentativeBody = z.infer<typeof createRepresentativeBodySchema>;

export const endRepresentativeBodySchema = z.object({
  /** Last day; default today. */
  validTo: isoDate.optional(),
  reason: text(500).optional(),
});
export type EndRepresentativeBody = z.infer<typeof endRepresentativeBodySchema>;

export const createConsentBodySchema = z.object({
  recipient: z.enum(CONSENT_RECIPIENTS),
  purpose: text(500),
  scope: text(1000),
  validFrom: isoDate,
  validTo: isoDate.nullable().optional(),
  givenInWriting: z.boolean().default(true),
});
export type CreateConsentBody = z.infer<typeof createConsentBodySchema>;

export const withdrawConsentBodySchema = z.object({ note: text(1000).optional() });
export type WithdrawConsentBody = z.infer<typeof withdrawConsentBodySchema>;

/** Exactly one of `headPersonId` (an existing person) and `headPerson` (register a new one). */
export const createHouseholdBodySchema = z.object({
  headPersonId: uuidSchema.optional(),
  headPerson: createPersonBodySchema.optional(),
  /** The head's gross annual income in whole kroner. */
  grossAnnualIncome: z.number().int().min(0).max(100_000_000).nullable().optional(),
  /** Default today. */
  joinedOn: isoDate.optional(),
});
export type CreateHouseholdBody = z.infer<typeof createHouseholdBodySchema>;

/** Exactly one of `personId` and `person`. */
export const addMemberBodySchema = z.object({
  personId: uuidSchema.optional(),
  person: createPersonBodySchema.optional(),
  relation: memberRelationSchema,
  grossAnnualIncome: z.number().int().min(0).max(100_000_000).nullable().optional(),
  joinedOn: isoDate.optional(),
});
export type AddMemberBody = z.infer<typeof addMemberBodySchema>;

export const updateMemberBodySchema = z.object({
  relation: memberRelationSchema.optional(),
  grossAnnualIncome: z.number().int().min(0).max(100_000_000).nullable().optional(),
});
export type UpdateMemberBody = z.infer<typeof updateMemberBodySchema>;

export const removeMemberBodySchema = z.object({
  /** Default today. */
  leftOn: isoDate.optional(),
  reason: text(500).optional(),
});
export type RemoveMemberBody = z.infer<typeof removeMemberBodySchema>;

export const personAccessLogQuerySchema = pageQuerySchema;
export type PersonAccessLogQuery = z.infer<typeof personAccessLogQuerySchema>;

// ── Responses ───────────────────────────────────────────────────────────────────────────

export const representativeSchema = z.object({
  id: uuidSchema,
  kind: z.enum(REPRESENTATIVE_KINDS),
  name: z.string(),
  /** The representative's own address (letters go there, fvl. § 12). */
  address: addressSchema.nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  /** In force today. */
  active: z.boolean(),
});
export type Representative = z.infer<typeof representativeSchema>;

export const membershipSchema = z.object({
  householdId: uuidSchema,
  headPersonId: uuidSchema,
  relation: householdRelationSchema,
  joinedOn: isoDate.nullable(),
  leftOn: isoDate.nullable(),
  current: z.boolean(),
});

export const personSchema = z.object({
  id: uuidSchema,
  /** Set when this record was merged into another: use that id (the survivor). */
  mergedIntoId: uuidSchema.nullable(),
  nationalId: z.string().nullable(),
  nationalIdKind: z.enum(['fnr', 'dnr']).nullable(),
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  /** Whole years today (Europe/Oslo). */
  age: z.number().int().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  writtenLanguage: z.enum(WRITTEN_LANGUAGES),
  interpreterLanguage: z.string().nullable(),
  addressProtection: z.enum(ADDRESS_PROTECTIONS),
  /** True for fortrolig and strengt fortrolig: show a warning; the address itself may be withheld. */
  addressProtected: z.boolean(),
  /** Present only when an address is registered and the reader may see it. */
  address: addressSchema.optional(),
  residentSince: isoDate.nullable(),
  residenceStatus: z.enum(RESIDENCE_STATUSES).nullable(),
  refugeeSettledOn: isoDate.nullable(),
  gender: z.enum(GENDERS).nullable(),
  households: z.array(membershipSchema),
  representatives: z.array(representativeSchema),
  createdAt: timestampSchema,
});
export type Person = z.infer<typeof personSchema>;

/** One line of a search or duplicate list: never an address, the national id masked. */
export const personSummarySchema = z.object({
  id: uuidSchema,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  /** "010190*****", or null when none is registered. */
  maskedNationalId: z.string().nullable(),
  /** The current household (the one the person heads, else the earliest joined). */
  householdId: uuidSchema.nullable(),
});
export type PersonSummary = z.infer<typeof personSummarySchema>;

export const createdPersonSchema = personSchema.extend({
  /** Persons with a close name and the same birth date that the reader may see; offer a merge. */
  possibleDuplicates: z.array(personSummarySchema),
});
export type CreatedPerson = z.infer<typeof createdPersonSchema>;

export const personSearchResultSchema = z.object({
  items: z.array(personSummarySchema),
  /** More matches exist than `limit`; ask the user to narrow the search. */
  hasMore: z.boolean(),
});
export type PersonSearchResult = z.infer<typeof personSearchResultSchema>;

export const duplicateListSchema = z.object({
  items: z.array(personSummarySchema.extend({ reason: z.enum(['similar_name_same_birth_date']) })),
});
export type DuplicateList = z.infer<typeof duplicateListSchema>;

export const consentSchema = z.object({
  id: uuidSchema,
  personId: uuidSchema,
  recipient: z.enum(CONSENT_RECIPIENTS),
  purpose: z.string(),
  scope: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  givenInWriting: z.boolean(),
  withdrawnAt: timestampSchema.nullable(),
  withdrawalNote: z.string().nullable(),
  /** In force today: started, not ended, not withdrawn. */
  inForce: z.boolean(),
  createdAt: timestampSchema,
});
export type Consent = z.infer<typeof consentSchema>;
export const consentListSchema = z.object({ items: z.array(consentSchema) });

export const householdMemberSchema = z.object({
  personId: uuidSchema,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  age: z.number().int().nullable(),
  maskedNationalId: z.string().nullable(),
  relation: householdRelationSchema,
  grossAnnualIncome: z.number().int().nullable(),
  joinedOn: isoDate.nullable(),
  leftOn: isoDate.nullable(),
  current: z.boolean(),
});
export type HouseholdMember = z.infer<typeof householdMemberSchema>;

export const householdSchema = z.object({
  id: uuidSchema,
  headPersonId: uuidSchema,
  /** The head first, then current members by relation and age, then those who have left. */
  members: z.array(householdMemberSchema),
  createdAt: timestampSchema,
});
export type Household = z.infer<typeof householdSchema>;

export const personAccessEntrySchema = z.object({
  id: uuidSchema,
  occurredAt: timestampSchema,
  actorUsername: z.string().nullable(),
  actorRole: z.string(),
  subjectType: z.string(),
  subjectId: z.string(),
  purpose: z.string(),
});
export const personAccessLogSchema = z.object({
  items: z.array(personAccessEntrySchema),
  total: z.number().int(),
});
export type PersonAccessLog = z.infer<typeof personAccessLogSchema>;
