/**
 * Suitability of a dwelling for a household (egnethet) as versioned rule data per municipality:
 * hard constraints a dwelling must meet, soft scores for wishes and considerations, and
 * concentration limits («unngå opphopning»). One evaluator (suitability.ts) interprets every set.
 */
import type { HardConstraintCode, Reason } from './reasons.js';
import type { DwellingRequirement, LocalizedText, NeedCategory, RuleSource, SpecialNeeds, VersionedRuleSet } from './types.js';

/** One row of the bedroom norm: households of `persons` or more, up to the next row. */
export interface BedroomNormRow {
  readonly persons: number;
  readonly minBedrooms: number;
  readonly maxBedrooms: number;
  /** The size that fits best; scored as a bonus. */
  readonly idealBedrooms: number;
}

/** Weights of the soft scores; the score is base + the bonuses that apply, capped at 100. */
export interface SoftScoreWeights {
  readonly base: number;
  /** Points by the rank of the district among the household's area wishes; wishes past the list get the last value. */
  readonly areaWishByRank: readonly number[];
  /** The dwelling keeps the children in their primary-school district (skolekrets). */
  readonly schoolDistrict: number;
  /** The dwelling is in one of the household's network areas (network, work, services). */
  readonly networkArea: number;
  /** A Housing First participant chose this very dwelling (brukermedbestemmelse). */
  readonly housingFirstDwelling: number;
  /** A Housing First participant chose this district. */
  readonly housingFirstDistrict: number;
  /** The dwelling has the ideal number of bedrooms for the household. */
  readonly idealBedrooms: number;
  readonly source: RuleSource;
}

/**
 * At most `maxCount` dwellings, or at most `maxShare` of the dwellings, in one district or one
 * building let to households of a need group — those already let counted («unngå opphopning»).
 * When both are given, the lower cap applies.
 */
export interface ConcentrationLimit {
  /** Unique within the rule set; part of the round's limit ids (`district:03:<id>`). */
  readonly id: string;
  readonly title: LocalizedText;
  readonly source: RuleSource;
  readonly scope: 'district' | 'building';
  /** Name of the need group, e.g. `substance_use`. */
  readonly group: string;
  /** The need categories that make up the group. */
  readonly needCategories: readonly NeedCategory[];
  readonly maxCount: number | null;
  /** Fraction 0–1 of all the municipality's dwellings in the district or building (let or vacant). */
  readonly maxShare: number | null;
}

/** One version of one municipality's suitability rules. */
export interface SuitabilityRuleSet extends VersionedRuleSet {
  readonly bedroomNorm: {
    /** Ascending by persons, the first for 1 person; the last covers larger households. */
    readonly rows: readonly BedroomNormRow[];
    readonly source: RuleSource;
  };
  /** Whether shared housing counts as acceptable when the application says «unknown». */
  readonly sharedHousingWhenUnknown: { readonly acceptable: boolean; readonly source: RuleSource };
  /** Whether dwellings staffed day and night go only to households who need staffing. */
  readonly staffedReserved: { readonly reserved: boolean; readonly source: RuleSource };
  readonly scores: SoftScoreWeights;
  readonly concentrationLimits: readonly ConcentrationLimit[];
}

/** What the suitability rules read about a household. */
export interface SuitabilityHousehold {
  /** Everyone who will live in the dwelling, the applicant included. */
  readonly persons: number;
  readonly specialNeeds: SpecialNeeds;
  /** The approved decision's requirements; its bedrooms raise the norm's minimum (and maximum). */
  readonly dwellingRequirement?: DwellingRequirement | null;
  /** District codes in order of preference (the application's areaWishes). */
  readonly areaWishes: readonly string[];
  /** Districts close to the household's network, work or services. */
  readonly networkAreas?: readonly string[];
  /** A Housing First participant's own choice of dwellings or districts. */
  readonly housingFirstChoice?: { readonly dwellingIds: readonly string[]; readonly districtCodes: readonly string[] } | null;
  /** Safety exclusions: must not live in these districts or buildings (e.g. where person Y lives). */
  readonly exclusions?: { readonly districts?: readonly string[]; readonly buildings?: readonly string[] } | null;
}

export interface SuitabilityResult {
  readonly ruleSet: { readonly id: string; readonly version: number };
  /** True when no hard constraint failed. */
  readonly feasible: boolean;
  /** The hard constraints that failed, in rule order. */
  readonly failed: readonly HardConstraintCode[];
  /** 1–100: base plus the soft bonuses that apply, capped. Computed even when not feasible. */
  readonly score: number;
  /** Failed hard constraints first, then the score's parts. */
  readonly reasons: readonly Reason[];
}
