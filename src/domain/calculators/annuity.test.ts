import { describe, expect, it } from 'vitest';
import { annuityPayment, annuityPrincipal } from './annuity.js';

describe('annuity', () => {
  // r = 6.5 % / 12 = 0.0054167; (1 + r)^360 = 6.99180, factor = (1 − 1/6.99180) / r = 158.2108.
  // 1 000 000 / 158.2108 = 6 320.68 kr a month.
  it('pays 6 320.68 kr a month on 1 000 000 kr at 6.5 % over 30 years', () => {
    expect(annuityPayment(1_000_000, 6.5, 30)).toBeCloseTo(6320.68, 2);
  });

  // (1 + r)^600 = 25.5651, factor = (1 − 1/25.5651) / r = 177.3940: a 50-year term stretches the same payment further.
  it('lends more on the same payment over 50 years than over 30', () => {
    expect(annuityPrincipal(10_000, 6.5, 30)).toBeCloseTo(1_582_108.2, 0);
    expect(annuityPrincipal(10_000, 6.5, 50)).toBeCloseTo(1_773_940.1, 0);
  });

  it('is the principal divided by the number of months at 0 %', () => {
    expect(annuityPayment(360_000, 0, 30)).toBe(1000);
    expect(annuityPrincipal(1000, 0, 30)).toBe(360_000);
  });

  it('is its own inverse', () => {
    expect(annuityPayment(annuityPrincipal(12_345, 4.89, 25), 4.89, 25)).toBeCloseTo(12_345, 6);
  });

  it.each([
    ['a negative principal', () => annuityPayment(-1, 5, 30)],
    ['a NaN rate', () => annuityPayment(1000, Number.NaN, 30)],
    ['an infinite payment', () => annuityPrincipal(Number.POSITIVE_INFINITY, 5, 30)],
    ['a term of 0 years', () => annuityPrincipal(1000, 5, 0)],
    ['a term of 51 years', () => annuityPrincipal(1000, 5, 51)],
    ['a term of 30.5 years', () => annuityPrincipal(1000, 5, 30.5)],
  ])('throws RangeError for %s', (_name, call) => {
    expect(call).toThrow(RangeError);
  });
});
