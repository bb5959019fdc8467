/**
 * Waiting-list priority (prioritet på ventelisten) as versioned rule data per municipality.
 * Priority is by need, not by queue position (domain.md § 2.1: «Antall måneder på venteliste
 * tillegges ikke betydning», Tynset); time on the list may only break ties, if the rule set says
 * so. One evaluator (priority.ts) interprets every set.
 */
import type { Reason } from './reasons.js';
import type { HousingSituation, LocalizedText, NeedCategory, RuleSource, SpecialNeedFlag, SpecialNeeds, VersionedRuleSet } from './types.js';

/** Fields every priority rule has. */
interface PriorityRuleBase {
  /** Unique within its rule set; stored with each reason. */
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: RuleSource;
  /** Whole points added when the rule matches (may be 0 when the rule only assigns a band). */
  readonly points: number;
  /** With `banding: 'by_rule'`: the band a matching rule puts the household in (at least). */
  readonly band?: string;
}

/** The household's current housing is one of `situations`. */
export interface HousingSituationPriorityRule extends PriorityRuleBase {
  readonly kind: 'housingSituation';
  readonly situations: readonly HousingSituation[];
}

/** The household's need category (KOSTRA hovedårsak) is one of `categories`. */
export interface NeedCategoryPriorityRule extends PriorityRuleBase {
  readonly kind: 'needCategory';
  readonly categories: readonly NeedCategory[];
}

/** Children aged `maxAge` or younger will live in the dwelling: `points` once, plus `pointsPerChild` each. */
export interface ChildrenPriorityRule extends PriorityRuleBase {
  readonly kind: 'children';
  readonly maxAge: number;
  readonly pointsPerChild: number;
}

/** The household has at least one of the special needs listed. */
export interface SpecialNeedsPriorityRule extends PriorityRuleBase {
  readonly kind: 'specialNeeds';
  readonly needs: readonly SpecialNeedFlag[];
}

/** The applicant is `maxAge` or younger and (when listed) in one of `categories`: «unge med sammensatte hjelpebehov». */
export interface YoungApplicantPriorityRule extends PriorityRuleBase {
  readonly kind: 'youngApplicant';
  readonly maxAge: number;
  /** Empty: any need category. */
  readonly categories: readonly NeedCategory[];
}

/** The caseworker has assessed the household as economically disadvantaged (økonomisk vanskeligstilt). */
export interface EconomicallyDisadvantagedPriorityRule extends PriorityRuleBase {
  readonly kind: 'economicallyDisadvantaged';
}

/** Every priority rule kind. Adding one makes the evaluator and validator fail to compile until handled. */
export type PriorityRule =
  | HousingSituationPriorityRule
  | NeedCategoryPriorityRule
  | ChildrenPriorityRule
  | SpecialNeedsPriorityRule
  | YoungApplicantPriorityRule
  | EconomicallyDisadvantagedPriorityRule;

export type PriorityRuleKind = PriorityRule['kind'];

export const PRIORITY_RULE_KINDS = [
  'housingSituation',
  'needCategory',
  'children',
  'specialNeeds',
  'youngApplicant',
  'economicallyDisadvantaged',
] as const satisfies readonly PriorityRuleKind[];

/** A band (prioritetsgruppe); bands are listed highest first. */
export interface PriorityBand {
  readonly id: string;
  readonly title: LocalizedText;
  /** Lowest points in the band. Descending down the list; the last band's is at most the base points. */
  readonly minPoints: number;
}

/** One version of one municipality's priority rules. */
export interface PriorityRuleSet extends VersionedRuleSet {
  /** Points every household starts with (≥ 1, so every priority is positive). */
  readonly basePoints: number;
  /**
   * `by_points`: points add up and the band follows from them. `by_rule`: the highest band any
   * matching rule assigns (else the lowest) decides; points order households within the band and
   * never cross into the band above.
   */
  readonly banding: 'by_points' | 'by_rule';
  readonly bands: readonly PriorityBand[];
  readonly rules: readonly PriorityRule[];
  /** Time on the list: only as a tie-breaker between equal points, or ignored (then a seeded lottery breaks ties). */
  readonly waitingTime: { readonly use: 'tie_breaker' | 'ignored'; readonly source: RuleSource };
  /** Whether a caseworker may set the points, always with a written reason, and the highest points allowed. */
  readonly override: { readonly allowed: boolean; readonly maxPoints: number; readonly source: RuleSource };
}

/** A caseworker's override of the points; the server stores it with its author and audits it. */
export interface PriorityOverride {
  /** Whole points from 1 to the rule set's `override.maxPoints`. */
  readonly points: number;
  /** The written reason (at least MIN_OVERRIDE_REASON_LENGTH characters). */
  readonly reason: string;
}

/** What the priority rules read about a household on the waiting list. */
export interface PriorityFacts {
  readonly housingSituation: HousingSituation;
  readonly needCategory: NeedCategory;
  /** Ages in whole years of the children who will live in the dwelling. */
  readonly childrenAges: readonly number[];
  /** The applicant's age in whole years; young-applicant rules do not match when it is unknown. */
  readonly applicantAge?: number | null;
  readonly specialNeeds: SpecialNeeds;
  /** Assessed as economically disadvantaged; absent means not assessed (no points). */
  readonly economicallyDisadvantaged?: boolean;
  /** Date of the approving decision (vedtak); waiting time runs from it. */
  readonly decisionDate: string;
  /** Last day the approval is valid (vedtakets gyldighet). */
  readonly validUntil: string;
  readonly override?: PriorityOverride | null;
}

export interface PriorityResult {
  readonly ruleSet: { readonly id: string; readonly version: number };
  /** False when the approval has run out on `today`: not considered in a round. */
  readonly active: boolean;
  /** Whole points ≥ 1; the override's points when there is one. */
  readonly points: number;
  /** The points the rules give, before any override. */
  readonly computedPoints: number;
  readonly band: string;
  /** Whole months since the decision date. */
  readonly waitingMonths: number;
  /** Every rule that matched, the band, waiting time, any override or expiry, in that order. */
  readonly reasons: readonly Reason[];
}
