import { describe, expect, it } from 'vitest';
import { dwelling, household, needs } from './fixtures.js';
import type { HardConstraintCode } from './reasons.js';
import { assessSuitability } from './suitability.js';
import { DEMO_9999_SUITABILITY_V1 } from './suitability-rules/index.js';
import type { SuitabilityHousehold, SuitabilityRuleSet } from './suitability-types.js';
import type { DwellingFacts } from './types.js';

const rules = DEMO_9999_SUITABILITY_V1;
const single = household('h');

const failed = (h: SuitabilityHousehold, d: DwellingFacts, set: SuitabilityRuleSet = rules): readonly HardConstraintCode[] => assessSuitability(set, h, d).failed;

describe('assessSuitability: hard constraints', () => {
  it('accepts a plain one-bedroom flat for a single adult', () => {
    const result = assessSuitability(rules, single, dwelling('d'));
    expect(result).toMatchObject({ feasible: true, failed: [], ruleSet: { id: 'demo-9999-suitability-v1', version: 1 } });
  });

  it.each([
    [1, 0, []],
    [1, 2, ['too_many_bedrooms']],
    [3, 1, ['too_few_bedrooms']],
    [3, 3, []],
    [4, 1, ['too_few_bedrooms']],
    [9, 3, []],
  ] as const)('checks %i persons against %i bedrooms by the norm', (persons, bedrooms, expected) => {
    expect(failed(household('h', { persons }), dwelling('d', { bedrooms }))).toEqual(expected);
  });

  it('raises the minimum to the bedrooms the decision promised, and says what it required', () => {
    const h = household('h', { persons: 2, dwellingRequirement: { bedrooms: 2, floorRequirement: 'none', lift: false, wheelchair: false } });
    const result = assessSuitability(rules, h, dwelling('d', { bedrooms: 1 }));
    expect(result.reasons[0]).toMatchObject({ code: 'too_few_bedrooms', params: { persons: 2, bedrooms: 1, minBedrooms: 2 } });
  });

  it('requires wheelchair access when the application or the decision asks for it', () => {
    expect(failed(household('h', { specialNeeds: needs({ wheelchair: true }) }), dwelling('d'))).toEqual(['wheelchair_access_required']);
    const decided = household('h', { dwellingRequirement: { bedrooms: 1, floorRequirement: 'none', lift: false, wheelchair: true } });
    expect(failed(decided, dwelling('d'))).toEqual(['wheelchair_access_required']);
    expect(failed(decided, dwelling('d', { wheelchairAccessible: true }))).toEqual([]);
  });

  it('requires a lift above the ground floor, and treats an unregistered floor without a lift as failing', () => {
    const h = household('h', { specialNeeds: needs({ lift: true }) });
    expect(failed(h, dwelling('d', { floor: 3, hasLift: false }))).toEqual(['lift_required']);
    expect(failed(h, dwelling('d', { floor: 1, hasLift: false }))).toEqual([]);
    expect(failed(h, dwelling('d', { floor: 3, hasLift: true }))).toEqual([]);
    expect(assessSuitability(rules, h, dwelling('d', { floor: null, hasLift: false })).reasons[0]).toEqual({ code: 'lift_required', params: { floor: null } });
  });

  it('requires the ground floor, or the ground floor or a lift, as the decision says', () => {
    const ground = household('h', { specialNeeds: needs({ groundFloor: true }) });
    expect(failed(ground, dwelling('d', { floor: 2, hasLift: true }))).toEqual(['ground_floor_required']);
    expect(failed(ground, dwelling('d', { floor: 1 }))).toEqual([]);
    const either = household('h', { dwellingRequirement: { bedrooms: 0, floorRequirement: 'ground_floor_or_lift', lift: false, wheelchair: false } });
    expect(failed(either, dwelling('d', { floor: 4, hasLift: false }))).toEqual(['ground_floor_or_lift_required']);
    expect(failed(either, dwelling('d', { floor: 4, hasLift: true }))).toEqual([]);
  });

  it('requires staffing or a staff base when needed, and keeps staffed dwellings for those who need them', () => {
    expect(failed(household('h', { specialNeeds: needs({ staffed: true }) }), dwelling('d'))).toEqual(['staffed_required']);
    expect(failed(household('h', { specialNeeds: needs({ staffed: true }) }), dwelling('d', { staffed24h: true }))).toEqual([]);
    const base = household('h', { specialNeeds: needs({ staffBase: true }) });
    expect(failed(base, dwelling('d'))).toEqual(['staff_base_required']);
    expect(failed(base, dwelling('d', { staffBase: true }))).toEqual([]);
    expect(failed(base, dwelling('d', { staffed24h: true }))).toEqual(['staffed_reserved']);
    expect(failed(single, dwelling('d', { staffed24h: true }))).toEqual(['staffed_reserved']);
    expect(failed(single, dwelling('d', { staffed24h: true }), { ...rules, staffedReserved: { ...rules.staffedReserved, reserved: false } })).toEqual([]);
  });

  it('offers shared housing only to households for whom it is acceptable', () => {
    const shared = dwelling('d', { sharedHousing: true });
    expect(failed(household('h', { specialNeeds: needs({ sharedHousingOk: 'yes' }) }), shared)).toEqual([]);
    expect(failed(household('h', { specialNeeds: needs({ sharedHousingOk: 'no' }) }), shared)).toEqual(['shared_housing_not_acceptable']);
    const unknown = household('h', { specialNeeds: needs({ sharedHousingOk: 'unknown' }) });
    expect(failed(unknown, shared)).toEqual(['shared_housing_not_acceptable']);
    expect(failed(unknown, shared, { ...rules, sharedHousingWhenUnknown: { ...rules.sharedHousingWhenUnknown, acceptable: true } })).toEqual([]);
  });

  it('applies safety exclusions for a district and for a building', () => {
    const h = household('h', { exclusions: { districts: ['03'], buildings: ['9999-12/34/0/0'] } });
    expect(assessSuitability(rules, h, dwelling('d', { districtCode: '03' })).reasons[0]).toEqual({ code: 'excluded_district', params: { district: '03' } });
    expect(failed(h, dwelling('d', { districtCode: '01', buildingKey: '9999-12/34/0/0' }))).toEqual(['excluded_building']);
    expect(failed(h, dwelling('d', { districtCode: '01', buildingKey: '9999-12/35/0/0' }))).toEqual([]);
  });

  it('lists every failed constraint, and still scores the pair', () => {
    const h = household('h', { persons: 3, specialNeeds: needs({ wheelchair: true, staffed: true }), areaWishes: ['01'] });
    const result = assessSuitability(rules, h, dwelling('d', { sharedHousing: true }));
    expect(result.feasible).toBe(false);
    expect(result.failed).toEqual(['too_few_bedrooms', 'wheelchair_access_required', 'staffed_required', 'shared_housing_not_acceptable']);
    expect(result.score).toBe(60);
  });
});

describe('assessSuitability: soft scores', () => {
  const scoreOf = (h: SuitabilityHousehold, d: DwellingFacts): number => assessSuitability(rules, h, d).score;

  it('starts from the base and adds the ideal bedroom count', () => {
    expect(scoreOf(single, dwelling('d', { bedrooms: 0 }))).toBe(30);
    const result = assessSuitability(rules, single, dwelling('d', { bedrooms: 1 }));
    expect(result.score).toBe(40);
    expect(result.reasons.map((r) => r.code)).toEqual(['suitability_base', 'ideal_bedrooms']);
  });

  it('weighs area wishes by their rank', () => {
    const h = household('h', { areaWishes: ['03', '01', '02', '07', '05'] });
    const at = (districtCode: string): number => scoreOf(h, dwelling('d', { districtCode, bedrooms: 0 }));
    expect([at('03'), at('01'), at('02'), at('07'), at('05'), at('09')]).toEqual([60, 50, 40, 35, 35, 30]);
    expect(assessSuitability(rules, h, dwelling('d', { districtCode: '01' })).reasons[1]).toMatchObject({ code: 'area_wish', params: { district: '01', rank: 2, points: 20 } });
  });

  it('rewards keeping the children in their school district, and notes a change', () => {
    const h = household('h', { persons: 3, childrenAges: [8, 11], specialNeeds: needs({ schoolDistrict: ' nord ' }) });
    const kept = assessSuitability(rules, h, dwelling('d', { bedrooms: 2, schoolDistrictPrimary: 'Nord' }));
    expect(kept.reasons.find((r) => r.code === 'school_district_kept')?.params).toEqual({ schoolDistrict: ' nord ', points: 25 });
    expect(kept.score).toBe(30 + 25 + 10);
    const moved = assessSuitability(rules, h, dwelling('d', { bedrooms: 2, schoolDistrictPrimary: 'Sør' }));
    expect(moved.reasons.find((r) => r.code === 'school_district_changed')?.params).toEqual({ schoolDistrict: ' nord ', dwellingSchoolDistrict: 'Sør' });
    expect(moved.score).toBe(40);
  });

  it('rewards closeness to the household’s network, work or services', () => {
    const h = household('h', { networkAreas: ['01'] });
    expect(assessSuitability(rules, h, dwelling('d', { bedrooms: 0 })).reasons[1]).toMatchObject({ code: 'network_area', params: { district: '01', points: 15 } });
  });

  it('gives a Housing First participant’s own choice a strong bonus, the dwelling more than the district', () => {
    const h = household('h', { housingFirstChoice: { dwellingIds: ['chosen'], districtCodes: ['01'] } });
    expect(scoreOf(h, dwelling('chosen', { bedrooms: 0 }))).toBe(90);
    expect(scoreOf(h, dwelling('other', { bedrooms: 0 }))).toBe(70);
    expect(scoreOf(h, dwelling('other', { bedrooms: 0, districtCode: '02' }))).toBe(30);
  });

  it('caps the score at 100 and says so', () => {
    const h = household('h', { areaWishes: ['01'], networkAreas: ['01'], housingFirstChoice: { dwellingIds: ['d'], districtCodes: [] } });
    const result = assessSuitability(rules, h, dwelling('d'));
    expect(result.score).toBe(100);
    expect(result.reasons.at(-1)).toEqual({ code: 'suitability_score_capped', params: { rawScore: 145, score: 100 } });
  });

  it('ignores district wishes for a dwelling with no district registered', () => {
    const h = household('h', { areaWishes: ['01'], networkAreas: ['01'], exclusions: { districts: ['01'] } });
    const result = assessSuitability(rules, h, dwelling('d', { districtCode: null, bedrooms: 0 }));
    expect([result.feasible, result.score]).toEqual([true, 30]);
  });
});
