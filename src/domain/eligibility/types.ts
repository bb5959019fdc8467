/**
 * Eligibility for a municipal rental dwelling (kommunal utleiebolig) as versioned rule data.
 * A municipality's criteria are a {@link RuleSet}; one evaluator (evaluate.ts) interprets every
 * set. The Norwegian terms and their legal sources are mapped in docs/glossary.md.
 */

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export type Language = (typeof LANGUAGES)[number];

/** A text in bokmål, nynorsk and English; every user-facing string in a rule set is one. */
export type LocalizedText = Readonly<Record<Language, string>>;

/** Where a rule or rule set comes from: the municipal decision or guideline, and where in it. */
export interface RuleSource {
  readonly document: string;
  readonly section?: string;
  readonly url?: string;
}

/**
 * Grounds of residence (oppholdsgrunnlag). Which ones count as «lovlig opphold» is decided per
 * municipality by a `lawfulResidence` rule. Boligsosial lov § 2 a excludes persons without
 * lawful residence; asylum seekers are excluded by § 2 b while they have state accommodation.
 */
export const RESIDENCE_STATUSES = [
  /** Norsk statsborger. */
  'citizen',
  /** Permanent oppholdstillatelse, or varig oppholdsrett for EEA nationals. */
  'permanent_residence',
  /** Innvilget asyl / flyktningstatus, including resettlement refugees (overføringsflyktninger). */
  'refugee',
  /** Oppholdstillatelse på sterke menneskelige hensyn (humanitært grunnlag). */
  'humanitarian',
  /** EEA national registered under the EEA rules (registreringsbevis), not yet permanent. */
  'eea_registered',
  /** Other temporary residence permit (work, study, family). */
  'temporary_permit',
  /** Asylum application pending (asylsøker). */
  'asylum_seeker',
  /** No lawful residence. */
  'none',
] as const;
export type ResidenceStatus = (typeof RESIDENCE_STATUSES)[number];

/**
 * The applicant's current housing. The first five are the homelessness categories of the national
 * homelessness count (NIBR/OsloMet for Husbanken, domain.md § 6.2).
 */
export const HOUSING_SITUATIONS = [
  /** Uten tak over hodet: sleeping rough. */
  'no_roof',
  /** Midlertidig botilbud: nødbolig, hospits, hotel, campsite. */
  'emergency_accommodation',
  /** Released from prison within 2 months, without a dwelling. */
  'prison_release_2m',
  /** Discharged from an institution within 2 months, without a dwelling. */
  'institution_release_2m',
  /** Bor midlertidig hos venner, kjente eller slektninger. */
  'staying_with_friends_family',
  /** Uegnet bolig: own dwelling that is socially or medically indefensible. */
  'unsuitable_dwelling',
  /** Time-limited lease without right of renewal, less than 6 months left. */
  'time_limited_lease_under_6m',
  /** Own suitable dwelling: never qualifies. */
  'own_suitable_dwelling',
] as const;
export type HousingSituation = (typeof HOUSING_SITUATIONS)[number];

/** Fields every rule has. */
export interface RuleBase {
  /** Unique within its rule set; referenced by overrides and stored in decisions. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: RuleSource;
  /** Whether a caseworker may set the rule aside with a written reason («åpenbart urimelig utslag»). */
  readonly overridable: boolean;
}

/** The applicant is at least `years` old on the evaluation date. */
export interface MinAgeRule extends RuleBase {
  readonly kind: 'minAge';
  readonly years: number;
  /** A younger applicant with daily care of children (daglig omsorg for barn) passes. */
  readonly exceptWithDailyCareOfChildren: boolean;
}

/** The applicant's ground of residence is one of `accepted` (lovlig opphold). */
export interface LawfulResidenceRule extends RuleBase {
  readonly kind: 'lawfulResidence';
  readonly accepted: readonly ResidenceStatus[];
}

/** Registered as resident (folkeregistrert) in the municipality for at least `months` (botid). */
export interface ResidenceDurationRule extends RuleBase {
  readonly kind: 'residenceDuration';
  readonly months: number;
  /** Refugees settled in the municipality for the first time (førstegangsbosetting) pass. */
  readonly exemptRefugeesFirstSettlement: boolean;
}

/** The applicant's current housing is one of `accepted` (uten egnet bolig). */
export interface HousingSituationRule extends RuleBase {
  readonly kind: 'housingSituation';
  readonly accepted: readonly HousingSituation[];
}

/** The applicant cannot obtain a dwelling alone and has documented own attempts. */
export interface UnableToObtainHousingRule extends RuleBase {
  readonly kind: 'unableToObtainHousing';
}

/** The applicant can meet normal lease terms (boevne). */
export interface CanMeetLeaseTermsRule extends RuleBase {
  readonly kind: 'canMeetLeaseTerms';
  /** The assessment counts help and follow-up the municipality can give (shown in the text). */
  readonly withSupport: boolean;
}

/** One row of an income ceiling: households of `householdSize` or more, up to the next row. */
export interface IncomeBand {
  readonly householdSize: number;
  /** Ceiling in multiples of G; gross income at or below it passes. */
  readonly maxG: number;
}

/** Gross annual household income is at most the ceiling for the household's size. */
export interface IncomeCeilingRule extends RuleBase {
  readonly kind: 'incomeCeiling';
  /** Ascending by householdSize, the first for 1 person; the last covers larger households. */
  readonly bands: readonly IncomeBand[];
  /** Income of members younger than this is not counted (Oslo: 20). They still count in the size. */
  readonly excludeMembersUnder?: number;
}

/** Debts to the municipality are paid or under a repayment plan. */
export interface DebtToMunicipalityRule extends RuleBase {
  readonly kind: 'debtToMunicipality';
  readonly acceptRepaymentPlan: boolean;
}

/** No eviction (utkastelse) in the `months` before the application date. */
export interface EvictionQuarantineRule extends RuleBase {
  readonly kind: 'evictionQuarantine';
  readonly months: number;
}

/** Every rule kind. Adding one makes the evaluator, validator and renderer fail to compile until handled. */
export type Rule =
  | MinAgeRule
  | LawfulResidenceRule
  | ResidenceDurationRule
  | HousingSituationRule
  | UnableToObtainHousingRule
  | CanMeetLeaseTermsRule
  | IncomeCeilingRule
  | DebtToMunicipalityRule
  | EvictionQuarantineRule;

export type RuleKind = Rule['kind'];

export const RULE_KINDS = [
  'minAge',
  'lawfulResidence',
  'residenceDuration',
  'housingSituation',
  'unableToObtainHousing',
  'canMeetLeaseTerms',
  'incomeCeiling',
  'debtToMunicipality',
  'evictionQuarantine',
] as const satisfies readonly RuleKind[];

/** One version of one municipality's criteria. All rules must be met (or overridden). */
export interface RuleSet {
  readonly id: string;
  /** Kommunenummer (SSB, 4 digits). */
  readonly municipality: string;
  /** 1, 2, … per municipality. */
  readonly version: number;
  /** ISO date the version applies from; the latest on or before the evaluation date is used. */
  readonly effectiveFrom: string;
  readonly source: RuleSource;
  /** How many months an approval («godkjent som vanskeligstilt boligsøker») stays valid. */
  readonly validityMonths: number;
  readonly rules: readonly Rule[];
}

/** Everyone who will live in the dwelling, the applicant included. */
export interface HouseholdMember {
  /** Whole years on the evaluation date; `birthDate` wins when both are given. */
  readonly age?: number;
  readonly birthDate?: string;
  /** Gross income per year in kroner (bruttoinntekt). */
  readonly grossAnnualIncome?: number;
}

/**
 * What the caseworker knows. Every field is optional: a rule whose facts are missing is
 * `unknown`, not failed, and names the facts to collect.
 */
export interface EligibilityFacts {
  /** The applicant's age in whole years; `birthDate` wins when both are given. */
  readonly age?: number;
  readonly birthDate?: string;
  readonly hasDailyCareOfChildren?: boolean;
  readonly residenceStatus?: ResidenceStatus;
  /** Date registered as resident in the municipality; wins over `residenceMonths`. */
  readonly residentSince?: string;
  readonly residenceMonths?: number;
  /** Refugee settled in this municipality for the first time. */
  readonly refugeeFirstSettlement?: boolean;
  readonly housingSituation?: HousingSituation;
  /** Has documented own, unsuccessful attempts to obtain a dwelling. */
  readonly documentedOwnAttempts?: boolean;
  /** Can meet normal lease terms, with the municipality's support where the rule allows it. */
  readonly canMeetLeaseTerms?: boolean;
  readonly household?: readonly HouseholdMember[];
  /** `{ amount: 0, … }` means no debt. */
  readonly debtToMunicipality?: { readonly amount: number; readonly repaymentPlan: boolean };
  /** `null`: checked, never evicted. Absent: not yet checked. */
  readonly lastEvictionDate?: string | null;
  /** Date the application was received; the eviction quarantine counts back from it (else from the evaluation date). */
  readonly applicationDate?: string;
}

/** A caseworker's decision to set a rule aside, with the written reason the vedtak will carry. */
export interface RuleOverride {
  readonly ruleId: string;
  readonly reason: string;
}

export type RuleOutcome = 'met' | 'not_met' | 'unknown' | 'overridden';
export type EligibilityOutcome = 'eligible' | 'not_eligible' | 'incomplete';

/** The numbers and values a rule used, kept for the vedtak and the audit trail. */
export type ReasonValues = Readonly<Record<string, string | number | boolean | null>>;

/** The result of one rule. Every rule yields one, met ones too. */
export interface EligibilityReason {
  readonly ruleId: string;
  readonly kind: RuleKind;
  readonly outcome: RuleOutcome;
  readonly explanation: LocalizedText;
  readonly source: RuleSource;
  readonly values: ReasonValues;
  /** Paths of the facts to collect, when the outcome (before any override) was `unknown`. */
  readonly missingFacts: readonly string[];
  /** Present when `outcome` is `overridden`. */
  readonly override?: { readonly reason: string; readonly evaluatedOutcome: 'met' | 'not_met' | 'unknown' };
}

export interface EligibilityResult {
  readonly outcome: EligibilityOutcome;
  readonly ruleSet: { readonly id: string; readonly version: number };
  /** The evaluation date. */
  readonly date: string;
  /** Only when eligible: date + validityMonths, the last day the approval is valid. */
  readonly validUntil?: string;
  readonly reasons: readonly EligibilityReason[];
}

/** Compile-time check that RULE_KINDS lists every kind of the union. */
const _everyKindListed: [Exclude<RuleKind, (typeof RULE_KINDS)[number]>] extends [never] ? true : never = true;
