import { describe, expect, it } from 'vitest';
import { dwelling, household, needs, roundOf } from './fixtures.js';
import { NABO_9998_PRIORITY_V1 } from './priority-rules/index.js';
import { runAllocationRound } from './round.js';
import type { RoundResult, VacancyResult } from './round-types.js';
import { NABO_9998_SUITABILITY_V1 } from './suitability-rules/index.js';

const vacancy = (result: RoundResult, id: string): VacancyResult => {
  const v = result.vacancies.find((x) => x.vacancyId === id);
  if (v === undefined) throw new Error(`no vacancy ${id}`);
  return v;
};
const proposals = (result: RoundResult): Record<string, string | null> => Object.fromEntries(result.vacancies.map((v) => [v.vacancyId, v.proposal?.householdId ?? null]));

describe('runAllocationRound', () => {
  it('proposes the highest priority household and ranks the candidates with their reasons', () => {
    const result = runAllocationRound(
      roundOf(
        [household('low'), household('high', { housingSituation: 'no_roof', needCategory: 'substance_use' }), household('mid', { housingSituation: 'emergency_accommodation' })],
        [dwelling('v1')],
        { occupancy: [{ scope: 'district', key: '01', totalDwellings: 50, letByNeedCategory: {} }] },
      ),
    );
    const v1 = vacancy(result, 'v1');
    expect(v1.proposal?.householdId).toBe('high');
    expect(v1.candidates.map((c) => [c.householdId, c.rank, c.outcome.code])).toEqual([
      ['high', 1, 'proposed'],
      ['mid', 2, 'lower_joint_weight'],
      ['low', 3, 'lower_joint_weight'],
    ]);
    expect(v1.candidates[0]?.reasons.map((r) => r.code)).toEqual([
      'candidate_rank',
      'priority_base',
      'priority_housing_situation',
      'priority_need_category',
      'priority_band',
      'priority_waiting_time',
      'priority_queue_position',
      'suitability_base',
      'ideal_bedrooms',
    ]);
    expect(v1.candidates[0]?.reasons[0]?.params).toEqual({ rank: 1, of: 3, points: 65, band: 'B', score: 40, weight: 65 * 40 });
    expect(v1.passedOver).toEqual([]);
    expect(result).toMatchObject({ optimal: true, gap: 0, objective: 2600, bound: 2600, seed: 42, today: '2025-09-15' });
    expect(result.ruleVersions).toEqual({ priority: { id: 'demo-9999-priority-v1', version: 1 }, suitability: { id: 'demo-9999-suitability-v1', version: 1 } });
    expect(result.households.map((h) => [h.householdId, h.queuePosition, h.proposedVacancyId])).toEqual([
      ['high', 1, 'v1'],
      ['mid', 2, null],
      ['low', 3, null],
    ]);
  });

  it('explains a higher-priority household that fails a hard constraint', () => {
    const result = runAllocationRound(roundOf([household('wheelchair', { housingSituation: 'no_roof', specialNeeds: needs({ wheelchair: true }) }), household('other')], [dwelling('v1')]));
    const v1 = vacancy(result, 'v1');
    expect(v1.proposal?.householdId).toBe('other');
    expect(v1.passedOver).toEqual([{ householdId: 'wheelchair', queuePosition: 1, points: 50, band: 'B', reasons: [{ code: 'wheelchair_access_required', params: {} }] }]);
    expect(result.households.find((h) => h.householdId === 'wheelchair')?.feasibleVacancies).toBe(0);
  });

  it('proposes a higher-priority household for another dwelling when the joint result is better, and says so', () => {
    const accessible = dwelling('v-accessible', { wheelchairAccessible: true, floor: 1 });
    const result = runAllocationRound(roundOf([household('first', { housingSituation: 'no_roof' }), household('chair', { specialNeeds: needs({ wheelchair: true }) })], [accessible, dwelling('v-plain')]));
    expect(proposals(result)).toEqual({ 'v-accessible': 'chair', 'v-plain': 'first' });
    const reasons = vacancy(result, 'v-accessible').passedOver[0]?.reasons;
    expect(reasons).toEqual([{ code: 'proposed_elsewhere', params: { vacancyId: 'v-plain', weightThere: 50 * 40, weightHere: 50 * 40 } }]);
  });

  it('prefers a much better match over slightly higher priority, and explains the weights', () => {
    const hf = household('housing-first', { housingFirstChoice: { dwellingIds: ['v1'], districtCodes: [] } });
    const result = runAllocationRound(roundOf([household('urgent', { housingSituation: 'emergency_accommodation' }), hf], [dwelling('v1')]));
    const v1 = vacancy(result, 'v1');
    expect(v1.proposal?.householdId).toBe('housing-first');
    expect(v1.passedOver[0]).toMatchObject({ householdId: 'urgent', reasons: [{ code: 'lower_joint_weight', params: { weight: 40 * 40, proposedWeight: 30 * 100 } }] });
  });

  it('blocks a second substance-use household in a district at its cap, proposes a household outside the group instead, and names the limit', () => {
    const occupancy = [{ scope: 'district' as const, key: '03', totalDwellings: 30, letByNeedCategory: { substance_use: 1, mental_illness_and_substance_use: 1, refugee: 4 } }];
    const households = [
      household('su-1', { housingSituation: 'no_roof', needCategory: 'substance_use' }),
      household('su-2', { housingSituation: 'emergency_accommodation', needCategory: 'substance_use' }),
      household('family', { housingSituation: 'unsuitable_dwelling' }),
    ];
    const vacancies = [dwelling('v-a', { districtCode: '03', buildingKey: 'A' }), dwelling('v-b', { districtCode: '03', buildingKey: 'B' })];
    const result = runAllocationRound(roundOf(households, vacancies, { occupancy }));

    expect(Object.values(proposals(result)).sort()).toEqual(['family', 'su-1']);
    const limit = { limitId: 'district:03:substance_use', scope: 'district', key: '03', group: 'substance_use', cap: 3, alreadyLet: 2, proposedThisRound: 1 };
    expect(result.limits).toEqual([{ id: 'district:03:substance_use', kind: 'concentration', ruleId: 'substance-use-district', scope: 'district', key: '03', group: 'substance_use', cap: 3, alreadyLet: 2, remaining: 1, proposedThisRound: 1 }]);

    const familyVacancy = result.vacancies.find((v) => v.proposal?.householdId === 'family') as VacancyResult;
    const su2 = familyVacancy.passedOver.find((p) => p.householdId === 'su-2');
    expect(su2?.reasons).toEqual([{ code: 'concentration_limit_reached', params: limit, ruleId: 'substance-use-district', source: expect.objectContaining({ document: expect.stringContaining('opphopning') }) }]);
    expect(familyVacancy.passedOver.find((p) => p.householdId === 'su-1')?.reasons.map((r) => r.code)).toEqual(['proposed_elsewhere', 'concentration_limit_reached']);
    expect(result.households.find((h) => h.householdId === 'su-2')?.proposedVacancyId).toBeNull();
  });

  it('counts a building limit separately, and leaves out limits that cannot bind', () => {
    const households = [household('su-1', { needCategory: 'substance_use' }), household('su-2', { needCategory: 'substance_use' }), household('su-3', { needCategory: 'substance_use' })];
    const vacancies = ['a', 'b', 'c'].map((id) => dwelling(id, { districtCode: null, buildingKey: 'tower' }));
    const occupancy = [{ scope: 'building' as const, key: 'tower', totalDwellings: 40, letByNeedCategory: { substance_use: 1 } }];
    const result = runAllocationRound(roundOf(households, vacancies, { occupancy }));
    expect(result.limits.map((l) => [l.id, l.remaining, l.proposedThisRound])).toEqual([['building:tower:substance_use', 1, 1]]);
    expect(result.vacancies.filter((v) => v.proposal !== null)).toHaveLength(1);
    expect(result.vacancies.find((v) => v.proposal === null)?.notes).toEqual([{ code: 'vacancy_left_empty', params: { candidates: 3 } }]);
  });

  it('keeps two households that must be apart out of the same building', () => {
    const households = [household('victim', { housingSituation: 'no_roof', separateFrom: ['threat'] }), household('threat', { housingSituation: 'emergency_accommodation' }), household('third')];
    const vacancies = [dwelling('v1', { buildingKey: 'same' }), dwelling('v2', { buildingKey: 'same' })];
    const result = runAllocationRound(roundOf(households, vacancies));
    expect(Object.values(proposals(result)).sort()).toEqual(['third', 'victim']);
    const thirdVacancy = result.vacancies.find((v) => v.proposal?.householdId === 'third') as VacancyResult;
    expect(thirdVacancy.passedOver.find((p) => p.householdId === 'threat')?.reasons).toEqual([
      { code: 'separation_required', params: { limitId: 'separation:same:threat:victim', buildingKey: 'same', otherHouseholdId: 'victim' } },
    ]);
  });

  it('leaves out households whose approval has run out, and lists them last', () => {
    const result = runAllocationRound(roundOf([household('expired', { housingSituation: 'no_roof', decisionDate: '2024-01-01', validUntil: '2025-01-01' }), household('valid')], [dwelling('v1')]));
    expect(proposals(result)).toEqual({ v1: 'valid' });
    expect(result.households.at(-1)).toMatchObject({ householdId: 'expired', active: false, queuePosition: null, effectivePriority: 0, feasibleVacancies: 0 });
    expect(vacancy(result, 'v1').passedOver).toEqual([]);
  });

  it('breaks a tie in Demo kommune by the longest wait', () => {
    const result = runAllocationRound(roundOf([household('recent', { decisionDate: '2025-08-01' }), household('waited', { decisionDate: '2024-12-01' })], [dwelling('v1')]));
    expect(proposals(result)).toEqual({ v1: 'waited' });
    expect(result.households[0]?.reasons.at(-1)).toEqual({ code: 'priority_queue_position', params: { position: 1, of: 2, tiedWith: 1, tieBreak: 'waiting_time' } });
  });

  it('breaks a tie in Nabo kommune by the seeded lottery, the same way for the same seed', () => {
    const rules = { priority: NABO_9998_PRIORITY_V1, suitability: NABO_9998_SUITABILITY_V1 };
    const input = (seed: number) => roundOf([household('a', { decisionDate: '2024-01-01' }), household('b'), household('c')], [dwelling('v1')], { municipality: '9998', rules, seed });
    const winners = new Set(Array.from({ length: 12 }, (_, seed) => runAllocationRound(input(seed)).vacancies[0]?.proposal?.householdId));
    expect(winners.size).toBeGreaterThan(1);
    expect(runAllocationRound(input(7))).toEqual(runAllocationRound(input(7)));
    expect(runAllocationRound(input(7)).households[0]?.reasons.at(-1)?.params).toMatchObject({ tiedWith: 2, tieBreak: 'lottery' });
  });

  it('lists at most the requested candidates, and adds the proposal when it ranks below them', () => {
    const many = Array.from({ length: 8 }, (_, i) => household(`h${i}`, { housingSituation: i === 0 ? 'no_roof' : 'staying_with_friends_family' }));
    const hf = household('hf', { housingFirstChoice: { dwellingIds: ['v1'], districtCodes: [] }, exclusions: { buildings: ['B2'] } });
    const result = runAllocationRound(roundOf([...many, hf], [dwelling('v1'), dwelling('v2', { buildingKey: 'B2' })], { options: { candidatesPerVacancy: 2, passedOverPerVacancy: 1 } }));
    const v1 = vacancy(result, 'v1');
    expect(v1.candidates.length).toBeLessThanOrEqual(3);
    expect(v1.candidates.some((c) => c.householdId === v1.proposal?.householdId)).toBe(true);
    expect(v1.passedOver.length).toBeLessThanOrEqual(1);
    expect(v1.candidateCount).toBe(9);
  });

  it('refuses input that breaks an invariant', () => {
    expect(() => runAllocationRound(roundOf([household('a'), household('a')], []))).toThrow(/invalid_input/);
    expect(() => runAllocationRound(roundOf([], [dwelling('v'), dwelling('v')]))).toThrow(/invalid_input/);
    expect(() => runAllocationRound(roundOf([], [], { seed: -1 }))).toThrow(/invalid_input/);
    expect(() => runAllocationRound(roundOf([household('a', { persons: 1, childrenAges: [4] })], []))).toThrow(/invalid_input/);
    expect(() => runAllocationRound(roundOf([], [], { municipality: '9998' }))).toThrow(/rule_set_mismatch/);
    expect(() => runAllocationRound(roundOf([], [], { today: '2023-06-30' }))).toThrow(/rule_set_mismatch/);
    const su = household('su', { needCategory: 'substance_use' });
    expect(() => runAllocationRound(roundOf([su, { ...su, id: 'su2' }], [dwelling('v1', { districtCode: '07' })]))).toThrow(/missing_occupancy/);
  });
});
