import { describe, expect, it } from 'vitest';
import { BOSTOTTE_TABLES } from './bostotte-parameters.js';
import { estimateBostotte } from './bostotte.js';
import { mergeOverrides, parameterSpec, parametersInForce, PARAMETER_SPECS, tablesWithOverrides, validateParameterValue, type ParameterOverride } from './overrides.js';
import { inForce } from './parameters.js';
import { assessStartlan } from './startlan.js';
import { STARTLAN_TABLES } from './startlan-parameters.js';

const spec = (key: string) => parameterSpec(key)!;
const own = (key: string, validFrom: string, value: unknown): ParameterOverride => ({ key, validFrom, value, source: 'Demo kommune: vedtak i formannskapet (registrert 2025-01-02)' });

describe('the keys', () => {
  it('name every table of both calculators, once', () => {
    const tables = [...Object.keys(STARTLAN_TABLES).map((t) => `startlan.${t}`), ...Object.keys(BOSTOTTE_TABLES).map((t) => `bostotte.${t}`)];
    expect(PARAMETER_SPECS.map((s) => s.key).sort()).toEqual(tables.sort());
  });

  it('describe the published rows: every default value passes its own key’s check', () => {
    for (const s of PARAMETER_SPECS) {
      const table = (s.calculator === 'startlan' ? STARTLAN_TABLES : BOSTOTTE_TABLES) as unknown as Record<string, ReadonlyArray<{ value: unknown }>>;
      for (const row of table[s.table]!) expect(validateParameterValue(s, row.value), s.key).toEqual([]);
    }
  });
});

describe('validateParameterValue', () => {
  it('checks a number against its range and decimals', () => {
    expect(validateParameterValue(spec('startlan.policyRate'), 4.25)).toEqual([]);
    expect(validateParameterValue(spec('startlan.policyRate'), -1)).toEqual([{ path: 'value', code: 'too_small' }]);
    expect(validateParameterValue(spec('startlan.policyRate'), 45)).toEqual([{ path: 'value', code: 'too_big' }]);
    expect(validateParameterValue(spec('startlan.termFee'), 40.5)).toEqual([{ path: 'value', code: 'too_many_decimals' }]);
    expect(validateParameterValue(spec('startlan.termFee'), '40')).toEqual([{ path: 'value', code: 'invalid_type' }]);
    expect(validateParameterValue(spec('startlan.termFee'), null)).toEqual([{ path: 'value', code: 'required' }]);
  });

  it('checks every field of an object at once, and refuses unknown fields', () => {
    expect(validateParameterValue(spec('startlan.guidelineRates'), { single: 8000, couple: -1, sharedHousing: 6000, child0to5: 3900, child6to10: 4000, extra: 1 })).toEqual([
      { path: 'value.couple', code: 'too_small' },
      { path: 'value.child11to17', code: 'required' },
      { path: 'value.extra', code: 'unknown_field' },
    ]);
    expect(validateParameterValue(spec('startlan.guidelineRates'), [1, 2])).toEqual([{ path: 'value', code: 'invalid_type' }]);
  });

  it('checks the caps as a list of five, a choice, and a longest term not below the normal one', () => {
    expect(validateParameterValue(spec('bostotte.housingCostCaps'), [80_000, 99_000, 110_000, 121_000])).toEqual([{ path: 'value.4', code: 'required' }]);
    expect(validateParameterValue(spec('bostotte.housingCostCaps'), { 0: 1 })).toEqual([{ path: 'value', code: 'invalid_type' }]);
    const progressive = { ...BOSTOTTE_TABLES.progressiveOwnShare[1]!.value, base: 'half' };
    expect(validateParameterValue(spec('bostotte.progressiveOwnShare'), progressive)).toEqual([{ path: 'value.base', code: 'invalid_value' }]);
    expect(validateParameterValue(spec('startlan.term'), { standardYears: 30, maxYears: 25 })).toEqual([{ path: 'value.maxYears', code: 'max_below_standard' }]);
  });
});

describe('the value in force', () => {
  const rate = own('startlan.policyRate', '2025-01-01', 3.9);

  it('is the municipality’s from its first day on, even past a later published row; the published one before', () => {
    const table = mergeOverrides(STARTLAN_TABLES.policyRate, [rate]);
    expect(inForce(table, '2024-12-31', 'rate')).toMatchObject({ value: 4.5, tag: 'S' });
    expect(inForce(table, '2025-10-01', 'rate')).toMatchObject({ value: 3.9, tag: 'M', effectiveFrom: '2025-01-01', source: rate.source });
    const later = mergeOverrides(STARTLAN_TABLES.policyRate, [rate, own('startlan.policyRate', '2026-01-01', 3.75)]);
    expect(inForce(later, '2026-02-01', 'rate').value).toBe(3.75);
  });

  it('is what the startlån calculation uses and shows, with its date and source', () => {
    const body = { household: { adults: 1, childAges: [] }, monthlyNetIncome: 35_123, actualLivingCosts: 9000, fixedCosts: { studentLoan: 1623 }, housingCosts: { commonCosts: 3000, electricity: 1000 } };
    const published = assessStartlan(body, '2025-10-01');
    const ours = assessStartlan(body, '2025-10-01', tablesWithOverrides([rate]).startlan);
    expect(published.rates.stressRate).toBe(6.5);
    expect(ours.rates.stressRate).toBe(6.4);
    expect(ours.maxLoan).toBeGreaterThan(published.maxLoan);
    expect(ours.parameters.find((p) => p.name === 'policy_rate')).toEqual({ name: 'policy_rate', value: 3.9, unit: 'percent', effectiveFrom: '2025-01-01', source: rate.source, tag: 'M' });
  });

  it('is what the bostøtte estimate uses: a higher minimum own share lowers the support by 0.737 × the difference', () => {
    const input = { householdSize: 1, monthlyHousingCosts: 7000, monthlyIncome: 15_000 };
    const published = estimateBostotte(input, '2025-10-01');
    const ours = estimateBostotte(input, '2025-10-01', tablesWithOverrides([own('bostotte.minimumOwnShare', '2025-01-01', 23_949)]).bostotte);
    // 0.737 × (23 949 − 22 487) = 1 077.5 → the yearly support falls by 1 077 or 1 078 after rounding.
    expect(published.annualSupport - ours.annualSupport).toBeGreaterThanOrEqual(1077);
    expect(published.annualSupport - ours.annualSupport).toBeLessThanOrEqual(1078);
  });

  it('lists for every key the row in force on a date', () => {
    const rows = parametersInForce([rate], '2025-10-01');
    expect(rows).toHaveLength(PARAMETER_SPECS.length);
    expect(rows.find((r) => r.spec.key === 'startlan.policyRate')?.row).toMatchObject({ value: 3.9, tag: 'M' });
    expect(rows.find((r) => r.spec.key === 'startlan.husbankenRate')?.row).toMatchObject({ value: 4.64, tag: 'S' });
    expect(parametersInForce([], '2020-01-01').find((r) => r.spec.key === 'startlan.policyRate')?.row).toBeNull();
  });
});
