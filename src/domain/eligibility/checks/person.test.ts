import { describe, expect, it } from 'vitest';
import { base, DATE, reasonFor } from '../fixtures.js';
import type { EligibilityFacts, LawfulResidenceRule, MinAgeRule, ResidenceDurationRule, RuleOutcome } from '../types.js';

const OVERRIDE = [{ ruleId: 'r', reason: 'Åpenbart urimelig i dette tilfellet.' }];

describe('minAge', () => {
  const rule: MinAgeRule = { ...base('r'), kind: 'minAge', years: 18, exceptWithDailyCareOfChildren: false };
  const withException: MinAgeRule = { ...rule, exceptWithDailyCareOfChildren: true };

  it.each<[string, MinAgeRule, EligibilityFacts, RuleOutcome]>([
    ['meets the rule on the 18th birthday itself', rule, { birthDate: '2007-06-01' }, 'met'],
    ['fails one day before the 18th birthday', rule, { birthDate: '2007-06-02' }, 'not_met'],
    ['uses the stated age without a birth date', rule, { age: 30 }, 'met'],
    ['prefers the birth date to a stated age', rule, { age: 30, birthDate: '2010-01-01' }, 'not_met'],
    ['is unknown without age or birth date', rule, {}, 'unknown'],
    ['lets a younger parent with daily care of children pass', withException, { age: 17, hasDailyCareOfChildren: true }, 'met'],
    ['fails a younger applicant without children', withException, { age: 17, hasDailyCareOfChildren: false }, 'not_met'],
    ['asks about children when the exception could apply', withException, { age: 17 }, 'unknown'],
    ['ignores children when the rule has no exception', rule, { age: 17, hasDailyCareOfChildren: true }, 'not_met'],
  ])('%s', (_name, r, facts, outcome) => {
    expect(reasonFor(r, facts).outcome).toBe(outcome);
  });

  it('records the age used and names the missing fact', () => {
    expect(reasonFor(rule, { birthDate: '2007-06-01' }).values).toEqual({ age: 18, minAge: 18 });
    const unknown = reasonFor(rule, {});
    expect(unknown.missingFacts).toEqual(['birthDate|age']);
    expect(unknown.explanation.nb).toContain('fødselsdato eller alder');
    expect(unknown.explanation.en).toContain('missing fact: date of birth or age');
  });

  it('can be overridden with a written reason', () => {
    const reason = reasonFor(rule, { age: 17 }, { overrides: OVERRIDE });
    expect(reason.outcome).toBe('overridden');
    expect(reason.override).toEqual({ reason: OVERRIDE[0]?.reason, evaluatedOutcome: 'not_met' });
  });
});

describe('lawfulResidence', () => {
  const rule: LawfulResidenceRule = { ...base('r'), kind: 'lawfulResidence', accepted: ['citizen', 'refugee'] };

  it.each<[EligibilityFacts, RuleOutcome]>([
    [{ residenceStatus: 'citizen' }, 'met'],
    [{ residenceStatus: 'refugee' }, 'met'],
    [{ residenceStatus: 'eea_registered' }, 'not_met'],
    [{ residenceStatus: 'none' }, 'not_met'],
    [{}, 'unknown'],
  ])('gives %j the outcome %s', (facts, outcome) => {
    expect(reasonFor(rule, facts).outcome).toBe(outcome);
  });

  it('lists the accepted grounds when it fails', () => {
    const reason = reasonFor(rule, { residenceStatus: 'eea_registered' });
    expect(reason.explanation.nb).toContain('Godkjent grunnlag er norsk statsborgerskap eller flyktningstatus (innvilget asyl).');
    expect(reason.values).toEqual({ residenceStatus: 'eea_registered' });
  });

  it('can be overridden with a written reason', () => {
    expect(reasonFor(rule, { residenceStatus: 'temporary_permit' }, { overrides: OVERRIDE }).outcome).toBe('overridden');
  });
});

describe('residenceDuration', () => {
  const rule: ResidenceDurationRule = { ...base('r'), kind: 'residenceDuration', months: 12, exemptRefugeesFirstSettlement: true };
  const strict: ResidenceDurationRule = { ...rule, exemptRefugeesFirstSettlement: false };

  it.each<[string, ResidenceDurationRule, EligibilityFacts, RuleOutcome]>([
    ['meets the rule at exactly 12 months', rule, { residentSince: '2024-06-01', refugeeFirstSettlement: false }, 'met'],
    ['fails one day short of 12 months', rule, { residentSince: '2024-06-02', refugeeFirstSettlement: false }, 'not_met'],
    ['uses stated months without a date', rule, { residenceMonths: 24 }, 'met'],
    ['prefers the registration date to stated months', rule, { residentSince: '2025-01-01', residenceMonths: 24, refugeeFirstSettlement: false }, 'not_met'],
    ['exempts a refugee settled for the first time', rule, { residentSince: '2025-05-01', refugeeFirstSettlement: true }, 'met'],
    ['exempts a first-settlement refugee even without a date', rule, { refugeeFirstSettlement: true }, 'met'],
    ['does not exempt refugees when the rule does not', strict, { residentSince: '2025-05-01', refugeeFirstSettlement: true }, 'not_met'],
    ['asks about first settlement when the exemption could apply', rule, { residentSince: '2025-05-01' }, 'unknown'],
    ['is unknown without a date or months', rule, { refugeeFirstSettlement: false }, 'unknown'],
  ])('%s', (_name, r, facts, outcome) => {
    expect(reasonFor(r, facts).outcome).toBe(outcome);
  });

  it('records the months counted on the evaluation date', () => {
    expect(DATE).toBe('2025-06-01');
    expect(reasonFor(rule, { residentSince: '2024-06-01', refugeeFirstSettlement: false }).values).toEqual({ residenceMonths: 12, requiredMonths: 12 });
  });

  it('can be overridden with a written reason', () => {
    const reason = reasonFor(rule, { residenceMonths: 3, refugeeFirstSettlement: false }, { overrides: OVERRIDE });
    expect(reason.outcome).toBe('overridden');
    expect(reason.values).toEqual({ residenceMonths: 3, requiredMonths: 12 });
  });
});
