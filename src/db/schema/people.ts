import {
  boolean,
  integer,
  date,
  foreignKey,
  index,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * A person known to the housing services. The fødselsnummer or D-number is optional
 * (children, people not yet identified) but unique within a municipality when present.
 * A merged duplicate keeps its row and history; `mergedIntoId` points to the survivor.
 */
export const person = pgTable(
  'person',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    nationalId: text('national_id'),
    nationalIdKind: text('national_id_kind').$type<'fnr' | 'dnr'>(),
    givenName: text('given_name').notNull(),
    familyName: text('family_name').notNull(),
    birthDate: date('birth_date', { mode: 'string' }),
    phone: text('phone'),
    email: text('email'),
    /** Målform for letters (bokmål or nynorsk). */
    writtenLanguage: text('written_language').$type<'nb' | 'nn'>().notNull().default('nb'),
    /** Language for an interpreter, or null when none is needed. */
    interpreterLanguage: text('interpreter_language'),
    addressLine: text('address_line'),
    postalCode: text('postal_code'),
    postalCity: text('postal_city'),
    /** Folkeregisteret's protection level: none, fortrolig (kode 7), strengt fortrolig (kode 6). */
    addressProtection: text('address_protection').$type<'none' | 'fortrolig' | 'strengt_fortrolig'>().notNull().default('none'),
    /** Botid: registered as resident in the municipality since. */
    residentSince: date('resident_since', { mode: 'string' }),
    residenceStatus: text('residence_status'),
    /** First settlement as a refugee in the municipality (integreringstilskudd years 1–5). */
    refugeeSettledOn: date('refugee_settled_on', { mode: 'string' }),
    /**
     * Gender as the person states it (female, male, other), for the fairness monitor only; null
     * when not stated. Never derived from the fødselsnummer (Skatteetaten, from 2032).
     */
    gender: text('gender').$type<'female' | 'male' | 'other'>(),
    mergedIntoId: uuid('merged_into_id'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('person_national_id_key').on(t.municipalityId, t.nationalId),
    index('person_name_idx').on(t.municipalityId, t.familyName, t.givenName),
    foreignKey({ columns: [t.municipalityId, t.mergedIntoId], foreignColumns: [t.municipalityId, t.id] }),
    tenantPolicy('person', t.municipalityId),
  ],
).enableRLS();

/** Fullmektig (fvl. § 12) or verge (vergemålsloven): letters go to them. */
export const personRepresentative = pgTable(
  'person_representative',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    kind: text('kind').$type<'fullmektig' | 'verge'>().notNull(),
    name: text('name').notNull(),
    addressLine: text('address_line'),
    postalCode: text('postal_code'),
    postalCity: text('postal_city'),
    phone: text('phone'),
    email: text('email'),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    tenantPolicy('person_representative', t.municipalityId),
  ],
).enableRLS();

/** A household (husstand): the unit that applies, waits, is allocated a dwelling and is followed up. */
export const household = pgTable(
  'household',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    /** The main applicant (hovedsøker). */
    headPersonId: uuid('head_person_id').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.headPersonId], foreignColumns: [person.municipalityId, person.id] }),
    tenantPolicy('household', t.municipalityId),
  ],
).enableRLS();

export const HOUSEHOLD_RELATIONS = ['applicant', 'spouse', 'partner', 'child', 'other_adult', 'other_child'] as const;

/** A member of a household with relation; age comes from the person's birth date. */
export const householdMember = pgTable(
  'household_member',
  {
    municipalityId: tenantColumn(),
    householdId: uuid('household_id').notNull(),
    personId: uuid('person_id').notNull(),
    relation: text('relation').$type<(typeof HOUSEHOLD_RELATIONS)[number]>().notNull(),
    /** Gross annual income in whole kroner (for income ceilings), null when unknown. */
    grossAnnualIncome: integer('gross_annual_income'),
    joinedOn: date('joined_on', { mode: 'string' }),
    leftOn: date('left_on', { mode: 'string' }),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.householdId, t.personId] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    index('household_member_person_idx').on(t.municipalityId, t.personId),
    tenantPolicy('household_member', t.municipalityId),
  ],
).enableRLS();

/**
 * Consent (samtykke) to share information with a named recipient agency, for a purpose
 * and scope, for a period. Withdrawal takes effect at once (fvl. § 13a nr. 1).
 */
export const consent = pgTable(
  'consent',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    personId: uuid('person_id').notNull(),
    /** nav, specialist_health, followup_team, … */
    recipient: text('recipient').notNull(),
    purpose: text('purpose').notNull(),
    scope: text('scope').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    givenInWriting: boolean('given_in_writing').notNull().default(true),
    withdrawnAt: timestamp('withdrawn_at', { withTimezone: true }),
    withdrawalNote: text('withdrawal_note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    index('consent_person_idx').on(t.municipalityId, t.personId),
    tenantPolicy('consent', t.municipalityId),
  ],
).enableRLS();
