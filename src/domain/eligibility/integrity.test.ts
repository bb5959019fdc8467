import { describe, expect, it } from 'vitest';
import { evaluateEligibility } from './evaluate.js';
import { base, ruleSetOf } from './fixtures.js';
import { HOUSING_SITUATION_LABELS, RESIDENCE_STATUS_LABELS } from './labels.js';
import { renderRuleSet } from './render.js';
import { BUILT_IN_RULE_SETS } from './rule-sets/index.js';
import { selectRuleSet } from './select.js';
import {
  type EligibilityFacts,
  HOUSING_SITUATIONS,
  LANGUAGES,
  type LocalizedText,
  RESIDENCE_STATUSES,
  type Rule,
  RULE_KINDS,
  type RuleKind,
  type RuleSet,
} from './types.js';
import { validateRuleSet } from './validate.js';

/** One rule of every kind; the Record type makes this fail to compile when a kind is added. */
const SAMPLE: Readonly<Record<RuleKind, Rule>> = {
  minAge: { ...base('a'), kind: 'minAge', years: 18, exceptWithDailyCareOfChildren: true },
  lawfulResidence: { ...base('b'), kind: 'lawfulResidence', accepted: ['citizen'] },
  residenceDuration: { ...base('c'), kind: 'residenceDuration', months: 12, exemptRefugeesFirstSettlement: true },
  housingSituation: { ...base('d'), kind: 'housingSituation', accepted: ['no_roof'] },
  unableToObtainHousing: { ...base('e'), kind: 'unableToObtainHousing' },
  canMeetLeaseTerms: { ...base('f'), kind: 'canMeetLeaseTerms', withSupport: true },
  incomeCeiling: { ...base('g'), kind: 'incomeCeiling', bands: [{ householdSize: 1, maxG: 3.5 }], excludeMembersUnder: 20 },
  debtToMunicipality: { ...base('h'), kind: 'debtToMunicipality', acceptRepaymentPlan: true },
  evictionQuarantine: { ...base('i'), kind: 'evictionQuarantine', months: 12 },
};

const FACT_SETS: readonly EligibilityFacts[] = [
  {},
  {
    age: 30,
    residenceStatus: 'citizen',
    residentSince: '2020-01-01',
    refugeeFirstSettlement: false,
    housingSituation: 'no_roof',
    documentedOwnAttempts: true,
    canMeetLeaseTerms: true,
    household: [{ age: 30, grossAnnualIncome: 200_000 }, { age: 3 }],
    debtToMunicipality: { amount: 0, repaymentPlan: false },
    lastEvictionDate: null,
  },
  {
    age: 16,
    hasDailyCareOfChildren: false,
    residenceStatus: 'none',
    residenceMonths: 2,
    refugeeFirstSettlement: false,
    housingSituation: 'own_suitable_dwelling',
    documentedOwnAttempts: false,
    canMeetLeaseTerms: false,
    household: [{ age: 30, grossAnnualIncome: 900_000 }],
    debtToMunicipality: { amount: 50_000, repaymentPlan: false },
    lastEvictionDate: '2025-03-01',
  },
];

const expectText = (value: LocalizedText): void => {
  for (const l of LANGUAGES) {
    expect(value[l].trim()).not.toBe('');
    expect(value[l]).not.toMatch(/undefined|NaN|\[object/);
  }
};

describe('integrity of the built-in rule sets', () => {
  it.each(BUILT_IN_RULE_SETS.map((s) => [s.id, s] as const))('%s has no problems', (_id, set) => {
    expect(validateRuleSet(set)).toEqual([]);
  });

  it('has one id per set and one version in force per municipality', () => {
    expect(new Set(BUILT_IN_RULE_SETS.map((s) => s.id)).size).toBe(BUILT_IN_RULE_SETS.length);
    for (const s of BUILT_IN_RULE_SETS) expect(selectRuleSet(BUILT_IN_RULE_SETS, s.municipality, s.effectiveFrom)).toBe(s);
  });

  it('gives every rule and every enum value a title or label in bokmål, nynorsk and English', () => {
    for (const s of BUILT_IN_RULE_SETS) for (const r of s.rules) expectText(r.title);
    for (const v of HOUSING_SITUATIONS) expectText(HOUSING_SITUATION_LABELS[v]);
    for (const v of RESIDENCE_STATUSES) expectText(RESIDENCE_STATUS_LABELS[v]);
  });

  it('explains every outcome of every built-in rule in all three languages', () => {
    for (const s of BUILT_IN_RULE_SETS) {
      for (const facts of FACT_SETS) {
        const result = evaluateEligibility(s, facts, { date: '2025-06-01' });
        expect(result.reasons).toHaveLength(s.rules.length);
        for (const r of result.reasons) expectText(r.explanation);
      }
    }
  });
});

describe('every rule kind', () => {
  it('is listed once in RULE_KINDS', () => {
    expect(new Set(RULE_KINDS).size).toBe(RULE_KINDS.length);
    expect(Object.keys(SAMPLE).sort()).toEqual([...RULE_KINDS].sort());
  });

  it.each(RULE_KINDS.map((k) => [k] as const))('%s is handled by the evaluator, the validator and the renderer', (kind) => {
    const set = ruleSetOf(SAMPLE[kind]);
    expect(validateRuleSet(set)).toEqual([]);
    const outcomes = FACT_SETS.map((facts) => evaluateEligibility(set, facts, { date: '2025-06-01' }).reasons[0]?.outcome);
    expect(outcomes).toEqual(['unknown', 'met', 'not_met']);
    for (const l of LANGUAGES) expect(renderRuleSet(set, l)[1]?.lines.length).toBeGreaterThan(2);
  });
});

describe('validateRuleSet', () => {
  const valid = ruleSetOf(SAMPLE.minAge, SAMPLE.housingSituation);
  const withRules = (...rules: unknown[]): RuleSet => ({ ...valid, rules: rules as Rule[] });

  it('reports invalid set fields', () => {
    const broken = { ...valid, id: ' ', municipality: '99', version: 0, effectiveFrom: '2025-02-30', validityMonths: 0, source: { document: '' }, rules: [] };
    expect(validateRuleSet(broken).map((p) => `${p.path}:${p.code}`)).toEqual([
      'id:required',
      'municipality:invalid_format',
      'version:invalid_value',
      'effectiveFrom:invalid_format',
      'validityMonths:invalid_value',
      'source.document:required',
      'rules:required',
    ]);
  });

  it('reports duplicate rule ids and missing translations', () => {
    const untranslated = { ...SAMPLE.lawfulResidence, id: SAMPLE.minAge.id, title: { nb: 'Opphold', nn: '', en: 'Residence' } };
    expect(validateRuleSet(withRules(SAMPLE.minAge, untranslated))).toEqual([
      { path: 'rules.1.id', code: 'duplicate' },
      { path: 'rules.1.title.nn', code: 'required' },
    ]);
  });

  it('reports unknown or duplicate enum values and a qualifying «own suitable dwelling»', () => {
    const residence = { ...SAMPLE.lawfulResidence, accepted: ['citizen', 'citizen', 'tourist'] };
    const housing = { ...SAMPLE.housingSituation, accepted: ['own_suitable_dwelling'] };
    expect(validateRuleSet(withRules(residence, housing))).toEqual([
      { path: 'rules.0.accepted.1', code: 'duplicate' },
      { path: 'rules.0.accepted.2', code: 'unknown_value' },
      { path: 'rules.1.accepted', code: 'invalid_value' },
    ]);
  });

  it('reports income bands that do not start at one person or do not ascend', () => {
    const bands = [
      { householdSize: 2, maxG: 4 },
      { householdSize: 2, maxG: 0 },
    ];
    expect(validateRuleSet(withRules({ ...SAMPLE.incomeCeiling, bands, excludeMembersUnder: 0 }))).toEqual([
      { path: 'rules.0.bands.0.householdSize', code: 'invalid_value' },
      { path: 'rules.0.bands.1.householdSize', code: 'invalid_value' },
      { path: 'rules.0.bands.1.maxG', code: 'invalid_value' },
      { path: 'rules.0.excludeMembersUnder', code: 'invalid_value' },
    ]);
  });

  it('reports numbers out of range and unknown kinds', () => {
    const rules = [
      { ...SAMPLE.minAge, years: 17.5 },
      { ...SAMPLE.residenceDuration, months: -1 },
      { ...SAMPLE.evictionQuarantine, months: 0 },
      { ...base('z'), kind: 'assetCeiling' },
    ];
    expect(validateRuleSet(withRules(...rules))).toEqual([
      { path: 'rules.0.years', code: 'invalid_value' },
      { path: 'rules.1.months', code: 'invalid_value' },
      { path: 'rules.2.months', code: 'invalid_value' },
      { path: 'rules.3.kind', code: 'unknown_kind' },
    ]);
  });
});
