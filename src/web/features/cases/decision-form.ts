import type { Decision, DecisionContentInput } from '../../../contracts/cases';
import type { DecisionOutcome } from '../../../domain/cases/decision-status';
import type { OtherHelp } from '../../../domain/letters/decision-text';
import type { Catalogue } from '../../app/i18n/nb';
import type { FieldMessages } from '../../components/form-errors';

/** The decision editor's fields as typed; mirrors decisionContentSchema in contracts/case-decisions.ts. */
export type DecisionValues = {
  outcome: DecisionOutcome;
  language: 'nb' | 'nn';
  conclusion: string;
  facts: string;
  considerations: string;
  helpContent: string;
  bedrooms: string;
  sizeM2: string;
  floorRequirement: 'none' | 'ground_floor' | 'ground_floor_or_lift';
  lift: boolean;
  wheelchair: boolean;
  leaseYears: string;
  validityMonths: string;
  /** One premise per line. */
  premises: string;
  otherHelp: OtherHelp[];
  includeEligibilityReasons: boolean;
  /** One rule per line. */
  additionalRules: string;
  freeLegalAid: boolean;
};

const numberText = (value: number | null | undefined): string => (value === null || value === undefined ? '' : String(value));

export function decisionValues(decision: Decision): DecisionValues {
  const c = decision.content;
  return {
    outcome: decision.outcome,
    language: decision.language,
    conclusion: c.conclusion,
    facts: c.facts,
    considerations: c.considerations,
    helpContent: c.helpContent,
    bedrooms: numberText(c.dwelling?.bedrooms),
    sizeM2: numberText(c.dwelling?.sizeM2),
    floorRequirement: c.dwelling?.floorRequirement ?? 'none',
    lift: c.dwelling?.lift ?? false,
    wheelchair: c.dwelling?.wheelchair ?? false,
    leaseYears: numberText(c.leaseYears),
    validityMonths: numberText(c.validityMonths),
    premises: c.premises.join('\n'),
    otherHelp: [...c.otherHelp],
    includeEligibilityReasons: c.includeEligibilityReasons,
    additionalRules: c.additionalRules.join('\n'),
    freeLegalAid: c.freeLegalAid,
  };
}

/** Element ids by API field path, in form order. */
export const DECISION_FIELD_IDS = {
  outcome: 'decision-outcome',
  language: 'decision-language',
  'content.conclusion': 'decision-conclusion',
  'content.facts': 'decision-facts',
  'content.considerations': 'decision-considerations',
  'content.helpContent': 'decision-help-content',
  'content.dwelling.bedrooms': 'decision-bedrooms',
  'content.dwelling.sizeM2': 'decision-size',
  'content.dwelling': 'decision-bedrooms',
  'content.leaseYears': 'decision-lease-years',
  'content.validityMonths': 'decision-validity',
  'content.premises': 'decision-premises',
  'content.otherHelp': 'decision-other-help',
  'content.additionalRules': 'decision-additional-rules',
  content: 'decision-conclusion',
} as const;
export type DecisionField = keyof typeof DECISION_FIELD_IDS;

const lines = (text: string): string[] =>
  text
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);

/** A whole number from a text field: null when empty, NaN when not a whole number. */
function wholeNumber(text: string): number | null {
  const value = text.trim();
  if (value === '') return null;
  return /^\d{1,4}$/.test(value) ? Number(value) : Number.NaN;
}

/** Numbers that are not whole numbers; the server checks ranges and which blocks the letter needs. */
export function validateDecision(v: DecisionValues, t: Catalogue): FieldMessages<DecisionField> {
  const d = t.decisionEditor;
  const errors: FieldMessages<DecisionField> = {};
  const check = (field: DecisionField, text: string, label: string) => {
    if (Number.isNaN(wholeNumber(text))) errors[field] = t.form.wholeNumber(label);
  };
  check('content.dwelling.bedrooms', v.bedrooms, d.bedrooms);
  check('content.dwelling.sizeM2', v.sizeM2, d.sizeM2);
  check('content.leaseYears', v.leaseYears, d.leaseYears);
  check('content.validityMonths', v.validityMonths, d.validityMonths);
  if (wholeNumber(v.bedrooms) === null && (v.sizeM2.trim() || v.floorRequirement !== 'none' || v.lift || v.wheelchair)) {
    errors['content.dwelling.bedrooms'] = t.form.required(d.bedrooms);
  }
  return errors;
}

export function toContent(v: DecisionValues): DecisionContentInput {
  const bedrooms = wholeNumber(v.bedrooms);
  return {
    conclusion: v.conclusion,
    facts: v.facts,
    considerations: v.considerations,
    helpContent: v.helpContent,
    dwelling:
      bedrooms === null || Number.isNaN(bedrooms)
        ? null
        : { bedrooms, sizeM2: wholeNumber(v.sizeM2), floorRequirement: v.floorRequirement, lift: v.lift, wheelchair: v.wheelchair },
    leaseYears: wholeNumber(v.leaseYears),
    validityMonths: wholeNumber(v.validityMonths),
    premises: lines(v.premises),
    otherHelp: v.otherHelp,
    includeEligibilityReasons: v.includeEligibilityReasons,
    additionalRules: lines(v.additionalRules),
    freeLegalAid: v.freeLegalAid,
  };
}
