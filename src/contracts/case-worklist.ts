/** The work list (arbeidsliste) and its counts for the start page. */
import { z } from 'zod';
import { CASE_TYPES, RENTAL_KINDS } from '../domain/cases/case-types.js';
import { CASE_STATUSES } from '../domain/cases/case-status.js';
import { deadlineSchema, staffRefSchema } from './case-common.js';
import { uuidSchema } from './common.js';

const isoDate = z.iso.date();

export const worklistItemSchema = z.object({
  caseId: uuidSchema,
  caseNumber: z.string(),
  caseType: z.enum(CASE_TYPES),
  rentalKind: z.enum(RENTAL_KINDS).nullable(),
  status: z.enum(CASE_STATUSES),
  receivedOn: isoDate,
  personName: z.string(),
  assignedTo: staffRefSchema.nullable(),
  deadline: deadlineSchema,
  decisionId: uuidSchema.nullable(),
  validUntil: isoDate.nullable(),
  appealId: uuidSchema.nullable(),
  appealInTime: z.boolean().nullable(),
});
export type WorklistItem = z.infer<typeof worklistItemSchema>;

const worklistSections = {
  /** Cases assigned to the actor that wait for them: received, preliminary reply sent, appealed, remanded. */
  myCases: z.array(worklistItemSchema),
  /** Cases of any caseworker in warning or overdue for the foreløpig svar (fvl. § 11a), oldest first. */
  preliminaryReply: z.array(worklistItemSchema),
  /** Sent approvals whose validity ends within 60 days. */
  expiringDecisions: z.array(worklistItemSchema),
  /** Appeals registered and not yet reviewed. */
  appealsWaiting: z.array(worklistItemSchema),
  /** Decisions waiting for a second person's attestation. */
  awaitingAttestation: z.array(worklistItemSchema),
  /** Cases forwarded to another unit. */
  forwarded: z.array(worklistItemSchema),
  /** Appeals forwarded to the appeal body and waiting for its outcome. */
  appealsAtAppealBody: z.array(worklistItemSchema),
};
export const worklistSchema = z.object({
  today: isoDate,
  ...worklistSections,
  /** Section sizes for the start page, plus how many of the preliminary-reply cases are overdue. */
  counts: z.object({
    myCases: z.number().int(),
    preliminaryReply: z.number().int(),
    preliminaryReplyOverdue: z.number().int(),
    expiringDecisions: z.number().int(),
    appealsWaiting: z.number().int(),
    awaitingAttestation: z.number().int(),
    forwarded: z.number().int(),
    appealsAtAppealBody: z.number().int(),
  }),
});
export type Worklist = z.infer<typeof worklistSchema>;

