/** Decisions (enkeltvedtak), letters and appeals (klage) of a case. */
import { z } from 'zod';
import { APPEAL_BODY_OUTCOMES, APPEAL_REVIEW_OUTCOMES, APPEAL_STATUSES } from '../domain/cases/appeals.js';
import { DECISION_OUTCOMES, DECISION_STATUSES } from '../domain/cases/decision-status.js';
import { OTHER_HELP_KINDS } from '../domain/letters/decision-text.js';
import { timestampSchema, uuidSchema } from './common.js';

const isoDate = z.iso.date();
const letterLanguageSchema = z.enum(['nb', 'nn']);

// ——— Letters ———

export const LETTER_KINDS = ['preliminary_reply', 'decision', 'forwarding', 'appeal_cover', 'offer'] as const;
export const letterMetaSchema = z.object({
  id: uuidSchema,
  kind: z.enum(LETTER_KINDS),
  language: letterLanguageSchema,
  recipientKind: z.enum(['person', 'representative', 'appeal_body', 'unit']),
  recipientName: z.string(),
  sentOn: isoDate,
  createdAt: timestampSchema,
});
export type LetterMeta = z.infer<typeof letterMetaSchema>;

export const letterParamsSchema = z.object({ id: uuidSchema, letterId: uuidSchema });

// ——— Decisions ———

/**
 * The caseworker's content blocks of a decision letter (fvl. §§ 24–25, 27; domain.md § 10.1.3),
 * the same blocks as the letter builder's DecisionBlocks (domain/letters). The builder decides
 * which are required for the outcome and case type; sending refuses a letter with missing
 * blocks (422 rule_violation, fieldErrors `content.<field>`, code `missing_block`).
 * Text fields: paragraphs separated by a blank line.
 */
export const decisionContentSchema = z.object({
  /** Clear conclusion (konklusjon). */
  conclusion: z.string().trim().max(4000).default(''),
  /** The facts of the case (faktum). */
  facts: z.string().trim().max(10000).default(''),
  /** Main considerations (hovedhensyn, fvl. § 25 third paragraph). */
  considerations: z.string().trim().max(10000).default(''),
  /** «Hovedinnholdet i bistanden» (boligsosial lov § 7): required when § 7 help is granted. */
  helpContent: z.string().trim().max(4000).default(''),
  /** For an approved rental dwelling: what the person can expect of the dwelling. */
  dwelling: z
    .object({
      /** 0 for a one-room dwelling. */
      bedrooms: z.number().int().min(0).max(10),
      sizeM2: z.number().int().min(10).max(400).nullable().default(null),
      floorRequirement: z.enum(['none', 'ground_floor', 'ground_floor_or_lift']).default('none'),
      lift: z.boolean().default(false),
      wheelchair: z.boolean().default(false),
    })
    .nullable()
    .default(null),
  /** Lease length in whole years, for an approved rental dwelling (husleieloven § 9-3 / § 11-1). */
  leaseYears: z.number().int().min(1).max(10).nullable().default(null),
  /** Months the approval is valid; null: the municipality's rule set decides (Demo: 12). */
  validityMonths: z.number().int().min(1).max(60).nullable().default(null),
  /** The circumstances the approval rests on; it lapses if they change. */
  premises: z.array(z.string().trim().min(1).max(300)).max(10).default([]),
  /** Other help the person may be guided to; at least one on a refusal. */
  otherHelp: z.array(z.enum(OTHER_HELP_KINDS)).max(OTHER_HELP_KINDS.length).default([]),
  /** List the latest eligibility evaluation's reasons under the considerations. */
  includeEligibilityReasons: z.boolean().default(true),
  /** Further rules applied, e.g. the municipality's allocation regulations with section. */
  additionalRules: z.array(z.string().trim().min(1).max(300)).max(10).default([]),
  /** Print the sentence on free legal aid (fri rettshjelp). */
  freeLegalAid: z.boolean().default(false),
});
export type DecisionContent = z.infer<typeof decisionContentSchema>;
export type DecisionContentInput = z.input<typeof decisionContentSchema>;

export const createDecisionBodySchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES),
  /** Målform of the letter; the person's written language when left out. */
  language: letterLanguageSchema.optional(),
  content: decisionContentSchema.prefault({}),
});
export type CreateDecisionBody = z.infer<typeof createDecisionBodySchema>;

export const updateDecisionBodySchema = z.object({
  outcome: z.enum(DECISION_OUTCOMES).optional(),
  language: letterLanguageSchema.optional(),
  content: decisionContentSchema.optional(),
});
export type UpdateDecisionBody = z.infer<typeof updateDecisionBodySchema>;

export const decisionSummarySchema = z.object({
  id: uuidSchema,
  caseId: uuidSchema,
  outcome: z.enum(DECISION_OUTCOMES),
  status: z.enum(DECISION_STATUSES),
  language: letterLanguageSchema,
  decidedOn: isoDate.nullable(),
  noticeSentOn: isoDate.nullable(),
  /** The klagefrist, with postal delivery assumed (fvl. §§ 29–30). */
  appealDeadline: isoDate.nullable(),
  validUntil: isoDate.nullable(),
  author: z.object({ id: uuidSchema, displayName: z.string() }),
  attestedBy: z.object({ id: uuidSchema, displayName: z.string() }).nullable(),
  attestedAt: timestampSchema.nullable(),
  createdAt: timestampSchema,
});
export type DecisionSummary = z.infer<typeof decisionSummarySchema>;

export const decisionSchema = decisionSummarySchema.extend({
  content: decisionContentSchema,
  /** Field paths (`content.facts`, …) the letter builder still misses for sending; empty when the draft can be sent. */
  missingBlocks: z.array(z.string()),
});
export type Decision = z.infer<typeof decisionSchema>;

export const decisionParamsSchema = z.object({ id: uuidSchema, decisionId: uuidSchema });

export const sendDecisionResultSchema = z.object({
  decision: decisionSummarySchema,
  letter: letterMetaSchema.nullable(),
});

// ——— Appeals ———

export const registerAppealBodySchema = z.object({
  decisionId: uuidSchema,
  /** The day the appeal was posted or handed in; decides whether it is in time (fvl. § 30). */
  submittedOn: isoDate,
  receivedOn: isoDate,
  grounds: z.string().trim().min(1).max(10000),
});
export type RegisterAppealBody = z.infer<typeof registerAppealBodySchema>;

export const reviewAppealBodySchema = z.object({
  outcome: z.enum(APPEAL_REVIEW_OUTCOMES),
  /** The first instance's assessment (fvl. § 33); printed on the cover sheet when upheld. */
  note: z.string().trim().min(1).max(4000),
  /** Required when upholding a late appeal: whether it should still be considered (fvl. § 31). */
  lateAppealAssessment: z.string().trim().max(4000).optional(),
});
export type ReviewAppealBody = z.infer<typeof reviewAppealBodySchema>;

export const appealOutcomeBodySchema = z.object({
  outcome: z.enum(APPEAL_BODY_OUTCOMES),
  decidedOn: isoDate,
});
export type AppealOutcomeBody = z.infer<typeof appealOutcomeBodySchema>;

export const appealSchema = z.object({
  id: uuidSchema,
  caseId: uuidSchema,
  decisionId: uuidSchema,
  submittedOn: isoDate,
  receivedOn: isoDate,
  grounds: z.string(),
  inTime: z.boolean(),
  /** For a late appeal (fvl. § 31): days after the deadline, and whether it may still be considered. */
  late: z.object({ lateByDays: z.number().int(), mayBeConsidered: z.boolean(), basis: z.string() }).nullable(),
  status: z.enum(APPEAL_STATUSES),
  reviewNote: z.string().nullable(),
  reviewedOn: isoDate.nullable(),
  forwardedOn: isoDate.nullable(),
  appealBody: z.string().nullable(),
  bodyOutcome: z.enum(APPEAL_BODY_OUTCOMES).nullable(),
  bodyDecidedOn: isoDate.nullable(),
  createdAt: timestampSchema,
});
export type Appeal = z.infer<typeof appealSchema>;

export const appealParamsSchema = z.object({ id: uuidSchema });

export const appealActionResultSchema = z.object({
  appeal: appealSchema,
  /** The new draft when the first instance reverses its decision. */
  decision: decisionSummarySchema.nullable(),
  /** The cover letter when the appeal is forwarded to the appeal body. */
  letter: letterMetaSchema.nullable(),
});
