import { describe, expect, it } from 'vitest';
import { isOverThreeMonths, isShortStay, measuredTo, stayDays, threeMonthsOn } from './stay-length.js';

const TODAY = '2026-06-01';

describe('stayDays (nights: end − start; an open stay counts to today)', () => {
  it.each([
    ['2026-03-01', '2026-03-14', 13],
    ['2026-03-01', '2026-03-15', 14],
    ['2026-03-01', '2026-03-16', 15],
    ['2026-03-01', '2026-03-01', 0],
    ['2026-05-31', null, 1],
    ['2026-06-01', null, 0],
    ['2026-05-20', '2026-06-10', 12],
    ['2026-06-05', null, 0],
    ['2024-02-28', '2024-03-01', 2],
  ] as const)('a stay from %s to %s is %i days on 2026-06-01', (startDate, endDate, days) => {
    expect(stayDays({ startDate, endDate }, TODAY)).toBe(days);
  });

  it('measures an ended stay to its end and an open or later-ending one to today', () => {
    expect(measuredTo({ startDate: '2026-01-01', endDate: '2026-02-01' }, TODAY)).toBe('2026-02-01');
    expect(measuredTo({ startDate: '2026-01-01', endDate: null }, TODAY)).toBe(TODAY);
    expect(measuredTo({ startDate: '2026-01-01', endDate: '2026-07-01' }, TODAY)).toBe(TODAY);
  });
});

describe('isShortStay (KOSTRA: 14 days or fewer)', () => {
  it.each([
    ['2026-03-14', true],
    ['2026-03-15', true],
    ['2026-03-16', false],
  ] as const)('a stay from 2026-03-01 to %s is short: %s', (endDate, short) => {
    expect(isShortStay({ startDate: '2026-03-01', endDate }, TODAY)).toBe(short);
  });

  it('calls an open stay short only while it is 14 days or fewer so far', () => {
    expect(isShortStay({ startDate: '2026-05-18', endDate: null }, TODAY)).toBe(true);
    expect(isShortStay({ startDate: '2026-05-17', endDate: null }, TODAY)).toBe(false);
  });
});

describe('threeMonthsOn (calendar months, month-end rule)', () => {
  it.each([
    ['2026-01-15', '2026-04-15'],
    ['2026-01-31', '2026-04-30'],
    ['2025-11-30', '2026-02-28'],
    ['2023-11-30', '2024-02-29'],
    ['2025-12-31', '2026-03-31'],
  ])('a stay begun %s reaches three months on %s', (start, on) => {
    expect(threeMonthsOn(start)).toBe(on);
  });
});

describe('isOverThreeMonths (exactly three months is not over; the day after is)', () => {
  it.each([
    ['2026-01-15', '2026-04-14', false],
    ['2026-01-15', '2026-04-15', false],
    ['2026-01-15', '2026-04-16', true],
    ['2026-01-31', '2026-04-30', false],
    ['2026-01-31', '2026-05-01', true],
    ['2025-11-30', '2026-02-28', false],
    ['2025-11-30', '2026-03-01', true],
  ] as const)('an open stay begun %s is over three months on %s: %s', (startDate, today, over) => {
    expect(isOverThreeMonths({ startDate, endDate: null }, today)).toBe(over);
  });

  it.each([
    ['2026-04-15', false],
    ['2026-04-16', true],
  ] as const)('a stay begun 2026-01-15 and ended %s is over three months: %s', (endDate, over) => {
    expect(isOverThreeMonths({ startDate: '2026-01-15', endDate }, '2026-12-31')).toBe(over);
  });
});
