import type { CaseType } from '../cases/case-types.js';
import { appealDeadline, compareDates, isAppealInTime, toIsoDate, type IsoDate } from '../deadlines/index.js';
import { findLegalBasis, procedureRef, type LegalBasis, type ProcedureRef } from './legal-basis.js';
import { APPEAL_COVER_TEXT, FORWARDING_TEXT, PRELIMINARY_TEXT } from './other-letters-text.js';
import {
  CASE_SUBJECTS,
  hasText,
  letterDate,
  letterMeta,
  letterSignature,
  missingBaseBlocks,
  representativeLead,
  toParagraphs,
} from './text.js';
import {
  BLOCK_IDS,
  type BlockId,
  type LetterBaseInput,
  type LetterLanguage,
  type LetterResult,
  type LetterSection,
  type LetterText,
  type SignerInput,
} from './types.js';

/**
 * The other letters of a case, with the same value-not-exception pattern as the decision
 * letter: the foreløpig svar (fvl. § 11 a), the letter telling the person that the case has
 * gone to the competent unit (fvl. § 11; the Ombudsman's Lillehammer case), and the cover
 * sheet that sends an appeal to the appeal body (fvl. §§ 29–33).
 */

const ordered = (missing: Set<BlockId>): BlockId[] => BLOCK_IDS.filter((id) => missing.has(id));

const section = (id: BlockId, heading: string, paragraphs: string[], list: string[] = []): LetterSection => ({
  id,
  heading,
  paragraphs,
  ...(list.length > 0 ? { list } : {}),
});

const sentenceStart = (s: string): string => s.charAt(0).toUpperCase() + s.slice(1);

function refFor(basis: LegalBasis, language: LetterLanguage) {
  return (ref: ProcedureRef) => procedureRef(basis.procedure, ref, language);
}

export interface PreliminaryReplyInput extends LetterBaseInput {
  readonly caseType: CaseType;
  /** The date on the letter. */
  readonly sentOn: IsoDate;
  readonly receivedOn: IsoDate;
  /** Why the case cannot be answered within a month of receipt. */
  readonly reason?: LetterText;
  /** What the person can send to speed things up; listed under the reason. */
  readonly neededFromPerson?: readonly string[];
  /** When an answer can be expected: after the letter date. */
  readonly expectedBy?: IsoDate;
}

/**
 * Builds a foreløpig svar: why the case cannot be answered within a month and when an answer
 * can be expected (fvl. § 11 a third paragraph), or lists the missing blocks.
 * @throws RangeError when a date is not a calendar date or the letter predates the receipt.
 */
export function buildPreliminaryReply(input: PreliminaryReplyInput): LetterResult {
  const sentOn = toIsoDate(input.sentOn);
  if (compareDates(sentOn, input.receivedOn) < 0) throw new RangeError(`letter (${sentOn}) before receipt (${input.receivedOn})`);
  const basis = findLegalBasis(input.caseType, sentOn);
  const missing = new Set<BlockId>(missingBaseBlocks(input));
  if (basis === undefined) missing.add('legal_basis');
  if (toParagraphs(input.reason).length === 0) missing.add('delay_reason');
  if (input.expectedBy === undefined || compareDates(input.expectedBy, sentOn) <= 0) missing.add('expected_answer');
  if (missing.size > 0 || basis === undefined || input.expectedBy === undefined) return { ok: false, missing: ordered(missing) };

  const lang = input.language;
  const t = PRELIMINARY_TEXT[lang];
  const needed = toParagraphs(input.neededFromPerson);
  return {
    ok: true,
    letter: {
      kind: 'preliminary_reply',
      language: lang,
      title: t.title,
      meta: letterMeta(input, sentOn),
      lead: representativeLead(input, basis.procedure),
      sections: [
        section('received', t.headings.received, [
          t.received(CASE_SUBJECTS[input.caseType][lang], letterDate(input.receivedOn, lang)),
          t.notDone(refFor(basis, lang)('preliminaryReply')),
        ]),
        section('delay_reason', t.headings.delay_reason, [...toParagraphs(input.reason), ...(needed.length > 0 ? [t.needFromYou] : [])], needed),
        section('expected_answer', t.headings.expected_answer, [t.expected(letterDate(input.expectedBy, lang)), t.contact]),
      ],
      signature: letterSignature(lang, input.caseworker),
      derived: { legalBasisId: basis.id },
    },
  };
}

export interface ForwardingLetterInput extends LetterBaseInput {
  /** The case type of what was forwarded, e.g. housing_help for a request under boligsosial lov. */
  readonly caseType: CaseType;
  readonly sentOn: IsoDate;
  readonly receivedOn: IsoDate;
  /** Defaults to `sentOn`. */
  readonly forwardedOn?: IsoDate;
  /** The competent unit, e.g. «Tildelingsenheten», and how to reach it. */
  readonly forwardedTo: { readonly name: string; readonly contact?: string };
  /** Why that unit is the one to decide. */
  readonly reason?: LetterText;
  /** The part of the request the sender keeps, when one request became several cases. */
  readonly retainedPart?: LetterText;
}

/**
 * Builds the letter telling the person which unit now has the case and why (fvl. § 11), or
 * lists the missing blocks. The unit gets a copy.
 * @throws RangeError when a date is not a calendar date or the letter predates the receipt.
 */
export function buildForwardingLetter(input: ForwardingLetterInput): LetterResult {
  const sentOn = toIsoDate(input.sentOn);
  if (compareDates(sentOn, input.receivedOn) < 0) throw new RangeError(`letter (${sentOn}) before receipt (${input.receivedOn})`);
  const basis = findLegalBasis(input.caseType, sentOn);
  const missing = new Set<BlockId>(missingBaseBlocks(input));
  if (basis === undefined) missing.add('legal_basis');
  if (!hasText(input.forwardedTo.name)) missing.add('forwarded');
  if (toParagraphs(input.reason).length === 0) missing.add('forward_reason');
  if (missing.size > 0 || basis === undefined) return { ok: false, missing: ordered(missing) };

  const lang = input.language;
  const t = FORWARDING_TEXT[lang];
  const unit = input.forwardedTo.name.trim();
  const retained = toParagraphs(input.retainedPart);
  const contact = input.forwardedTo.contact;
  return {
    ok: true,
    letter: {
      kind: 'forwarding',
      language: lang,
      title: t.title,
      meta: letterMeta(input, sentOn, [unit]),
      lead: representativeLead(input, basis.procedure),
      sections: [
        section('forwarded', t.headings.forwarded, [
          t.received(CASE_SUBJECTS[input.caseType][lang], letterDate(input.receivedOn, lang)),
          t.forwarded(unit, letterDate(input.forwardedOn ?? sentOn, lang)),
        ]),
        section('forward_reason', t.headings.forward_reason, [...toParagraphs(input.reason), t.competent(unit, refFor(basis, lang)('guidance'), retained.length > 0)]),
        section('next_steps', t.headings.next_steps, [
          t.noNewApplication(sentenceStart(unit)),
          ...(hasText(contact) ? [t.contact(unit, contact.trim())] : []),
          ...(retained.length > 0 ? [t.retained, ...retained] : []),
        ]),
      ],
      signature: letterSignature(lang, input.caseworker),
      derived: { legalBasisId: basis.id },
    },
  };
}

export interface EnclosedDocument {
  readonly title: string;
  readonly date?: IsoDate;
}

export interface AppealCoverInput {
  readonly language: LetterLanguage;
  readonly municipality: { readonly name: string; readonly unit?: string };
  readonly caseNumber: string;
  readonly caseType: CaseType;
  /** The date on the cover sheet. */
  readonly sentOn: IsoDate;
  /** The appellant; the representative (fvl. § 12) gets the copy when there is one. */
  readonly appellant: { readonly name: string; readonly representativeName?: string };
  /** The appeal body's postal address; its name comes from the legal basis. */
  readonly appealBodyAddressLines?: readonly string[];
  readonly decision: {
    readonly decidedOn: IsoDate;
    /** What was decided, in a sentence or two. */
    readonly summary?: LetterText;
    /** The day the notice reached the appellant, when known … */
    readonly noticeReachedOn?: IsoDate;
    /** … else the day it was posted, with the assumed delivery time. */
    readonly noticeSentOn?: IsoDate;
    readonly assumedPostalDeliveryDays?: number;
  };
  readonly appeal: {
    /** Posted or handed in (fvl. § 30). */
    readonly submittedOn: IsoDate;
    readonly receivedOn: IsoDate;
    /** The appellant's main points, in short. */
    readonly claims?: LetterText;
  };
  /** Required when the appeal is late: whether it should still be considered (fvl. § 31). */
  readonly lateAppealAssessment?: LetterText;
  /** Why the first instance upholds its decision (fvl. § 33). */
  readonly assessment?: LetterText;
  readonly documents: readonly EnclosedDocument[];
  readonly caseworker: SignerInput;
  readonly attestedBy?: SignerInput;
}

/**
 * Builds the cover sheet that sends an appeal to the appeal body: the case, the decision
 * appealed, the dates and whether the appeal is in time (fvl. §§ 29–31), the first
 * instance's assessment (fvl. § 33) and the enclosed documents; or lists the missing blocks.
 * @throws RangeError when a date is not a calendar date or the appeal was received before it was sent.
 */
export function buildAppealCoverLetter(input: AppealCoverInput): LetterResult {
  const sentOn = toIsoDate(input.sentOn);
  const { decision, appeal } = input;
  if (compareDates(appeal.receivedOn, appeal.submittedOn) < 0) {
    throw new RangeError(`appeal received (${appeal.receivedOn}) before it was submitted (${appeal.submittedOn})`);
  }
  const basis = findLegalBasis(input.caseType, decision.decidedOn);
  const delivery =
    decision.noticeReachedOn !== undefined
      ? { reachedOn: decision.noticeReachedOn }
      : decision.noticeSentOn !== undefined
        ? { postedOn: decision.noticeSentOn, assumedPostalDeliveryDays: decision.assumedPostalDeliveryDays }
        : undefined;
  const deadline = delivery === undefined ? undefined : appealDeadline(delivery);
  const timeliness = deadline === undefined ? undefined : isAppealInTime(appeal.submittedOn, deadline.dueOn, { decidedOn: decision.decidedOn });

  const base: LetterBaseInput = {
    language: input.language,
    municipality: input.municipality,
    caseNumber: input.caseNumber,
    recipient: { name: basis ? sentenceStart(basis.appealBody[input.language]) : '', addressLines: input.appealBodyAddressLines ?? [], isRepresentative: false },
    person: { name: input.appellant.name },
    caseworker: input.caseworker,
  };
  const missing = new Set<BlockId>(missingBaseBlocks(base).filter((id) => id !== 'recipient'));
  if (basis === undefined) missing.add('legal_basis');
  if (!hasText(input.appellant.name)) missing.add('case_details');
  if (toParagraphs(decision.summary).length === 0) missing.add('appealed_decision');
  if (deadline === undefined) missing.add('dates');
  if (timeliness?.inTime === false && toParagraphs(input.lateAppealAssessment).length === 0) missing.add('late_appeal');
  if (toParagraphs(input.assessment).length === 0) missing.add('first_instance_assessment');
  if (input.documents.filter((d) => hasText(d.title)).length === 0) missing.add('documents');
  if (missing.size > 0 || basis === undefined || deadline === undefined || timeliness === undefined) return { ok: false, missing: ordered(missing) };

  const lang = input.language;
  const t = APPEAL_COVER_TEXT[lang];
  const ref = refFor(basis, lang);
  const date = (d: IsoDate) => letterDate(d, lang);
  const law = basis.procedure.law[lang];
  const s = basis.procedure.sections;
  const representative = input.appellant.representativeName?.trim();

  const dates = [
    t.decidedOn(date(decision.decidedOn)),
    ...(deadline.deliveryAssumed
      ? [t.sentOn(date(decision.noticeSentOn ?? deadline.noticeReachedOn)), t.assumedReached(date(deadline.noticeReachedOn))]
      : [t.reachedOn(date(deadline.noticeReachedOn))]),
    t.deadline(date(deadline.dueOn)),
    t.submittedOn(date(appeal.submittedOn)),
    t.receivedOn(date(appeal.receivedOn)),
  ];
  const timelinessText = timeliness.inTime
    ? [t.inTime(`${law} ${s.appealDeadline} og ${s.appealInTime}`)]
    : [t.late(timeliness.lateBy, ref('appealDeadline')), ...(timeliness.mayBeConsidered ? [] : [t.tooLate(ref('lateAppeal'))])];
  const claims = toParagraphs(appeal.claims);

  const sections: LetterSection[] = [
    section(
      'case_details',
      t.headings.case_details,
      [t.intro(input.appellant.name.trim(), date(decision.decidedOn), basis.appealBody[lang])],
      [
        t.caseNumber(input.caseNumber.trim()),
        t.appellant(input.appellant.name.trim()),
        ...(hasText(representative) ? [t.representative(representative)] : []),
        t.subject(CASE_SUBJECTS[input.caseType][lang]),
        t.legalBasis(basis.legalBasis[lang]),
      ],
    ),
    section('appealed_decision', t.headings.appealed_decision, [...toParagraphs(decision.summary), ...(claims.length > 0 ? [t.claims, ...claims] : [])]),
    section('dates', t.headings.dates, timelinessText, dates),
  ];
  if (!timeliness.inTime) {
    sections.push(section('late_appeal', t.headings.late_appeal, [t.lateAssessment(ref('lateAppeal')), ...toParagraphs(input.lateAppealAssessment)]));
  }
  sections.push(
    section('first_instance_assessment', t.headings.first_instance_assessment, [t.upheld(ref('firstInstanceReview')), ...toParagraphs(input.assessment)]),
    section(
      'documents',
      t.headings.documents,
      [t.documents],
      input.documents.filter((d) => hasText(d.title)).map((d) => (d.date ? `${d.title.trim()} (${date(d.date)})` : d.title.trim())),
    ),
  );

  return {
    ok: true,
    letter: {
      kind: 'appeal_cover',
      language: lang,
      title: t.title,
      meta: letterMeta(base, sentOn, [hasText(representative) ? representative : input.appellant.name.trim()]),
      lead: [],
      sections,
      signature: letterSignature(lang, input.caseworker, input.attestedBy),
      derived: {
        legalBasisId: basis.id,
        noticeReachedOn: deadline.noticeReachedOn,
        appealDeadline: deadline.dueOn,
        appealInTime: timeliness.inTime,
      },
    },
  };
}
