import { describe, expect, it } from 'vitest';
import { estimateBostotte, type BostotteInput } from './bostotte.js';
import { BOSTOTTE_TABLES, type BostotteTables } from './bostotte-parameters.js';
import { MissingParameterError } from './parameters.js';
import { BOSTOTTE_ESTIMATE_NOTICE } from './texts.js';

/**
 * Worked examples with the default tables (docs/domain.md § 8.2; veileder 2.3.4, 2022 amounts):
 * caps 78 237 / 97 404 / 108 263 / 119 124 / 129 983 kr a year; Oslo +24 900; minimum own share
 * 22 487; + 16.44 % of weighted income above 110 866; progressive term above 195 220 of 0.27 % at
 * 195 221 rising 0.27 pp per whole 1 205 kr (0.12 % in 1.10.–31.12.2022), taken of the whole weighted
 * income; support = 0.737 × (counted costs − own share); nothing below 51 kr a month.
 */
const DATE = '2024-06-01';
const valueOf = (input: BostotteInput, code: string, date = DATE): number | undefined => estimateBostotte(input, date).steps.find((s) => s.code === code)?.value;

describe('estimateBostotte: worked examples', () => {
  it.each([
    {
      name: 'a single adult on a low income outside the add-on municipalities',
      // costs 7 000 × 12 = 84 000 > cap 78 237 → 78 237; W = 15 000 × 12 = 180 000 (weight 1)
      // own share = 22 487 + 0.1644 × (180 000 − 110 866 = 69 134) = 22 487 + 11 366 (11 365.63) = 33 853; no progressive term
      // 0.737 × (78 237 − 33 853 = 44 384) = 32 711.01 → 32 711 a year; / 12 = 2 725.92 → 2 726 a month
      input: { householdSize: 1, monthlyHousingCosts: 7000, monthlyIncome: 15_000 },
      expected: { ownShare: 33_853, annual: 32_711, monthly: 2726 },
    },
    {
      name: 'a single adult in the progressive band',
      // W = 240 000; linear = 0.1644 × 129 134 = 21 229.63 → 21 230
      // steps = ⌊(240 000 − 195 221) / 1 205⌋ = ⌊44 779 / 1 205⌋ = 37 → 0.27 + 0.27 × 37 = 10.26 %; 0.1026 × 240 000 = 24 624
      // own share = 22 487 + 21 230 + 24 624 = 68 341; 0.737 × (78 237 − 68 341 = 9 896) = 7 293.35 → 7 293; / 12 = 607.75 → 608
      input: { householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 },
      expected: { ownShare: 68_341, annual: 7293, monthly: 608 },
    },
    {
      name: 'a couple with two children in Oslo',
      // costs 15 000 × 12 = 180 000; cap 119 124 + 24 900 = 144 024 → 144 024
      // weight 1 + 0.13 × 3 = 1.39; W = 360 000 / 1.39 = 258 992.81 → 258 993
      // linear = 0.1644 × (258 993 − 110 866 = 148 127) = 24 352.08 → 24 352
      // steps = ⌊(258 993 − 195 221 = 63 772) / 1 205⌋ = 52 → 0.27 × 53 = 14.31 %; 0.1431 × 258 993 = 37 061.90 → 37 062
      // own share = 22 487 + 24 352 + 37 062 = 83 901; 0.737 × (144 024 − 83 901 = 60 123) = 44 310.65 → 44 311; / 12 = 3 692.58 → 3 693
      input: { householdSize: 4, monthlyHousingCosts: 15_000, monthlyIncome: 30_000, kommunenummer: '0301' },
      expected: { ownShare: 83_901, annual: 44_311, monthly: 3693 },
    },
    {
      name: 'a single adult with income above the limit',
      // W = 360 000; linear = 0.1644 × 249 134 = 40 957.63 → 40 958
      // steps = ⌊164 779 / 1 205⌋ = 136 → 0.27 × 137 = 36.99 %; 0.3699 × 360 000 = 133 164
      // own share = 22 487 + 40 958 + 133 164 = 196 609 > 78 237 → 0
      input: { householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 30_000 },
      expected: { ownShare: 196_609, annual: 0, monthly: 0 },
    },
    {
      name: 'a single adult whose support would be below 51 kr',
      // costs 2 460 × 12 = 29 520 (under the cap); W = 150 000; linear = 0.1644 × 39 134 = 6 433.63 → 6 434
      // own share = 22 487 + 6 434 = 28 921; 0.737 × (29 520 − 28 921 = 599) = 441.46 → 441; / 12 = 36.75 → 37 < 51 → 0
      input: { householdSize: 1, monthlyHousingCosts: 2460, monthlyIncome: 12_500 },
      expected: { ownShare: 28_921, annual: 0, monthly: 0 },
    },
    {
      name: 'a young disabled single adult, whose progressive term starts at 243 423',
      // W = 240 000 ≤ 243 423 → no progressive term; own share = 22 487 + 21 230 = 43 717
      // 0.737 × (78 237 − 43 717 = 34 520) = 25 441.24 → 25 441; / 12 = 2 120.08 → 2 120
      input: { householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000, applicantCategory: 'young_disabled' },
      expected: { ownShare: 43_717, annual: 25_441, monthly: 2120 },
    },
  ])('$name', ({ input, expected }) => {
    const result = estimateBostotte(input as BostotteInput, DATE);
    expect({ ownShare: valueOf(input as BostotteInput, 'own_share'), annual: result.annualSupport, monthly: result.monthlySupport }).toEqual(expected);
  });
});

describe('estimateBostotte: rules', () => {
  it('weights income as the veileder’s example: 3 persons with 300 000 → 238 095', () => {
    // 300 000 / (1 + 0.13 × 2 = 1.26) = 238 095.24 → 238 095
    expect(valueOf({ householdSize: 3, monthlyHousingCosts: 0, monthlyIncome: 25_000 }, 'weighted_income')).toBe(238_095);
  });

  it('used 0.12 % in the progressive term from 1 October to 31 December 2022', () => {
    // W = 240 000, 38 × 0.12 = 4.56 %; 0.0456 × 240 000 = 10 944; own share = 22 487 + 21 230 + 10 944 = 54 661
    // 0.737 × (78 237 − 54 661 = 23 576) = 17 375.51 → 17 376; / 12 = 1 448
    const input = { householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 };
    expect(valueOf(input, 'progressive_own_share', '2022-11-01')).toBe(10_944);
    expect(estimateBostotte(input, '2022-11-01').monthlySupport).toBe(1448);
  });

  it('can take the progressive percent of the excess only, when the table says so', () => {
    // 10.26 % × (240 000 − 195 220 = 44 780) = 4 594.43 → 4 594
    const row = BOSTOTTE_TABLES.progressiveOwnShare[1]!;
    const tables: BostotteTables = { ...BOSTOTTE_TABLES, progressiveOwnShare: [{ ...row, value: { ...row.value, base: 'excess' } }] };
    const result = estimateBostotte({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 }, DATE, tables);
    expect(result.steps.find((s) => s.code === 'progressive_own_share')?.value).toBe(4594);
  });

  it('raises the cap by the group add-on and for an adapted dwelling', () => {
    // 129 983 (5+ persons) + 16 978 (Bergen) + 5 093 = 152 054
    const result = estimateBostotte({ householdSize: 6, monthlyHousingCosts: 20_000, monthlyIncome: 10_000, kommunenummer: '4601', adaptedDwelling: true }, DATE);
    expect(result.steps.find((s) => s.code === 'housing_cost_cap')).toEqual({ code: 'housing_cost_cap', value: 152_054, inputs: { baseCap: 129_983, municipalAddOn: 16_978, adaptedDwellingAddOn: 5093 } });
    expect(result).toMatchObject({ capGroup: 'group_2', capGroupBasis: 'kommunenummer' });
  });

  it('prefers the group the caseworker chose over the kommunenummer', () => {
    const result = estimateBostotte({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 10_000, kommunenummer: '0301', capGroup: 'group_3' }, DATE);
    expect(result).toMatchObject({ capGroup: 'group_3', capGroupBasis: 'given' });
    expect(valueOf({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 10_000, capGroup: 'group_3' }, 'housing_cost_cap')).toBe(78_237 + 11_319);
  });

  it('deducts the capital income allowance per member before counting capital income', () => {
    // 20 000 − 2 × 6 205 = 7 590; income = 10 000 × 12 + 7 590 + 1 000 = 128 590
    const input = { householdSize: 2, monthlyHousingCosts: 9000, monthlyIncome: 10_000, yearlyCapitalIncome: 20_000, yearlyOtherIncome: 1000 };
    expect(valueOf(input, 'counted_capital_income')).toBe(7590);
    expect(valueOf(input, 'annual_income')).toBe(128_590);
  });

  it('is always labelled an estimate and lists every parameter with its provenance', () => {
    const result = estimateBostotte({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 }, DATE);
    expect(result.estimate).toBe(true);
    expect(BOSTOTTE_ESTIMATE_NOTICE.nb).toContain('Husbanken');
    expect(result.parameters.map((p) => p.name)).toEqual(
      expect.arrayContaining(['coverage_rate', 'housing_cost_cap_1', 'minimum_own_share', 'linear_threshold', 'linear_rate', 'progressive_threshold', 'income_weight_per_extra_member', 'minimum_payment']),
    );
    expect(result.parameters.find((p) => p.name === 'coverage_rate')).toMatchObject({ value: 0.737, effectiveFrom: '2016-01-01', tag: 'S' });
  });

  it('shows each step in order, so the page can show the workings', () => {
    const codes = estimateBostotte({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 }, DATE).steps.map((s) => s.code);
    expect(codes).toEqual([
      'annual_housing_costs',
      'housing_cost_cap',
      'counted_housing_costs',
      'annual_income',
      'income_weight',
      'weighted_income',
      'minimum_own_share',
      'linear_own_share',
      'progressive_own_share',
      'own_share',
      'annual_support',
      'monthly_support_before_minimum',
      'monthly_support',
    ]);
  });

  it('flags support that the minimum payment wipes out', () => {
    expect(estimateBostotte({ householdSize: 1, monthlyHousingCosts: 2460, monthlyIncome: 12_500 }, DATE).belowMinimumPayment).toBe(true);
    expect(estimateBostotte({ householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 30_000 }, DATE).belowMinimumPayment).toBe(false);
  });
});

describe('estimateBostotte: invalid input', () => {
  const ok = { householdSize: 1, monthlyHousingCosts: 8000, monthlyIncome: 20_000 };
  it.each([
    ['a household of 0', { ...ok, householdSize: 0 }],
    ['a household of 2.5', { ...ok, householdSize: 2.5 }],
    ['negative housing costs', { ...ok, monthlyHousingCosts: -1 }],
    ['NaN housing costs', { ...ok, monthlyHousingCosts: Number.NaN }],
    ['a negative income', { ...ok, monthlyIncome: -100 }],
    ['a NaN income', { ...ok, monthlyIncome: Number.NaN }],
    ['negative capital income', { ...ok, yearlyCapitalIncome: -1 }],
  ])('throws RangeError for %s', (_name, input) => {
    expect(() => estimateBostotte(input, DATE)).toThrow(RangeError);
  });

  it('throws MissingParameterError before the 2022 edition', () => {
    expect(() => estimateBostotte(ok, '2022-09-30')).toThrow(MissingParameterError);
  });
});
