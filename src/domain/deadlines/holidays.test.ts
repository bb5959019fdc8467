import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  easterSunday,
  isPublicHoliday,
  isWorkingDay,
  nextWorkingDay,
  norwegianPublicHolidays,
  onOrNextWorkingDay,
} from './holidays.js';

describe('easterSunday', () => {
  it.each([
    [1818, '1818-03-22'],
    [1943, '1943-04-25'],
    [2000, '2000-04-23'],
    [2019, '2019-04-21'],
    [2024, '2024-03-31'],
    [2025, '2025-04-20'],
    [2026, '2026-04-05'],
    [2038, '2038-04-25'],
    [2285, '2285-03-22'],
  ])('is %s-… in %i', (year, date) => {
    expect(easterSunday(year)).toBe(date);
  });

  it('refuses years before the Gregorian calendar', () => {
    expect(() => easterSunday(1582)).toThrow(RangeError);
  });
});

describe('norwegianPublicHolidays', () => {
  it('lists the twelve holidays of 2025 in date order', () => {
    expect(norwegianPublicHolidays(2025)).toEqual([
      { date: '2025-01-01', name: 'new_years_day' },
      { date: '2025-04-17', name: 'maundy_thursday' },
      { date: '2025-04-18', name: 'good_friday' },
      { date: '2025-04-20', name: 'easter_sunday' },
      { date: '2025-04-21', name: 'easter_monday' },
      { date: '2025-05-01', name: 'labour_day' },
      { date: '2025-05-17', name: 'constitution_day' },
      { date: '2025-05-29', name: 'ascension_day' },
      { date: '2025-06-08', name: 'whit_sunday' },
      { date: '2025-06-09', name: 'whit_monday' },
      { date: '2025-12-25', name: 'christmas_day' },
      { date: '2025-12-26', name: 'boxing_day' },
    ]);
  });

  it.each([
    ['2025-12-24', false, 'Christmas Eve'],
    ['2025-12-31', false, "New Year's Eve"],
    ['2025-04-19', false, 'Easter Saturday'],
    ['2025-06-07', false, 'Whit Saturday'],
    ['2025-05-17', true, 'Constitution Day'],
    ['2025-05-01', true, 'Labour Day'],
    ['2024-05-09', true, 'Ascension Day 2024'],
  ])('%s is a public holiday: %s (%s)', (date, holiday) => {
    expect(isPublicHoliday(date)).toBe(holiday);
  });
});

describe('working days', () => {
  it.each([
    ['2025-12-24', true],
    ['2025-12-27', false],
    ['2025-12-28', false],
    ['2025-04-17', false],
    ['2025-04-22', true],
  ])('%s is a working day: %s', (date, working) => {
    expect(isWorkingDay(date)).toBe(working);
  });

  it.each([
    ['2025-04-16', '2025-04-22'],
    ['2025-05-16', '2025-05-19'],
    ['2025-12-24', '2025-12-29'],
    ['2025-12-31', '2026-01-02'],
  ])('the next working day after %s is %s', (date, next) => {
    expect(nextWorkingDay(date)).toBe(next);
  });

  it('keeps a working day and moves a holiday', () => {
    expect(onOrNextWorkingDay('2025-12-24')).toBe('2025-12-24');
    expect(onOrNextWorkingDay('2025-04-18')).toBe('2025-04-22');
  });

  it('counts working days, skipping Easter', () => {
    expect(addWorkingDays('2025-04-16', 0)).toBe('2025-04-16');
    expect(addWorkingDays('2025-04-16', 3)).toBe('2025-04-24');
    expect(() => addWorkingDays('2025-04-16', -1)).toThrow(RangeError);
  });
});
