import { describe, expect, it } from 'vitest';
import { MissingParameterError } from './parameters.js';
import { assessStartlan, type StartlanInput } from './startlan.js';
import { startlanFindingText } from './texts.js';

/**
 * Worked examples on 2025-10-01 with the default tables: styringsrente 4 % (from 2025-09-19), so the
 * stress rate is 4 + 2.5 = 6.5 %; Husbanken's floating rate 4.64 % + the municipality's 0.25 pp = 4.89 %;
 * term fee 40 kr; veiledende satser from 2024-01-01 (single 7 850, couple 13 100, child 0–5 3 850,
 * 6–10 3 950, 11–17 5 150).
 *
 * Annuity factors (1 − (1 + r)^−n) / r with r = rate / 1200:
 *   6.5 %, 360 months: (1 + r)^360 = 6.99180 → 158.2108      6.5 %, 600 months: (1 + r)^600 = 25.5651 → 177.3940
 *   4.89 %, 360 months: 188.6369                               4.89 %, 600 months: 224.0103
 */
const DATE = '2025-10-01';
const single: StartlanInput = {
  household: { adults: 1, childAges: [] },
  monthlyNetIncome: 35_000,
  actualLivingCosts: 9000,
  fixedCosts: { studentLoan: 1500 },
  housingCosts: { commonCosts: 3000, electricity: 1000 },
};

describe('assessStartlan: worked examples', () => {
  it.each([
    {
      name: 'a single adult whose actual spending is above the guideline rate',
      // living = max(9 000, 7 850) = 9 000; margin = 35 000 − 9 000 − 1 500 − 4 000 = 20 500
      // available = 20 500 − 40 = 20 460; 20 460 × 158.2108 = 3 236 993 → 3 236 000
      // at 6.5 %: 3 236 000 / 158.2108 = 20 453.9 → 20 454; at 4.89 %: 3 236 000 / 188.6369 = 17 154.7 → 17 155
      input: single,
      expected: { living: 9000, basis: 'actual', margin: 20_500, available: 20_460, maxLoan: 3_236_000, stress: 20_454, normal: 17_155, adviseAgainst: false },
    },
    {
      name: 'the same adult over 50 years',
      // 20 460 × 177.3940 = 3 629 482 → 3 629 000; 3 629 000 / 177.3940 = 20 457.3 → 20 457; / 224.0103 = 16 200.2 → 16 200
      input: { ...single, termYears: 50 },
      expected: { living: 9000, basis: 'actual', margin: 20_500, available: 20_460, maxLoan: 3_629_000, stress: 20_457, normal: 16_200, adviseAgainst: false },
    },
    {
      name: 'a couple with two children (4 and 9) and no actual spending given',
      // living = 13 100 + 3 850 + 3 950 = 20 900 (guideline); fixed = 3 000 + 2 500; housing = 4 500 + 1 500
      // margin = 52 000 − 20 900 − 5 500 − 6 000 = 19 600; available = 19 560
      // 19 560 × 158.2108 = 3 094 603 → 3 094 000; / 158.2108 = 19 556.2 → 19 556; / 188.6369 = 16 401.8 → 16 402
      input: {
        household: { adults: 2, childAges: [4, 9] },
        monthlyNetIncome: 52_000,
        fixedCosts: { childcare: 3000, car: 2500 },
        housingCosts: { commonCosts: 4500, electricity: 1500 },
      },
      expected: { living: 20_900, basis: 'guideline', margin: 19_600, available: 19_560, maxLoan: 3_094_000, stress: 19_556, normal: 16_402, adviseAgainst: false },
    },
    {
      name: 'a household with no margin',
      // margin = 20 000 − 12 000 − 5 000 − 3 000 = 0 → no loan; advise against
      input: { household: { adults: 1, childAges: [] }, monthlyNetIncome: 20_000, actualLivingCosts: 12_000, fixedCosts: { consumerDebt: 5000 }, housingCosts: { commonCosts: 3000 } },
      expected: { living: 12_000, basis: 'actual', margin: 0, available: 0, maxLoan: 0, stress: 0, normal: 0, adviseAgainst: true },
    },
    {
      name: 'a household whose largest loan is below the minimum useful amount',
      // margin = 20 000 − 12 000 − 4 700 − 3 000 = 300; available = 260; 260 × 158.2108 = 41 134 → 41 000 < 50 000
      // 41 000 / 158.2108 = 259.1 → 259; / 188.6369 = 217.3 → 217
      input: { household: { adults: 1, childAges: [] }, monthlyNetIncome: 20_000, actualLivingCosts: 12_000, fixedCosts: { consumerDebt: 4700 }, housingCosts: { commonCosts: 3000 } },
      expected: { living: 12_000, basis: 'actual', margin: 300, available: 260, maxLoan: 41_000, stress: 259, normal: 217, adviseAgainst: true },
    },
  ])('$name', ({ input, expected }) => {
    const result = assessStartlan(input, DATE);
    expect({
      living: result.livingCosts.used,
      basis: result.livingCosts.basis,
      margin: result.margin,
      available: result.availableForLoan,
      maxLoan: result.maxLoan,
      stress: result.monthlyPaymentAtStressRate,
      normal: result.monthlyPaymentAtNormalRate,
      adviseAgainst: result.adviseAgainst,
    }).toEqual(expected);
  });
});

describe('assessStartlan: rules', () => {
  it('tests at styringsrente + 2.5 pp and pays at Husbanken’s rate + the municipal markup', () => {
    expect(assessStartlan(single, DATE).rates).toEqual({ policyRate: 4, stressAddOn: 2.5, stressRate: 6.5, husbankenRate: 4.64, municipalMarkup: 0.25, normalRate: 4.89 });
    // Before the cut of 2025-09-19 the policy rate was 4.25 %.
    expect(assessStartlan(single, '2025-09-18').rates.stressRate).toBe(6.75);
  });

  it('never lets the payment at the stress rate exceed what the margin leaves', () => {
    for (const income of [21_000, 25_555, 33_333, 48_000]) {
      const result = assessStartlan({ ...single, monthlyNetIncome: income }, DATE);
      expect(result.monthlyPaymentAtStressRate).toBeLessThanOrEqual(result.availableForLoan);
    }
  });

  it('lends more over 50 years than over 30 and notes that a long term is for special cases', () => {
    const thirty = assessStartlan(single, DATE);
    const fifty = assessStartlan({ ...single, termYears: 50 }, DATE);
    expect(fifty.maxLoan).toBeGreaterThan(thirty.maxLoan);
    expect(fifty.notes).toEqual([{ code: 'extended_term', values: { termYears: 50, standardYears: 30 } }]);
    expect(thirty.notes).toEqual([]);
  });

  it('uses the guideline rate when actual spending is lower, and says so', () => {
    // 6 000 < 7 850 → 7 850; margin = 35 000 − 7 850 − 1 500 − 4 000 = 21 650
    const result = assessStartlan({ ...single, actualLivingCosts: 6000 }, DATE);
    expect(result.livingCosts).toMatchObject({ actual: 6000, used: 7850, basis: 'guideline' });
    expect(result.margin).toBe(21_650);
    expect(result.notes).toEqual([{ code: 'actual_below_guideline', values: { actual: 6000, guideline: 7850 } }]);
  });

  it('counts a third adult at the bofellesskap rate and children by age band', () => {
    // 13 100 + 6 600 + 3 850 × 2 (ages 0 and 5) + 5 150 (age 17) = 32 550
    const result = assessStartlan({ ...single, household: { adults: 3, childAges: [0, 5, 17] }, actualLivingCosts: null }, DATE);
    expect(result.livingCosts.guideline.total).toBe(32_550);
    expect(result.livingCosts.guideline.lines.map((l) => `${l.kind}×${l.count}`)).toEqual(['couple×1', 'shared_housing×1', 'child_0_5×2', 'child_11_17×1']);
  });

  it('shows SIFO only as a reference, with 12 % off for five persons or more', () => {
    // 2 × 9 000 + 3 500 + 4 300 + 5 300 = 31 100; 12 % = 3 732; 27 368
    const result = assessStartlan({ ...single, household: { adults: 2, childAges: [3, 8, 14] }, actualLivingCosts: 25_000 }, DATE);
    expect(result.livingCosts.sifoReference).toMatchObject({ total: 27_368, scaleDiscount: 3732 });
    // living = max(25 000, 13 100 + 3 850 + 3 950 + 5 150 = 26 050): SIFO plays no part.
    expect(result.livingCosts.used).toBe(26_050);
  });

  it('uses the rates the caseworker enters and reports them as entered', () => {
    const result = assessStartlan({ ...single, policyRatePercent: 4.5, husbankenRatePercent: 5, municipalMarkupPercent: 0, minimumUsefulLoan: 4_000_000 }, DATE);
    expect(result.rates).toMatchObject({ stressRate: 7, normalRate: 5 });
    expect(result.parameters.find((p) => p.name === 'policy_rate')).toEqual({ name: 'policy_rate', value: 4.5, unit: 'percent', effectiveFrom: null, source: 'entered', tag: null });
    expect(result.reasons).toEqual([{ code: 'below_minimum_loan', values: { maxLoan: result.maxLoan, minimum: 4_000_000 } }]);
  });

  it('reports every table value it used with its date, source and tag', () => {
    const policy = assessStartlan(single, DATE).parameters.find((p) => p.name === 'policy_rate');
    expect(policy).toMatchObject({ value: 4, effectiveFrom: '2025-09-19', tag: 'S' });
  });

  it('words the reasons in the three languages', () => {
    expect(startlanFindingText('below_minimum_loan', { maxLoan: 41_000, minimum: 50_000 }, 'nb')).toContain('41 000 kr');
    expect(startlanFindingText('margin_not_positive', { margin: -1500 }, 'nn')).toContain('−1 500 kr');
    expect(startlanFindingText('below_minimum_loan', { maxLoan: 41_000, minimum: 50_000 }, 'en')).toContain('50,000 kr');
  });
});

describe('assessStartlan: invalid input', () => {
  it.each([
    ['a negative income', { ...single, monthlyNetIncome: -1 }],
    ['a NaN income', { ...single, monthlyNetIncome: Number.NaN }],
    ['NaN actual spending', { ...single, actualLivingCosts: Number.NaN }],
    ['a negative fixed cost', { ...single, fixedCosts: { car: -100 } }],
    ['an infinite housing cost', { ...single, housingCosts: { electricity: Number.POSITIVE_INFINITY } }],
    ['no adult', { ...single, household: { adults: 0, childAges: [] } }],
    ['1.5 adults', { ...single, household: { adults: 1.5, childAges: [] } }],
    ['a child of 18', { ...single, household: { adults: 1, childAges: [18] } }],
    ['a child of −1', { ...single, household: { adults: 1, childAges: [-1] } }],
    ['a term of 51 years', { ...single, termYears: 51 }],
    ['a term of 0 years', { ...single, termYears: 0 }],
    ['a negative entered rate', { ...single, policyRatePercent: -0.5 }],
  ])('throws RangeError for %s', (_name, input) => {
    expect(() => assessStartlan(input, DATE)).toThrow(RangeError);
  });

  it('throws MissingParameterError for a date before the tables begin', () => {
    expect(() => assessStartlan(single, '2023-06-30')).toThrow(MissingParameterError);
  });
});
