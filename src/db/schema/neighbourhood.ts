import { sql } from 'drizzle-orm';
import { boolean, check, date, foreignKey, index, integer, pgTable, primaryKey, text, timestamp, uuid } from 'drizzle-orm/pg-core';
import { lease } from './dwellings.js';
import { household, person } from './people.js';
import { staffUser } from './staff.js';
import { tenantColumn, tenantPolicy } from './tenant.js';

/**
 * Neighbourhood work (bomiljøarbeid, Trondheim's bomiljøteam): cases for complaints and conflicts
 * between neighbours, building-level activities with attendance, and the caretaker's
 * (miljøvaktmester) task list per building. A building is its matrikkel key
 * (knr-gnr/bnr/fnr/snr, as the allocation rules' concentration limits use it) with a label.
 */

/** A neighbour complaint or conflict (bomiljøsak), from complaint to agreement and outcome. */
export const neighbourCase = pgTable(
  'neighbour_case',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    kind: text('kind').$type<'complaint' | 'conflict'>().notNull(),
    buildingKey: text('building_key').notNull(),
    buildingLabel: text('building_label').notNull(),
    districtCode: text('district_code'),
    description: text('description').notNull(),
    reportedOn: date('reported_on', { mode: 'string' }).notNull(),
    status: text('status').$type<'open' | 'dialogue' | 'agreement' | 'closed'>().notNull().default('open'),
    responsibleWorkerId: uuid('responsible_worker_id').notNull(),
    outcome: text('outcome'),
    closedOn: date('closed_on', { mode: 'string' }),
    createdBy: uuid('created_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.responsibleWorkerId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('neighbour_case_building_idx').on(t.municipalityId, t.buildingKey),
    check('neighbour_case_kind_check', sql`${t.kind} in ('complaint', 'conflict')`),
    check('neighbour_case_status_check', sql`${t.status} in ('open', 'dialogue', 'agreement', 'closed')`),
    check('neighbour_case_closed_check', sql`(${t.status} = 'closed') = (${t.closedOn} is not null) and (${t.closedOn} is null or ${t.outcome} is not null)`),
    tenantPolicy('neighbour_case', t.municipalityId),
  ],
).enableRLS();

/**
 * A party to a neighbour case: a tenant known to Husly (household/lease) or a neighbour described
 * only by a label («beboer i 2. etasje»), never more personal data than the case needs.
 */
export const neighbourCaseParty = pgTable(
  'neighbour_case_party',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    role: text('role').$type<'complainant' | 'respondent' | 'other'>().notNull(),
    householdId: uuid('household_id'),
    personId: uuid('person_id'),
    leaseId: uuid('lease_id'),
    label: text('label').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [neighbourCase.municipalityId, neighbourCase.id] }),
    foreignKey({ columns: [t.municipalityId, t.householdId], foreignColumns: [household.municipalityId, household.id] }),
    foreignKey({ columns: [t.municipalityId, t.personId], foreignColumns: [person.municipalityId, person.id] }),
    foreignKey({ columns: [t.municipalityId, t.leaseId], foreignColumns: [lease.municipalityId, lease.id] }),
    index('neighbour_case_party_case_idx').on(t.municipalityId, t.caseId),
    index('neighbour_case_party_household_idx').on(t.municipalityId, t.householdId),
    check('neighbour_case_party_role_check', sql`${t.role} in ('complainant', 'respondent', 'other')`),
    tenantPolicy('neighbour_case_party', t.municipalityId),
  ],
).enableRLS();

/** What happened in a neighbour case: a dialogue meeting held, an agreement made, a note. */
export const neighbourCaseEvent = pgTable(
  'neighbour_case_event',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    caseId: uuid('case_id').notNull(),
    kind: text('kind').$type<'dialogue_meeting' | 'agreement' | 'note'>().notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    summary: text('summary').notNull(),
    /** For an agreement: what the parties agreed, in their words. */
    agreementText: text('agreement_text'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.caseId], foreignColumns: [neighbourCase.municipalityId, neighbourCase.id] }),
    index('neighbour_case_event_case_idx').on(t.municipalityId, t.caseId),
    check('neighbour_case_event_kind_check', sql`${t.kind} in ('dialogue_meeting', 'agreement', 'note')`),
    check('neighbour_case_event_agreement_check', sql`(${t.kind} = 'agreement') = (${t.agreementText} is not null)`),
    tenantPolicy('neighbour_case_event', t.municipalityId),
  ],
).enableRLS();

/** A building-level activity (residents' meeting, dugnad, summer or winter party) with attendance as counts. */
export const buildingActivity = pgTable(
  'building_activity',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    buildingKey: text('building_key').notNull(),
    buildingLabel: text('building_label').notNull(),
    kind: text('kind').$type<'residents_meeting' | 'dugnad' | 'summer_party' | 'winter_party' | 'other'>().notNull(),
    heldOn: date('held_on', { mode: 'string' }).notNull(),
    householdsInvited: integer('households_invited'),
    householdsAttended: integer('households_attended').notNull(),
    note: text('note'),
    recordedBy: uuid('recorded_by').notNull(),
    createdAt: timestamp('created_at', { withTimezone: true }).notNull().defaultNow(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    index('building_activity_building_idx').on(t.municipalityId, t.buildingKey, t.heldOn),
    check('building_activity_kind_check', sql`${t.kind} in ('residents_meeting', 'dugnad', 'summer_party', 'winter_party', 'other')`),
    check(
      'building_activity_attendance_check',
      sql`${t.householdsAttended} >= 0 and (${t.householdsInvited} is null or ${t.householdsAttended} <= ${t.householdsInvited})`,
    ),
    tenantPolicy('building_activity', t.municipalityId),
  ],
).enableRLS();

/** The caretaker's (miljøvaktmester) task list per building: small repairs and order, with residents taking part. */
export const caretakerTask = pgTable(
  'caretaker_task',
  {
    municipalityId: tenantColumn(),
    id: uuid('id').notNull().defaultRandom(),
    buildingKey: text('building_key').notNull(),
    buildingLabel: text('building_label').notNull(),
    kind: text('kind').$type<'small_repair' | 'order' | 'outdoor' | 'other'>().notNull(),
    description: text('description').notNull(),
    status: text('status').$type<'open' | 'done'>().notNull().default('open'),
    residentsTookPart: boolean('residents_took_part').notNull().default(false),
    createdOn: date('created_on', { mode: 'string' }).notNull(),
    doneOn: date('done_on', { mode: 'string' }),
    assignedToId: uuid('assigned_to_id'),
    createdBy: uuid('created_by').notNull(),
  },
  (t) => [
    primaryKey({ columns: [t.municipalityId, t.id] }),
    foreignKey({ columns: [t.municipalityId, t.assignedToId], foreignColumns: [staffUser.municipalityId, staffUser.id] }),
    index('caretaker_task_building_idx').on(t.municipalityId, t.buildingKey, t.status),
    check('caretaker_task_kind_check', sql`${t.kind} in ('small_repair', 'order', 'outdoor', 'other')`),
    check('caretaker_task_done_check', sql`(${t.status} = 'done') = (${t.doneOn} is not null)`),
    tenantPolicy('caretaker_task', t.municipalityId),
  ],
).enableRLS();
