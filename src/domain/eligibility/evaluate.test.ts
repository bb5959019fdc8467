import { describe, expect, it } from 'vitest';
import { EligibilityError } from './errors.js';
import { evaluateEligibility, MIN_OVERRIDE_REASON_LENGTH } from './evaluate.js';
import { base, DATE, ruleSetOf } from './fixtures.js';
import type { Rule, RuleSet } from './types.js';

const age: Rule = { ...base('age'), kind: 'minAge', years: 18, exceptWithDailyCareOfChildren: false };
const attempts: Rule = { ...base('attempts'), kind: 'unableToObtainHousing' };
const residence: Rule = { ...base('residence', false), kind: 'lawfulResidence', accepted: ['citizen'] };
const set = ruleSetOf(age, attempts, residence);
const REASON = 'Søker fyller 18 om to dager; avslag ville være åpenbart urimelig.';

const evaluate = (facts: Parameters<typeof evaluateEligibility>[1], options: Partial<Parameters<typeof evaluateEligibility>[2]> = {}) =>
  evaluateEligibility(set, facts, { date: DATE, ...options });

describe('evaluateEligibility', () => {
  it('finds a household eligible when every rule is met, valid for the rule set’s months', () => {
    const result = evaluate({ age: 30, documentedOwnAttempts: true, residenceStatus: 'citizen' });
    expect(result.outcome).toBe('eligible');
    expect(result.validUntil).toBe('2026-06-01');
    expect(result.ruleSet).toEqual({ id: 'test-0000-v1', version: 1 });
    expect(result.date).toBe(DATE);
  });

  it('gives a reason for every rule, met ones too, in rule order with their sources', () => {
    const result = evaluate({ age: 30, documentedOwnAttempts: true, residenceStatus: 'citizen' });
    expect(result.reasons.map((r) => [r.ruleId, r.kind, r.outcome])).toEqual([
      ['age', 'minAge', 'met'],
      ['attempts', 'unableToObtainHousing', 'met'],
      ['residence', 'lawfulResidence', 'met'],
    ]);
    for (const r of result.reasons) expect(r.source).toEqual({ document: 'Test document', section: '§ 1' });
  });

  it('is incomplete when a fact is missing and nothing fails, listing what to collect', () => {
    const result = evaluate({ age: 30, residenceStatus: 'citizen' });
    expect(result.outcome).toBe('incomplete');
    expect(result.validUntil).toBeUndefined();
    expect(result.reasons.flatMap((r) => r.missingFacts)).toEqual(['documentedOwnAttempts']);
  });

  it('is not eligible when a rule fails, even if other facts are missing', () => {
    const result = evaluate({ age: 16 });
    expect(result.outcome).toBe('not_eligible');
    expect(result.reasons.map((r) => r.outcome)).toEqual(['not_met', 'unknown', 'unknown']);
  });

  it('counts an overridden rule as met and keeps the written reason and the original assessment', () => {
    const result = evaluate({ age: 17, documentedOwnAttempts: true, residenceStatus: 'citizen' }, { overrides: [{ ruleId: 'age', reason: `  ${REASON}  ` }] });
    expect(result.outcome).toBe('eligible');
    const reason = result.reasons[0];
    expect(reason?.outcome).toBe('overridden');
    expect(reason?.override).toEqual({ reason: REASON, evaluatedOutcome: 'not_met' });
    expect(reason?.values).toEqual({ age: 17, minAge: 18 });
    expect(reason?.explanation.nb).toContain(`Saksbehandleren har gjort unntak fra vilkåret fordi det ville gi et åpenbart urimelig utslag. Begrunnelse: «${REASON}» Vurdering`);
    expect(reason?.explanation.nb).toContain('Søkeren er 17 år og under aldersgrensen på 18 år.');
    expect(reason?.explanation.nn).toContain('Grunngiving:');
    expect(reason?.explanation.en).toContain('Reason: “');
  });

  it('refuses to override a rule that is not overridable', () => {
    const act = () => evaluate({}, { overrides: [{ ruleId: 'residence', reason: REASON }] });
    expect(act).toThrow(EligibilityError);
    expect(act).toThrow(RangeError);
    expect(act).toThrow(/override_not_allowed/);
  });

  it.each(['', '   ', 'for kort', ` ${'x'.repeat(MIN_OVERRIDE_REASON_LENGTH - 1)}  `])('refuses an override with the reason %j', (reason) => {
    expect(() => evaluate({}, { overrides: [{ ruleId: 'age', reason }] })).toThrow(/override_reason_too_short/);
  });

  it('accepts a reason of exactly the minimum length, closing the quoted sentence', () => {
    const result = evaluate({}, { overrides: [{ ruleId: 'age', reason: 'x'.repeat(MIN_OVERRIDE_REASON_LENGTH) }] });
    expect(result.reasons[0]?.outcome).toBe('overridden');
    expect(result.reasons[0]?.explanation.en).toContain(`Reason: “${'x'.repeat(MIN_OVERRIDE_REASON_LENGTH)}”. Assessment`);
  });

  it('refuses overrides of unknown rules and duplicate overrides', () => {
    expect(() => evaluate({}, { overrides: [{ ruleId: 'nope', reason: REASON }] })).toThrow(/unknown_rule/);
    const twice = [
      { ruleId: 'age', reason: REASON },
      { ruleId: 'age', reason: REASON },
    ];
    expect(() => evaluate({}, { overrides: twice })).toThrow(/duplicate_override/);
  });

  it('refuses an evaluation date that is not an ISO date', () => {
    expect(() => evaluate({}, { date: '01.06.2025' })).toThrow(RangeError);
  });

  it('throws on a rule kind it does not know, rather than skipping it', () => {
    const stored = { ...base('future'), kind: 'assetCeiling' } as unknown as Rule;
    const broken: RuleSet = ruleSetOf(age, stored);
    expect(() => evaluateEligibility(broken, { age: 30 }, { date: DATE })).toThrow(/unknown_rule_kind/);
  });

  it('does not change the facts or the rule set it is given', () => {
    const facts = Object.freeze({ age: 30, documentedOwnAttempts: true, residenceStatus: 'citizen' as const });
    const frozen = Object.freeze({ ...set, rules: Object.freeze([...set.rules]) });
    expect(evaluateEligibility(frozen, facts, { date: DATE }).outcome).toBe('eligible');
  });
});
