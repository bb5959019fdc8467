/**
 * Structured reasons: every priority, suitability and allocation explanation is a stable code
 * with typed parameters, never prose, so the web renders it in bokmål, nynorsk or English and a
 * stored round can be re-read after the texts change. explain.ts renders them as text.
 */
import type { HousingSituation, NeedCategory, RuleSource, SpecialNeedFlag, YesNoUnknown } from './types.js';

/** Band assigned by the rule when the rule set bands by rule; null otherwise. */
type Band = string | null;

/** The parameters of each reason code. Adding a code makes the renderer fail to compile until handled. */
export interface ReasonParamsByCode {
  // ——— Priority (prioritet på ventelisten) ———
  /** Every household starts with the rule set's base points. */
  priority_base: { points: number };
  priority_housing_situation: { situation: HousingSituation; points: number; band: Band };
  priority_need_category: { category: NeedCategory; points: number; band: Band };
  /** `children` aged `maxAge` or younger will live in the dwelling. */
  priority_children: { children: number; maxAge: number; points: number; band: Band };
  priority_special_needs: { needs: readonly SpecialNeedFlag[]; points: number; band: Band };
  priority_young_applicant: { age: number; maxAge: number; points: number; band: Band };
  priority_economically_disadvantaged: { points: number; band: Band };
  /** The resulting band; `rawPoints` before the band's floor and ceiling when banding by rule. */
  priority_band: { band: string; points: number; rawPoints: number; banding: 'by_points' | 'by_rule' };
  /** Time on the list since the decision; it only breaks ties, or is ignored, as the rule set says. */
  priority_waiting_time: { decisionDate: string; months: number; use: 'tie_breaker' | 'ignored' };
  /** A caseworker set the points, with a written reason (stored and audited by the server). */
  priority_override: { points: number; computedPoints: number; reason: string };
  /** The approval («godkjent som vanskeligstilt boligsøker») ran out; not considered in rounds. */
  priority_approval_expired: { validUntil: string };
  /** Place in the round's queue; `tiedWith` others had the same points and `tieBreak` ordered them. */
  priority_queue_position: { position: number; of: number; tiedWith: number; tieBreak: 'none' | 'waiting_time' | 'lottery' };

  // ——— Hard constraints (egnethet: absolutte krav) ———
  too_few_bedrooms: { persons: number; bedrooms: number; minBedrooms: number };
  too_many_bedrooms: { persons: number; bedrooms: number; maxBedrooms: number };
  wheelchair_access_required: Record<string, never>;
  lift_required: { floor: number | null };
  ground_floor_required: { floor: number | null };
  ground_floor_or_lift_required: { floor: number | null };
  staffed_required: Record<string, never>;
  staff_base_required: Record<string, never>;
  /** The dwelling is staffed day and night and kept for households who need that. */
  staffed_reserved: Record<string, never>;
  shared_housing_not_acceptable: { sharedHousingOk: YesNoUnknown };
  /** Safety exclusion: the household must not live in this district. */
  excluded_district: { district: string };
  /** Safety exclusion: the household must not live in this building. */
  excluded_building: { buildingKey: string };

  // ——— Soft scores (egnethet: ønsker og hensyn) ———
  suitability_base: { points: number };
  /** The district is the household's `rank`-th area wish (1 = first). */
  area_wish: { district: string; rank: number; points: number };
  school_district_kept: { schoolDistrict: string; points: number };
  school_district_changed: { schoolDistrict: string; dwellingSchoolDistrict: string | null };
  /** Close to the household's network, work or services. */
  network_area: { district: string; points: number };
  /** A Housing First participant chose this dwelling. */
  housing_first_dwelling: { points: number };
  /** A Housing First participant chose this district. */
  housing_first_district: { district: string; points: number };
  ideal_bedrooms: { bedrooms: number; points: number };
  suitability_score_capped: { rawScore: number; score: number };

  // ——— The round (tildelingsrunde) ———
  /** Why a candidate ranks where it does: weight = priority × suitability. */
  candidate_rank: { rank: number; of: number; points: number; band: string; score: number; weight: number };
  proposed: { vacancyId: string };
  /** Proposed for another dwelling where the joint result is better. */
  proposed_elsewhere: { vacancyId: string; weightThere: number; weightHere: number };
  concentration_limit_reached: {
    limitId: string;
    scope: 'district' | 'building';
    key: string;
    group: string;
    cap: number;
    alreadyLet: number;
    proposedThisRound: number;
  };
  /** A safety exclusion keeps two households of this round out of the same building. */
  separation_required: { limitId: string; buildingKey: string; otherHouseholdId: string };
  /** The proposed household's match weighs more, and this household has no better use elsewhere. */
  lower_joint_weight: { weight: number; proposedWeight: number };
  /** The solver stopped before proving the optimum; the pair may fit a better solution. */
  search_stopped: { gap: number };
  /** No household could be proposed for the dwelling in this round. */
  vacancy_left_empty: { candidates: number };
}

export type ReasonCode = keyof ReasonParamsByCode;

/** One reason: a code, its parameters and, for rule-based reasons, the rule and its source. */
export type Reason<C extends ReasonCode = ReasonCode> = C extends ReasonCode
  ? {
      readonly code: C;
      readonly params: Readonly<ReasonParamsByCode[C]>;
      /** The rule (priority rule id, concentration limit id) the reason comes from. */
      readonly ruleId?: string;
      readonly source?: RuleSource;
    }
  : never;

/** Builds a reason; provenance is added only when given, so stored reasons stay small. */
export function reason<C extends ReasonCode>(code: C, params: ReasonParamsByCode[C], provenance?: { ruleId?: string; source?: RuleSource }): Reason<C> {
  return { code, params, ...(provenance?.ruleId === undefined ? {} : { ruleId: provenance.ruleId }), ...(provenance?.source === undefined ? {} : { source: provenance.source }) } as Reason<C>;
}

/** The hard constraints a dwelling can fail for a household. */
export const HARD_CONSTRAINT_CODES = [
  'too_few_bedrooms',
  'too_many_bedrooms',
  'wheelchair_access_required',
  'lift_required',
  'ground_floor_required',
  'ground_floor_or_lift_required',
  'staffed_required',
  'staff_base_required',
  'staffed_reserved',
  'shared_housing_not_acceptable',
  'excluded_district',
  'excluded_building',
] as const satisfies readonly ReasonCode[];
export type HardConstraintCode = (typeof HARD_CONSTRAINT_CODES)[number];

/** Every reason code, for the web's catalogue checks and the renderer's tests. */
export const REASON_CODES = [
  'priority_base',
  'priority_housing_situation',
  'priority_need_category',
  'priority_children',
  'priority_special_needs',
  'priority_young_applicant',
  'priority_economically_disadvantaged',
  'priority_band',
  'priority_waiting_time',
  'priority_override',
  'priority_approval_expired',
  'priority_queue_position',
  ...HARD_CONSTRAINT_CODES,
  'suitability_base',
  'area_wish',
  'school_district_kept',
  'school_district_changed',
  'network_area',
  'housing_first_dwelling',
  'housing_first_district',
  'ideal_bedrooms',
  'suitability_score_capped',
  'candidate_rank',
  'proposed',
  'proposed_elsewhere',
  'concentration_limit_reached',
  'separation_required',
  'lower_joint_weight',
  'search_stopped',
  'vacancy_left_empty',
] as const satisfies readonly ReasonCode[];

/** Compile-time check that REASON_CODES lists every code. */
const _everyCodeListed: [Exclude<ReasonCode, (typeof REASON_CODES)[number]>] extends [never] ? true : never = true;
