import { compareDates, daysBetween, daysInMonth, toIsoDate, toPlainDate, type IsoDate } from '../deadlines/calendar.js';

/**
 * Monthly rent charges (husleie forskuddsvis per måned). A period is a calendar month named by
 * its first day. A lease is charged for every month it covers, once the month has begun (or
 * the lease has started, when it starts mid-month); a month the lease covers only partly is
 * charged pro rata by days [I]. The rent of a period is the rent in force on the period's first
 * day of the lease (its start, or the 1st) — an adjustment taking effect mid-month counts from
 * the next month [I].
 */

export interface RentStep {
  /** The day the new rent takes effect. */
  effectiveOn: IsoDate;
  newRent: number;
}

export interface ChargeableLease {
  startDate: IsoDate;
  /** Last day (end date, or the day it ended); null when open-ended and running. */
  lastDay: IsoDate | null;
  /** The rent agreed at the start (before any adjustment). */
  initialRent: number;
  adjustments: readonly RentStep[];
}

export interface Charge {
  period: IsoDate;
  dueOn: IsoDate;
  amount: number;
}

/** The first day of the month `date` lies in. */
export const periodOf = (date: IsoDate): IsoDate => `${date.slice(0, 8)}01`;

/** The period after `period`. */
export function nextPeriod(period: IsoDate): IsoDate {
  const { year, month } = toPlainDate(period);
  return month === 12 ? toIsoDate({ year: year + 1, month: 1, day: 1 }) : toIsoDate({ year, month: month + 1, day: 1 });
}

function lastDayOfPeriod(period: IsoDate): IsoDate {
  const { year, month } = toPlainDate(period);
  return toIsoDate({ year, month, day: daysInMonth(year, month) });
}

const later = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) >= 0 ? a : b);
const earlier = (a: IsoDate, b: IsoDate): IsoDate => (compareDates(a, b) <= 0 ? a : b);

/** The monthly rent in force on `date`: the latest adjustment effective on or before it, else the initial rent. */
export function rentOn(date: IsoDate, initialRent: number, adjustments: readonly RentStep[]): number {
  let rent = initialRent;
  let since: IsoDate | null = null;
  for (const a of adjustments) {
    if (compareDates(a.effectiveOn, date) <= 0 && (since === null || compareDates(a.effectiveOn, since) >= 0)) {
      rent = a.newRent;
      since = a.effectiveOn;
    }
  }
  return rent;
}

/**
 * Every charge the lease should have by `upTo`, from the period `from` (default: the start's
 * month) onwards. Due on `dueDay` of the period's month (capped at the month's last day), but
 * never before the lease starts.
 * @throws RangeError when `dueDay` is not 1–28 or a date is not a calendar date.
 */
export function chargesDue(lease: ChargeableLease, upTo: IsoDate, options: { dueDay: number; from?: IsoDate }): Charge[] {
  if (!Number.isInteger(options.dueDay) || options.dueDay < 1 || options.dueDay > 28) throw new RangeError(`not a due day: ${options.dueDay}`);
  const charges: Charge[] = [];
  let period = later(periodOf(lease.startDate), options.from ? periodOf(options.from) : periodOf(lease.startDate));
  for (;;) {
    const first = later(period, lease.startDate);
    if (compareDates(first, upTo) > 0) break;
    if (lease.lastDay !== null && compareDates(first, lease.lastDay) > 0) break;
    const last = lease.lastDay === null ? lastDayOfPeriod(period) : earlier(lastDayOfPeriod(period), lease.lastDay);
    const monthDays = daysBetween(period, lastDayOfPeriod(period)) + 1;
    const covered = daysBetween(first, last) + 1;
    const rent = rentOn(first, lease.initialRent, lease.adjustments);
    const { year, month } = toPlainDate(period);
    charges.push({
      period,
      dueOn: later(toIsoDate({ year, month, day: options.dueDay }), lease.startDate),
      amount: covered === monthDays ? rent : Math.round((rent * covered) / monthDays),
    });
    period = nextPeriod(period);
  }
  return charges;
}
