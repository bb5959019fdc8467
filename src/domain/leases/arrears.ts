import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import type { LeasePolicy } from './policy.js';

/**
 * Arrears (husleierestanse) from the ledger. Payments settle the oldest charges first. A
 * charge is overdue from the day after its due date; a payment counts from the day it was
 * paid. Only what has happened on or before `asOf` counts.
 */

export interface LedgerCharge {
  dueOn: IsoDate;
  amount: number;
}

export interface LedgerPayment {
  paidOn: IsoDate;
  amount: number;
}

export interface ArrearsResult {
  /** Sum of the charges (all generated, due or not). */
  charged: number;
  /** Sum of the payments on or before `asOf`. */
  paid: number;
  /** charged − paid: positive is owed, negative is credit. */
  balance: number;
  /** What is overdue and unpaid (never negative). */
  arrears: number;
  /** Overdue charges not fully covered by the payments (missed payments). */
  missedPayments: number;
  /** Due date of the oldest charge not fully covered, when one is overdue. */
  oldestUnpaidDueOn: IsoDate | null;
}

/** The balance and arrears of one lease on `asOf`. */
export function computeArrears(charges: readonly LedgerCharge[], payments: readonly LedgerPayment[], asOf: IsoDate): ArrearsResult {
  const sorted = [...charges].sort((a, b) => compareDates(a.dueOn, b.dueOn));
  const charged = sorted.reduce((sum, c) => sum + c.amount, 0);
  const paid = payments.filter((p) => compareDates(p.paidOn, asOf) <= 0).reduce((sum, p) => sum + p.amount, 0);
  let unallocated = paid;
  let arrears = 0;
  let missedPayments = 0;
  let oldestUnpaidDueOn: IsoDate | null = null;
  for (const c of sorted) {
    const covered = Math.min(Math.max(unallocated, 0), c.amount);
    unallocated -= covered;
    const open = c.amount - covered;
    if (open > 0 && compareDates(c.dueOn, asOf) < 0) {
      arrears += open;
      missedPayments += 1;
      oldestUnpaidDueOn ??= c.dueOn;
    }
  }
  return { charged, paid, balance: charged - paid, arrears, missedPayments, oldestUnpaidDueOn };
}

export type WarningReason = 'arrears_months_of_rent' | 'missed_payments';

export interface EarlyWarning {
  warn: boolean;
  reasons: WarningReason[];
}

/**
 * The early-warning rule (issue 4; default one month's rent overdue OR two missed payments):
 * the municipality's policy gives the thresholds. A rent of 0 never triggers the amount rule.
 */
export function earlyWarning(result: Pick<ArrearsResult, 'arrears' | 'missedPayments'>, monthlyRent: number, rule: LeasePolicy['earlyWarning']): EarlyWarning {
  const reasons: WarningReason[] = [];
  if (monthlyRent > 0 && result.arrears >= rule.monthsOfRent * monthlyRent) reasons.push('arrears_months_of_rent');
  if (result.missedPayments >= rule.missedPayments) reasons.push('missed_payments');
  return { warn: reasons.length > 0, reasons };
}
