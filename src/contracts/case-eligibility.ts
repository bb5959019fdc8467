/** Eligibility: the active rule set as text, and an evaluation of a case with every reason. */
import { z } from 'zod';
import { MIN_OVERRIDE_REASON_LENGTH } from '../domain/eligibility/evaluate.js';
import { RULE_KINDS } from '../domain/eligibility/types.js';
import { languageSchema, timestampSchema, uuidSchema } from './common.js';

const isoDate = z.iso.date();

export const rulesQuerySchema = z.object({
  /** The date the rule set must be in force on; today when left out. */
  date: isoDate.optional(),
});

export const ruleSetTextSchema = z.object({
  ruleSet: z.object({
    id: z.string(),
    version: z.number().int(),
    municipality: z.string(),
    effectiveFrom: isoDate,
    validityMonths: z.number().int(),
  }),
  language: languageSchema,
  sections: z.array(z.object({ heading: z.string(), lines: z.array(z.string()) })),
  /** The same as one plain-text document. */
  text: z.string(),
});
export type RuleSetText = z.infer<typeof ruleSetTextSchema>;

export const ruleOverrideSchema = z.object({
  ruleId: z.string().min(1).max(100),
  /** Why the rule would give an obviously unreasonable result here; quoted in the vedtak. */
  reason: z.string().trim().min(MIN_OVERRIDE_REASON_LENGTH).max(2000),
});

export const evaluateBodySchema = z.object({
  overrides: z.array(ruleOverrideSchema).max(20).default([]),
});
export type EvaluateBody = z.infer<typeof evaluateBodySchema>;

export const eligibilityReasonSchema = z.object({
  ruleId: z.string(),
  kind: z.enum(RULE_KINDS),
  outcome: z.enum(['met', 'not_met', 'unknown', 'overridden']),
  /** In the response language (bokmål for nynorsk-less callers). */
  explanation: z.string(),
  source: z.object({ document: z.string(), section: z.string().optional(), url: z.string().optional() }),
  values: z.record(z.string(), z.union([z.string(), z.number(), z.boolean(), z.null()])),
  missingFacts: z.array(z.string()),
  override: z.object({ reason: z.string(), evaluatedOutcome: z.enum(['met', 'not_met', 'unknown']) }).optional(),
});

export const evaluationSchema = z.object({
  id: uuidSchema,
  ruleSet: z.object({ id: z.string(), version: z.number().int() }),
  evaluatedOn: isoDate,
  outcome: z.enum(['eligible', 'not_eligible', 'incomplete']),
  /** Only when eligible: the last day an approval would be valid. */
  validUntil: isoDate.nullable(),
  reasons: z.array(eligibilityReasonSchema),
  overrides: z.array(z.object({ ruleId: z.string(), reason: z.string() })),
  evaluatedBy: uuidSchema,
  createdAt: timestampSchema,
});
export type Evaluation = z.infer<typeof evaluationSchema>;
