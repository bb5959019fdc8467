import { describe, expect, it } from 'vitest';
import { addMonths, ageOn, formatDate, isIsoDate, wholeMonthsBetween } from './calendar.js';

describe('calendar', () => {
  it.each([
    ['2025-01-15', 1, '2025-02-15'],
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-06-01', 12, '2026-06-01'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-11-30', 3, '2026-02-28'],
  ])('adds to %s %i months giving %s', (date, months, expected) => {
    expect(addMonths(date, months)).toBe(expected);
  });

  it.each([
    ['2024-03-15', '2025-03-15', 12],
    ['2024-03-15', '2025-03-14', 11],
    ['2025-01-31', '2025-02-28', 1],
    ['2025-01-31', '2025-02-27', 0],
    ['2025-06-01', '2025-05-01', -1],
    ['2025-06-01', '2025-06-01', 0],
  ])('counts whole months from %s to %s as %i', (from, to, months) => {
    expect(wholeMonthsBetween(from, to)).toBe(months);
  });

  it('turns a person a year older on the birthday itself', () => {
    expect(ageOn('2007-06-01', '2025-06-01')).toBe(18);
    expect(ageOn('2007-06-02', '2025-06-01')).toBe(17);
  });

  it('lets someone born on 29 February turn a year older on 28 February in a common year', () => {
    expect(ageOn('2008-02-29', '2026-02-27')).toBe(17);
    expect(ageOn('2008-02-29', '2026-02-28')).toBe(18);
  });

  it('accepts only real calendar dates', () => {
    expect(isIsoDate('2024-02-29')).toBe(true);
    for (const v of ['2025-02-29', '2025-00-10', '2025-1-1', '01.01.2025', 20250101, undefined]) expect(isIsoDate(v)).toBe(false);
    expect(() => addMonths('2025-02-30', 1)).toThrow(RangeError);
    expect(() => addMonths('2025-02-01', 1.5)).toThrow(RangeError);
  });

  it('writes dates the way each language does', () => {
    expect(formatDate('2025-05-01', 'nb')).toBe('1. mai 2025');
    expect(formatDate('2025-05-01', 'nn')).toBe('1. mai 2025');
    expect(formatDate('2025-05-01', 'en')).toBe('1 May 2025');
  });
});
