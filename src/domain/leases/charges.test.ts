import { describe, expect, it } from 'vitest';
import { chargesDue, nextPeriod, periodOf, rentOn, type ChargeableLease } from './charges.js';

const lease: ChargeableLease = { startDate: '2026-01-01', lastDay: '2028-12-31', initialRent: 9000, adjustments: [] };

describe('chargesDue', () => {
  it('charges every month that has begun, up to and including the month of upTo', () => {
    const charges = chargesDue(lease, '2026-03-01', { dueDay: 1 });
    expect(charges).toEqual([
      { period: '2026-01-01', dueOn: '2026-01-01', amount: 9000 },
      { period: '2026-02-01', dueOn: '2026-02-01', amount: 9000 },
      { period: '2026-03-01', dueOn: '2026-03-01', amount: 9000 },
    ]);
  });

  it('uses the due day (Trondheim: the 20th)', () => {
    expect(chargesDue(lease, '2026-02-10', { dueDay: 20 }).map((c) => c.dueOn)).toEqual(['2026-01-20', '2026-02-20']);
  });

  it.each([
    ['a lease starting on the 16th of a 31-day month', { startDate: '2026-01-16' }, '2026-01-31', [{ period: '2026-01-01', dueOn: '2026-01-16', amount: 4645 }]],
    ['a lease ending on the 14th', { startDate: '2025-12-01', lastDay: '2026-02-14' }, '2026-06-30', [
      { period: '2025-12-01', dueOn: '2025-12-01', amount: 9000 },
      { period: '2026-01-01', dueOn: '2026-01-01', amount: 9000 },
      { period: '2026-02-01', dueOn: '2026-02-01', amount: 4500 },
    ]],
    ['a lease not yet started', { startDate: '2026-05-10' }, '2026-05-09', []],
    ['an open-ended lease', { startDate: '2026-11-01', lastDay: null }, '2027-01-05', [
      { period: '2026-11-01', dueOn: '2026-11-01', amount: 9000 },
      { period: '2026-12-01', dueOn: '2026-12-01', amount: 9000 },
      { period: '2027-01-01', dueOn: '2027-01-01', amount: 9000 },
    ]],
  ])('%s', (_name, change, upTo, expected) => {
    expect(chargesDue({ ...lease, ...change }, upTo, { dueDay: 1 })).toEqual(expected);
  });

  it('starts at `from` (the ledger start) and never before the lease', () => {
    expect(chargesDue(lease, '2026-04-30', { dueDay: 1, from: '2026-03-15' }).map((c) => c.period)).toEqual(['2026-03-01', '2026-04-01']);
    expect(chargesDue(lease, '2026-01-30', { dueDay: 1, from: '2025-01-01' }).map((c) => c.period)).toEqual(['2026-01-01']);
  });

  it('charges the rent in force on the first day of each period', () => {
    const adjusted = { ...lease, adjustments: [{ effectiveOn: '2026-03-01', newRent: 9300 }, { effectiveOn: '2026-04-15', newRent: 9500 }] };
    expect(chargesDue(adjusted, '2026-05-01', { dueDay: 1 }).map((c) => c.amount)).toEqual([9000, 9000, 9300, 9300, 9500]);
  });

  it('gives the same charges however often it is asked (the repo makes (lease, period) unique)', () => {
    expect(chargesDue(lease, '2026-06-01', { dueDay: 1 })).toEqual(chargesDue(lease, '2026-06-01', { dueDay: 1 }));
  });

  it('refuses a due day the shortest month lacks', () => {
    expect(() => chargesDue(lease, '2026-06-01', { dueDay: 29 })).toThrow(RangeError);
  });
});

describe('periods and rent', () => {
  it('names a period by its first day and rolls over the year', () => {
    expect(periodOf('2026-12-24')).toBe('2026-12-01');
    expect(nextPeriod('2026-12-01')).toBe('2027-01-01');
  });

  it('takes the latest adjustment effective on the day, in any order given', () => {
    const steps = [{ effectiveOn: '2027-01-01', newRent: 3 }, { effectiveOn: '2026-01-01', newRent: 2 }];
    expect([rentOn('2025-12-31', 1, steps), rentOn('2026-01-01', 1, steps), rentOn('2027-06-01', 1, steps)]).toEqual([1, 2, 3]);
  });
});
