import { describe, expect, it } from 'vitest';
import { computeArrears, earlyWarning, type LedgerCharge, type LedgerPayment } from './arrears.js';
import { DEFAULT_LEASE_POLICY } from './policy.js';

const charges: LedgerCharge[] = [
  { dueOn: '2026-01-01', amount: 9000 },
  { dueOn: '2026-02-01', amount: 9000 },
  { dueOn: '2026-03-01', amount: 9000 },
];

describe('computeArrears', () => {
  it.each<[string, LedgerPayment[], string, { arrears: number; missedPayments: number; balance: number; oldestUnpaidDueOn: string | null }]>([
    ['all paid', [{ paidOn: '2026-01-01', amount: 9000 }, { paidOn: '2026-02-01', amount: 9000 }, { paidOn: '2026-03-01', amount: 9000 }], '2026-03-10', { arrears: 0, missedPayments: 0, balance: 0, oldestUnpaidDueOn: null }],
    ['nothing paid, the last not yet overdue', [], '2026-03-01', { arrears: 18_000, missedPayments: 2, balance: 27_000, oldestUnpaidDueOn: '2026-01-01' }],
    ['one short payment', [{ paidOn: '2026-01-02', amount: 9000 }, { paidOn: '2026-02-03', amount: 8000 }], '2026-02-10', { arrears: 1000, missedPayments: 1, balance: 10_000, oldestUnpaidDueOn: '2026-02-01' }],
    ['a payment after asOf does not count yet', [{ paidOn: '2026-03-05', amount: 27_000 }], '2026-03-04', { arrears: 27_000, missedPayments: 3, balance: 27_000, oldestUnpaidDueOn: '2026-01-01' }],
    ['a lump sum settles the oldest first', [{ paidOn: '2026-03-05', amount: 13_500 }], '2026-03-05', { arrears: 13_500, missedPayments: 2, balance: 13_500, oldestUnpaidDueOn: '2026-02-01' }],
    ['credit from overpaying', [{ paidOn: '2026-01-01', amount: 30_000 }], '2026-03-05', { arrears: 0, missedPayments: 0, balance: -3000, oldestUnpaidDueOn: null }],
  ])('%s', (_name, payments, asOf, expected) => {
    expect(computeArrears(charges, payments, asOf)).toMatchObject(expected);
  });
});

describe('earlyWarning (default: one month of rent or two missed payments)', () => {
  const rule = DEFAULT_LEASE_POLICY.earlyWarning;
  it.each([
    [8999, 1, false, []],
    [9000, 1, true, ['arrears_months_of_rent']],
    [2000, 2, true, ['missed_payments']],
    [18_000, 2, true, ['arrears_months_of_rent', 'missed_payments']],
    [0, 0, false, []],
  ])('arrears %i, missed %i → %s %j', (arrears, missedPayments, warn, reasons) => {
    expect(earlyWarning({ arrears, missedPayments }, 9000, rule)).toEqual({ warn, reasons });
  });

  it('follows the municipality thresholds and ignores the amount rule for a zero rent', () => {
    expect(earlyWarning({ arrears: 5000, missedPayments: 1 }, 4000, { monthsOfRent: 2, missedPayments: 3 }).warn).toBe(false);
    expect(earlyWarning({ arrears: 0, missedPayments: 1 }, 0, rule).warn).toBe(false);
  });
});
