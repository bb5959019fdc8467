import { describe, expect, it } from 'vitest';
import { formatCaseNumber, isCaseNumber } from './case-number.js';
import { validityRunsOutSoon } from './worklist.js';

describe('case numbers', () => {
  it.each([
    [2026, 1, '2026-000001'],
    [2026, 123, '2026-000123'],
    [2027, 999_999, '2027-999999'],
  ])('formats year %i number %i as %s', (year, n, expected) => {
    expect(formatCaseNumber(year, n)).toBe(expected);
    expect(isCaseNumber(expected)).toBe(true);
  });

  it('refuses numbers that do not fit', () => {
    expect(() => formatCaseNumber(2026, 0)).toThrow(RangeError);
    expect(() => formatCaseNumber(2026, 1_000_000)).toThrow(RangeError);
    expect(() => formatCaseNumber(26, 1)).toThrow(RangeError);
  });
});

describe('validity running out', () => {
  it.each([
    ['2026-03-01', '2026-03-01', true],
    ['2026-04-30', '2026-03-01', true],
    ['2026-05-01', '2026-03-01', false],
    ['2026-02-28', '2026-03-01', false],
  ])('a decision valid until %s is shown on %s: %s', (validUntil, today, shown) => {
    expect(validityRunsOutSoon(validUntil, today)).toBe(shown);
  });
});
