import { describe, expect, it } from 'vitest';
import { CASE_TYPES } from '../cases/case-types.js';
import { FVL_1967, LEGAL_BASES, findLegalBasis, legalBasisFor, procedureRef, type LegalBasis } from './legal-basis.js';
import { LETTER_LANGUAGES } from './types.js';

const bilingualFields = ['legalBasis', 'decisionMaker', 'appealBody', 'appealBodyBasis', 'appealVia'] as const;

describe('legal bases as versioned data', () => {
  it.each(CASE_TYPES)('has a version for %s in force from 1 July 2023, when boligsosial lov took effect', (caseType) => {
    expect(legalBasisFor(caseType, '2023-07-01').version).toBe(1);
    expect(legalBasisFor(caseType, '2030-01-01').caseType).toBe(caseType);
    expect(findLegalBasis(caseType, '2023-06-30')).toBeUndefined();
    expect(() => legalBasisFor(caseType, '2023-06-30')).toThrow(RangeError);
  });

  it('gives every entry a unique id of the form caseType/version', () => {
    const ids = LEGAL_BASES.map((b) => b.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const b of LEGAL_BASES) expect(b.id).toBe(`${b.caseType}/${b.version}`);
  });

  it('writes every text in both bokmål and nynorsk, and nynorsk without bokmål forms', () => {
    for (const b of LEGAL_BASES) {
      for (const field of bilingualFields) {
        for (const language of LETTER_LANGUAGES) expect(b[field][language].trim(), `${b.id} ${field} ${language}`).not.toBe('');
        expect(b[field].nn, `${b.id} ${field}`).not.toMatch(/bolig|tjeneste|Statsforvalteren/);
      }
    }
  });

  it.each([
    ['housing_help', 'Statsforvalteren', 'Statsforvaltaren'],
    ['rental_dwelling', 'kommunens klagenemnd', 'klagenemnda i kommunen'],
    ['temporary_accommodation', 'Statsforvalteren', 'Statsforvaltaren'],
    ['startlan', 'kommunens klagenemnd', 'klagenemnda i kommunen'],
  ] as const)('names the appeal body for %s', (caseType, nb, nn) => {
    expect(legalBasisFor(caseType, '2025-01-01').appealBody).toEqual({ nb, nn });
  });

  it('cites boligsosial lov §§ 6 and 7 for help and sosialtjenesteloven § 27 for temporary accommodation', () => {
    expect(legalBasisFor('housing_help', '2025-01-01').legalBasis.nb).toBe(
      'lov om kommunenes ansvar på det boligsosiale feltet (boligsosial lov) §§ 6 og 7',
    );
    const temporary = legalBasisFor('temporary_accommodation', '2025-01-01');
    expect(temporary.legalBasis.nb).toContain('sosialtjenesteloven) § 27');
    expect(temporary.decisionMaker.nb).toContain('Nav-kontoret');
    expect(temporary.appealBodyBasis).toEqual({ nb: 'sosialtjenesteloven § 48', nn: 'sosialtenestelova § 48' });
  });

  it('picks the version in force on the date, so a new forvaltningslov is one more entry', () => {
    const v1 = legalBasisFor('housing_help', '2025-01-01');
    const newAct = { law: { nb: 'ny forvaltningslov', nn: 'ny forvaltningslov' }, sections: { ...FVL_1967.sections, appealDeadline: '§ 99' } };
    const v2: LegalBasis = { ...v1, id: 'housing_help/2', version: 2, effectiveFrom: '2027-01-01', procedure: newAct };
    const bases = [v2, ...LEGAL_BASES];
    expect(legalBasisFor('housing_help', '2026-12-31', bases).version).toBe(1);
    expect(legalBasisFor('housing_help', '2027-01-01', bases).version).toBe(2);
    expect(procedureRef(legalBasisFor('housing_help', '2027-06-01', bases).procedure, 'appealDeadline', 'nb')).toBe('ny forvaltningslov § 99');
  });

  it('writes procedure references in each written standard', () => {
    expect(procedureRef(FVL_1967, 'appealDeadline', 'nb')).toBe('forvaltningsloven § 29');
    expect(procedureRef(FVL_1967, 'access', 'nn')).toBe('forvaltningslova §§ 18 og 19');
    expect(procedureRef(FVL_1967, 'preliminaryReply', 'nn')).toBe('forvaltningslova § 11 a');
  });
});
