import type { CaseType } from '../cases/case-types.js';
import { compareDates, toIsoDate, type DateInput, type IsoDate } from '../deadlines/index.js';
import type { Bilingual, LetterLanguage } from './types.js';

/**
 * Legal references per case type as versioned data (docs/style.md, «Rules as versioned
 * data»): the act a decision is made under, who decides, who hears an appeal and where the
 * appeal is sent, plus the forvaltningsloven sections the letters cite. The new
 * forvaltningslov (Innst. 478 L (2024–2025), date in force and section numbers not known,
 * domain.md § 1.2) becomes a new version of each entry with a new `procedure`; decisions
 * already made keep the version they were made under.
 */

/** Sections of the administrative procedure act that letters cite. */
export type ProcedureRef =
  | 'guidance'
  | 'preliminaryReply'
  | 'representative'
  | 'access'
  | 'reasons'
  | 'notice'
  | 'appealBody'
  | 'appealDeadline'
  | 'appealInTime'
  | 'lateAppeal'
  | 'appealContent'
  | 'firstInstanceReview'
  | 'costs';

export interface ProcedureReferences {
  /** The act's short name in each written standard. */
  readonly law: Bilingual;
  readonly sections: Readonly<Record<ProcedureRef, string>>;
}

export interface LegalBasis {
  /** `<caseType>/<version>`, stored on the case (housing_case.legal_basis_version). */
  readonly id: string;
  readonly caseType: CaseType;
  readonly version: number;
  /** The first decision date this version applies to. */
  readonly effectiveFrom: IsoDate;
  /** Where the entry comes from, for the admin's rendering and the audit. */
  readonly source: string;
  /** Completes «Vi har gjort vedtaket etter …». */
  readonly legalBasis: Bilingual;
  /** Who decides, e.g. «kommunen ved boligkontoret». */
  readonly decisionMaker: Bilingual;
  /** Who decides an appeal. */
  readonly appealBody: Bilingual;
  /** The rule that makes `appealBody` the appeal body. */
  readonly appealBodyBasis: Bilingual;
  /** Where the appeal is sent: the unit that made the decision (fvl. § 32 first paragraph a). */
  readonly appealVia: Bilingual;
  /** A sentence printed with an approval's content, when the act has one. */
  readonly approvalNote?: Bilingual;
  readonly procedure: ProcedureReferences;
}

/**
 * Forvaltningsloven 10 February 1967 with the section numbers in force in 2025 [R: domain.md
 * § 1.2 lists them as recalled; checked against the 2025 consolidated text is still to do].
 * «§ 11 a» is written with a space, as Lovdata and the Ombudsman write it.
 */
export const FVL_1967: ProcedureReferences = {
  law: { nb: 'forvaltningsloven', nn: 'forvaltningslova' },
  sections: {
    guidance: '§ 11',
    preliminaryReply: '§ 11 a',
    representative: '§ 12',
    access: '§§ 18 og 19',
    reasons: '§§ 24 og 25',
    notice: '§ 27',
    appealBody: '§ 28',
    appealDeadline: '§ 29',
    appealInTime: '§ 30',
    lateAppeal: '§ 31',
    appealContent: '§ 32',
    firstInstanceReview: '§ 33',
    costs: '§ 36',
  },
};

/** Lov 20. desember 2022 nr. 121 (boligsosial lov) entered into force on 1 July 2023 [S: domain.md § 1.1]. */
const BOLIGSOSIAL_LOV_IN_FORCE: IsoDate = '2023-07-01';

const HOUSING_OFFICE_DECIDES: Bilingual = { nb: 'kommunen ved boligkontoret', nn: 'kommunen ved bustadkontoret' };
const HOUSING_OFFICE_RECEIVES: Bilingual = {
  nb: 'boligkontoret, som gjorde vedtaket',
  nn: 'bustadkontoret, som gjorde vedtaket',
};
const STATSFORVALTEREN: Bilingual = { nb: 'Statsforvalteren', nn: 'Statsforvaltaren' };
const MUNICIPAL_APPEAL_BOARD: Bilingual = { nb: 'kommunens klagenemnd', nn: 'klagenemnda i kommunen' };
const FVL_28_SECOND: Bilingual = { nb: 'forvaltningsloven § 28 andre ledd', nn: 'forvaltningslova § 28 andre ledd' };

export const LEGAL_BASES: readonly LegalBasis[] = [
  {
    id: 'housing_help/1',
    caseType: 'housing_help',
    version: 1,
    effectiveFrom: BOLIGSOSIAL_LOV_IN_FORCE,
    source: 'Lov 20. desember 2022 nr. 121 §§ 6–7; Prop. 132 L (2021–2022) kap. 12–13 (domain.md § 1.1)',
    legalBasis: {
      nb: 'lov om kommunenes ansvar på det boligsosiale feltet (boligsosial lov) §§ 6 og 7',
      // [R] The act has no official nynorsk title; this is the nynorsk form of its name.
      nn: 'lov om kommunane sitt ansvar på det bustadsosiale feltet (bustadsosial lov) §§ 6 og 7',
    },
    decisionMaker: HOUSING_OFFICE_DECIDES,
    appealBody: STATSFORVALTEREN,
    // [S] Statsforvalteren is the appeal body (Prop. 132 L ch. 13); the section number of the
    // act's appeal rule is not confirmed (domain.md § 12), so the act is cited without it.
    appealBodyBasis: { nb: 'boligsosial lov', nn: 'bustadsosial lov' },
    appealVia: HOUSING_OFFICE_RECEIVES,
    approvalNote: {
      nb: 'Vi kan ikke endre hjelpen til ulempe for deg uten å gjøre et nytt vedtak (boligsosial lov § 7).',
      nn: 'Vi kan ikkje endre hjelpa til ulempe for deg utan å gjere eit nytt vedtak (bustadsosial lov § 7).',
    },
    procedure: FVL_1967,
  },
  {
    id: 'rental_dwelling/1',
    caseType: 'rental_dwelling',
    version: 1,
    effectiveFrom: BOLIGSOSIAL_LOV_IN_FORCE,
    source: 'Kommunal forskrift eller retningslinjer for tildeling; fvl. §§ 2 og 28 (domain.md §§ 1.2, 10.1)',
    legalBasis: {
      nb: 'kommunens regler for tildeling av kommunalt disponerte boliger og forvaltningsloven',
      nn: 'reglane i kommunen for tildeling av kommunalt disponerte bustader og forvaltningslova',
    },
    decisionMaker: HOUSING_OFFICE_DECIDES,
    appealBody: MUNICIPAL_APPEAL_BOARD,
    appealBodyBasis: FVL_28_SECOND,
    appealVia: HOUSING_OFFICE_RECEIVES,
    procedure: FVL_1967,
  },
  {
    id: 'temporary_accommodation/1',
    caseType: 'temporary_accommodation',
    version: 1,
    effectiveFrom: BOLIGSOSIAL_LOV_IN_FORCE,
    source: 'Sosialtjenesteloven §§ 27 og 48 (domain.md § 5)',
    legalBasis: {
      nb: 'lov om sosiale tjenester i arbeids- og velferdsforvaltningen (sosialtjenesteloven) § 27',
      nn: 'lov om sosiale tenester i arbeids- og velferdsforvaltninga (sosialtenestelova) § 27',
    },
    decisionMaker: { nb: 'kommunen ved Nav-kontoret', nn: 'kommunen ved Nav-kontoret' },
    appealBody: STATSFORVALTEREN,
    // [R] domain.md § 5.
    appealBodyBasis: { nb: 'sosialtjenesteloven § 48', nn: 'sosialtenestelova § 48' },
    appealVia: { nb: 'Nav-kontoret, som gjorde vedtaket', nn: 'Nav-kontoret, som gjorde vedtaket' },
    procedure: FVL_1967,
  },
  {
    id: 'startlan/1',
    caseType: 'startlan',
    version: 1,
    effectiveFrom: BOLIGSOSIAL_LOV_IN_FORCE,
    source: 'Forskrift om lån fra Husbanken kap. 5; Husbanken, veileder for startlån, «Klage» (domain.md § 8.1)',
    legalBasis: {
      nb: 'forskrift om lån fra Husbanken kapittel 5 (startlån)',
      nn: 'forskrift om lån frå Husbanken kapittel 5 (startlån)',
    },
    decisionMaker: HOUSING_OFFICE_DECIDES,
    // [R] The municipality decides startlån and its own appeal body hears the appeal
    // (domain.md § 8.1: «the klage goes to the municipality»). The route via Husbanken and
    // Klagenemnda for Husbanken is for bostøtte (§ 8.2), not for the municipality's startlån.
    appealBody: MUNICIPAL_APPEAL_BOARD,
    appealBodyBasis: FVL_28_SECOND,
    appealVia: HOUSING_OFFICE_RECEIVES,
    procedure: FVL_1967,
  },
];

/**
 * The legal-basis version for `caseType` in force on `date` (the latest `effectiveFrom` on or
 * before it), or undefined when none is.
 * @throws RangeError when `date` is not a calendar date.
 */
export function findLegalBasis(
  caseType: CaseType,
  date: DateInput,
  bases: readonly LegalBasis[] = LEGAL_BASES,
): LegalBasis | undefined {
  const on = toIsoDate(date);
  let found: LegalBasis | undefined;
  for (const basis of bases) {
    if (basis.caseType !== caseType || compareDates(basis.effectiveFrom, on) > 0) continue;
    if (!found || compareDates(basis.effectiveFrom, found.effectiveFrom) > 0) found = basis;
  }
  return found;
}

/**
 * The legal-basis version for `caseType` in force on `date`.
 * @throws RangeError when `date` is not a calendar date or no version is in force then.
 */
export function legalBasisFor(caseType: CaseType, date: DateInput, bases: readonly LegalBasis[] = LEGAL_BASES): LegalBasis {
  const found = findLegalBasis(caseType, date, bases);
  if (!found) throw new RangeError(`no legal basis for '${caseType}' in force on ${toIsoDate(date)}`);
  return found;
}

/** A procedure reference written out, e.g. «forvaltningslova § 29». */
export function procedureRef(procedure: ProcedureReferences, ref: ProcedureRef, language: LetterLanguage): string {
  return `${procedure.law[language]} ${procedure.sections[ref]}`;
}
