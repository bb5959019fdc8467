import { describe, expect, it } from 'vitest';
import { createRng } from '../random/rng.js';
import { FNR_RULES, fnrRuleOn, maskFnr, validateFnr, withControlDigits as productionControlDigits } from './fnr.js';

/*
 * Every number here is computed by the helpers below from a date part and an individnummer;
 * none is copied from anywhere, so none belongs to a real person by intent.
 */
const K1 = [3, 7, 6, 1, 8, 9, 4, 5, 2];
const K2 = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2];
const weighted = (digits: string, weights: readonly number[]): number =>
  weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
const mod11 = (n: number): number => ((n % 11) + 11) % 11;

/** Appends k1 (so the k1 control sum leaves `k1Remainder`) and the classic k2; undefined when a digit would be 10. */
function withControlDigits(first9: string, k1Remainder = 0): string | undefined {
  const k1 = mod11(k1Remainder - weighted(first9, K1));
  if (k1 === 10) return undefined;
  const k2 = mod11(-weighted(`${first9}${k1}`, K2));
  return k2 === 10 ? undefined : `${first9}${k1}${k2}`;
}

/** A number for `ddmmyy` with the first usable individnummer counting down from `individualNumber`. */
function makeNumber(ddmmyy: string, individualNumber: number, k1Remainder = 0): string {
  for (let i = individualNumber; i > individualNumber - 20 && i >= 0; i -= 1) {
    const n = withControlDigits(`${ddmmyy}${String(i).padStart(3, '0')}`, k1Remainder);
    if (n !== undefined) return n;
  }
  throw new Error(`no number for ${ddmmyy} near ${individualNumber}`);
}

const TODAY = '2025-06-01';

describe('validateFnr', () => {
  it.each([
    ['1900s (individnummer 000–499)', '010190', 499, 'fnr', '1990-01-01'],
    ['1800s (500–749 with year 54–99)', '150560', 749, 'fnr', '1860-05-15'],
    ['2000s (500–999 with year 00–39)', '311224', 999, 'fnr', '2024-12-31'],
    ['1900s reserve series (900–999 with year 40–99)', '010170', 999, 'fnr', '1970-01-01'],
    ['a D-nummer (day + 40)', '410185', 499, 'dnr', '1985-01-01'],
    ['a D-nummer on the 31st', '710190', 499, 'dnr', '1990-01-31'],
    ['29 February 2000 (a leap year by the 400 rule)', '290200', 999, 'fnr', '2000-02-29'],
    ['29 February 1996', '290296', 499, 'fnr', '1996-02-29'],
    ['a D-nummer on 29 February 2004', '690204', 999, 'dnr', '2004-02-29'],
  ])('accepts %s', (_case, ddmmyy, individualNumber, kind, birthDate) => {
    const result = validateFnr(makeNumber(ddmmyy, individualNumber), { today: TODAY });
    expect(result).toEqual({ valid: true, kind, birthDate, synthetic: false, ruleVersion: 1 });
  });

  it.each([
    ['29 February 1900 (not a leap year)', '290200', 499],
    ['29 February 1997', '290297', 499],
    ['day 32', '320190', 499],
    ['day 00', '000190', 499],
    ['month 13', '011390', 499],
    ['a D-nummer with day 72', '720190', 499],
    ['individnummer 750–899 with year 40–99, never issued before 2032', '010150', 899],
    ['individnummer 500–749 with year 40–53, never issued before 2032', '010145', 749],
    ['a birth date after today', '010130', 999],
  ])('refuses %s as invalid_date', (_case, ddmmyy, individualNumber) => {
    expect(validateFnr(makeNumber(ddmmyy, individualNumber), { today: TODAY })).toEqual({
      valid: false,
      code: 'invalid_date',
    });
  });

  it('refuses a wrong k1 or k2 as invalid_checksum', () => {
    const valid = makeNumber('010190', 499);
    const wrongK2 = `${valid.slice(0, 10)}${(Number(valid[10]) + 1) % 10}`;
    const wrongK1 = `${valid.slice(0, 9)}${(Number(valid[9]) + 1) % 10}${valid[10]}`;
    const swapped = `${valid.slice(0, 6)}${valid[7]}${valid[6]}${valid.slice(8)}`;
    for (const value of [wrongK2, wrongK1, swapped]) {
      expect(validateFnr(value, { today: TODAY })).toEqual({ valid: false, code: 'invalid_checksum' });
    }
  });

  it.each([
    ['', 'wrong_length'],
    ['0101901234', 'wrong_length'],
    ['010190123456', 'wrong_length'],
    ['010190 12345', 'not_digits'],
    ['0101901234a', 'not_digits'],
    ['01019O12345', 'not_digits'],
    ['٠١٠١٩٠١٢٣٤٥', 'not_digits'],
  ])('refuses %j as %s', (value, code) => {
    expect(validateFnr(value, { today: TODAY })).toEqual({ valid: false, code });
  });

  it('refuses an H-nummer (month + 40) with its own code', () => {
    expect(validateFnr(makeNumber('014190', 499), { today: TODAY })).toEqual({
      valid: false,
      code: 'h_number_not_supported',
    });
  });

  it('refuses a synthetic test number (month + 80) unless allowed', () => {
    const synthetic = makeNumber('018190', 499);
    expect(validateFnr(synthetic, { today: TODAY })).toEqual({ valid: false, code: 'synthetic_number' });
    expect(validateFnr(synthetic, { today: TODAY, allowSynthetic: true })).toEqual({
      valid: true,
      kind: 'fnr',
      birthDate: '1990-01-01',
      synthetic: true,
      ruleVersion: 1,
    });
    expect(validateFnr(makeNumber('418190', 499), { today: TODAY, allowSynthetic: true })).toMatchObject({
      valid: true,
      kind: 'dnr',
      birthDate: '1990-01-01',
    });
  });

  it('never returns sex or gender', () => {
    // Husly must not derive sex from the number: from 2032 numbers are gender-neutral and
    // Folkeregisteret holds sex in a field of its own. The result has no such field at all.
    const result = validateFnr(makeNumber('010190', 499), { today: TODAY });
    expect(Object.keys(result).sort()).toEqual(['birthDate', 'kind', 'ruleVersion', 'synthetic', 'valid']);
  });
});

describe('validateFnr across the 2032 switch', () => {
  const newOnly = makeNumber('010190', 499, 1);

  it('refuses a number valid only under the 2032 rule on 2031-12-31 and accepts it on 2032-01-01', () => {
    expect(validateFnr(newOnly, { today: '2031-12-31' })).toEqual({ valid: false, code: 'invalid_checksum' });
    expect(validateFnr(newOnly, { today: '2032-01-01' })).toEqual({
      valid: true,
      kind: 'fnr',
      birthDate: null,
      synthetic: false,
      ruleVersion: 2,
    });
  });

  it('accepts today as { year, month, day } as well as a string', () => {
    expect(validateFnr(newOnly, { today: { year: 2032, month: 1, day: 1 } }).valid).toBe(true);
    expect(validateFnr(newOnly, { today: { year: 2031, month: 12, day: 31 } }).valid).toBe(false);
  });

  it('accepts k1 remainders 0–3 and nothing else under the 2032 rule', () => {
    for (const remainder of [0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10]) {
      const value = withControlDigits('010190499', remainder);
      if (value === undefined) continue;
      expect(validateFnr(value, { today: '2032-01-01' }).valid).toBe(remainder <= 3);
    }
  });

  it('no longer reads the century from the individnummer', () => {
    // Individnummer 899 with year 50 was never issued before 2032; from 2032 it may be.
    const value = makeNumber('010150', 899);
    expect(validateFnr(value, { today: '2031-12-31' })).toMatchObject({ valid: false, code: 'invalid_date' });
    expect(validateFnr(value, { today: '2032-01-01' })).toMatchObject({ valid: true, birthDate: null });
    // 29 February still needs a leap year in some century, and day 32 is still no day.
    expect(validateFnr(makeNumber('290297', 499), { today: '2032-01-01' })).toMatchObject({ code: 'invalid_date' });
    expect(validateFnr(makeNumber('290200', 499), { today: '2032-01-01' })).toMatchObject({ valid: true });
    expect(validateFnr(makeNumber('320190', 499), { today: '2032-01-01' })).toMatchObject({ code: 'invalid_date' });
  });

  it('keeps every number the old rule accepts valid under the new rule (the new rule is a superset)', () => {
    const rng = createRng(2032);
    let checked = 0;
    for (let n = 0; n < 20_000; n += 1) {
      const first9 = Array.from({ length: 9 }, () => rng.int(0, 9)).join('');
      const value = withControlDigits(first9);
      if (value === undefined) continue;
      const before = validateFnr(value, { today: '2031-12-31', allowSynthetic: true });
      if (!before.valid) continue;
      checked += 1;
      expect(validateFnr(value, { today: '2032-01-01', allowSynthetic: true })).toMatchObject({
        valid: true,
        kind: before.kind,
      });
    }
    expect(checked).toBeGreaterThan(500);
  });
});

describe('FNR_RULES', () => {
  it('chooses the rule set by date', () => {
    expect(fnrRuleOn('2031-12-31').version).toBe(1);
    expect(fnrRuleOn('2032-01-01').version).toBe(2);
    expect(() => fnrRuleOn('1963-12-31')).toThrow(RangeError);
    expect(() => fnrRuleOn('2031-02-30')).toThrow(RangeError);
  });

  it('only ever widens the accepted remainders, so old numbers stay valid', () => {
    for (let i = 1; i < FNR_RULES.length; i += 1) {
      const [earlier, later] = [FNR_RULES[i - 1], FNR_RULES[i]];
      expect(later?.version).toBe((earlier?.version ?? 0) + 1);
      expect(later && earlier && later.effectiveFrom > earlier.effectiveFrom).toBe(true);
      expect(later?.k1Remainders).toEqual(expect.arrayContaining([...(earlier?.k1Remainders ?? [])]));
      expect(later?.k2Remainders).toEqual(expect.arrayContaining([...(earlier?.k2Remainders ?? [])]));
    }
  });
});

describe('maskFnr', () => {
  it('shows only the date part of a fødselsnummer or D-nummer', () => {
    expect(maskFnr(makeNumber('010190', 499))).toBe('010190*****');
    expect(maskFnr(makeNumber('410185', 499))).toBe('410185*****');
  });

  it.each([['0101904991'], ['010190 49912'], ['']])('hides %j entirely as it is not 11 digits', (value) => {
    expect(maskFnr(value)).toBe('***********');
  });
});

describe('withControlDigits (the exported generator)', () => {
  it('completes nine digits to a number the validator accepts, and refuses an individnummer whose control digit would be 10', () => {
    let made = 0;
    let refused = 0;
    for (let individual = 0; individual < 200; individual++) {
      const first9 = `150390${String(individual).padStart(3, '0')}`;
      const fnr = productionControlDigits(first9);
      // Agrees with this file's independent oracle.
      expect(fnr).toBe(withControlDigits(first9));
      if (fnr === undefined) {
        refused++;
        continue;
      }
      made++;
      expect(fnr.slice(0, 9)).toBe(first9);
      expect(validateFnr(fnr, { today: '2026-11-21' })).toMatchObject({ valid: true, birthDate: '1990-03-15' });
    }
    expect(made).toBeGreaterThan(150);
    expect(refused).toBeGreaterThan(0);
  });
});
