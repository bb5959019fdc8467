import { describe, expect, it } from 'vitest';
import { explainText } from './explain.js';
import { dwelling, household, needs, roundOf } from './fixtures.js';
import { reason, REASON_CODES, type Reason, type ReasonCode } from './reasons.js';
import { runAllocationRound } from './round.js';
import { LANGUAGES } from '../eligibility/types.js';

/** One reason of every code; the Record type makes this fail to compile when a code is added. */
const SAMPLE: { readonly [C in ReasonCode]: Reason<C> } = {
  priority_base: reason('priority_base', { points: 10 }),
  priority_housing_situation: reason('priority_housing_situation', { situation: 'no_roof', points: 40, band: null }),
  priority_need_category: reason('priority_need_category', { category: 'mental_illness_and_substance_use', points: 0, band: 'A' }),
  priority_children: reason('priority_children', { children: 1, maxAge: 17, points: 20, band: null }),
  priority_special_needs: reason('priority_special_needs', { needs: ['wheelchair', 'staffed'], points: 10, band: null }),
  priority_young_applicant: reason('priority_young_applicant', { age: 21, maxAge: 25, points: 15, band: null }),
  priority_economically_disadvantaged: reason('priority_economically_disadvantaged', { points: 15, band: 'B' }),
  priority_band: reason('priority_band', { band: 'A', points: 321, rawPoints: 21, banding: 'by_rule' }),
  priority_waiting_time: reason('priority_waiting_time', { decisionDate: '2025-03-01', months: 1, use: 'ignored' }),
  priority_override: reason('priority_override', { points: 120, computedPoints: 30, reason: 'Vold i nåværende bolig.' }),
  priority_approval_expired: reason('priority_approval_expired', { validUntil: '2025-09-01' }),
  priority_queue_position: reason('priority_queue_position', { position: 3, of: 40, tiedWith: 1, tieBreak: 'lottery' }),
  too_few_bedrooms: reason('too_few_bedrooms', { persons: 4, bedrooms: 1, minBedrooms: 2 }),
  too_many_bedrooms: reason('too_many_bedrooms', { persons: 1, bedrooms: 3, maxBedrooms: 1 }),
  wheelchair_access_required: reason('wheelchair_access_required', {}),
  lift_required: reason('lift_required', { floor: 4 }),
  ground_floor_required: reason('ground_floor_required', { floor: null }),
  ground_floor_or_lift_required: reason('ground_floor_or_lift_required', { floor: 3 }),
  staffed_required: reason('staffed_required', {}),
  staff_base_required: reason('staff_base_required', {}),
  staffed_reserved: reason('staffed_reserved', {}),
  shared_housing_not_acceptable: reason('shared_housing_not_acceptable', { sharedHousingOk: 'unknown' }),
  excluded_district: reason('excluded_district', { district: '03' }),
  excluded_building: reason('excluded_building', { buildingKey: '9999-1/2/0/0' }),
  suitability_base: reason('suitability_base', { points: 30 }),
  area_wish: reason('area_wish', { district: '02', rank: 2, points: 20 }),
  school_district_kept: reason('school_district_kept', { schoolDistrict: 'Nord', points: 25 }),
  school_district_changed: reason('school_district_changed', { schoolDistrict: 'Nord', dwellingSchoolDistrict: null }),
  network_area: reason('network_area', { district: '04', points: 15 }),
  housing_first_dwelling: reason('housing_first_dwelling', { points: 60 }),
  housing_first_district: reason('housing_first_district', { district: '01', points: 40 }),
  ideal_bedrooms: reason('ideal_bedrooms', { bedrooms: 0, points: 10 }),
  suitability_score_capped: reason('suitability_score_capped', { rawScore: 145, score: 100 }),
  candidate_rank: reason('candidate_rank', { rank: 2, of: 7, points: 65, band: 'B', score: 40, weight: 2600 }),
  proposed: reason('proposed', { vacancyId: 'v1' }),
  proposed_elsewhere: reason('proposed_elsewhere', { vacancyId: 'v2', weightThere: 2000, weightHere: 1800 }),
  concentration_limit_reached: reason('concentration_limit_reached', { limitId: 'district:03:substance_use', scope: 'district', key: '03', group: 'substance_use', cap: 3, alreadyLet: 2, proposedThisRound: 1 }),
  separation_required: reason('separation_required', { limitId: 'separation:B:a:b', buildingKey: 'B', otherHouseholdId: 'b' }),
  lower_joint_weight: reason('lower_joint_weight', { weight: 1600, proposedWeight: 3000 }),
  search_stopped: reason('search_stopped', { gap: 0.0125 }),
  vacancy_left_empty: reason('vacancy_left_empty', { candidates: 0 }),
};

describe('explainText', () => {
  it('renders every reason code in bokmål, nynorsk and English', () => {
    expect(Object.keys(SAMPLE).sort()).toEqual([...REASON_CODES].sort());
    for (const r of Object.values(SAMPLE)) {
      const texts = LANGUAGES.map((l) => explainText(r, l));
      for (const text of texts) {
        expect(text.trim()).not.toBe('');
        expect(text).not.toMatch(/undefined|NaN|null|\[object/);
      }
      expect(new Set(texts).size).toBeGreaterThan(1);
    }
  });

  it('refuses a code it does not know', () => {
    expect(() => explainText({ code: 'from_the_future', params: {} } as unknown as Reason, 'nb')).toThrow(/unknown reason code/);
  });

  it('names the concentration limit in plain language', () => {
    const r = SAMPLE.concentration_limit_reached;
    expect(explainText(r, 'nb')).toBe('Grensen for å unngå opphopning er nådd: høyst 3 boliger i bydel 03 kan leies ut til husstander i gruppen «rusutfordringer»; 2 er utleid fra før og 1 er foreslått i denne runden.');
    expect(explainText(r, 'nn')).toContain('opphoping er nådd: høgst 3 bustader i bydel 03');
    expect(explainText(r, 'en')).toContain('at most 3 dwellings in district 03 may be let to households in the group “substance use”');
  });

  it('writes priority reasons with dates, plurals and bands', () => {
    expect(explainText(SAMPLE.priority_housing_situation, 'nb')).toBe('Bosituasjon – uten tak over hodet: +40 poeng.');
    expect(explainText(SAMPLE.priority_need_category, 'en')).toBe('Priority group – substance use and mental illness (ROP): band A.');
    expect(explainText(SAMPLE.priority_waiting_time, 'nn')).toBe('Godkjend 1. mars 2025, 1 månad på ventelista. Ventetid gir ikkje poeng og avgjer ikkje rekkjefølgja; like poengsummar blir avgjorde ved loddtrekning.');
    expect(explainText(SAMPLE.priority_special_needs, 'en')).toBe('Special needs (wheelchair and staffed day and night): +10 points.');
    expect(explainText(SAMPLE.priority_override, 'nb')).toBe('Saksbehandleren har satt prioriteten til 120 poeng (reglene ga 30). Begrunnelse: «Vold i nåværende bolig.»');
    expect(explainText(SAMPLE.area_wish, 'en')).toBe('District 02 is the household’s 2nd wish: +20.');
    expect(explainText(SAMPLE.search_stopped, 'nb')).toContain('1,3 %');
  });

  it('never names the building or household behind a safety exclusion', () => {
    for (const l of LANGUAGES) {
      expect(explainText(SAMPLE.excluded_building, l)).not.toContain('9999-1/2/0/0');
      expect(explainText(SAMPLE.separation_required, l)).not.toMatch(/\bb\b|separation:/);
    }
  });

  it('renders every reason a real round gives', () => {
    const result = runAllocationRound(
      roundOf(
        [household('a', { housingSituation: 'no_roof', specialNeeds: needs({ wheelchair: true }) }), household('b', { areaWishes: ['01'], childrenAges: [6], persons: 2 })],
        [dwelling('v1'), dwelling('v2', { districtCode: '02', bedrooms: 4 })],
      ),
    );
    const reasons = [...result.households.flatMap((h) => h.reasons), ...result.vacancies.flatMap((v) => [...v.candidates.flatMap((c) => [c.outcome, ...c.reasons]), ...v.passedOver.flatMap((p) => p.reasons), ...v.notes])];
    expect(reasons.length).toBeGreaterThan(10);
    for (const r of reasons) for (const l of LANGUAGES) expect(explainText(r, l)).not.toMatch(/undefined|NaN|\[object/);
  });
});
