import { describe, expect, it } from 'vitest';
import { isoWeekDates, isoWeekOf, weeksInYear } from './week.js';

describe('ISO weeks', () => {
  it('gives week 48 as Monday–Sunday', () => {
    expect(isoWeekDates(2024, 48)).toEqual({ from: '2024-11-25', to: '2024-12-01' });
    expect(isoWeekDates(2026, 48)).toEqual({ from: '2026-11-23', to: '2026-11-29' });
    expect(isoWeekDates(2020, 48)).toEqual({ from: '2020-11-23', to: '2020-11-29' });
  });

  it('starts week 1 in the old year when 1 January is a Tuesday–Thursday, and in the new year from Friday', () => {
    // 2025-01-01 is a Wednesday: week 1 starts Monday 2024-12-30.
    expect(isoWeekDates(2025, 1)).toEqual({ from: '2024-12-30', to: '2025-01-05' });
    // 2021-01-01 is a Friday: it belongs to 2020's week 53; week 1 starts 2021-01-04.
    expect(isoWeekDates(2021, 1)).toEqual({ from: '2021-01-04', to: '2021-01-10' });
    expect(isoWeekOf('2021-01-01')).toEqual({ year: 2020, week: 53 });
    expect(isoWeekOf('2024-12-30')).toEqual({ year: 2025, week: 1 });
    expect(isoWeekOf('2026-11-26')).toEqual({ year: 2026, week: 48 });
  });

  it('knows the years with 53 weeks (1 January a Thursday, or a Wednesday in a leap year)', () => {
    expect(weeksInYear(2020)).toBe(53); // leap year starting on a Wednesday
    expect(weeksInYear(2026)).toBe(53); // starts on a Thursday
    expect(weeksInYear(2015)).toBe(53);
    expect(weeksInYear(2024)).toBe(52);
    expect(weeksInYear(2025)).toBe(52);
    expect(isoWeekDates(2026, 53)).toEqual({ from: '2026-12-28', to: '2027-01-03' });
    expect(() => isoWeekDates(2025, 53)).toThrow(RangeError);
    expect(() => isoWeekDates(2025, 0)).toThrow(RangeError);
  });
});
