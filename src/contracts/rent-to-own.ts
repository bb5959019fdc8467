import { z } from 'zod';
import { RENT_TO_OWN_OUTCOMES, RENT_TO_OWN_STATUSES } from '../domain/rent-to-own/plan.js';
import { timestampSchema, uuidSchema } from './common.js';

/**
 * Rent-to-own (leie til eie, issue 6 § 8): a tenant whose running lease's dwelling has
 * rent-to-own potential, the plan (text, target date), the start-loan case (a `startlan` case of
 * the same household) and the outcome «moved to owned home» or «ended». Caseworker and follow-up team.
 */

const isoDate = z.iso.date();

export const rentToOwnStatusSchema = z.enum(RENT_TO_OWN_STATUSES);

export const createPlanBodySchema = z.strictObject({
  /** The tenant's running lease; its dwelling must have rent-to-own potential. */
  leaseId: z.uuid(),
  /** The plan in words: savings, debt, income steps. */
  plan: z.string().trim().min(1).max(4000),
  targetOn: isoDate.nullable().optional(),
  /** Defaults to today. */
  startedOn: isoDate.optional(),
  startLoanCaseId: z.uuid().nullable().optional(),
});
export type CreatePlanBody = z.infer<typeof createPlanBodySchema>;

export const updatePlanBodySchema = z.strictObject({
  plan: z.string().trim().min(1).max(4000).optional(),
  targetOn: isoDate.nullable().optional(),
  startLoanCaseId: z.uuid().nullable().optional(),
});
export type UpdatePlanBody = z.infer<typeof updatePlanBodySchema>;

export const outcomeBodySchema = z.strictObject({
  outcome: z.enum(RENT_TO_OWN_OUTCOMES),
  outcomeOn: isoDate,
  /** Required when the plan ends without an owned home. */
  note: z.string().trim().max(2000).nullable().optional(),
});
export type OutcomeBody = z.infer<typeof outcomeBodySchema>;

export const planListQuerySchema = z.object({ status: z.enum(['active', 'all']).default('active') });

const caseRefSchema = z.object({ id: uuidSchema, caseNumber: z.string(), status: z.string(), receivedOn: isoDate });
export type CaseRef = z.infer<typeof caseRefSchema>;

export const planSummarySchema = z.object({
  id: uuidSchema,
  householdId: uuidSchema,
  leaseId: uuidSchema,
  dwellingId: uuidSchema,
  /** The head of the household. */
  name: z.string(),
  /** Null when the household's address is protected and the role may not see it. */
  address: z.string().nullable(),
  status: rentToOwnStatusSchema,
  startedOn: isoDate,
  targetOn: isoDate.nullable(),
  outcomeOn: isoDate.nullable(),
  startLoanCase: caseRefSchema.nullable(),
});
export type PlanSummary = z.infer<typeof planSummarySchema>;

export const planListSchema = z.object({
  items: z.array(planSummarySchema),
  /** Households that moved to an owned home this calendar year (the indicator). */
  movedToOwnedThisYear: z.number().int(),
});
export type PlanList = z.infer<typeof planListSchema>;

export const planSchema = planSummarySchema.extend({
  plan: z.string(),
  outcomeNote: z.string().nullable(),
  leaseStartDate: isoDate,
  monthlyRent: z.number().int(),
  /** The household's start-loan cases, to link. */
  startLoanCaseOptions: z.array(caseRefSchema),
  createdAt: timestampSchema,
});
export type Plan = z.infer<typeof planSchema>;

/** A running lease on a dwelling with rent-to-own potential and no active plan: who may start on the path. */
export const candidateSchema = z.object({
  leaseId: uuidSchema,
  householdId: uuidSchema,
  name: z.string(),
  address: z.string().nullable(),
  leaseStartDate: isoDate,
  monthlyRent: z.number().int(),
  startLoanCaseOptions: z.array(caseRefSchema),
});
export type Candidate = z.infer<typeof candidateSchema>;
export const candidateListSchema = z.object({ items: z.array(candidateSchema) });
