import { describe, expect, it } from 'vitest';
import { CANONICAL_ROUND_FORMAT, canonicalRoundInput, stableStringify } from './canonical.js';
import { dwelling, household, roundOf } from './fixtures.js';

describe('stableStringify', () => {
  it('sorts object keys at every depth, keeps array order and leaves out undefined members', () => {
    expect(stableStringify({ b: 1, a: { d: [3, 1, { z: null, y: 'x' }], c: undefined } })).toBe('{"a":{"d":[3,1,{"y":"x","z":null}]},"b":1}');
    expect(stableStringify({ b: 1, a: 2 })).toBe(stableStringify({ a: 2, b: 1 }));
    expect(stableStringify(['æ', true, -0])).toBe('["æ",true,0]');
  });

  it('refuses values JSON cannot hold', () => {
    expect(() => stableStringify({ a: Number.NaN })).toThrow(RangeError);
    expect(() => stableStringify({ a: () => 1 })).toThrow(TypeError);
  });
});

describe('canonicalRoundInput', () => {
  const a = household('a', { networkAreas: ['02', '01'], areaWishes: ['03', '01'], exclusions: { districts: ['05', '04'], buildings: [] } });
  const b = household('b', { childrenAges: [9, 2], persons: 3 });
  const input = roundOf([b, a], [dwelling('v2'), dwelling('v1')], {
    occupancy: [
      { scope: 'district', key: '02', totalDwellings: 10, letByNeedCategory: { refugee: 1, substance_use: 2 } },
      { scope: 'building', key: 'B1', totalDwellings: 4, letByNeedCategory: {} },
      { scope: 'district', key: '01', totalDwellings: 12, letByNeedCategory: {} },
    ],
  });

  it('is the same JSON however households, vacancies, occupancy, set-like lists and keys are ordered', () => {
    const reordered = roundOf(
      [{ ...a, networkAreas: ['01', '02'], exclusions: { buildings: [], districts: ['04', '05'] } }, { ...b, childrenAges: [2, 9] }],
      [dwelling('v1'), dwelling('v2')],
      { occupancy: [input.occupancy[2]!, input.occupancy[0]!, input.occupancy[1]!] },
    );
    expect(canonicalRoundInput(reordered)).toBe(canonicalRoundInput(input));
  });

  it('sorts households and vacancies by id, and names its format', () => {
    const parsed = JSON.parse(canonicalRoundInput(input)) as { format: string; input: { households: { id: string }[]; vacancies: { id: string }[]; occupancy: { key: string }[] } };
    expect(parsed.format).toBe(CANONICAL_ROUND_FORMAT);
    expect(parsed.input.households.map((h) => h.id)).toEqual(['a', 'b']);
    expect(parsed.input.vacancies.map((v) => v.id)).toEqual(['v1', 'v2']);
    expect(parsed.input.occupancy.map((o) => o.key)).toEqual(['B1', '01', '02']);
  });

  it('keeps the order of area wishes, which is the household’s preference', () => {
    const swapped = roundOf([b, { ...a, areaWishes: ['01', '03'] }], input.vacancies, { occupancy: input.occupancy });
    expect(canonicalRoundInput(swapped)).not.toBe(canonicalRoundInput(input));
  });

  it('changes with the seed, the date, the rules and any fact', () => {
    const base = canonicalRoundInput(input);
    expect(canonicalRoundInput({ ...input, seed: 43 })).not.toBe(base);
    expect(canonicalRoundInput({ ...input, today: '2025-09-16' })).not.toBe(base);
    expect(canonicalRoundInput({ ...input, rules: { ...input.rules, priority: { ...input.rules.priority, basePoints: 11 } } })).not.toBe(base);
    expect(canonicalRoundInput({ ...input, vacancies: [dwelling('v1', { floor: 3 }), dwelling('v2')] })).not.toBe(base);
  });
});
