import { z } from 'zod';
import { CONSENT_RECIPIENTS, NOTE_SENSITIVITIES } from '../domain/cases/case-types.js';
import { CONTACT_KINDS, CONTACT_OUTCOMES, CONTACT_STATUSES, FOLLOWUP_TEAMS, MAX_VISIT_EVERY_DAYS, SERVICE_KINDS } from '../domain/followup/kinds.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';
import { taskSchema } from './tasks.js';

/**
 * Follow-up (oppfølging, issue 6 §§ 1, 6, 9): a household's plan with its services, goals, agreed
 * visit frequency, visits and contacts, and notes with the sensitivity flag; a follow-up worker's
 * day; and the person's own overview of consents and of who has read their file (innsyn). Who may
 * see a plan follows the consent register (domain/access/followup-access.ts); a note is in a
 * response only when the reader may see it (canSeeFollowupNote).
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
/** Local time of day, HH:MM (24 h). */
const timeOfDay = z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/);

export const serviceKindSchema = z.enum(SERVICE_KINDS);
export const followupTeamSchema = z.enum(FOLLOWUP_TEAMS);
export const contactKindSchema = z.enum(CONTACT_KINDS);
export const contactStatusSchema = z.enum(CONTACT_STATUSES);
export const noteSensitivitySchema = z.enum(NOTE_SENSITIVITIES);

// ── Requests ────────────────────────────────────────────────────────────────────────────

const planFields = {
  responsibleTeam: followupTeamSchema,
  /** An active staff member of the follow-up team: gets the visits and the early-warning tasks. */
  responsibleWorkerId: uuidSchema,
  /** The household's own goals, in its words. */
  goals: z.array(text(300)).max(10),
  /** Agreed visits in the home every so many days; null when no regular visits are agreed. */
  visitEveryDays: z.number().int().min(1).max(MAX_VISIT_EVERY_DAYS).nullable(),
};

export const createPlanBodySchema = z.object({
  householdId: uuidSchema,
  ...planFields,
  goals: planFields.goals.default([]),
  visitEveryDays: planFields.visitEveryDays.optional(),
  /** Not ahead of today. */
  startedOn: isoDate,
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

export const updatePlanBodySchema = z.object({
  responsibleTeam: planFields.responsibleTeam.optional(),
  responsibleWorkerId: planFields.responsibleWorkerId.optional(),
  goals: planFields.goals.optional(),
  visitEveryDays: planFields.visitEveryDays.optional(),
});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

export const endPlanBodySchema = z.object({
  /** Not ahead of today, not before the plan started. */
  endedOn: isoDate,
  reason: text(1000),
});
export type EndPlanBody = z.infer<typeof endPlanBodySchema>;

export const addServiceBodySchema = z.object({
  kind: serviceKindSchema,
  /** The team or agency that provides it, as they call themselves. */
  provider: text(200),
  startedOn: isoDate,
});
export type AddServiceBody = z.infer<typeof addServiceBodySchema>;

export const endServiceBodySchema = z.object({ endedOn: isoDate });
export type EndServiceBody = z.infer<typeof endServiceBodySchema>;

export const planContactBodySchema = z.object({
  kind: contactKindSchema,
  plannedOn: isoDate,
  plannedTime: timeOfDay.nullable().optional(),
  /** Who goes; default the actor when on the follow-up team, else the plan's responsible worker. */
  workerId: uuidSchema.optional(),
  /** The lease whose move-in the visit follows up; required for `move_in_visit`, refused for other kinds. */
  leaseId: uuidSchema.nullable().optional(),
});
export type PlanContactBody = z.infer<typeof planContactBodySchema>;

export const recordContactBodySchema = z.object({
  status: z.enum(CONTACT_OUTCOMES),
  /** Required when held; not ahead of today. */
  heldOn: isoDate.optional(),
  /** A short, non-sensitive summary; anything sensitive goes in a flagged note. */
  summary: text(2000).optional(),
  /** For a held `move_in_visit`: every item of MOVE_IN_CHECKLIST answered true or false. */
  checklist: z.record(z.string().max(50), z.boolean()).optional(),
});
export type RecordContactBody = z.infer<typeof recordContactBodySchema>;

export const addNoteBodySchema = z.object({
  text: text(4000),
  sensitivity: noteSensitivitySchema.default('none'),
});
export type AddNoteBody = z.infer<typeof addNoteBodySchema>;

export const PLAN_LIST_STATUSES = ['open', 'ended', 'all'] as const;
export const planListQuerySchema = pageQuerySchema.extend({
  status: z.enum(PLAN_LIST_STATUSES).default('open'),
  /** `mine`: the plans the actor is responsible for. */
  scope: z.enum(['all', 'mine']).default('all'),
  householdId: uuidSchema.optional(),
});
export type PlanListQuery = z.infer<typeof planListQuerySchema>;

// ── Responses ───────────────────────────────────────────────────────────────────────────

export const staffRefSchema = z.object({ id: uuidSchema, displayName: z.string() });
export type StaffRef = z.infer<typeof staffRefSchema>;

/** domain/followup/visits.ts visitStatus. */
export const visitStatusSchema = z.object({
  lastHeldOn: isoDate.nullable(),
  nextPlanned: z.object({ contactId: uuidSchema, plannedOn: isoDate, plannedTime: z.string().nullable() }).nullable(),
  unrecorded: z.number().int(),
  dueOn: isoDate.nullable(),
  overdue: z.boolean(),
  daysOverdue: z.number().int(),
  missedInARow: z.number().int(),
});
export type VisitStatusDto = z.infer<typeof visitStatusSchema>;

export const followupHouseholdSchema = z.object({
  id: uuidSchema,
  headPersonId: uuidSchema,
  headName: z.string(),
  /** Current members, the head included. */
  memberCount: z.number().int(),
  /** The head's address, when the reader may see it (person-access.ts canSeeAddress). */
  address: z.object({ line: z.string(), postalCode: z.string().nullable(), postalCity: z.string().nullable() }).nullable(),
  /** The address is protected (fortrolig or strengt fortrolig). */
  addressProtected: z.boolean(),
});
export type FollowupHousehold = z.infer<typeof followupHouseholdSchema>;

export const planSummarySchema = z.object({
  id: uuidSchema,
  household: followupHouseholdSchema,
  responsibleTeam: followupTeamSchema,
  responsibleWorker: staffRefSchema,
  visitEveryDays: z.number().int().nullable(),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  /** Kinds of the services running today. */
  activeServices: z.array(serviceKindSchema),
  visit: visitStatusSchema,
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const serviceSchema = z.object({
  id: uuidSchema,
  kind: serviceKindSchema,
  provider: z.string(),
  startedOn: isoDate,
  endedOn: isoDate.nullable(),
  /** Started and not ended today. */
  active: z.boolean(),
});
export type FollowupService = z.infer<typeof serviceSchema>;

export const contactSchema = z.object({
  id: uuidSchema,
  planId: uuidSchema,
  kind: contactKindSchema,
  status: contactStatusSchema,
  plannedOn: isoDate,
  plannedTime: z.string().nullable(),
  heldOn: isoDate.nullable(),
  worker: staffRefSchema,
  summary: z.string().nullable(),
  checklist: z.record(z.string(), z.boolean()).nullable(),
  leaseId: uuidSchema.nullable(),
  createdAt: timestampSchema,
});
export type FollowupContact = z.infer<typeof contactSchema>;

export const noteSchema = z.object({
  id: uuidSchema,
  text: z.string(),
  sensitivity: noteSensitivitySchema,
  author: staffRefSchema,
  createdAt: timestampSchema,
});
export type FollowupNote = z.infer<typeof noteSchema>;

export const planSchema = planSummarySchema.extend({
  goals: z.array(z.string()),
  endReason: z.string().nullable(),
  createdAt: timestampSchema,
  services: z.array(serviceSchema),
  /** Planned first (earliest first), then the recorded ones (latest first). */
  contacts: z.array(contactSchema),
  /** The notes the reader may see, newest first. */
  notes: z.array(noteSchema),
  /** The household's leases (for a move-in visit). */
  leases: z.array(z.object({ id: uuidSchema, startDate: isoDate, endDate: isoDate.nullable(), status: z.string() })),
  /** The reader may change the plan (followup-access.ts canWriteFollowup). */
  canWrite: z.boolean(),
});
export type FollowupPlan = z.infer<typeof planSchema>;

export const planListSchema = z.object({ items: z.array(planSummarySchema), total: z.number().int() });
export type PlanList = z.infer<typeof planListSchema>;

export const workerListSchema = z.object({ items: z.array(staffRefSchema) });

/** A visit or contact on the worker's day, with the household it is with. */
export const dayVisitSchema = contactSchema.extend({ household: followupHouseholdSchema });
export type DayVisit = z.infer<typeof dayVisitSchema>;

export const myDaySchema = z.object({
  today: isoDate,
  /** Open plans the actor is responsible for, the most urgent first (visits.ts compareByUrgency). */
  households: z.array(planSummarySchema),
  /** The actor's contacts planned for today (any status), by time. */
  visits: z.array(dayVisitSchema),
  /** The actor's open tasks with their reasons (tasks area). */
  tasks: z.array(taskSchema),
});
export type MyDay = z.infer<typeof myDaySchema>;

// ── The person's own overview (innsyn) ──────────────────────────────────────────────────

export const sharingOverviewSchema = z.object({
  person: z.object({ id: uuidSchema, givenName: z.string(), familyName: z.string() }),
  generatedAt: timestampSchema,
  /** Every consent, in force or not, earliest first. */
  consents: z.array(
    z.object({
      id: uuidSchema,
      recipient: z.enum(CONSENT_RECIPIENTS),
      purpose: z.string(),
      scope: z.string(),
      validFrom: isoDate,
      validTo: isoDate.nullable(),
      givenInWriting: z.boolean(),
      withdrawnAt: timestampSchema.nullable(),
      inForce: z.boolean(),
    }),
  ),
  /** Reads of the person's file (the person, merged records, households, cases, documents), newest first. */
  reads: z.array(
    z.object({
      id: uuidSchema,
      occurredAt: timestampSchema,
      readerName: z.string().nullable(),
      readerRole: z.string(),
      subjectType: z.string(),
      purpose: z.string(),
    }),
  ),
  /** All reads; `reads` holds the latest SHARING_OVERVIEW_READS. */
  totalReads: z.number().int(),
});
export type SharingOverview = z.infer<typeof sharingOverviewSchema>;

/** How many reads the overview lists (the latest); the total is given beside them. */
export const SHARING_OVERVIEW_READS = 500;
