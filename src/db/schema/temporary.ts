import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { housingCase } from './cases.js';
import { household } from './people.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * A provider of temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27):
 * the municipality's own emergency dwellings (nødboliger) or a private overnight operator
 * under contract (U-5/2003's standard contract).
 */
export const tempProvider = pgTable(
  'temp_provider',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    name: text('name').notNull(),
    kind: text('kind').$type<'municipal_emergency' | 'private_overnight' | 'other'>().notNull(),
    orgNumber: text('org_number'),
    contractTerms: text('contract_terms'),
    contractFrom: date('contract_from', { mode: 'string' }),
    contractTo: date('contract_to', { mode: 'string' }),
    nightShelter: boolean('night_shelter').notNull().default(false),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.municipalityId, t.id] }), tenantPolicy('temp_provider', t.municipalityId)],
).enableRLS();

/** A place at a provider, with the quality checklist (Helsetilsynet: 24-hour access, cooking, WC and bath, laundry). */
export const tempPlace = pgTable(
  'temp_place',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    providerId: uuid('provider_id').notNull(),
    label: text('label').notNull(),
    access24h: boolean('access_24h').notNull(),
    cooking: boolean('cooking').notNull(),
    wcAndBath: boolean('wc_and_bath').notNull(),
    laundry: boolean('laundry').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.providerId], foreignColumns: [tempProvider.municipalityId, tempProvider.id] }),
    tenantPolicy('temp_place', t.municipalityId),
  ],
).enableRLS();

/** A household's stay in temporary accommodation, linked to its housing case so the work on a permanent home starts at once. */
export const tempStay = pgTable(
  'temp_stay',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    providerId: uuid('provider_id').notNull(),
    placeId: uuid('place_id'),
    /** The § 27 case (NAV) and, when there is one, the housing case for a permanent home. */
    caseId: uuid('case_id'),
    housingCaseId: uuid('housing_case_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    endDate: date('end_date', { mode: 'string' }),
    childrenPresent: boolean('children_present').notNull().default(false),
    nightShelter: boolean('night_shelter').notNull().default(false),
    cooperationAgreementSignedOn: date('cooperation_agreement_signed_on', { mode: 'string' }),
    cleaningOffered: boolean('cleaning_offered').notNull().default(false),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.providerId], foreignColumns: [tempProvider.municipalityId, tempProvider.id] }),
    foreignKey({ columns: [t.municipalityId, t.placeId], foreignColumns: [tempPlace.municipalityId, tempPlace.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    foreignKey({ columns: [t.municipalityId, t.housingCaseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    index('temp_stay_household_idx').on(t.municipalityId, t.householdId),
    index('temp_stay_dates_idx').on(t.municipalityId, t.startDate, t.endDate),
    check('temp_stay_dates_check', sql`${t.endDate} is null or ${t.endDate} >= ${t.startDate}`),
    tenantPolicy('temp_stay', t.municipalityId),
  ],
).enableRLS();
