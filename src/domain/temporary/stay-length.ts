import { addMonths, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';

/**
 * How long a stay in temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27)
 * has lasted, measured the way KOSTRA and the national goal ask.
 *
 * **Days are nights.** A stay from 1 March to 15 March is 14 days: `end − start`, the nights
 * spent. The day of departure is not a night in the accommodation, so a stay that ends the
 * day it began is 0 days. An **open stay counts to `today`** (a stay begun today is 0 days so
 * far), and an end date after `today` is not counted past today — the figures are always
 * "so far". A stay that has not begun yet is 0 days.
 *
 * **Three months are calendar months** by the month-end rule of domstolloven § 148
 * (deadlines/calendar addMonths): a stay begun 31 January reaches three months on 30 April.
 * Exactly at three months is **not** over; the day after is.
 */

/** Days (nights). KOSTRA «Kommunalt disponerte boliger», midlertidig botilbud: «av disse, inntil 14 døgn» (domain.md § 3). */
export const SHORT_STAY_MAX_DAYS = 14;

/**
 * Calendar months. «… slike opphold skal ikke vare mer enn tre måneder» (Bolig for velferd,
 * resultatmål 2, for families with children and young people); Helsetilsynet: stays «skal helst
 * ikke vare i mer enn tre måneder» for anyone (domain.md § 5). KOSTRA counts families with
 * children «over 3 måneder».
 */
export const LONG_STAY_MONTHS = 3;

/** A stay's dates; `endDate` is the day of departure, null while the household is still there. */
export interface StayPeriod {
  readonly startDate: IsoDate;
  readonly endDate: IsoDate | null;
}

/**
 * The day a stay is measured to: its end date, or `today` while it is open or ends later.
 * @throws RangeError when a date is not a calendar date.
 */
export function measuredTo(period: StayPeriod, today: IsoDate): IsoDate {
  return period.endDate !== null && compareDates(period.endDate, today) < 0 ? period.endDate : today;
}

/**
 * Days (nights) of the stay so far: measuredTo − start, never negative.
 * @throws RangeError when a date is not a calendar date.
 */
export function stayDays(period: StayPeriod, today: IsoDate): number {
  return Math.max(0, daysBetween(period.startDate, measuredTo(period, today)));
}

/**
 * The last day on which a stay begun on `startDate` is not yet over three months
 * (start + 3 calendar months, month-end rule). From the next day it is over.
 * @throws RangeError when `startDate` is not a calendar date.
 */
export function threeMonthsOn(startDate: IsoDate): IsoDate {
  return addMonths(startDate, LONG_STAY_MONTHS);
}

/** True when the stay is 14 days (nights) or fewer so far. */
export function isShortStay(period: StayPeriod, today: IsoDate): boolean {
  return stayDays(period, today) <= SHORT_STAY_MAX_DAYS;
}

/**
 * True when the stay has lasted past three calendar months: its measured day is after
 * {@link threeMonthsOn}. Exactly three months is not over.
 * @throws RangeError when a date is not a calendar date.
 */
export function isOverThreeMonths(period: StayPeriod, today: IsoDate): boolean {
  return compareDates(measuredTo(period, today), threeMonthsOn(period.startDate)) > 0;
}
