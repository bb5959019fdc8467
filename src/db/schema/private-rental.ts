import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { household } from './people.js';
import { staffUser } from './staff.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * Private rental partnerships (Sandnes' «fordelspakke» for private landlords): the landlord
 * register, agreements, households helped into private leases directly (by NAV's housing
 * adviser) with the outcome, and refugee settlement with housing-school attendance.
 * Dwellings the municipality leases from a landlord for sub-letting are in the dwelling register
 * (disposal form leased_from_private), linked by the landlord's organisation number or name.
 */

/** A private landlord: a person or a company, with contact details. */
export const landlord = pgTable(
  'landlord',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').$type<'person' | 'company'>().notNull(),
    name: text('name').notNull(),
    orgNumber: text('org_number'),
    contactName: text('contact_name'),
    phone: text('phone'),
    email: text('email'),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('landlord_org_idx').on(t.municipalityId, t.orgNumber),
    check('landlord_kind_check', sql`${t.kind} in ('person', 'company')`),
    check('landlord_org_check', sql`${t.kind} = 'person' or ${t.orgNumber} is not null`),
    tenantPolicy('landlord', t.municipalityId),
  ],
).enableRLS();

/** An agreement with a landlord: the benefits package (rent guarantee, follow-up promise, contact person), terms, period. */
export const landlordAgreement = pgTable(
  'landlord_agreement',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    landlordId: uuid('landlord_id').notNull(),
    rentGuarantee: boolean('rent_guarantee').notNull(),
    /** Months of rent the municipality guarantees, when it does. */
    guaranteeMonths: integer('guarantee_months'),
    followupPromise: boolean('followup_promise').notNull(),
    contactPersonId: uuid('contact_person_id').notNull(),
    terms: text('terms').notNull(),
    validFrom: date('valid_from', { mode: 'string' }).notNull(),
    validTo: date('valid_to', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.landlordId], foreignColumns: [landlord.municipalityId, landlord.id] }),
    foreignKey({ columns: [t.municipalityId, t.contactPersonId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('landlord_agreement_landlord_idx').on(t.municipalityId, t.landlordId),
    check('landlord_agreement_dates_check', sql`${t.validTo} is null or ${t.validTo} >= ${t.validFrom}`),
    check('landlord_agreement_guarantee_check', sql`${t.rentGuarantee} = (${t.guaranteeMonths} is not null) and (${t.guaranteeMonths} is null or ${t.guaranteeMonths} between 1 and 36)`),
    tenantPolicy('landlord_agreement', t.municipalityId),
  ],
).enableRLS();

/** A household helped into a private lease directly (NAV's housing adviser), with the outcome. */
export const privateLeaseHelp = pgTable(
  'private_lease_help',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    landlordId: uuid('landlord_id'),
    helpedById: uuid('helped_by_id').notNull(),
    startedOn: date('started_on', { mode: 'string' }).notNull(),
    /** What the help consisted of: deposit guarantee, rent guarantee, viewing, contract help… */
    depositGuarantee: boolean('deposit_guarantee').notNull().default(false),
    monthlyRent: integer('monthly_rent'),
    status: text('status').$type<'in_progress' | 'signed' | 'not_found' | 'ended'>().notNull().default('in_progress'),
    outcomeOn: date('outcome_on', { mode: 'string' }),
    leaseStartsOn: date('lease_starts_on', { mode: 'string' }),
    note: text('note'),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.landlordId], foreignColumns: [landlord.municipalityId, landlord.id] }),
    foreignKey({ columns: [t.municipalityId, t.helpedById], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('private_lease_help_household_idx').on(t.municipalityId, t.householdId),
    check('private_lease_help_status_check', sql`${t.status} in ('in_progress', 'signed', 'not_found', 'ended')`),
    check('private_lease_help_outcome_check', sql`(${t.status} = 'in_progress') = (${t.outcomeOn} is null)`),
    check('private_lease_help_signed_check', sql`${t.status} <> 'signed' or (${t.landlordId} is not null and ${t.leaseStartsOn} is not null)`),
    tenantPolicy('private_lease_help', t.municipalityId),
  ],
).enableRLS();

/**
 * A refugee household settled in the municipality (bosetting): the settlement date (refugees are
 * counted as such for five years after it, KOSTRA), the introduction programme and the housing.
 */
export const refugeeSettlement = pgTable(
  'refugee_settlement',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    householdId: uuid('household_id').notNull(),
    settledOn: date('settled_on', { mode: 'string' }).notNull(),
    introductionFrom: date('introduction_from', { mode: 'string' }),
    introductionTo: date('introduction_to', { mode: 'string' }),
    housing: text('housing').$type<'municipal' | 'private' | 'temporary' | 'other'>().notNull(),
    privateLeaseHelpId: uuid('private_lease_help_id'),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.privateLeaseHelpId], foreignColumns: [privateLeaseHelp.municipalityId, privateLeaseHelp.id] }),
    index('refugee_settlement_household_idx').on(t.municipalityId, t.householdId),
    check('refugee_settlement_housing_check', sql`${t.housing} in ('municipal', 'private', 'temporary', 'other')`),
    check('refugee_settlement_intro_check', sql`${t.introductionTo} is null or (${t.introductionFrom} is not null and ${t.introductionTo} >= ${t.introductionFrom})`),
    tenantPolicy('refugee_settlement', t.municipalityId),
  ],
).enableRLS();

/** A housing-school (boligskole) session for a settled household, and whether it attended. */
export const boligskoleAttendance = pgTable(
  'boligskole_attendance',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    settlementId: uuid('settlement_id').notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    topic: text('topic').notNull(),
    attended: boolean('attended').notNull(),
    recordedBy: uuid('recorded_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.settlementId], foreignColumns: [refugeeSettlement.municipalityId, refugeeSettlement.id] }),
    index('boligskole_attendance_settlement_idx').on(t.municipalityId, t.settlementId),
    tenantPolicy('boligskole_attendance', t.municipalityId),
  ],
).enableRLS();
