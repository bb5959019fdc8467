import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from '../evaluate.js';
import { selectRuleSet } from '../select.js';
import type { EligibilityFacts } from '../types.js';
import { BUILT_IN_RULE_SETS, DEMO_9999_V1, NABO_9998_V1 } from './index.js';

const DATE = '2025-09-15';

describe('Demo kommune (9999), modelled on Sandnes', () => {
  const ruleSet = selectRuleSet(BUILT_IN_RULE_SETS, '9999', DATE);
  // A young man released from prison next month, with no dwelling, who has looked on his own.
  const facts: EligibilityFacts = {
    birthDate: '2001-03-02',
    residenceStatus: 'citizen',
    housingSituation: 'prison_release_2m',
    documentedOwnAttempts: true,
    canMeetLeaseTerms: true,
  };

  it('finds him eligible on all five conditions, for 12 months', () => {
    const result = evaluateEligibility(ruleSet, facts, { date: DATE });
    expect(ruleSet).toBe(DEMO_9999_V1);
    expect(result).toMatchObject({ outcome: 'eligible', ruleSet: { id: 'demo-9999-v1', version: 1 }, validUntil: '2026-09-15' });
    expect(result.reasons.map((r) => [r.ruleId, r.outcome])).toEqual([
      ['housing-situation', 'met'],
      ['unable-to-obtain', 'met'],
      ['lease-terms', 'met'],
      ['min-age', 'met'],
      ['lawful-residence', 'met'],
    ]);
    expect(result.reasons[3]?.values).toEqual({ age: 24, minAge: 18 });
  });

  it('asks for the boevne assessment before deciding', () => {
    const { canMeetLeaseTerms: _skip, ...rest } = facts;
    const result = evaluateEligibility(ruleSet, rest, { date: DATE });
    expect(result.outcome).toBe('incomplete');
    expect(result.reasons.flatMap((r) => r.missingFacts)).toEqual(['canMeetLeaseTerms']);
  });

  it('refuses someone with a suitable dwelling, unless the caseworker finds that obviously unreasonable', () => {
    const housed = { ...facts, housingSituation: 'own_suitable_dwelling' as const };
    expect(evaluateEligibility(ruleSet, housed, { date: DATE }).outcome).toBe('not_eligible');
    const reason = 'Boligen er egnet, men voldsutsatt søker må flytte straks.';
    const overridden = evaluateEligibility(ruleSet, housed, { date: DATE, overrides: [{ ruleId: 'housing-situation', reason }] });
    expect(overridden.outcome).toBe('eligible');
    expect(overridden.reasons[0]).toMatchObject({ outcome: 'overridden', override: { reason, evaluatedOutcome: 'not_met' } });
  });

  it('has no income, botid, debt or eviction conditions, so those facts do not matter', () => {
    const rich = { ...facts, household: [{ age: 24, grossAnnualIncome: 2_000_000 }], residenceMonths: 0, lastEvictionDate: '2025-09-01' };
    expect(evaluateEligibility(ruleSet, rich, { date: DATE }).outcome).toBe('eligible');
  });
});

describe('Nabo kommune (9998), modelled on Bergen', () => {
  const ruleSet = selectRuleSet(BUILT_IN_RULE_SETS, '9998', DATE);
  // A family of three staying with relatives, with a rent debt under a repayment plan.
  const family: EligibilityFacts = {
    age: 34,
    residenceStatus: 'permanent_residence',
    residentSince: '2023-01-10',
    refugeeFirstSettlement: false,
    housingSituation: 'staying_with_friends_family',
    household: [
      { age: 34, grossAnnualIncome: 300_000 },
      { age: 36, grossAnnualIncome: 250_000 },
      { age: 8, grossAnnualIncome: 0 },
    ],
    debtToMunicipality: { amount: 8_000, repaymentPlan: true },
    lastEvictionDate: null,
    applicationDate: '2025-08-01',
  };

  it('finds the family eligible, with the income tested against 4.5 G', () => {
    const result = evaluateEligibility(ruleSet, family, { date: DATE });
    expect(ruleSet).toBe(NABO_9998_V1);
    expect(result).toMatchObject({ outcome: 'eligible', validUntil: '2026-09-15' });
    expect(result.reasons.every((r) => r.outcome === 'met')).toBe(true);
    const income = result.reasons.find((r) => r.ruleId === 'income-ceiling');
    expect(income?.values).toMatchObject({ incomeG: 4.23, ceilingG: 4.5, householdSize: 3, incomeNok: 550_000, ceilingNok: 585_720 });
  });

  it('counts the children’s income, since Bergen does not exclude it', () => {
    const household = [...(family.household ?? []).slice(0, 2), { age: 17, grossAnnualIncome: 40_000 }];
    const result = evaluateEligibility(ruleSet, { ...family, household }, { date: DATE });
    expect(result.outcome).toBe('not_eligible');
    expect(result.reasons.find((r) => r.ruleId === 'income-ceiling')?.values).toMatchObject({ incomeNok: 590_000, ceilingNok: 585_720 });
  });

  it('applies the eviction quarantine from the application date, and lets a caseworker lift it', () => {
    const evicted = { ...family, lastEvictionDate: '2025-01-20' };
    const result = evaluateEligibility(ruleSet, evicted, { date: DATE });
    expect(result.outcome).toBe('not_eligible');
    expect(result.reasons.find((r) => r.ruleId === 'eviction-quarantine')?.values).toMatchObject({ referenceDate: '2025-08-01', monthsSinceEviction: 6 });
    const reason = 'Utkastelsen skyldtes utleiers konkurs, ikke mislighold.';
    expect(evaluateEligibility(ruleSet, evicted, { date: DATE, overrides: [{ ruleId: 'eviction-quarantine', reason }] }).outcome).toBe('eligible');
  });

  it('exempts a refugee settled for the first time from the 12-month botid', () => {
    const refugee = { ...family, residenceStatus: 'refugee' as const, residentSince: '2025-07-01', refugeeFirstSettlement: true };
    expect(evaluateEligibility(ruleSet, refugee, { date: DATE }).outcome).toBe('eligible');
    const moved = { ...refugee, refugeeFirstSettlement: false };
    expect(evaluateEligibility(ruleSet, moved, { date: DATE }).reasons.find((r) => r.ruleId === 'registered-resident')?.outcome).toBe('not_met');
  });

  it('meets botid at exactly 12 months of registration', () => {
    const result = evaluateEligibility(ruleSet, { ...family, residentSince: '2024-09-15' }, { date: DATE });
    expect(result.reasons.find((r) => r.ruleId === 'registered-resident')?.values).toEqual({ residenceMonths: 12, requiredMonths: 12 });
    expect(result.outcome).toBe('eligible');
  });

  it('refuses an EEA registration without permanent right, which no caseworker may override', () => {
    const eea = { ...family, residenceStatus: 'eea_registered' as const };
    expect(evaluateEligibility(ruleSet, eea, { date: DATE }).outcome).toBe('not_eligible');
    const overrides = [{ ruleId: 'lawful-residence', reason: 'Har bodd og arbeidet her i fire år.' }];
    expect(() => evaluateEligibility(ruleSet, eea, { date: DATE, overrides })).toThrow(/override_not_allowed/);
  });
});
