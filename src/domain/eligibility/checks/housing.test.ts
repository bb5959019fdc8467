import { describe, expect, it } from 'vitest';
import { base, reasonFor } from '../fixtures.js';
import type { CanMeetLeaseTermsRule, EligibilityFacts, HousingSituationRule, RuleOutcome, UnableToObtainHousingRule } from '../types.js';

const OVERRIDE = [{ ruleId: 'r', reason: 'Åpenbart urimelig i dette tilfellet.' }];

describe('housingSituation', () => {
  const rule: HousingSituationRule = { ...base('r'), kind: 'housingSituation', accepted: ['no_roof', 'unsuitable_dwelling'] };

  it.each<[EligibilityFacts, RuleOutcome]>([
    [{ housingSituation: 'no_roof' }, 'met'],
    [{ housingSituation: 'unsuitable_dwelling' }, 'met'],
    [{ housingSituation: 'time_limited_lease_under_6m' }, 'not_met'],
    [{ housingSituation: 'own_suitable_dwelling' }, 'not_met'],
    [{}, 'unknown'],
  ])('gives %j the outcome %s', (facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('explains the situation in all three languages', () => {
    const { explanation } = reasonFor(rule, { housingSituation: 'no_roof' });
    expect(explanation).toEqual({
      nb: 'Bosituasjon: uten tak over hodet. Dette regnes som å være uten egnet bolig.',
      nn: 'Busituasjon: utan tak over hovudet. Dette blir rekna som å vere utan eigna bustad.',
      en: 'Housing situation: sleeping rough. This counts as being without a suitable dwelling.',
    });
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, { housingSituation: 'own_suitable_dwelling' }, { overrides: OVERRIDE }).outcome).toBe('overridden');
  });
});

describe('unableToObtainHousing', () => {
  const rule: UnableToObtainHousingRule = { ...base('r'), kind: 'unableToObtainHousing' };

  it.each<[EligibilityFacts, RuleOutcome]>([
    [{ documentedOwnAttempts: true }, 'met'],
    [{ documentedOwnAttempts: false }, 'not_met'],
    [{}, 'unknown'],
  ])('gives %j the outcome %s', (facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, {}, { overrides: OVERRIDE }).override?.evaluatedOutcome).toBe('unknown');
  });
});

describe('canMeetLeaseTerms', () => {
  const rule: CanMeetLeaseTermsRule = { ...base('r'), kind: 'canMeetLeaseTerms', withSupport: true };

  it.each<[EligibilityFacts, RuleOutcome]>([
    [{ canMeetLeaseTerms: true }, 'met'],
    [{ canMeetLeaseTerms: false }, 'not_met'],
    [{}, 'unknown'],
  ])('gives %j the outcome %s', (facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('mentions support only when the rule counts it', () => {
    expect(reasonFor(rule, { canMeetLeaseTerms: true }).explanation.nb).toContain('hjelp og oppfølging');
    expect(reasonFor({ ...rule, withSupport: false }, { canMeetLeaseTerms: true }).explanation.nb).not.toContain('hjelp');
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, { canMeetLeaseTerms: false }, { overrides: OVERRIDE }).outcome).toBe('overridden');
  });
});
