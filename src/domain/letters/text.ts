import type { CaseType } from '../cases/case-types.js';
import { formatDate } from '../eligibility/index.js';
import type { IsoDate } from '../deadlines/index.js';
import { procedureRef, type ProcedureReferences } from './legal-basis.js';
import type {
  Bilingual,
  BlockId,
  LetterBaseInput,
  LetterLanguage,
  LetterMeta,
  LetterSignature,
  LetterSigner,
  LetterText,
  SignerInput,
} from './types.js';

/** Building blocks every letter shares: text normalisation, dates, header, lead and signature. */

/** The caseworker's text as paragraphs: blank lines split a string; empty paragraphs are dropped. */
export function toParagraphs(text: LetterText | undefined): string[] {
  if (text === undefined) return [];
  const parts = typeof text === 'string' ? text.split(/\n[ \t]*\n/) : text;
  return parts.map((p) => p.replace(/\s+/g, ' ').trim()).filter((p) => p.length > 0);
}

/** True when a string has something other than white space. */
export const hasText = (value: string | undefined): value is string => value !== undefined && value.trim().length > 0;

/**
 * Typography for rendering: a no-break space after «§»/«§§» and before «m²», so a reference
 * such as «§ 36» never breaks across lines (the renderers call it; the data keeps plain spaces).
 */
export function keepTogether(text: string): string {
  return text.replace(/(§§?) (?=\d)/g, '$1\u00a0').replace(/(\d) (?=m²)/g, '$1\u00a0');
}

/** «18. april 2025» in either written standard. */
export function letterDate(date: IsoDate, language: LetterLanguage): string {
  return formatDate(date, language);
}

/** What a case is about, to complete «søknaden din om …». */
export const CASE_SUBJECTS: Readonly<Record<CaseType, Bilingual>> = {
  housing_help: { nb: 'hjelp til å skaffe eller beholde bolig', nn: 'hjelp til å skaffe eller behalde bustad' },
  rental_dwelling: { nb: 'kommunal utleiebolig', nn: 'kommunal utleigebustad' },
  temporary_accommodation: { nb: 'midlertidig botilbud', nn: 'mellombels butilbod' },
  startlan: { nb: 'startlån', nn: 'startlån' },
};

/** Labels the renderers print around the letter's data. */
export interface LetterLabels {
  readonly sender: string;
  readonly recipient: string;
  readonly ourRef: string;
  readonly date: string;
  readonly onBehalfOf: string;
  readonly copyTo: string;
}

const LABELS: Readonly<Record<LetterLanguage, LetterLabels>> = {
  nb: { sender: 'Fra', recipient: 'Til', ourRef: 'Vår ref.', date: 'Dato', onBehalfOf: 'på vegne av', copyTo: 'Kopi til' },
  nn: { sender: 'Frå', recipient: 'Til', ourRef: 'Vår ref.', date: 'Dato', onBehalfOf: 'på vegner av', copyTo: 'Kopi til' },
};

export function letterLabels(language: LetterLanguage): LetterLabels {
  return LABELS[language];
}

/** The header and closing fields every letter needs, as missing block ids. */
export function missingBaseBlocks(input: LetterBaseInput): BlockId[] {
  const missing: BlockId[] = [];
  if (!hasText(input.caseNumber)) missing.push('case_number');
  if (!hasText(input.recipient.name)) missing.push('recipient');
  if (!hasText(input.caseworker.name)) missing.push('signature');
  return missing;
}

/**
 * The letter's header. A protected address (fortrolig or strengt fortrolig, folkeregisterloven
 * § 10-4 [R]) is never printed, even when lines are passed with it.
 */
export function letterMeta(input: LetterBaseInput, date: IsoDate, copyTo: readonly string[] = []): LetterMeta {
  const { recipient } = input;
  const addressLines = recipient.addressProtected === true ? [] : recipient.addressLines.map((l) => l.trim()).filter((l) => l.length > 0);
  const onBehalfOf = recipient.isRepresentative ? (recipient.representedPersonName ?? input.person.name).trim() : undefined;
  return {
    municipality: input.municipality.unit === undefined ? { name: input.municipality.name } : { ...input.municipality },
    caseNumber: input.caseNumber.trim(),
    date,
    recipient: { name: recipient.name.trim(), addressLines, ...(onBehalfOf ? { onBehalfOf } : {}) },
    copyTo,
  };
}

/**
 * Paragraphs under the title: for a representative, that the letter goes to them and whom
 * «du» means in the rest of it (fvl. § 12).
 */
export function representativeLead(input: LetterBaseInput, procedure: ProcedureReferences): string[] {
  if (!input.recipient.isRepresentative) return [];
  const person = (input.recipient.representedPersonName ?? input.person.name).trim();
  const ref = procedureRef(procedure, 'representative', input.language);
  return input.language === 'nn'
    ? [`Vi sender dette brevet til deg fordi du representerer ${person} i denne saka (${ref}). I resten av brevet er det ${person} vi meiner med «du».`]
    : [`Vi sender dette brevet til deg fordi du representerer ${person} i denne saken (${ref}). I resten av brevet er det ${person} vi mener med «du».`];
}

const SIGNATURE_TEXT = {
  nb: {
    greeting: 'Med vennlig hilsen',
    caseworker: 'saksbehandler',
    attester: 'godkjenner',
    electronic: 'Brevet er godkjent elektronisk og har derfor ingen håndskrevet signatur.',
  },
  nn: {
    greeting: 'Med venleg helsing',
    caseworker: 'sakshandsamar',
    attester: 'godkjennar',
    electronic: 'Brevet er godkjent elektronisk og har difor inga handskriven underskrift.',
  },
} as const;

/** The closing: the caseworker and, when the decision was attested, the one who attested it. */
export function letterSignature(language: LetterLanguage, caseworker: SignerInput, attestedBy?: SignerInput): LetterSignature {
  const t = SIGNATURE_TEXT[language];
  const signers: LetterSigner[] = [{ name: caseworker.name.trim(), role: t.caseworker }];
  if (attestedBy !== undefined && hasText(attestedBy.name)) signers.push({ name: attestedBy.name.trim(), role: t.attester });
  return { greeting: t.greeting, signers, note: t.electronic };
}
