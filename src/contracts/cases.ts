/**
 * Cases (saker): intake, the case page, the work list, notes, documents, eligibility,
 * preliminary replies and forwarding. Decisions and appeals are in case-decisions.ts and
 * re-exported here, so the web imports everything about cases from this one module.
 */
import { z } from 'zod';
import {
  CASE_TYPES,
  CONSENT_RECIPIENTS,
  DOCUMENT_STATUSES,
  INTAKE_CHANNELS,
  NEED_CATEGORIES,
  NOTE_SENSITIVITIES,
  ADDRESS_PROTECTIONS,
  RENTAL_KINDS,
  YES_NO_UNKNOWN,
} from '../domain/cases/case-types.js';
import { CASE_EVENTS, CASE_STATUSES } from '../domain/cases/case-status.js';
import { HOUSING_SITUATIONS } from '../domain/eligibility/types.js';
import { timestampSchema, uuidSchema } from './common.js';
import { appealSchema, decisionSummarySchema, letterMetaSchema } from './case-decisions.js';
import { deadlineSchema, staffRefSchema } from './case-common.js';
import { evaluationSchema } from './case-eligibility.js';

export * from './case-common.js';
export * from './case-decisions.js';
export * from './case-eligibility.js';
export * from './case-worklist.js';

const isoDate = z.iso.date();
/** Whole kroner. */
const kroner = z.number().int().min(0).max(1_000_000_000);

// ——— The application form (søknad) ———

export const specialNeedsSchema = z.object({
  wheelchair: z.boolean().default(false),
  lift: z.boolean().default(false),
  groundFloor: z.boolean().default(false),
  /** Døgnbemannet bolig. */
  staffed: z.boolean().default(false),
  /** Personalbase nearby. */
  staffBase: z.boolean().default(false),
  /** Whether shared housing (bofellesskap) is suitable. */
  sharedHousingOk: z.enum(YES_NO_UNKNOWN).default('unknown'),
  /** The children's school district (skolekrets), when it matters. */
  schoolDistrict: z.string().trim().max(100).nullable().default(null),
});

export const documentationItemSchema = z.object({
  /** A checklist code, e.g. `income_statement` (DOCUMENTATION_ITEMS suggests the usual ones). */
  item: z.string().regex(/^[a-z0-9_]{1,50}$/),
  status: z.enum(DOCUMENT_STATUSES),
});

export const applicationSchema = z.object({
  housingSituation: z.enum(HOUSING_SITUATIONS),
  needCategory: z.enum(NEED_CATEGORIES),
  specialNeeds: specialNeedsSchema.prefault({}),
  /** District codes (`01`, `02` …) of the municipality, in order of preference. */
  areaWishes: z.array(z.string().regex(/^[0-9A-Za-z]{1,10}$/)).max(20).default([]),
  /** Gross annual income and assets in kroner; null when not yet known. */
  income: z
    .object({
      applicantGrossAnnual: kroner.nullable().default(null),
      householdGrossAnnual: kroner.nullable().default(null),
      assets: kroner.nullable().default(null),
    })
    .prefault({}),
  /** Null: not yet checked. `{ amount: 0 }`: checked, no debt. */
  debtToMunicipality: z.object({ amount: kroner, repaymentPlan: z.boolean() }).nullable().default(null),
  /** Null: checked, never evicted. Absent: not yet checked. */
  lastEvictionDate: isoDate.nullable().optional(),
  documentation: z.array(documentationItemSchema).max(30).default([]),
  /** Districts close to the household's network, work or services (a soft wish in allocation). */
  networkAreas: z.array(z.string().regex(/^[0-9A-Za-z]{1,10}$/)).max(20).default([]),
  /**
   * Safety exclusions for allocation: districts the household must not live in, and persons it
   * must not live in the same building as (their current dwelling's building is excluded).
   */
  safety: z
    .object({
      excludedDistricts: z.array(z.string().regex(/^[0-9A-Za-z]{1,10}$/)).max(20).default([]),
      avoidPersonIds: z.array(z.uuid()).max(10).default([]),
    })
    .prefault({}),
  /** Facts for the eligibility rules; null when not yet assessed. */
  facts: z
    .object({
      documentedOwnAttempts: z.boolean().nullable().default(null),
      canMeetLeaseTerms: z.boolean().nullable().default(null),
      hasDailyCareOfChildren: z.boolean().nullable().default(null),
    })
    .prefault({}),
});
export type Application = z.infer<typeof applicationSchema>;
export type ApplicationInput = z.input<typeof applicationSchema>;

/** The amounts of the application in multiples of G on the day it was received. */
export const amountsInGSchema = z.object({
  date: isoDate,
  /** The G in force on `date`, kroner (null before the first row of the G table). */
  grunnbelop: z.number().int().nullable(),
  applicantGrossAnnual: z.number().nullable(),
  householdGrossAnnual: z.number().nullable(),
  assets: z.number().nullable(),
  debtToMunicipality: z.number().nullable(),
});
export const applicationViewSchema = applicationSchema.extend({ amountsInG: amountsInGSchema });

// ——— Intake ———

export const caseOpeningSchema = z
  .object({
    caseType: z.enum(CASE_TYPES),
    /** Required for `rental_dwelling` (the KOSTRA split), not allowed otherwise. */
    rentalKind: z.enum(RENTAL_KINDS).optional(),
  })
  .superRefine((value, ctx) => {
    // Reported like any missing field (code `required`), and a kind on another case type as an invalid value.
    if (value.caseType === 'rental_dwelling' && value.rentalKind === undefined) {
      ctx.addIssue({ code: 'invalid_type', expected: 'string', input: undefined, path: ['rentalKind'], message: 'Invalid input: expected string, received undefined' });
    }
    if (value.caseType !== 'rental_dwelling' && value.rentalKind !== undefined) {
      ctx.addIssue({ code: 'custom', path: ['rentalKind'], message: 'rentalKind applies only to rental_dwelling' });
    }
  });

export const intakeBodySchema = z.object({
  householdId: uuidSchema,
  /** The person the cases are about; the household's head (hovedsøker) when left out. */
  personId: uuidSchema.optional(),
  channel: z.enum(INTAKE_CHANNELS),
  /** The day the request reached the municipality; the fvl. § 11a month runs from it. */
  receivedOn: isoDate,
  summary: z.string().trim().min(1).max(4000),
  cases: z.array(caseOpeningSchema).min(1).max(CASE_TYPES.length),
  /** The caseworker to assign; the one registering when left out. */
  assignedToId: uuidSchema.optional(),
  application: applicationSchema,
});
export type IntakeBody = z.infer<typeof intakeBodySchema>;

export const legalBasisViewSchema = z.object({
  ref: z.string(),
  provisions: z.string(),
  decisionMaker: z.string(),
  appealBody: z.string(),
});

export const caseSummarySchema = z.object({
  id: uuidSchema,
  caseNumber: z.string(),
  caseType: z.enum(CASE_TYPES),
  rentalKind: z.enum(RENTAL_KINDS).nullable(),
  status: z.enum(CASE_STATUSES),
  receivedOn: isoDate,
  personId: uuidSchema,
  householdId: uuidSchema,
  helpRequestId: uuidSchema,
  assignedTo: staffRefSchema.nullable(),
  legalBasis: legalBasisViewSchema,
});
export type CaseSummary = z.infer<typeof caseSummarySchema>;

export const intakeResultSchema = z.object({
  helpRequestId: uuidSchema,
  cases: z.array(caseSummarySchema),
});
export type IntakeResult = z.infer<typeof intakeResultSchema>;

// ——— The case page ———

export const personSummarySchema = z.object({
  id: uuidSchema,
  givenName: z.string(),
  familyName: z.string(),
  birthDate: isoDate.nullable(),
  age: z.number().int().nullable(),
  /** Only the date part (maskFnr); the full number is on the person page. */
  nationalIdMasked: z.string().nullable(),
  writtenLanguage: z.enum(['nb', 'nn']),
  interpreterLanguage: z.string().nullable(),
  phone: z.string().nullable(),
  email: z.string().nullable(),
  addressProtection: z.enum(ADDRESS_PROTECTIONS),
  /** Null when the address is protected (fortrolig, strengt fortrolig) or not for this role (canSeeAddress). */
  address: z.object({ line: z.string().nullable(), postalCode: z.string().nullable(), postalCity: z.string().nullable() }).nullable(),
  /** Fullmektig or verge in force today: letters go to them (fvl. § 12). */
  representative: z.object({ kind: z.enum(['fullmektig', 'verge']), name: z.string() }).nullable(),
  residentSince: isoDate.nullable(),
  residenceStatus: z.string().nullable(),
  refugeeSettledOn: isoDate.nullable(),
});

export const householdViewSchema = z.object({
  id: uuidSchema,
  headPersonId: uuidSchema,
  members: z.array(
    z.object({
      personId: uuidSchema,
      givenName: z.string(),
      familyName: z.string(),
      relation: z.string(),
      age: z.number().int().nullable(),
      grossAnnualIncome: z.number().int().nullable(),
    }),
  ),
});

export const noteSchema = z.object({
  id: uuidSchema,
  body: z.string(),
  sensitivity: z.enum(NOTE_SENSITIVITIES),
  createdAt: timestampSchema,
  createdBy: staffRefSchema,
});
export type CaseNote = z.infer<typeof noteSchema>;
export const addNoteBodySchema = z.object({
  body: z.string().trim().min(1).max(4000),
  sensitivity: z.enum(NOTE_SENSITIVITIES).default('none'),
});
export type AddNoteBody = z.infer<typeof addNoteBodySchema>;

export const documentMetaSchema = z.object({
  id: uuidSchema,
  checklistItem: z.string(),
  filename: z.string(),
  mimeType: z.enum(['application/pdf', 'image/jpeg', 'image/png']),
  sizeBytes: z.number().int(),
  sha256: z.string(),
  uploadedAt: timestampSchema,
  uploadedBy: staffRefSchema,
});
export type DocumentMeta = z.infer<typeof documentMetaSchema>;

export const consentViewSchema = z.object({
  id: uuidSchema,
  recipient: z.enum(CONSENT_RECIPIENTS).or(z.string()),
  purpose: z.string(),
  scope: z.string(),
  validFrom: isoDate,
  validTo: isoDate.nullable(),
  withdrawnAt: timestampSchema.nullable(),
  inForce: z.boolean(),
});

export const timelineEventSchema = z.object({
  id: uuidSchema,
  occurredAt: timestampSchema,
  type: z.string(),
  actorUsername: z.string().nullable(),
  actorRole: z.string().nullable(),
  reason: z.string().nullable(),
  data: z.record(z.string(), z.unknown()),
});

export const readerSchema = z.object({
  actorUsername: z.string().nullable(),
  actorRole: z.string(),
  reads: z.number().int(),
  lastReadAt: timestampSchema,
});

export const caseDetailSchema = z.object({
  case: caseSummarySchema.extend({
    preliminaryReplySentOn: isoDate.nullable(),
    decidedOn: isoDate.nullable(),
    forwardedTo: z.string().nullable(),
    forwardedOn: isoDate.nullable(),
    closedOn: isoDate.nullable(),
    summary: z.string(),
    channel: z.string(),
    deadline: deadlineSchema,
    /** Whether the actor may change this case (canHandleCase). */
    canHandle: z.boolean(),
    /** Status events allowed now (for the page's buttons). */
    allowedEvents: z.array(z.enum(CASE_EVENTS)),
  }),
  person: personSummarySchema,
  household: householdViewSchema,
  application: applicationViewSchema,
  evaluation: evaluationSchema.nullable(),
  decisions: z.array(decisionSummarySchema),
  appeals: z.array(appealSchema),
  letters: z.array(letterMetaSchema),
  documents: z.array(documentMetaSchema),
  /** Notes the role may see; sensitive notes are left out entirely for other roles. */
  notes: z.array(noteSchema),
  consents: z.array(consentViewSchema),
  timeline: z.array(timelineEventSchema),
  readers: z.array(readerSchema),
});
export type CaseDetail = z.infer<typeof caseDetailSchema>;

// ——— Preliminary reply and forwarding ———

export const preliminaryReplyBodySchema = z.object({
  /** Why the case cannot be answered within a month (fvl. § 11a). */
  reason: z.string().trim().min(1).max(2000),
  /** When the person can expect an answer. */
  expectedBy: isoDate,
});
export type PreliminaryReplyBody = z.infer<typeof preliminaryReplyBodySchema>;

export const forwardBodySchema = z.object({
  /** The competent unit, e.g. «NAV Demo» or «Husbanken». */
  unit: z.string().trim().min(1).max(200),
  reason: z.string().trim().min(1).max(2000),
});
export type ForwardBody = z.infer<typeof forwardBodySchema>;

export const caseActionResultSchema = z.object({
  case: caseSummarySchema,
  letter: letterMetaSchema.nullable(),
});
export type CaseActionResult = z.infer<typeof caseActionResultSchema>;

export const caseIdParamsSchema = z.object({ id: uuidSchema });
export const caseDocumentParamsSchema = z.object({ id: uuidSchema, docId: uuidSchema });
export const DOCUMENT_MIME_TYPES = ['application/pdf', 'image/jpeg', 'image/png'] as const;
