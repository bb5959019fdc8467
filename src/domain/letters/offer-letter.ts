import { compareDates, toIsoDate, type IsoDate } from '../deadlines/index.js';
import type { RefusalConsequence } from '../offers/rules.js';
import { findLegalBasis, procedureRef } from './legal-basis.js';
import { hasText, letterDate, letterMeta, letterSignature, missingBaseBlocks, representativeLead } from './text.js';
import { BLOCK_IDS, type BlockId, type LetterBaseInput, type LetterLanguage, type LetterResult, type LetterSection } from './types.js';

/**
 * The offer letter (tilbud om bolig): the concrete dwelling under an approval already made, its
 * rent and lease, the last day to answer, what a refusal leads to under the municipality's rule,
 * and the appeal right, which covers the concrete dwelling only when it is clearly unsuitable
 * (Husbanken «Tildeling av kommunalt disponert bolig»; domain.md § 1.2). The approval letter
 * already told the person what to expect; this one adds address and rent.
 */

export interface OfferedDwelling {
  readonly address: string;
  /** 0 for a one-room dwelling. */
  readonly bedrooms: number;
  readonly usableAreaM2?: number;
  readonly floor?: number;
  readonly hasLift: boolean;
  readonly wheelchairAccessible: boolean;
  readonly sharedHousing: boolean;
}

export interface OfferLetterInput extends LetterBaseInput {
  readonly offeredOn: IsoDate;
  readonly answerDeadline: IsoDate;
  readonly moveInDate: IsoDate;
  readonly dwelling: OfferedDwelling;
  /** Whole kroner per month. */
  readonly monthlyRent: number;
  /** Whole kroner; 0 or undefined: no deposit. */
  readonly deposit?: number;
  readonly leaseYears?: number;
  /** What an unreasonable refusal leads to under the municipality's rule (the first one). */
  readonly unreasonableRefusal: RefusalConsequence;
  /** How to answer: phone, e-mail or the office. */
  readonly contact?: string;
}

const kroner = (n: number, lang: LetterLanguage): string => `${new Intl.NumberFormat(lang === 'nn' ? 'nn-NO' : 'nb-NO').format(n)} kroner`;

const TEXT = {
  nb: {
    title: 'Tilbud om kommunal utleiebolig',
    intro: 'Du har fått vedtak om kommunal utleiebolig. Vi kan nå tilby deg denne boligen:',
    bedrooms: (n: number) => (n === 0 ? 'ettromsbolig' : `${n} soverom`),
    area: (m2: number) => `${m2} m²`,
    floor: (f: number) => (f <= 1 ? 'på bakkeplan' : `i ${f}. etasje`),
    lift: 'med heis',
    wheelchair: 'tilpasset rullestol',
    shared: 'i bofellesskap',
    rent: (r: string) => `Husleien er ${r} i måneden.`,
    deposit: (d: string) => `Depositum er ${d}.`,
    noDeposit: 'Det er ikke depositum.',
    lease: (y: number) => `Leieavtalen gjelder i ${y} år.`,
    moveIn: (d: string) => `Du kan flytte inn ${d}.`,
    answer: (d: string) => `Du må svare oss senest ${d}. Svarer du ikke innen fristen, faller tilbudet bort og boligen går til en annen søker.`,
    contact: (c: string) => `Du kan svare slik: ${c}.`,
    refusalReasonable:
      'Du kan si nei til boligen. Sier du nei av en grunn kommunen regner som saklig – for eksempel at boligen ikke passer helsen din, at du ikke er trygg i området, eller at den er for liten – beholder du plassen din på listen.',
    consequence: {
      none: 'Sier du nei uten en slik grunn, beholder du likevel plassen din denne gangen.',
      pause_and_review: (days: number) =>
        `Sier du nei uten en slik grunn, blir du ikke vurdert for nye boliger de neste ${days} dagene, og vi vurderer om vedtaket ditt fortsatt skal gjelde. Du får da et eget brev.`,
      leaves_list: 'Sier du nei uten en slik grunn, står du ikke lenger på listen over godkjente søkere.',
    },
    appeal: (ref: string, body: string, deadlineRef: string) =>
      `Du kan som hovedregel ikke klage på hvilken bolig du får tilbud om. Mener du at boligen er åpenbart uegnet for deg – for eksempel at du bruker rullestol og boligen ikke har trinnfri adkomst – kan du klage. Klagefristen er tre uker fra du fikk dette brevet (${deadlineRef}). Send klagen til boligkontoret. Klageinstans er ${body} (${ref}).`,
    access: (ref: string) => `Du har rett til å se dokumentene i saken din (${ref}).`,
  },
  nn: {
    title: 'Tilbod om kommunal utleigebustad',
    intro: 'Du har fått vedtak om kommunal utleigebustad. Vi kan no tilby deg denne bustaden:',
    bedrooms: (n: number) => (n === 0 ? 'eittromsbustad' : `${n} soverom`),
    area: (m2: number) => `${m2} m²`,
    floor: (f: number) => (f <= 1 ? 'på bakkeplan' : `i ${f}. etasje`),
    lift: 'med heis',
    wheelchair: 'tilpassa rullestol',
    shared: 'i bufellesskap',
    rent: (r: string) => `Husleiga er ${r} i månaden.`,
    deposit: (d: string) => `Depositum er ${d}.`,
    noDeposit: 'Det er ikkje depositum.',
    lease: (y: number) => `Leigeavtalen gjeld i ${y} år.`,
    moveIn: (d: string) => `Du kan flytte inn ${d}.`,
    answer: (d: string) => `Du må svare oss seinast ${d}. Svarar du ikkje innan fristen, fell tilbodet bort og bustaden går til ein annan søkjar.`,
    contact: (c: string) => `Du kan svare slik: ${c}.`,
    refusalReasonable:
      'Du kan seie nei til bustaden. Seier du nei av ein grunn kommunen reknar som sakleg – til dømes at bustaden ikkje passar helsa di, at du ikkje er trygg i området, eller at han er for liten – held du på plassen din på lista.',
    consequence: {
      none: 'Seier du nei utan ein slik grunn, held du likevel på plassen din denne gongen.',
      pause_and_review: (days: number) =>
        `Seier du nei utan ein slik grunn, blir du ikkje vurdert for nye bustader dei neste ${days} dagane, og vi vurderer om vedtaket ditt framleis skal gjelde. Du får då eit eige brev.`,
      leaves_list: 'Seier du nei utan ein slik grunn, står du ikkje lenger på lista over godkjende søkjarar.',
    },
    appeal: (ref: string, body: string, deadlineRef: string) =>
      `Du kan som hovudregel ikkje klage på kva bustad du får tilbod om. Meiner du at bustaden er openbert uegna for deg – til dømes at du brukar rullestol og bustaden ikkje har trinnfri tilkomst – kan du klage. Klagefristen er tre veker frå du fekk dette brevet (${deadlineRef}). Send klaga til bustadkontoret. Klageinstans er ${body} (${ref}).`,
    access: (ref: string) => `Du har rett til å sjå dokumenta i saka di (${ref}).`,
  },
} as const;

const ordered = (missing: Set<BlockId>): BlockId[] => BLOCK_IDS.filter((id) => missing.has(id));

function dwellingLine(d: OfferedDwelling, lang: LetterLanguage): string {
  const t = TEXT[lang];
  const parts = [t.bedrooms(d.bedrooms)];
  if (d.usableAreaM2 !== undefined) parts.push(t.area(d.usableAreaM2));
  if (d.floor !== undefined) parts.push(t.floor(d.floor));
  if (d.hasLift) parts.push(t.lift);
  if (d.wheelchairAccessible) parts.push(t.wheelchair);
  if (d.sharedHousing) parts.push(t.shared);
  return `${d.address.trim()}: ${parts.join(', ')}.`;
}

/**
 * Builds the offer letter, or lists the missing blocks (no address, a deadline before the
 * letter, a move-in before the letter).
 * @throws RangeError when a date is not a calendar date.
 */
export function buildOfferLetter(input: OfferLetterInput): LetterResult {
  const offeredOn = toIsoDate(input.offeredOn);
  const basis = findLegalBasis('rental_dwelling', offeredOn);
  const missing = new Set<BlockId>(missingBaseBlocks(input));
  if (!hasText(input.dwelling.address) || !Number.isInteger(input.monthlyRent) || input.monthlyRent <= 0) missing.add('offer_dwelling');
  if (compareDates(toIsoDate(input.answerDeadline), offeredOn) < 0 || compareDates(toIsoDate(input.moveInDate), offeredOn) < 0) missing.add('offer_answer');
  if (basis === undefined) missing.add('offer_appeal');
  if (missing.size > 0 || basis === undefined) return { ok: false, missing: ordered(missing) };

  const lang = input.language;
  const t = TEXT[lang];
  const ref = (r: Parameters<typeof procedureRef>[1]) => procedureRef(basis.procedure, r, lang);
  const c = input.unreasonableRefusal;
  const consequence = c.kind === 'pause_and_review' ? t.consequence.pause_and_review(c.days) : t.consequence[c.kind];
  const section = (id: BlockId, heading: string, paragraphs: string[]): LetterSection => ({ id, heading, paragraphs });
  const headings = { nb: ['Boligen', 'Svar på tilbudet', 'Hvis du sier nei', 'Klage', 'Innsyn'], nn: ['Bustaden', 'Svar på tilbodet', 'Om du seier nei', 'Klage', 'Innsyn'] }[lang];
  return {
    ok: true,
    letter: {
      kind: 'offer',
      language: lang,
      title: t.title,
      meta: letterMeta(input, offeredOn),
      lead: representativeLead(input, basis.procedure),
      sections: [
        section('offer_dwelling', headings[0]!, [
          t.intro,
          dwellingLine(input.dwelling, lang),
          [t.rent(kroner(input.monthlyRent, lang)), input.deposit ? t.deposit(kroner(input.deposit, lang)) : t.noDeposit, ...(input.leaseYears ? [t.lease(input.leaseYears)] : [])].join(' '),
          t.moveIn(letterDate(input.moveInDate, lang)),
        ]),
        section('offer_answer', headings[1]!, [t.answer(letterDate(input.answerDeadline, lang)), ...(hasText(input.contact) ? [t.contact(input.contact.trim())] : [])]),
        section('offer_refusal', headings[2]!, [t.refusalReasonable, consequence]),
        section('offer_appeal', headings[3]!, [t.appeal(basis.appealBodyBasis[lang], basis.appealBody[lang], ref('appealDeadline'))]),
        section('access', headings[4]!, [t.access(ref('access'))]),
      ],
      signature: letterSignature(lang, input.caseworker),
      derived: { legalBasisId: basis.id },
    },
  };
}
