import { describe, expect, it } from 'vitest';
import type { StayFacts } from './chains.js';
import { isInPeriod, summarisePeriod, yearPeriod } from './kostra.js';

let n = 0;
const stay = (householdId: string, startDate: string, endDate: string | null, more: Partial<StayFacts> = {}): StayFacts => ({
  id: `s${(n += 1)}`,
  householdId,
  startDate,
  endDate,
  childrenPresent: false,
  nightShelter: false,
  ...more,
});

const Y2025 = yearPeriod(2025);
const AS_OF = '2026-02-15';

describe('isInPeriod (a stay is in a period when it has a night in it)', () => {
  it.each([
    ['2024-12-20', '2025-01-01', false, 'left on 1 January: its last night was 31 December'],
    ['2024-12-20', '2025-01-02', true, 'slept the night of 1 January'],
    ['2025-01-01', '2025-01-01', true, 'a stay of no nights counts on its day'],
    ['2025-12-31', null, true, 'begun on the last day'],
    ['2026-01-01', null, false, 'begun after the period'],
  ] as const)('%s–%s is in 2025: %s (%s)', (startDate, endDate, inside, _why) => {
    expect(isInPeriod({ startDate, endDate }, Y2025, AS_OF)).toBe(inside);
  });

  it('leaves out a stay not yet begun on the day the figures are made', () => {
    expect(isInPeriod({ startDate: '2025-06-01', endDate: null }, Y2025, '2025-05-31')).toBe(false);
  });
});

describe('summarisePeriod (KOSTRA counts households, not stays)', () => {
  it('counts a household with two stays in the year once', () => {
    const s = summarisePeriod([stay('h1', '2025-02-01', '2025-02-05'), stay('h1', '2025-09-01', '2025-09-04'), stay('h2', '2025-03-01', '2025-03-20')], Y2025, AS_OF);
    expect(s).toMatchObject({ households: 2, stays: 3, shortStayHouseholds: 1 });
  });

  it.each([
    ['one stay of 14 days', [['2025-03-01', '2025-03-15']], true],
    ['one stay of 15 days', [['2025-03-01', '2025-03-16']], false],
    ['two separate stays of 7 days', [['2025-03-01', '2025-03-08'], ['2025-06-01', '2025-06-08']], true],
    ['two separate stays of 10 days (20 in the year)', [['2025-03-01', '2025-03-11'], ['2025-06-01', '2025-06-11']], false],
    ['a stay from 20 December to 20 January (31 days, not cut at the year)', [['2025-12-20', '2026-01-20']], false],
  ] as const)('%s is short (≤ 14 days in total): %s', (_name, dates, short) => {
    const s = summarisePeriod(dates.map(([a, b]) => stay('h', a, b)), Y2025, AS_OF);
    expect(s.shortStayHouseholds).toBe(short ? 1 : 0);
  });

  it.each([
    ['one stay of exactly three months', [['2025-01-15', '2025-04-15']], 0],
    ['one stay a day over three months', [['2025-01-15', '2025-04-16']], 1],
    ['two stays joined by a one-day gap', [['2025-01-15', '2025-03-01'], ['2025-03-02', '2025-04-20']], 1],
    ['two stays two days apart', [['2025-01-15', '2025-03-01'], ['2025-03-03', '2025-04-20']], 0],
    ['a stay begun in December and still open', [['2025-12-01', null]], 0],
    ['a stay begun in October and still open', [['2025-10-01', null]], 1],
  ] as const)('%s: over three months %i', (_name, dates, over) => {
    const s = summarisePeriod(dates.map(([a, b]) => stay('h', a, b)), Y2025, AS_OF);
    expect(s.over3MonthsHouseholds).toBe(over);
  });

  it('counts families with children over three months, not families in short stays', () => {
    const s = summarisePeriod(
      [
        stay('family-long', '2025-01-10', '2025-06-01', { childrenPresent: true }),
        stay('family-short', '2025-02-01', '2025-02-10', { childrenPresent: true }),
        stay('adult-long', '2025-01-10', '2025-06-01'),
      ],
      Y2025,
      AS_OF,
    );
    expect(s).toMatchObject({ households: 3, over3MonthsHouseholds: 2, childrenOver3MonthsHouseholds: 1 });
  });

  it('counts a household in a night shelter once, however many nights', () => {
    const s = summarisePeriod(
      [stay('h1', '2025-01-01', '2025-01-02', { nightShelter: true }), stay('h1', '2025-05-01', '2025-05-02', { nightShelter: true }), stay('h2', '2025-05-01', '2025-05-09')],
      Y2025,
      AS_OF,
    );
    expect(s.nightShelterHouseholds).toBe(1);
  });

  it('leaves out households whose stays are all outside the period', () => {
    expect(summarisePeriod([stay('h1', '2024-01-01', '2024-02-01')], Y2025, AS_OF).households).toBe(0);
  });

  it('refuses a malformed date anywhere, even in a stay outside the period (dates are checked once, then compared as strings)', () => {
    expect(() => summarisePeriod([stay('h1', '2024-01-01', '2024-02-30')], Y2025, AS_OF)).toThrow(RangeError);
    expect(() => summarisePeriod([], { from: '2025-1-1', to: '2025-12-31' }, AS_OF)).toThrow(RangeError);
    expect(() => isInPeriod({ startDate: '2025-06-01', endDate: '2025-06-31' }, Y2025, AS_OF)).toThrow(RangeError);
  });

  it('keeps a household’s chain whole when only its later stay is in the period: 20 Dec – 10 Jan and 11 Jan – 1 Apr is one chain over 3 months', () => {
    const s = summarisePeriod([stay('h1', '2024-12-20', '2025-01-10'), stay('h1', '2025-01-11', '2025-04-01'), stay('h2', '2024-03-01', '2024-03-05')], Y2025, AS_OF);
    expect(s).toMatchObject({ households: 1, stays: 2, over3MonthsHouseholds: 1, shortStayHouseholds: 0 });
  });
});
