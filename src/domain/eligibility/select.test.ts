import { describe, expect, it } from 'vitest';
import { ruleSetOf } from './fixtures.js';
import { selectRuleSet } from './select.js';
import type { RuleSet } from './types.js';

const version = (municipality: string, v: number, effectiveFrom: string): RuleSet => ({
  ...ruleSetOf(),
  id: `${municipality}-v${v}`,
  municipality,
  version: v,
  effectiveFrom,
});

const sets = [version('9999', 2, '2025-01-01'), version('9999', 1, '2023-07-01'), version('9998', 1, '2024-01-01'), version('9999', 3, '2026-01-01')];

describe('selectRuleSet', () => {
  it.each([
    ['2023-07-01', '9999-v1'],
    ['2024-12-31', '9999-v1'],
    ['2025-01-01', '9999-v2'],
    ['2025-12-31', '9999-v2'],
    ['2026-01-01', '9999-v3'],
  ])('picks the version in force on %s', (date, id) => {
    expect(selectRuleSet(sets, '9999', date).id).toBe(id);
  });

  it('only looks at the given municipality', () => {
    expect(selectRuleSet(sets, '9998', '2025-06-01').id).toBe('9998-v1');
    expect(() => selectRuleSet(sets, '0301', '2025-06-01')).toThrow(/no_rule_set_in_force/);
  });

  it('throws before the first version takes effect', () => {
    expect(() => selectRuleSet(sets, '9999', '2023-06-30')).toThrow(/no_rule_set_in_force/);
    expect(() => selectRuleSet([], '9999', '2025-06-01')).toThrow(RangeError);
  });

  it('throws when two versions take effect on the same day', () => {
    const clash = [...sets, version('9999', 4, '2025-01-01')];
    expect(() => selectRuleSet(clash, '9999', '2025-06-01')).toThrow(/ambiguous_rule_set/);
    expect(selectRuleSet(clash, '9999', '2026-06-01').id).toBe('9999-v3');
  });

  it('refuses a date that is not an ISO date', () => {
    expect(() => selectRuleSet(sets, '9999', '2025-13-01')).toThrow(RangeError);
  });
});
