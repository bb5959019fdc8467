import { describe, expect, it } from 'vitest';
import {
  addDays,
  addMonths,
  addWeeks,
  compareDates,
  dayOfWeek,
  daysBetween,
  daysInMonth,
  osloDate,
  toIsoDate,
  toPlainDate,
} from './calendar.js';

describe('addMonths', () => {
  it.each([
    ['2025-01-31', 1, '2025-02-28'],
    ['2024-01-31', 1, '2024-02-29'],
    ['2025-01-30', 1, '2025-02-28'],
    ['2025-03-30', 1, '2025-04-30'],
    ['2025-03-31', 1, '2025-04-30'],
    ['2025-05-31', 1, '2025-06-30'],
    ['2024-12-31', 1, '2025-01-31'],
    ['2025-12-30', 1, '2026-01-30'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-03-31', -1, '2025-02-28'],
    ['2025-01-15', 14, '2026-03-15'],
    ['2025-01-15', -13, '2023-12-15'],
  ])('%s + %i months is %s (same day number, else the last day of the month)', (start, months, end) => {
    expect(addMonths(start, months)).toBe(end);
  });
});

describe('addDays and addWeeks', () => {
  it.each([
    ['2024-12-31', 1, '2025-01-01'],
    ['2024-02-28', 1, '2024-02-29'],
    ['2025-02-28', 1, '2025-03-01'],
    ['1900-02-28', 1, '1900-03-01'],
    ['2000-02-28', 1, '2000-02-29'],
    ['2025-03-01', -1, '2025-02-28'],
  ])('%s + %i days is %s', (start, days, end) => {
    expect(addDays(start, days)).toBe(end);
  });

  it('agrees with Date.UTC on every day from 1900 to 2100', () => {
    const start = Date.UTC(1900, 0, 1);
    for (let n = 0; n < 73_050; n += 1) {
      expect(addDays('1900-01-01', n)).toBe(new Date(start + n * 86_400_000).toISOString().slice(0, 10));
    }
  });

  it('keeps the weekday when adding weeks', () => {
    expect(addWeeks('2025-03-28', 3)).toBe('2025-04-18');
    expect(dayOfWeek(addWeeks('2025-03-28', 3))).toBe(dayOfWeek('2025-03-28'));
  });

  it('refuses fractional counts', () => {
    expect(() => addDays('2025-01-01', 1.5)).toThrow(RangeError);
    expect(() => addWeeks('2025-01-01', 0.5)).toThrow(RangeError);
    expect(() => addMonths('2025-01-01', 0.5)).toThrow(RangeError);
  });
});

describe('compareDates and daysBetween', () => {
  it('orders dates', () => {
    expect(compareDates('2025-01-01', '2025-01-02')).toBe(-1);
    expect(compareDates('2025-01-02', '2025-01-02')).toBe(0);
    expect(compareDates({ year: 2025, month: 1, day: 3 }, '2025-01-02')).toBe(1);
  });

  it.each([
    ['2025-01-01', '2025-01-02', 1],
    ['2025-01-02', '2025-01-01', -1],
    ['2024-02-28', '2024-03-01', 2],
    ['2025-02-28', '2025-03-01', 1],
    ['1999-12-31', '2000-01-01', 1],
    ['2025-01-01', '2026-01-01', 365],
    ['2024-01-01', '2025-01-01', 366],
  ])('from %s to %s is %i days', (from, to, days) => {
    expect(daysBetween(from, to)).toBe(days);
  });

  it('gives the same answers from its cache of days already read, and still refuses a malformed date every time', () => {
    for (let i = 0; i < 3; i++) {
      expect(daysBetween('2024-02-28', '2024-03-01')).toBe(2);
      expect(addDays('2024-02-28', 2)).toBe('2024-03-01');
      expect(() => compareDates('2025-02-29', '2025-03-01')).toThrow(RangeError);
      expect(() => daysBetween('2025-1-01', '2025-03-01')).toThrow(RangeError);
      expect(() => addDays('9999-12-31', 1)).toThrow(RangeError);
    }
  });
});

describe('dayOfWeek', () => {
  it.each([
    ['1970-01-01', 4],
    ['2000-01-01', 6],
    ['2024-05-17', 5],
    ['2025-05-17', 6],
    ['2025-12-24', 3],
    ['2026-02-28', 6],
    ['2032-02-29', 7],
  ])('%s is ISO weekday %i', (date, weekday) => {
    expect(dayOfWeek(date)).toBe(weekday);
  });
});

describe('toIsoDate and toPlainDate', () => {
  it('reads both spellings of a date', () => {
    expect(toIsoDate({ year: 2032, month: 1, day: 1 })).toBe('2032-01-01');
    expect(toPlainDate('2024-02-29')).toEqual({ year: 2024, month: 2, day: 29 });
  });

  it.each(['2025-02-29', '1900-02-29', '2025-2-1', '2025-13-01', '2025-04-31', '0000-01-01', '', '2025-01-01T00:00'])(
    'refuses %j',
    (value) => {
      expect(() => toIsoDate(value)).toThrow(RangeError);
    },
  );

  it('knows the length of months', () => {
    expect([daysInMonth(2024, 2), daysInMonth(2025, 2), daysInMonth(1900, 2), daysInMonth(2000, 2)]).toEqual([
      29, 28, 28, 29,
    ]);
    expect(() => daysInMonth(2025, 13)).toThrow(RangeError);
  });
});

describe('osloDate', () => {
  it.each([
    ['2025-01-31T22:59:59Z', '2025-01-31'],
    ['2025-01-31T23:00:00Z', '2025-02-01'],
    ['2025-03-30T21:59:59Z', '2025-03-30'],
    ['2025-03-30T22:00:00Z', '2025-03-31'],
    ['2025-10-26T22:59:59Z', '2025-10-26'],
    ['2025-10-26T23:00:00Z', '2025-10-27'],
    ['2025-12-31T23:30:00Z', '2026-01-01'],
  ])('reads %s as %s in Norway (CET/CEST)', (instant, date) => {
    expect(osloDate(new Date(instant))).toBe(date);
  });

  it('refuses an invalid Date', () => {
    expect(() => osloDate(new Date('not a date'))).toThrow(RangeError);
  });
});
