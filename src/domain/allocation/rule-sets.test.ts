import { describe, expect, it } from 'vitest';
import { LANGUAGES, type LocalizedText } from '../eligibility/types.js';
import { concentrationCapacity } from './concentration.js';
import { BUILT_IN_PRIORITY_RULE_SETS, DEMO_9999_PRIORITY_V1 } from './priority-rules/index.js';
import { PRIORITY_RULE_KINDS, type PriorityRule, type PriorityRuleKind, type PriorityRuleSet } from './priority-types.js';
import { selectAllocationRuleSet } from './select.js';
import { BUILT_IN_SUITABILITY_RULE_SETS, DEMO_9999_SUITABILITY_V1 } from './suitability-rules/index.js';
import type { ConcentrationLimit, SuitabilityRuleSet } from './suitability-types.js';
import { validatePriorityRuleSet, validateSuitabilityRuleSet } from './validate.js';

const expectText = (value: LocalizedText): void => {
  for (const l of LANGUAGES) expect(value[l].trim()).not.toBe('');
};

describe('the built-in allocation rule sets', () => {
  it.each(BUILT_IN_PRIORITY_RULE_SETS.map((s) => [s.id, s] as const))('%s has no problems and a title for every band and rule', (_id, set) => {
    expect(validatePriorityRuleSet(set)).toEqual([]);
    for (const b of set.bands) expectText(b.title);
    for (const r of set.rules) expectText(r.title);
  });

  it.each(BUILT_IN_SUITABILITY_RULE_SETS.map((s) => [s.id, s] as const))('%s has no problems and a title for every limit', (_id, set) => {
    expect(validateSuitabilityRuleSet(set)).toEqual([]);
    for (const l of set.concentrationLimits) expectText(l.title);
  });

  it('has one version in force per municipality and kind, found by selectAllocationRuleSet', () => {
    for (const sets of [BUILT_IN_PRIORITY_RULE_SETS, BUILT_IN_SUITABILITY_RULE_SETS] as const) {
      expect(new Set(sets.map((s) => s.id)).size).toBe(sets.length);
      for (const s of sets) expect(selectAllocationRuleSet<(typeof sets)[number]>(sets, s.municipality, '2025-09-15')).toBe(s);
    }
  });
});

describe('selectAllocationRuleSet', () => {
  const v2: PriorityRuleSet = { ...DEMO_9999_PRIORITY_V1, id: 'demo-9999-priority-v2', version: 2, effectiveFrom: '2026-01-01' };

  it('picks the latest version in force on the date', () => {
    expect(selectAllocationRuleSet([v2, DEMO_9999_PRIORITY_V1], '9999', '2025-12-31').version).toBe(1);
    expect(selectAllocationRuleSet([v2, DEMO_9999_PRIORITY_V1], '9999', '2026-01-01').version).toBe(2);
  });

  it('throws when none is in force, when two take effect the same day, and for an invalid date', () => {
    expect(() => selectAllocationRuleSet([v2], '9999', '2025-06-01')).toThrow(/no_rule_set_in_force/);
    expect(() => selectAllocationRuleSet([v2, { ...v2, id: 'clash' }], '9999', '2026-06-01')).toThrow(/ambiguous_rule_set/);
    expect(() => selectAllocationRuleSet([v2], '9999', '2026-02-30')).toThrow(RangeError);
  });
});

describe('validatePriorityRuleSet', () => {
  const base = DEMO_9999_PRIORITY_V1;
  const withRules = (...rules: unknown[]): PriorityRuleSet => ({ ...base, rules: rules as PriorityRule[] });
  const rule = { id: 'r', title: { nb: 'R', nn: 'R', en: 'R' }, source: { document: 'Test' }, points: 5 };

  it('names every rule kind once', () => {
    const kinds: Record<PriorityRuleKind, true> = { housingSituation: true, needCategory: true, children: true, specialNeeds: true, youngApplicant: true, economicallyDisadvantaged: true };
    expect([...PRIORITY_RULE_KINDS].sort()).toEqual(Object.keys(kinds).sort());
  });

  it('reports bands that do not descend or leave the base points without a band', () => {
    const bands = [
      { id: 'A', title: { nb: 'A', nn: 'A', en: 'A' }, minPoints: 40 },
      { id: 'A', title: { nb: 'B', nn: '', en: 'B' }, minPoints: 50 },
    ];
    expect(validatePriorityRuleSet({ ...base, bands, basePoints: 0 })).toEqual([
      { path: 'basePoints', code: 'invalid_value' },
      { path: 'bands.1.id', code: 'duplicate' },
      { path: 'bands.1.title.nn', code: 'required' },
      { path: 'bands.1.minPoints', code: 'invalid_value' },
    ]);
  });

  it('reports unknown values, negative points, a band where banding is by points, and unknown kinds', () => {
    expect(
      validatePriorityRuleSet(
        withRules(
          { ...rule, kind: 'housingSituation', situations: ['own_suitable_dwelling', 'castle'], band: 'A' },
          { ...rule, id: 'r2', kind: 'needCategory', categories: [], points: -1 },
          { ...rule, id: 'r3', kind: 'children', maxAge: 18, pointsPerChild: 1 },
          { ...rule, id: 'r4', kind: 'lottery' },
        ),
      ),
    ).toEqual([
      { path: 'rules.0.band', code: 'invalid_value' },
      { path: 'rules.0.situations.1', code: 'unknown_value' },
      { path: 'rules.0.situations', code: 'invalid_value' },
      { path: 'rules.1.points', code: 'invalid_value' },
      { path: 'rules.1.categories', code: 'required' },
      { path: 'rules.2.maxAge', code: 'invalid_value' },
      { path: 'rules.3.kind', code: 'unknown_kind' },
    ]);
  });
});

describe('validateSuitabilityRuleSet', () => {
  const base = DEMO_9999_SUITABILITY_V1;
  const limit = base.concentrationLimits[0] as ConcentrationLimit;

  it('reports a bedroom norm that does not start at one person, ascend, or keep min ≤ ideal ≤ max', () => {
    const rows = [
      { persons: 2, minBedrooms: 1, maxBedrooms: 2, idealBedrooms: 1 },
      { persons: 2, minBedrooms: 2, maxBedrooms: 1, idealBedrooms: 1 },
    ];
    expect(validateSuitabilityRuleSet({ ...base, bedroomNorm: { ...base.bedroomNorm, rows } })).toEqual([
      { path: 'bedroomNorm.rows.0.persons', code: 'invalid_value' },
      { path: 'bedroomNorm.rows.1.persons', code: 'invalid_value' },
      { path: 'bedroomNorm.rows.1', code: 'invalid_value' },
    ]);
  });

  it('reports weights out of range and limits without a cap, with a bad share, or twice for one scope and group', () => {
    const set: SuitabilityRuleSet = {
      ...base,
      scores: { ...base.scores, base: 0, networkArea: 101 },
      concentrationLimits: [limit, { ...limit, id: 'again', maxShare: 1.5 }, { ...limit, id: 'none', scope: 'building', group: 'refugee', needCategories: ['refugee'], maxCount: null, maxShare: null }],
    };
    expect(validateSuitabilityRuleSet(set)).toEqual([
      { path: 'scores.base', code: 'invalid_value' },
      { path: 'scores.networkArea', code: 'invalid_value' },
      { path: 'concentrationLimits.1.group', code: 'duplicate' },
      { path: 'concentrationLimits.1.maxShare', code: 'invalid_value' },
      { path: 'concentrationLimits.2.maxCount', code: 'required' },
    ]);
  });
});

describe('concentrationCapacity', () => {
  const limit = (maxCount: number | null, maxShare: number | null): ConcentrationLimit => ({ ...(DEMO_9999_SUITABILITY_V1.concentrationLimits[0] as ConcentrationLimit), maxCount, maxShare });
  const occupancy = (totalDwellings: number, substance = 0, rop = 0) => ({ scope: 'district' as const, key: '03', totalDwellings, letByNeedCategory: { substance_use: substance, mental_illness_and_substance_use: rop, refugee: 9 } });

  it('counts every need category of the group as already let', () => {
    expect(concentrationCapacity(limit(null, 0.1), '03', occupancy(30, 1, 1))).toEqual({ cap: 3, alreadyLet: 2, remaining: 1 });
  });

  it('reads a share without floating-point surprises, and takes the lower of two caps', () => {
    expect(concentrationCapacity(limit(null, 0.29), '03', occupancy(100)).cap).toBe(29);
    expect(concentrationCapacity(limit(2, 0.5), '03', occupancy(100)).cap).toBe(2);
  });

  it('never reports negative room when a district is already over its cap', () => {
    expect(concentrationCapacity(limit(1, null), '03', occupancy(10, 4))).toEqual({ cap: 1, alreadyLet: 4, remaining: 0 });
  });

  it('treats a count limit without occupancy as nothing let, and refuses a share without the total', () => {
    expect(concentrationCapacity(limit(2, null), '03', undefined)).toEqual({ cap: 2, alreadyLet: 0, remaining: 2 });
    expect(() => concentrationCapacity(limit(null, 0.1), '03', undefined)).toThrow(/missing_occupancy/);
  });
});
