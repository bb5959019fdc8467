import { sql } from 'drizzle-orm';
import {
  boolean,
  check,
  date,
  foreignKey,
  index,
  integer,
  jsonb,
  numeric,
  pgTable,
  primaryKey,
  text,
  timestamp,
  unique,
  uuid,
} from 'drizzle-orm/pg-core';
import { district } from './municipality.js';
import { decision, housingCase } from './cases.js';
import { household } from './people.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * A dwelling the municipality lets (kommunalt disponert bolig), with Kobo's fields
 * (domain.md § 4: Bolig API and import columns). Each room with its own lease in shared
 * housing is one dwelling (KOSTRA counting rule), told apart by `extraReference`.
 */
export const dwelling = pgTable(
  'dwelling',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    /** Matrikkel: kommunenummer, gårdsnummer, bruksnummer, festenummer, seksjonsnummer. */
    knr: text('knr').notNull(),
    gnr: integer('gnr').notNull(),
    bnr: integer('bnr').notNull(),
    fnr: integer('fnr').notNull().default(0),
    snr: integer('snr').notNull().default(0),
    /** Bruksenhetsnummer, e.g. H0101. */
    unitNumber: text('unit_number').notNull().default(''),
    /** ekstraReferanse: several units in one matrikkel unit (a room in shared housing). */
    extraReference: text('extra_reference').notNull().default(''),
    streetName: text('street_name').notNull(),
    houseNumber: text('house_number').notNull().default(''),
    houseLetter: text('house_letter').notNull().default(''),
    postalCode: text('postal_code').notNull(),
    postalCity: text('postal_city').notNull().default(''),
    dwellingType: text('dwelling_type').notNull(),
    subcategory: text('subcategory'),
    /** Disposisjonsform (KOSTRA): municipally owned, leased from a private owner, private with allocation right. */
    disposalForm: text('disposal_form').notNull(),
    ownershipForm: text('ownership_form'),
    ownerName: text('owner_name'),
    ownerOrgNumber: text('owner_org_number'),
    ownerPhone: text('owner_phone'),
    bedrooms: integer('bedrooms').notNull(),
    usableAreaM2: numeric('usable_area_m2', { precision: 7, scale: 1 }),
    floor: integer('floor'),
    hasLift: boolean('has_lift').notNull().default(false),
    wheelchairAccessible: boolean('wheelchair_accessible').notNull().default(false),
    sharedHousing: boolean('shared_housing').notNull().default(false),
    staffed24h: boolean('staffed_24h').notNull().default(false),
    staffBase: boolean('staff_base').notNull().default(false),
    schoolDistrictPrimary: text('school_district_primary'),
    schoolDistrictLowerSecondary: text('school_district_lower_secondary'),
    /** Whole kroner per month. */
    monthlyRent: integer('monthly_rent').notNull(),
    deposit: integer('deposit'),
    electricityMeter: text('electricity_meter'),
    waterMeter: text('water_meter'),
    vatCompensation: boolean('vat_compensation').notNull().default(false),
    rentToOwnPotential: boolean('rent_to_own_potential').notNull().default(false),
    districtCode: text('district_code'),
    latitude: numeric('latitude', { precision: 9, scale: 6 }),
    longitude: numeric('longitude', { precision: 9, scale: 6 }),
    notes: text('notes'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('dwelling_identity_key').on(t.municipalityId, t.knr, t.gnr, t.bnr, t.fnr, t.snr, t.unitNumber, t.extraReference),
    foreignKey({ columns: [t.municipalityId, t.districtCode], foreignColumns: [district.municipalityId, district.code] }),
    index('dwelling_district_idx').on(t.municipalityId, t.districtCode),
    check('dwelling_bedrooms_check', sql`${t.bedrooms} >= 0 and ${t.bedrooms} <= 20`),
    check('dwelling_rent_check', sql`${t.monthlyRent} >= 0`),
    tenantPolicy('dwelling', t.municipalityId),
  ],
).enableRLS();

/**
 * Status history of a dwelling: vacant, reserved, let, under maintenance (with expected ready
 * date), not in use, sold. Periods of one dwelling never overlap (exclusion constraint in the
 * migration); the open period (to_date null) is the current status. Vacancy days and lost rent
 * are derived from these periods.
 */
export const dwellingStatusPeriod = pgTable(
  'dwelling_status_period',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    dwellingId: uuid('dwelling_id').notNull(),
    status: text('status').notNull(),
    fromDate: date('from_date', { mode: 'string' }).notNull(),
    toDate: date('to_date', { mode: 'string' }),
    expectedReadyOn: date('expected_ready_on', { mode: 'string' }),
    reason: text('reason'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.dwellingId], foreignColumns: [dwelling.municipalityId, dwelling.id] }),
    index('dwelling_status_period_dwelling_idx').on(t.municipalityId, t.dwellingId, t.fromDate),
    check('dwelling_status_period_dates_check', sql`${t.toDate} is null or ${t.toDate} > ${t.fromDate}`),
    tenantPolicy('dwelling_status_period', t.municipalityId),
  ],
).enableRLS();

/**
 * A lease (leiekontrakt) under husleieloven. No two leases of one dwelling overlap: an
 * exclusion constraint on (municipality_id, dwelling_id, period) in the migration.
 */
export const lease = pgTable(
  'lease',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    dwellingId: uuid('dwelling_id').notNull(),
    householdId: uuid('household_id').notNull(),
    /** The allocation decision the lease rests on, when there is one. */
    decisionId: uuid('decision_id'),
    startDate: date('start_date', { mode: 'string' }).notNull(),
    /** Null: open-ended (tidsubestemt). */
    endDate: date('end_date', { mode: 'string' }),
    status: text('status').$type<'draft' | 'signed' | 'terminated' | 'ended' | 'cancelled'>().notNull(),
    /** husleieloven § 11-1 (dwellings for people in difficulty) and the date of the written notice before signing. */
    section111: boolean('section_11_1').notNull().default(false),
    section111NoticeOn: date('section_11_1_notice_on', { mode: 'string' }),
    /** § 9-3: reason given in writing for a term shorter than three years. */
    shortTermReason: text('short_term_reason'),
    lengthRule: text('length_rule'),
    signedOn: date('signed_on', { mode: 'string' }),
    /** husleieloven § 3-5: blocked account, NAV guarantee or none; at most six months' rent. */
    depositType: text('deposit_type').$type<'blocked_account' | 'nav_guarantee' | 'none'>().notNull(),
    depositAmount: integer('deposit_amount').notNull().default(0),
    rentModel: text('rent_model').$type<'market' | 'gjengs' | 'index' | 'cost'>().notNull(),
    monthlyRent: integer('monthly_rent').notNull(),
    lastIndexAdjustmentOn: date('last_index_adjustment_on', { mode: 'string' }),
    lastGjengsAdjustmentOn: date('last_gjengs_adjustment_on', { mode: 'string' }),
    noticeGivenOn: date('notice_given_on', { mode: 'string' }),
    endedOn: date('ended_on', { mode: 'string' }),
    endReason: text('end_reason'),
    moveInChecklist: jsonb('move_in_checklist').$type<Record<string, unknown>>(),
    moveOutInspection: jsonb('move_out_inspection').$type<Record<string, unknown>>(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.dwellingId], foreignColumns: [dwelling.municipalityId, dwelling.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.decisionId], foreignColumns: [decision.municipalityId, decision.id] }),
    index('lease_household_idx').on(t.municipalityId, t.householdId),
    index('lease_end_idx').on(t.municipalityId, t.endDate),
    check('lease_dates_check', sql`${t.endDate} is null or ${t.endDate} > ${t.startDate}`),
    check('lease_deposit_check', sql`${t.depositAmount} >= 0 and ${t.depositAmount} <= 6 * ${t.monthlyRent}`),
    check('lease_section_11_1_check', sql`not ${t.section111} or ${t.signedOn} is null or ${t.section111NoticeOn} <= ${t.signedOn}`),
    tenantPolicy('lease', t.municipalityId),
  ],
).enableRLS();

/** A rent adjustment: KPI index (§ 4-2) or to gjengs leie (§ 4-3), with the notice date. */
export const rentAdjustment = pgTable(
  'rent_adjustment',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    leaseId: uuid('lease_id').notNull(),
    kind: text('kind').$type<'index' | 'gjengs'>().notNull(),
    noticeSentOn: date('notice_sent_on', { mode: 'string' }).notNull(),
    effectiveOn: date('effective_on', { mode: 'string' }).notNull(),
    oldRent: integer('old_rent').notNull(),
    newRent: integer('new_rent').notNull(),
    basis: jsonb('basis').$type<Record<string, unknown>>().notNull().default({}),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    tenantPolicy('rent_adjustment', t.municipalityId),
  ],
).enableRLS();

/** Notice, termination and eviction steps (varsel → oppsigelse → begjæring om fravikelse → fravikelse). */
export const evictionStep = pgTable(
  'eviction_step',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    leaseId: uuid('lease_id').notNull(),
    step: text('step').notNull(),
    stepOn: date('step_on', { mode: 'string' }).notNull(),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    tenantPolicy('eviction_step', t.municipalityId),
  ],
).enableRLS();

/** Renewal assessment (ny vurdering ved kontraktsutløp), opened a set time before a lease ends. */
export const renewalAssessment = pgTable(
  'renewal_assessment',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    leaseId: uuid('lease_id').notNull(),
    openedOn: date('opened_on', { mode: 'string' }).notNull(),
    outcome: text('outcome'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    caseId: uuid('case_id'),
    note: text('note'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('renewal_assessment_lease_key').on(t.municipalityId, t.leaseId),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [housingCase.municipalityId, housingCase.id] }),
    tenantPolicy('renewal_assessment', t.municipalityId),
  ],
).enableRLS();

/** Monthly rent charges; (lease, period) is unique, so generating them twice changes nothing. */
export const rentCharge = pgTable(
  'rent_charge',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    leaseId: uuid('lease_id').notNull(),
    /** First day of the month charged. */
    period: date('period', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }).notNull(),
    amount: integer('amount').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('rent_charge_period_key').on(t.municipalityId, t.leaseId, t.period),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    tenantPolicy('rent_charge', t.municipalityId),
  ],
).enableRLS();

/** Payments imported from the accounting system's CSV; `reference` makes the import idempotent. */
export const rentPayment = pgTable(
  'rent_payment',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    leaseId: uuid('lease_id').notNull(),
    paidOn: date('paid_on', { mode: 'string' }).notNull(),
    amount: integer('amount').notNull(),
    reference: text('reference').notNull(),
    importedAt: timestamp('imported_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    unique('rent_payment_reference_key').on(t.municipalityId, t.reference),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    tenantPolicy('rent_payment', t.municipalityId),
  ],
).enableRLS();

/**
 * A task raised by a signal (arrears, lease near expiry, § 9-2 alarm, long temporary stay…)
 * for a worker or a team. At most one open task per signal: a partial unique index on
 * (municipality_id, signal_key) where the task is open (migration).
 */
export const task = pgTable(
  'task',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').notNull(),
    /** E.g. `arrears:<leaseId>`; one open task per key. */
    signalKey: text('signal_key').notNull(),
    subjectType: text('subject_type').notNull(),
    subjectId: text('subject_id').notNull(),
    assignedRole: text('assigned_role').notNull(),
    assignedToId: uuid('assigned_to_id'),
    reason: text('reason').notNull(),
    data: jsonb('data').$type<Record<string, unknown>>().notNull().default({}),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    dueOn: date('due_on', { mode: 'string' }),
    closedOn: date('closed_on', { mode: 'string' }),
    outcome: text('outcome'),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('task_open_idx').on(t.municipalityId, t.assignedRole, t.closedOn),
    tenantPolicy('task', t.municipalityId),
  ],
).enableRLS();
