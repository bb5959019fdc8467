import { z } from 'zod';
import { ACTIVITY_KINDS, CARETAKER_TASK_KINDS } from '../domain/neighbourhood/activities.js';
import { NEIGHBOUR_CASE_ACTIONS, NEIGHBOUR_CASE_KINDS, NEIGHBOUR_CASE_OUTCOMES, NEIGHBOUR_CASE_STATUSES, PARTY_ROLES } from '../domain/neighbourhood/case-status.js';
import { pageQuerySchema, timestampSchema, uuidSchema } from './common.js';

/**
 * Neighbourhood work (bomiljø): the buildings with municipal dwellings, their activities and the
 * caretaker's (miljøvaktmester) tasks, and neighbour cases from complaint to agreement and
 * outcome. A building is its matrikkel key `knr-gnr/bnr/fnr/snr`; in URLs its slug
 * `knr-gnr-bnr-fnr-snr` (domain/neighbourhood/building.ts). Only the neighbourhood team sees
 * cases (domain/neighbourhood/access.ts).
 */

const isoDate = z.iso.date();
const text = (max: number) => z.string().trim().min(1).max(max);
const householdCount = z.number().int().min(0).max(10_000);
/** A matrikkel building key, e.g. `9999-12/34/0/0`. */
export const buildingKeySchema = z.string().regex(/^\d{4}-\d+\/\d+\/\d+\/\d+$/);
export const buildingSlugParamsSchema = z.object({ slug: z.string().regex(/^\d{4}-\d+-\d+-\d+-\d+$/) });

export const neighbourCaseKindSchema = z.enum(NEIGHBOUR_CASE_KINDS);
export const neighbourCaseStatusSchema = z.enum(NEIGHBOUR_CASE_STATUSES);
export const neighbourCaseOutcomeSchema = z.enum(NEIGHBOUR_CASE_OUTCOMES);
export const partyRoleSchema = z.enum(PARTY_ROLES);
export const activityKindSchema = z.enum(ACTIVITY_KINDS);
export const caretakerTaskKindSchema = z.enum(CARETAKER_TASK_KINDS);

const staffRefSchema = z.object({ id: uuidSchema, name: z.string() });

// ——— Buildings ———

export const buildingRefSchema = z.object({ key: z.string(), slug: z.string(), label: z.string() });
export type BuildingRef = z.infer<typeof buildingRefSchema>;

export const buildingSchema = buildingRefSchema.extend({
  districtCode: z.string().nullable(),
  districtName: z.string().nullable(),
  /** Municipal dwellings in the building (not sold). */
  dwellings: z.number().int(),
  activitiesThisYear: z.number().int(),
  lastActivityOn: isoDate.nullable(),
  openCaretakerTasks: z.number().int(),
  /** Neighbour cases not closed; null for roles that may not see cases. */
  activeCases: z.number().int().nullable(),
});
export type Building = z.infer<typeof buildingSchema>;

export const buildingListSchema = z.object({ year: z.number().int(), today: isoDate, items: z.array(buildingSchema) });
export type BuildingList = z.infer<typeof buildingListSchema>;

export const activitySummarySchema = z.object({
  year: z.number().int(),
  activities: z.number().int(),
  householdsAttended: z.number().int(),
  /** Mean households per activity, one decimal. */
  meanAttended: z.number().nullable(),
  /** Households attended per household invited, whole per cent, where the number invited is known. */
  attendanceRate: z.number().int().nullable(),
});
export type ActivitySummary = z.infer<typeof activitySummarySchema>;

// ——— Activities ———

export const createActivityBodySchema = z.object({
  buildingKey: buildingKeySchema,
  kind: activityKindSchema,
  heldOn: isoDate,
  /** Households invited, when known (at least 1). */
  householdsInvited: householdCount.nullable().optional(),
  /** Households that took part; not more than those invited. */
  householdsAttended: householdCount,
  note: text(2000).nullable().optional(),
});
export type CreateActivityBody = z.infer<typeof createActivityBodySchema>;

export const activitySchema = z.object({
  id: uuidSchema,
  building: buildingRefSchema,
  kind: activityKindSchema,
  heldOn: isoDate,
  householdsInvited: z.number().int().nullable(),
  householdsAttended: z.number().int(),
  note: z.string().nullable(),
  recordedBy: staffRefSchema,
  createdAt: timestampSchema,
});
export type Activity = z.infer<typeof activitySchema>;

// ——— Caretaker tasks ———

export const createCaretakerTaskBodySchema = z.object({
  buildingKey: buildingKeySchema,
  kind: caretakerTaskKindSchema,
  description: text(2000),
  /** Defaults to today. */
  createdOn: isoDate.optional(),
  /** The caretaker who does it: a neighbourhood-team or property-manager user. */
  assignedToId: uuidSchema.nullable().optional(),
});
export type CreateCaretakerTaskBody = z.infer<typeof createCaretakerTaskBodySchema>;

export const completeCaretakerTaskBodySchema = z.object({
  doneOn: isoDate,
  /** Whether residents took part (Trondheim: residents join the caretaker in keeping the building). */
  residentsTookPart: z.boolean(),
});
export type CompleteCaretakerTaskBody = z.infer<typeof completeCaretakerTaskBodySchema>;

export const caretakerTaskListQuerySchema = z.object({
  building: buildingKeySchema.optional(),
  status: z.enum(['open', 'done', 'all']).default('open'),
  ...pageQuerySchema.shape,
});
export type CaretakerTaskListQuery = z.infer<typeof caretakerTaskListQuerySchema>;

export const caretakerTaskSchema = z.object({
  id: uuidSchema,
  building: buildingRefSchema,
  kind: caretakerTaskKindSchema,
  description: z.string(),
  status: z.enum(['open', 'done']),
  createdOn: isoDate,
  doneOn: isoDate.nullable(),
  residentsTookPart: z.boolean(),
  assignedTo: staffRefSchema.nullable(),
});
export type CaretakerTask = z.infer<typeof caretakerTaskSchema>;

export const caretakerTaskListSchema = z.object({ total: z.number().int(), items: z.array(caretakerTaskSchema) });
export type CaretakerTaskList = z.infer<typeof caretakerTaskListSchema>;

// ——— Staff who may be chosen ———

export const neighbourhoodStaffSchema = z.object({
  items: z.array(z.object({ id: uuidSchema, name: z.string(), role: z.enum(['neighbourhood', 'property_manager']) })),
});
export type NeighbourhoodStaff = z.infer<typeof neighbourhoodStaffSchema>;

// ——— Neighbour cases ———

export const createNeighbourCaseBodySchema = z.object({
  kind: neighbourCaseKindSchema,
  buildingKey: buildingKeySchema,
  description: text(4000),
  reportedOn: isoDate,
  /** A neighbourhood-team user; the one opening the case when left out. */
  responsibleWorkerId: uuidSchema.optional(),
});
export type CreateNeighbourCaseBody = z.infer<typeof createNeighbourCaseBodySchema>;

/** A tenant of the building (a current lease) chosen by `leaseId`, or a neighbour described only by `label` — one of the two. */
export const addPartyBodySchema = z.object({
  role: partyRoleSchema,
  leaseId: uuidSchema.optional(),
  label: text(200).optional(),
});
export type AddPartyBody = z.infer<typeof addPartyBodySchema>;

export const recordMeetingBodySchema = z.object({ heldOn: isoDate, summary: text(4000) });
export type RecordMeetingBody = z.infer<typeof recordMeetingBodySchema>;

export const recordAgreementBodySchema = z.object({
  heldOn: isoDate,
  /** What the parties agreed, in their words. */
  agreementText: text(4000),
  summary: text(2000).optional(),
});
export type RecordAgreementBody = z.infer<typeof recordAgreementBodySchema>;

export const closeNeighbourCaseBodySchema = z.object({ closedOn: isoDate, outcome: neighbourCaseOutcomeSchema, note: text(2000).optional() });
export type CloseNeighbourCaseBody = z.infer<typeof closeNeighbourCaseBodySchema>;

export const neighbourCaseListQuerySchema = z.object({
  /** `active` (default): not closed. */
  status: z.enum(['active', 'closed', 'all']).default('active'),
  building: buildingKeySchema.optional(),
  ...pageQuerySchema.shape,
});
export type NeighbourCaseListQuery = z.infer<typeof neighbourCaseListQuerySchema>;

export const neighbourCaseIdParamsSchema = z.object({ id: uuidSchema });

export const partySchema = z.object({
  id: uuidSchema,
  role: partyRoleSchema,
  /** The tenant's name or the neighbour's label; empty when the tenant's address is now protected. */
  label: z.string(),
  /** A tenant known to Husly (household and lease), not only a label. */
  known: z.boolean(),
  /** The tenant's address is protected: the name is not shown (domain/neighbourhood/access.ts). */
  nameHidden: z.boolean(),
});
export type Party = z.infer<typeof partySchema>;

export const caseEventSchema = z.object({
  id: uuidSchema,
  kind: z.enum(['dialogue_meeting', 'agreement', 'note']),
  heldOn: isoDate,
  summary: z.string(),
  agreementText: z.string().nullable(),
  recordedBy: staffRefSchema,
  createdAt: timestampSchema,
});
export type CaseEvent = z.infer<typeof caseEventSchema>;

export const neighbourCaseSummarySchema = z.object({
  id: uuidSchema,
  kind: neighbourCaseKindSchema,
  building: buildingRefSchema,
  districtCode: z.string().nullable(),
  status: neighbourCaseStatusSchema,
  reportedOn: isoDate,
  responsibleWorker: staffRefSchema,
  parties: z.number().int(),
  /** The latest meeting, agreement or note. */
  lastEventOn: isoDate.nullable(),
  outcome: neighbourCaseOutcomeSchema.nullable(),
  closedOn: isoDate.nullable(),
  createdAt: timestampSchema,
});
export type NeighbourCaseSummary = z.infer<typeof neighbourCaseSummarySchema>;

export const neighbourCaseSchema = neighbourCaseSummarySchema.extend({
  description: z.string(),
  partyList: z.array(partySchema),
  events: z.array(caseEventSchema),
  /** What may be done now (domain/neighbourhood/case-status.ts allowedActions). */
  allowedActions: z.array(z.enum(NEIGHBOUR_CASE_ACTIONS)),
});
export type NeighbourCase = z.infer<typeof neighbourCaseSchema>;

export const neighbourCaseListSchema = z.object({
  total: z.number().int(),
  /** Cases not closed, by status, whatever the filter. */
  counts: z.object({ open: z.number().int(), dialogue: z.number().int(), agreement: z.number().int() }),
  items: z.array(neighbourCaseSummarySchema),
});
export type NeighbourCaseList = z.infer<typeof neighbourCaseListSchema>;

/** A tenant of the building who may be named as a party (a current lease; never a protected address). */
export const buildingTenantSchema = z.object({ leaseId: uuidSchema, name: z.string(), unit: z.string() });
export const buildingTenantListSchema = z.object({ items: z.array(buildingTenantSchema) });
export type BuildingTenant = z.infer<typeof buildingTenantSchema>;

export const buildingDetailSchema = z.object({
  building: buildingSchema,
  today: isoDate,
  thisYear: activitySummarySchema,
  lastYear: activitySummarySchema,
  /** The last two years' activities, newest first. */
  activities: z.array(activitySchema),
  /** Open tasks and those done in the last twelve months. */
  caretakerTasks: z.array(caretakerTaskSchema),
  /** The building's neighbour cases, newest first; null for roles that may not see cases. */
  cases: z.array(neighbourCaseSummarySchema).nullable(),
});
export type BuildingDetail = z.infer<typeof buildingDetailSchema>;
