import { describe, expect, it } from 'vitest';
import { base, reasonFor } from '../fixtures.js';
import type { DebtToMunicipalityRule, EligibilityFacts, EvictionQuarantineRule, IncomeCeilingRule, RuleOutcome } from '../types.js';

const OVERRIDE = [{ ruleId: 'r', reason: 'Åpenbart urimelig i dette tilfellet.' }];
const adult = (grossAnnualIncome?: number) => ({ age: 40, grossAnnualIncome });

describe('incomeCeiling', () => {
  // Bergen's bands; on 2025-06-01 G = 130 160, so 3.5 G = 455 560 and 5.0 G = 650 800.
  const rule: IncomeCeilingRule = {
    ...base('r'),
    kind: 'incomeCeiling',
    bands: [
      { householdSize: 1, maxG: 3.5 },
      { householdSize: 2, maxG: 4.0 },
      { householdSize: 3, maxG: 4.5 },
      { householdSize: 4, maxG: 5.0 },
    ],
  };
  const oslo: IncomeCeilingRule = { ...rule, excludeMembersUnder: 20 };

  it.each<[string, EligibilityFacts, RuleOutcome]>([
    ['passes a single person exactly at the ceiling (≤ passes)', { household: [adult(455_560)] }, 'met'],
    ['fails a single person one krone above the ceiling', { household: [adult(455_561)] }, 'not_met'],
    ['uses the 4-person band for a household of five', { household: [adult(650_800), adult(0), adult(0), adult(0), adult(0)] }, 'met'],
    ['fails a household of five above 5 G', { household: [adult(650_801), adult(0), adult(0), adult(0), adult(0)] }, 'not_met'],
    ['is unknown without a household', {}, 'unknown'],
    ['is unknown with an empty household', { household: [] }, 'unknown'],
    ['is unknown when a member’s income is missing', { household: [adult(100_000), adult()] }, 'unknown'],
  ])('%s', (_name, facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('records the numbers it used', () => {
    expect(reasonFor(rule, { household: [adult(455_560)] }).values).toEqual({
      householdSize: 1,
      countedMembers: 1,
      incomeNok: 455_560,
      incomeG: 3.5,
      ceilingG: 3.5,
      ceilingNok: 455_560,
      grunnbelop: 130_160,
      excludeMembersUnder: null,
    });
  });

  it('explains the test in kroner and G', () => {
    const { explanation } = reasonFor(rule, { household: [adult(500_000)] });
    expect(explanation.nb).toBe(
      'Husstanden har 1 person og samlet bruttoinntekt 500 000 kr (3,84 G). Grensen er 3,5 G = 455 560 kr (G = 130 160 kr). Inntekten er over grensen.',
    );
    expect(explanation.en).toBe(
      'The household has 1 person and a total gross income of NOK 500,000 (3.84 G). The ceiling is 3.5 G = NOK 455,560 (G = NOK 130,160). The income is above the ceiling.',
    );
  });

  it('counts members under 20 in the household size but not their income, when the rule says so', () => {
    const household = [adult(400_000), { age: 19, grossAnnualIncome: 200_000 }, { birthDate: '2018-03-01' }];
    const excluded = reasonFor(oslo, { household });
    expect(excluded.outcome).toBe('met');
    expect(excluded.values).toMatchObject({ householdSize: 3, countedMembers: 1, incomeNok: 400_000, ceilingG: 4.5, ceilingNok: 585_720 });
    expect(excluded.explanation.nb).toContain('Inntekten til 2 husstandsmedlemmer under 20 år er ikke regnet med.');

    const counted = reasonFor(rule, { household: [adult(400_000), { age: 19, grossAnnualIncome: 200_000 }, { age: 7, grossAnnualIncome: 0 }] });
    expect(counted.outcome).toBe('not_met');
    expect(counted.values).toMatchObject({ householdSize: 3, countedMembers: 3, incomeNok: 600_000 });
  });

  it('counts a member who turns 20 on the evaluation date', () => {
    const reason = reasonFor(oslo, { household: [adult(300_000), { birthDate: '2005-06-01', grossAnnualIncome: 200_000 }] });
    expect(reason.values).toMatchObject({ countedMembers: 2, incomeNok: 500_000 });
  });

  it('names each missing fact, asking for ages only when the rule excludes by age', () => {
    expect(reasonFor(rule, { household: [adult(1), { age: 10 }] }).missingFacts).toEqual(['household[1].grossAnnualIncome']);
    const reason = reasonFor(oslo, { household: [{ grossAnnualIncome: 1 }, { age: 10 }] });
    expect(reason.missingFacts).toEqual(['household[0].age']);
    expect(reason.explanation.nb).toContain('alder for husstandsmedlem 1');
  });

  it('reads G on the evaluation date', () => {
    const facts = { household: [adult(440_000)] };
    expect(reasonFor(rule, facts, { date: '2025-05-01' }).outcome).toBe('met');
    expect(reasonFor(rule, facts, { date: '2025-04-30' }).outcome).toBe('not_met'); // 3.5 × 124 028 = 434 098
  });

  it('uses the municipality’s own G table when given', () => {
    const grunnbelop = [{ from: '2025-05-01', amount: 200_000 }];
    expect(reasonFor(rule, { household: [adult(700_000)] }, { grunnbelop }).values).toMatchObject({ grunnbelop: 200_000, ceilingNok: 700_000 });
  });

  it('throws when no G is in force on the evaluation date', () => {
    expect(() => reasonFor(rule, { household: [adult(1)] }, { date: '2019-04-30' })).toThrow(RangeError);
  });

  it('can be overridden with a written reason', () => {
    const reason = reasonFor(rule, { household: [adult(500_000)] }, { overrides: OVERRIDE });
    expect(reason.outcome).toBe('overridden');
    expect(reason.values).toMatchObject({ incomeG: 3.84, ceilingG: 3.5 });
  });
});

describe('debtToMunicipality', () => {
  const rule: DebtToMunicipalityRule = { ...base('r'), kind: 'debtToMunicipality', acceptRepaymentPlan: true };
  const noPlans: DebtToMunicipalityRule = { ...rule, acceptRepaymentPlan: false };

  it.each<[string, DebtToMunicipalityRule, EligibilityFacts, RuleOutcome]>([
    ['passes without debt', rule, { debtToMunicipality: { amount: 0, repaymentPlan: false } }, 'met'],
    ['passes debt under a repayment plan', rule, { debtToMunicipality: { amount: 12_000, repaymentPlan: true } }, 'met'],
    ['fails debt without a plan', rule, { debtToMunicipality: { amount: 12_000, repaymentPlan: false } }, 'not_met'],
    ['fails debt under a plan when plans are not accepted', noPlans, { debtToMunicipality: { amount: 12_000, repaymentPlan: true } }, 'not_met'],
    ['is unknown when debts are not checked', rule, {}, 'unknown'],
  ])('%s', (_name, r, facts, outcome) => {
    expect(reasonFor(r, facts).outcome).toBe(outcome);
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, { debtToMunicipality: { amount: 1, repaymentPlan: false } }, { overrides: OVERRIDE }).outcome).toBe('overridden');
  });
});

describe('evictionQuarantine', () => {
  const rule: EvictionQuarantineRule = { ...base('r'), kind: 'evictionQuarantine', months: 12 };

  it.each<[string, EligibilityFacts, RuleOutcome]>([
    ['passes someone never evicted', { lastEvictionDate: null }, 'met'],
    ['passes an eviction exactly 12 months ago', { lastEvictionDate: '2024-06-01' }, 'met'],
    ['fails an eviction 12 months less a day ago', { lastEvictionDate: '2024-06-02' }, 'not_met'],
    ['counts back from the application date when given', { lastEvictionDate: '2024-06-01', applicationDate: '2025-05-31' }, 'not_met'],
    ['is unknown when evictions are not checked', {}, 'unknown'],
  ])('%s', (_name, facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('says when the quarantine ends', () => {
    const reason = reasonFor(rule, { lastEvictionDate: '2024-09-30' });
    expect(reason.values).toEqual({ lastEvictionDate: '2024-09-30', referenceDate: '2025-06-01', monthsSinceEviction: 8, quarantineMonths: 12, quarantineEnds: '2025-09-30' });
    expect(reason.explanation.nb).toContain('Karantenen er over fra og med 30. september 2025.');
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, { lastEvictionDate: '2025-01-01' }, { overrides: OVERRIDE }).outcome).toBe('overridden');
  });
});
