import type { IsoDate } from '../deadlines/index.js';

/**
 * The plain data structure every letter is built into. The HTML renderer (render-html.ts) and
 * the PDF renderer (server/platform/pdf.ts) read the same structure, so the two outputs cannot
 * drift apart; the text is final (already in the letter's language, dates already written out).
 */

/** Letters are written in bokmål or nynorsk, the person's målform (mållova; person.written_language). */
export const LETTER_LANGUAGES = ['nb', 'nn'] as const;
export type LetterLanguage = (typeof LETTER_LANGUAGES)[number];

/** A text in both written standards. */
export type Bilingual = Readonly<Record<LetterLanguage, string>>;

export const LETTER_KINDS = ['decision', 'preliminary_reply', 'forwarding', 'appeal_cover', 'offer'] as const;
export type LetterKind = (typeof LETTER_KINDS)[number];

/**
 * The blocks a letter can have. A builder that lacks a required one answers with its id in
 * `missing` instead of a letter. `case_number`, `recipient` and `signature` are the header
 * and closing fields; the rest are sections, in the order the builders emit them.
 */
export const BLOCK_IDS = [
  'case_number',
  'recipient',
  'signature',
  // Decision letter (vedtaksbrev), fvl. §§ 24–25 and 27; boligsosial lov § 7.
  'conclusion',
  'help_content',
  'dwelling',
  'lease',
  'validity',
  'lapse',
  'facts',
  'legal_basis',
  'considerations',
  'other_help',
  'appeal',
  'appeal_how',
  'appeal_help',
  'access',
  // Foreløpig svar, fvl. § 11a third paragraph.
  'received',
  'delay_reason',
  'expected_answer',
  // Forwarding to the competent unit, fvl. § 11.
  'forwarded',
  'forward_reason',
  'next_steps',
  // Appeal cover sheet (oversendelse av klage), fvl. §§ 29–33.
  'case_details',
  'appealed_decision',
  'dates',
  'late_appeal',
  'first_instance_assessment',
  'documents',
  // Offer of a dwelling (tilbud om bolig) after an approval.
  'offer_dwelling',
  'offer_answer',
  'offer_refusal',
  'offer_appeal',
] as const;
export type BlockId = (typeof BLOCK_IDS)[number];

export interface LetterSection {
  readonly id: BlockId;
  readonly heading: string;
  /** Shown before the list. */
  readonly paragraphs: readonly string[];
  readonly list?: readonly string[];
}

export interface LetterRecipient {
  readonly name: string;
  /** Empty when the address is protected or unknown; never filled from a protected address. */
  readonly addressLines: readonly string[];
  /** The person the recipient acts for (fullmektig or verge, fvl. § 12), shown as «på vegne av». */
  readonly onBehalfOf?: string;
}

export interface LetterMeta {
  /** The sender: the municipality and, when given, the unit that writes. */
  readonly municipality: { readonly name: string; readonly unit?: string };
  /** «Vår ref.» */
  readonly caseNumber: string;
  /** The date on the letter. */
  readonly date: IsoDate;
  readonly recipient: LetterRecipient;
  /** Names only («Kopi til»); never an address. */
  readonly copyTo: readonly string[];
}

export interface LetterSigner {
  readonly name: string;
  readonly role: string;
}

export interface LetterSignature {
  /** «Med vennlig hilsen» / «Med venleg helsing». */
  readonly greeting: string;
  readonly signers: readonly LetterSigner[];
  /** E.g. that the letter is approved electronically and has no handwritten signature. */
  readonly note?: string;
}

/** Dates a builder computed, for the caller to store (decision.appeal_deadline, valid_until …). */
export interface LetterDerived {
  /** The legal-basis version used, `<caseType>/<version>` (housing_case.legal_basis_version). */
  readonly legalBasisId?: string;
  readonly noticeReachedOn?: IsoDate;
  readonly appealDeadline?: IsoDate;
  readonly validUntil?: IsoDate;
  readonly appealInTime?: boolean;
}

export interface Letter {
  readonly kind: LetterKind;
  readonly language: LetterLanguage;
  readonly title: string;
  readonly meta: LetterMeta;
  /** Paragraphs right under the title, before the first section (e.g. the note to a representative). */
  readonly lead: readonly string[];
  readonly sections: readonly LetterSection[];
  readonly signature: LetterSignature;
  readonly derived: LetterDerived;
}

/** A builder's answer: the letter, or every required block that is missing. Never an exception. */
export type LetterResult = { readonly ok: true; readonly letter: Letter } | { readonly ok: false; readonly missing: readonly BlockId[] };

/** Free text from the caseworker: one string (paragraphs separated by a blank line) or a list of paragraphs. */
export type LetterText = string | readonly string[];

/** Who receives the letter: the person, or their fullmektig/verge (fvl. § 12). */
export interface RecipientInput {
  readonly name: string;
  /** Leave empty for a protected address (fortrolig / strengt fortrolig). */
  readonly addressLines: readonly string[];
  /** Set when Folkeregisteret marks the address as protected: no address line is printed, whatever is passed. */
  readonly addressProtected?: boolean;
  readonly isRepresentative: boolean;
  /** The represented person's name; defaults to `person.name`. */
  readonly representedPersonName?: string;
}

export interface SignerInput {
  readonly name: string;
}

/** The fields every letter shares. */
export interface LetterBaseInput {
  readonly language: LetterLanguage;
  readonly municipality: { readonly name: string; readonly unit?: string };
  readonly caseNumber: string;
  readonly recipient: RecipientInput;
  /** The person the case is about. */
  readonly person: { readonly name: string };
  readonly caseworker: SignerInput;
}
