/** The one evaluator for every municipality's suitability rule set (egnethet). */
import { AllocationError } from './errors.js';
import { type HardConstraintCode, reason, type Reason } from './reasons.js';
import type { BedroomNormRow, SuitabilityHousehold, SuitabilityResult, SuitabilityRuleSet } from './suitability-types.js';
import type { DwellingFacts } from './types.js';

/** The highest score; the solver's weight is priority × score. */
export const MAX_SUITABILITY_SCORE = 100;

/** The ground floor (1. etasje): step-free without a lift [I]. */
const GROUND_FLOOR = 1;

/** The norm row for a household of `persons`: the last row whose `persons` is at most it. */
export function bedroomNormFor(rows: readonly BedroomNormRow[], persons: number): BedroomNormRow {
  let found: BedroomNormRow | undefined;
  for (const row of rows) if (row.persons <= persons) found = row;
  if (found === undefined) throw new AllocationError('invalid_input', `the bedroom norm has no row for ${persons} persons`);
  return found;
}

/** Minimum, maximum and ideal bedrooms: the norm, raised by what the decision promised. */
function bedroomRange(ruleSet: SuitabilityRuleSet, household: SuitabilityHousehold): { min: number; max: number; ideal: number } {
  const row = bedroomNormFor(ruleSet.bedroomNorm.rows, household.persons);
  const promised = household.dwellingRequirement?.bedrooms ?? 0;
  // The decision states the approximate size the household can expect (Husbanken's advice on vedtak, domain.md § 1.2) [I].
  return { min: Math.max(row.minBedrooms, promised), max: Math.max(row.maxBedrooms, promised), ideal: Math.max(row.idealBedrooms, promised) };
}

/** Every hard constraint the dwelling fails for the household, as reasons, in a fixed order. */
function hardConstraints(ruleSet: SuitabilityRuleSet, household: SuitabilityHousehold, dwelling: DwellingFacts): Reason[] {
  const out: Reason[] = [];
  const needs = household.specialNeeds;
  const required = household.dwellingRequirement ?? null;
  const { persons } = household;
  const { bedrooms, floor } = dwelling;
  const norm = { source: ruleSet.bedroomNorm.source };
  const range = bedroomRange(ruleSet, household);
  if (bedrooms < range.min) out.push(reason('too_few_bedrooms', { persons, bedrooms, minBedrooms: range.min }, norm));
  if (bedrooms > range.max) out.push(reason('too_many_bedrooms', { persons, bedrooms, maxBedrooms: range.max }, norm));

  if ((needs.wheelchair || required?.wheelchair === true) && !dwelling.wheelchairAccessible) out.push(reason('wheelchair_access_required', {}));
  const onGroundFloor = floor === GROUND_FLOOR;
  if ((needs.groundFloor || required?.floorRequirement === 'ground_floor') && !onGroundFloor) out.push(reason('ground_floor_required', { floor }));
  const needsLift = needs.lift || required?.lift === true;
  if ((needsLift || required?.floorRequirement === 'ground_floor_or_lift') && !onGroundFloor && !dwelling.hasLift) {
    out.push(needsLift ? reason('lift_required', { floor }) : reason('ground_floor_or_lift_required', { floor }));
  }

  if (needs.staffed && !dwelling.staffed24h) out.push(reason('staffed_required', {}));
  // Staff on site day and night also meets the need for a staff base [I].
  if (needs.staffBase && !dwelling.staffBase && !dwelling.staffed24h) out.push(reason('staff_base_required', {}));
  if (ruleSet.staffedReserved.reserved && dwelling.staffed24h && !needs.staffed) out.push(reason('staffed_reserved', {}, { source: ruleSet.staffedReserved.source }));

  const sharedOk = needs.sharedHousingOk === 'yes' || (needs.sharedHousingOk === 'unknown' && ruleSet.sharedHousingWhenUnknown.acceptable);
  if (dwelling.sharedHousing && !sharedOk) {
    out.push(reason('shared_housing_not_acceptable', { sharedHousingOk: needs.sharedHousingOk }, { source: ruleSet.sharedHousingWhenUnknown.source }));
  }

  const district = dwelling.districtCode;
  if (district !== null && (household.exclusions?.districts ?? []).includes(district)) out.push(reason('excluded_district', { district }));
  if ((household.exclusions?.buildings ?? []).includes(dwelling.buildingKey)) out.push(reason('excluded_building', { buildingKey: dwelling.buildingKey }));
  return out;
}

/** School districts are free text in the register; compare them without case or surrounding space [I]. */
const sameSchoolDistrict = (a: string, b: string | null): boolean => b !== null && a.trim().toLocaleLowerCase('nb') === b.trim().toLocaleLowerCase('nb');

/** The soft bonuses that apply, as reasons with their points. */
function softScores(ruleSet: SuitabilityRuleSet, household: SuitabilityHousehold, dwelling: DwellingFacts): Reason[] {
  const w = ruleSet.scores;
  const at = { source: w.source };
  const out: Reason[] = [reason('suitability_base', { points: w.base }, at)];
  const district = dwelling.districtCode;

  const rank = district === null ? -1 : household.areaWishes.indexOf(district);
  if (district !== null && rank >= 0) {
    const points = w.areaWishByRank[rank] ?? w.areaWishByRank[w.areaWishByRank.length - 1] ?? 0;
    out.push(reason('area_wish', { district, rank: rank + 1, points }, at));
  }
  const school = household.specialNeeds.schoolDistrict;
  if (school !== null && school.trim() !== '') {
    out.push(
      sameSchoolDistrict(school, dwelling.schoolDistrictPrimary)
        ? reason('school_district_kept', { schoolDistrict: school, points: w.schoolDistrict }, at)
        : reason('school_district_changed', { schoolDistrict: school, dwellingSchoolDistrict: dwelling.schoolDistrictPrimary }, at),
    );
  }
  if (district !== null && (household.networkAreas ?? []).includes(district)) out.push(reason('network_area', { district, points: w.networkArea }, at));

  const choice = household.housingFirstChoice ?? null;
  if (choice !== null && choice.dwellingIds.includes(dwelling.id)) out.push(reason('housing_first_dwelling', { points: w.housingFirstDwelling }, at));
  else if (choice !== null && district !== null && choice.districtCodes.includes(district)) out.push(reason('housing_first_district', { district, points: w.housingFirstDistrict }, at));

  if (dwelling.bedrooms === bedroomRange(ruleSet, household).ideal) out.push(reason('ideal_bedrooms', { bedrooms: dwelling.bedrooms, points: w.idealBedrooms }, at));
  return out;
}

const pointsOf = (r: Reason): number => ('points' in r.params && typeof r.params.points === 'number' ? r.params.points : 0);

/**
 * How well `dwelling` suits `household` under `ruleSet`: the hard constraints it fails (any one
 * makes it infeasible) and a score of 1–100 from the soft bonuses, each with its reason.
 * Concentration limits are per round, not per pair (see runAllocationRound). Throws
 * AllocationError `invalid_input` when the bedroom norm has no row for the household's size.
 */
export function assessSuitability(ruleSet: SuitabilityRuleSet, household: SuitabilityHousehold, dwelling: DwellingFacts): SuitabilityResult {
  const failures = hardConstraints(ruleSet, household, dwelling);
  const soft = softScores(ruleSet, household, dwelling);
  const rawScore = soft.reduce((sum, r) => sum + pointsOf(r), 0);
  const score = Math.max(1, Math.min(MAX_SUITABILITY_SCORE, rawScore));
  if (rawScore > MAX_SUITABILITY_SCORE) soft.push(reason('suitability_score_capped', { rawScore, score }));
  return {
    ruleSet: { id: ruleSet.id, version: ruleSet.version },
    feasible: failures.length === 0,
    failed: failures.map((r) => r.code as HardConstraintCode),
    score,
    reasons: [...failures, ...soft],
  };
}
