import { describe, expect, it } from 'vitest';
import { daysInRange, daysVacant, last12Months, lostRent, summariseVacancy, thisYear, vacantSince, type StatusPeriod } from './vacancy.js';

const periods: StatusPeriod[] = [
  { status: 'let', fromDate: '2023-05-01', toDate: '2024-11-20' },
  { status: 'maintenance', fromDate: '2024-11-20', toDate: '2024-12-20' },
  { status: 'vacant', fromDate: '2024-12-20', toDate: '2025-02-01' },
  { status: 'reserved', fromDate: '2025-02-01', toDate: '2025-02-15' },
  { status: 'vacant', fromDate: '2025-02-15', toDate: null },
];
const today = '2025-03-11';

describe('vacancy days', () => {
  it('counts a period from its first day up to, not including, its end', () => {
    expect(daysInRange({ fromDate: '2025-01-01', toDate: '2025-01-02' }, { from: '2024-01-01', to: '2026-01-01' })).toBe(1);
    expect(daysInRange({ fromDate: '2025-01-01', toDate: null }, { from: '2025-01-10', to: '2025-01-20' })).toBe(10);
    expect(daysInRange({ fromDate: '2025-01-01', toDate: '2025-01-05' }, { from: '2025-01-10', to: '2025-01-20' })).toBe(0);
  });

  it('gives this year from 1 January up to today and the last 12 months from the same day a year ago', () => {
    expect(thisYear(today)).toEqual({ from: '2025-01-01', to: today });
    expect(last12Months(today)).toEqual({ from: '2024-03-11', to: today });
  });

  it('counts vacant and reserved days as vacancy, maintenance apart, over this year', () => {
    // 1 Jan–1 Feb vacant (31) + 1–15 Feb reserved (14) + 15 Feb–11 Mar vacant (24) = 69.
    expect(summariseVacancy(periods, 7300, thisYear(today))).toEqual({
      from: '2025-01-01',
      to: today,
      vacancyDays: 69,
      reservedDays: 14,
      maintenanceDays: 0,
      notInUseDays: 0,
      lostRent: 16_560,
    });
  });

  it('counts the last 12 months across the year end', () => {
    const s = summariseVacancy(periods, 7300, last12Months(today));
    // 20 Dec–11 Mar: 12 + 31 + 28 + 10 = 81 days empty; 30 days of maintenance.
    expect(s.vacancyDays).toBe(81);
    expect(s.maintenanceDays).toBe(30);
  });

  it('prices a vacant day at monthly rent × 12 / 365, rounded once to whole kroner', () => {
    expect(lostRent(365, 10_000)).toBe(120_000);
    expect(lostRent(1, 7300)).toBe(240);
    expect(lostRent(10, 8000)).toBe(2630); // 2630.14
    expect(lostRent(0, 8000)).toBe(0);
  });
});

describe('how long a dwelling has stood empty', () => {
  it('runs back through back-to-back vacant and reserved periods, stopping at maintenance', () => {
    expect(vacantSince(periods, today)).toBe('2024-12-20');
    expect(daysVacant(periods, today)).toBe(81);
  });

  it('is undefined for a dwelling that is let, and 0 on the first vacant day', () => {
    expect(vacantSince([{ status: 'let', fromDate: '2025-01-01', toDate: null }], today)).toBeUndefined();
    expect(daysVacant([{ status: 'vacant', fromDate: today, toDate: null }], today)).toBe(0);
  });

  it('does not join periods with a gap between them', () => {
    expect(
      vacantSince([
        { status: 'vacant', fromDate: '2025-01-01', toDate: '2025-01-10' },
        { status: 'vacant', fromDate: '2025-01-12', toDate: null },
      ], today),
    ).toBe('2025-01-12');
  });

  it('counts a dwelling let from a future date as vacant until then', () => {
    const planned: StatusPeriod[] = [
      { status: 'vacant', fromDate: '2025-02-01', toDate: '2025-04-01' },
      { status: 'let', fromDate: '2025-04-01', toDate: null },
    ];
    expect(daysVacant(planned, today)).toBe(38);
    expect(summariseVacancy(planned, 7300, thisYear(today)).vacancyDays).toBe(38);
  });
});
