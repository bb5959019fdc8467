import type { CaseType, RentalKind } from '../cases/case-types.js';
import { appealDeadline, compareDates, toIsoDate, validUntil, type AppealDeadline, type IsoDate } from '../deadlines/index.js';
import type { EligibilityReason } from '../eligibility/index.js';
import { DECISION_HEADINGS, DECISION_TEXT, OTHER_HELP_TEXT, decisionTitle, norwegianNumber, type OtherHelp } from './decision-text.js';
import { findLegalBasis, procedureRef, type LegalBasis, type ProcedureRef } from './legal-basis.js';
import { hasText, letterDate, letterMeta, letterSignature, missingBaseBlocks, representativeLead, toParagraphs } from './text.js';
import { BLOCK_IDS, type BlockId, type LetterBaseInput, type LetterResult, type LetterSection, type LetterText, type SignerInput } from './types.js';

/**
 * The decision letter (vedtaksbrev) builder. It refuses — as a value, not an exception — to
 * produce a letter without the blocks the law requires: reasons with facts, rules and main
 * considerations (fvl. §§ 24–25), the appeal information and the right of access (fvl. § 27),
 * «hovedinnholdet i bistanden» (boligsosial lov § 7), and for an allocation what Husbanken's
 * guidance asks for (dwelling, lease length, validity and lapse; domain.md § 1.2).
 */

export type DecisionOutcome = 'approved' | 'partly_approved' | 'refused';

/** What the person can expect of the dwelling; the later offer adds only address and rent. */
export interface DwellingSpec {
  /** 0 for a one-room dwelling. */
  readonly bedrooms: number;
  /** Approximate floor area in square metres. */
  readonly sizeM2?: number;
  readonly floorRequirement?: 'ground_floor' | 'ground_floor_or_lift';
  /** A lift is required. */
  readonly lift?: boolean;
  /** Adapted for a wheelchair user. */
  readonly wheelchair?: boolean;
}

export interface DecisionBlocks {
  readonly conclusion?: LetterText;
  readonly facts?: LetterText;
  readonly considerations?: LetterText;
  /** «Hovedinnholdet i bistanden», boligsosial lov § 7: required when help is granted. */
  readonly helpContent?: LetterText;
  readonly dwelling?: DwellingSpec;
  /** Whole years. */
  readonly leaseYears?: number;
  /** Whole months from the decision date (e.g. Sandnes 12, Sande 6; domain.md § 10.2). */
  readonly validityMonths?: number;
  /**
   * [I] The circumstances the approval rests on («forutsetningene»), printed with the sentence
   * that the decision lapses if they change, so the person knows what to report.
   */
  readonly premises?: readonly string[];
  /** Required (at least one) on a refusal or partial refusal. */
  readonly otherHelp: readonly OtherHelp[];
  /** Each reason's explanation is listed under the considerations, in the letter's language. */
  readonly eligibilityReasons?: readonly EligibilityReason[];
  /** Further rules applied, e.g. the municipality's allocation regulations with section. */
  readonly additionalRules?: readonly string[];
  /** Print the sentence on fri rettshjelp (rettshjelpsloven) where it is relevant. */
  readonly freeLegalAid?: boolean;
}

export interface DecisionLetterInput extends LetterBaseInput {
  readonly caseType: CaseType;
  readonly rentalKind?: RentalKind;
  readonly outcome: DecisionOutcome;
  readonly decidedOn: IsoDate;
  /** The day the letter is posted; the klagefrist date is printed only when it is known. */
  readonly noticeSentOn?: IsoDate;
  /** Overrides deadlines.DEFAULT_ASSUMED_POSTAL_DELIVERY_DAYS. */
  readonly assumedPostalDeliveryDays?: number;
  readonly blocks: DecisionBlocks;
  readonly attestedBy?: SignerInput;
}

/** Which approval blocks a case needs: Husbanken's list applies to a wait for a dwelling, not to a renewal [I]. */
function requiresAllocationBlocks(input: DecisionLetterInput): boolean {
  return input.caseType === 'rental_dwelling' && input.outcome !== 'refused' && input.rentalKind !== 'renewal';
}

const BASIS_BLOCKS: readonly BlockId[] = ['legal_basis', 'appeal', 'appeal_how', 'appeal_help', 'access'];

const isWholeNumber = (n: number | undefined, min: number): n is number => n !== undefined && Number.isInteger(n) && n >= min;

function missingBlocks(input: DecisionLetterInput, basis: LegalBasis | undefined): BlockId[] {
  const b = input.blocks;
  const granted = input.outcome !== 'refused';
  const missing = new Set<BlockId>(missingBaseBlocks(input));
  if (toParagraphs(b.conclusion).length === 0) missing.add('conclusion');
  if (toParagraphs(b.facts).length === 0) missing.add('facts');
  if (toParagraphs(b.considerations).length === 0) missing.add('considerations');
  // The appeal blocks name the appeal body and cite the procedure act, both from the legal basis.
  if (basis === undefined) BASIS_BLOCKS.forEach((id) => missing.add(id));
  if (input.caseType === 'housing_help' && granted && toParagraphs(b.helpContent).length === 0) missing.add('help_content');
  if (requiresAllocationBlocks(input)) {
    if (b.dwelling === undefined || !isWholeNumber(b.dwelling.bedrooms, 0)) missing.add('dwelling');
    if (!isWholeNumber(b.leaseYears, 1)) missing.add('lease');
    if (!isWholeNumber(b.validityMonths, 1)) missing.add('validity');
    if ((b.premises ?? []).filter(hasText).length === 0) missing.add('lapse');
  } else if (input.caseType === 'rental_dwelling' && granted && !isWholeNumber(b.leaseYears, 1)) {
    missing.add('lease');
  }
  if (input.outcome !== 'approved' && b.otherHelp.length === 0) missing.add('other_help');
  return BLOCK_IDS.filter((id) => missing.has(id));
}

/**
 * Builds a decision letter, or lists every required block that is missing.
 * @throws RangeError when a date is not a calendar date or the notice is sent before the decision.
 */
export function buildDecisionLetter(input: DecisionLetterInput): LetterResult {
  const decidedOn = toIsoDate(input.decidedOn);
  if (input.noticeSentOn !== undefined && compareDates(input.noticeSentOn, decidedOn) < 0) {
    throw new RangeError(`notice sent (${input.noticeSentOn}) before the decision (${decidedOn})`);
  }
  const basis = findLegalBasis(input.caseType, decidedOn);
  const missing = missingBlocks(input, basis);
  if (missing.length > 0 || basis === undefined) return { ok: false, missing };

  const deadline =
    input.noticeSentOn === undefined
      ? undefined
      : appealDeadline({ postedOn: input.noticeSentOn, assumedPostalDeliveryDays: input.assumedPostalDeliveryDays });
  const validTo =
    requiresAllocationBlocks(input) && input.blocks.validityMonths !== undefined
      ? validUntil(decidedOn, input.blocks.validityMonths)
      : undefined;

  return {
    ok: true,
    letter: {
      kind: 'decision',
      language: input.language,
      title: decisionTitle(input.caseType, input.rentalKind, input.language),
      meta: letterMeta(input, decidedOn),
      lead: representativeLead(input, basis.procedure),
      sections: decisionSections(input, basis, deadline, validTo),
      signature: letterSignature(input.language, input.caseworker, input.attestedBy),
      derived: {
        legalBasisId: basis.id,
        ...(deadline ? { noticeReachedOn: deadline.noticeReachedOn, appealDeadline: deadline.dueOn } : {}),
        ...(validTo ? { validUntil: validTo } : {}),
      },
    },
  };
}

type Text = (typeof DECISION_TEXT)[keyof typeof DECISION_TEXT];

/** What every section builder needs: the input, its legal basis and the language's wording. */
interface SectionContext {
  readonly input: DecisionLetterInput;
  readonly basis: LegalBasis;
  readonly t: Text;
  readonly section: (id: keyof typeof DECISION_HEADINGS, paragraphs: string[], list?: string[]) => LetterSection;
  readonly ref: (r: ProcedureRef) => string;
}

function decisionSections(
  input: DecisionLetterInput,
  basis: LegalBasis,
  deadline: AppealDeadline | undefined,
  validTo: IsoDate | undefined,
): LetterSection[] {
  const lang = input.language;
  const ctx: SectionContext = {
    input,
    basis,
    t: DECISION_TEXT[lang],
    section: (id, paragraphs, list) => ({ id, heading: DECISION_HEADINGS[id][lang], paragraphs, ...(list && list.length > 0 ? { list } : {}) }),
    ref: (r) => procedureRef(basis.procedure, r, lang),
  };
  return [...grantedSections(ctx, validTo), ...reasonSections(ctx), ...appealSections(ctx, deadline)];
}

/** The conclusion, then what is granted: the help, or the dwelling, lease, validity and lapse. */
function grantedSections({ input, basis, t, section }: SectionContext, validTo: IsoDate | undefined): LetterSection[] {
  const lang = input.language;
  const b = input.blocks;
  const sections = [section('conclusion', toParagraphs(b.conclusion))];
  const help = toParagraphs(b.helpContent);
  if (help.length > 0) sections.push(section('help_content', basis.approvalNote ? [...help, basis.approvalNote[lang]] : help));
  if (requiresAllocationBlocks(input) && b.dwelling) sections.push(section('dwelling', [t.dwellingIntro], dwellingList(b.dwelling, t)));
  if (input.caseType === 'rental_dwelling' && input.outcome !== 'refused' && b.leaseYears !== undefined) {
    sections.push(section('lease', [t.lease(b.leaseYears)]));
  }
  if (validTo && b.validityMonths !== undefined) {
    sections.push(section('validity', [t.validity(b.validityMonths, letterDate(validTo, lang))]));
    sections.push(section('lapse', [t.lapse], toParagraphs(b.premises)));
  }
  return sections;
}

/** The reasons (fvl. §§ 24–25): facts, rules, main considerations; then other help. */
function reasonSections({ input, basis, t, section }: SectionContext): LetterSection[] {
  const lang = input.language;
  const b = input.blocks;
  const rules = toParagraphs(b.additionalRules);
  const reasons = (b.eligibilityReasons ?? []).map((r) => r.explanation[lang]).filter(hasText);
  const sections = [
    section('facts', toParagraphs(b.facts)),
    section(
      'legal_basis',
      [t.legalBasis(basis.legalBasis[lang]), t.decisionMaker(basis.decisionMaker[lang]), ...(rules.length > 0 ? [t.additionalRules] : [])],
      rules,
    ),
    section('considerations', [...toParagraphs(b.considerations), ...(reasons.length > 0 ? [t.eligibilityIntro] : [])], reasons),
  ];
  if (b.otherHelp.length > 0) {
    sections.push(section('other_help', [t.otherHelpIntro], [...new Set(b.otherHelp)].map((h) => OTHER_HELP_TEXT[h][lang])));
  }
  return sections;
}

/** The appeal information and the right of access (fvl. §§ 27, 29–30, 32, 11, 36, 18–19). */
function appealSections({ input, basis, t, section, ref }: SectionContext, deadline: AppealDeadline | undefined): LetterSection[] {
  const lang = input.language;
  const date = (d: IsoDate) => letterDate(d, lang);
  const deadlineDate =
    deadline && input.noticeSentOn !== undefined ? [t.deadlineDate(date(input.noticeSentOn), date(deadline.noticeReachedOn), date(deadline.dueOn))] : [];
  return [
    section('appeal', [
      t.deadline(ref('appealDeadline')),
      ...deadlineDate,
      t.inTime(ref('appealInTime')),
      t.appealRoute(basis.appealVia[lang], basis.appealBody[lang], basis.appealBodyBasis[lang]),
    ]),
    section('appeal_how', [t.appealForm(ref('appealContent'))], [t.appealWhich(input.caseNumber.trim()), t.appealWhat, t.appealWhy]),
    section('appeal_help', [t.guidance(ref('guidance')), t.costs(ref('costs')), ...(input.blocks.freeLegalAid ? [t.legalAid(STATSFORVALTER[lang])] : [])]),
    section('access', [t.access(ref('access'))]),
  ];
}

/** Fri rettshjelp is administered by Statsforvalteren, whatever body hears the appeal [R]. */
const STATSFORVALTER = { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' } as const;

function dwellingList(d: DwellingSpec, t: Text): string[] {
  const list = [t.bedrooms(d.bedrooms)];
  if (d.sizeM2 !== undefined && d.sizeM2 > 0) list.push(t.size(norwegianNumber(d.sizeM2)));
  if (d.floorRequirement === 'ground_floor') list.push(t.groundFloor);
  if (d.floorRequirement === 'ground_floor_or_lift') list.push(t.groundFloorOrLift);
  if (d.lift === true) list.push(t.lift);
  if (d.wheelchair === true) list.push(t.wheelchair);
  return list;
}
