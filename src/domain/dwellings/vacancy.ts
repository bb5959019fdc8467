import { addMonths, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { DwellingStatus } from './status.js';

/**
 * Vacancy days and lost rent, derived from a dwelling's status periods (never stored).
 *
 * Rules [I]:
 * - A period runs from `fromDate` (inclusive) to `toDate` (exclusive), as the database's
 *   daterange '[)'; an open period (`toDate` null) runs on.
 * - A report range is half-open too: `{ from, to }` counts the days from `from` up to but not
 *   including `to`. "This year" on 11 March is 1 January – 11 March, i.e. the ten whole days
 *   1–10 March plus January and February: today is not over yet, so it is not counted.
 * - Vacancy days are the days the dwelling stood empty while it could be let: status
 *   `vacant` or `reserved` (a reserved dwelling waits for its new tenant and earns nothing).
 *   Maintenance and not-in-use days are reported separately and are not lost rent: the dwelling
 *   could not have been let.
 * - Lost rent = vacancy days × day rate, where the day rate is monthly rent × 12 / 365 —
 *   also in leap years — rounded to whole kroner once, at the end.
 * - The dwelling's current monthly rent is used for the whole range (rent history is not kept
 *   on the dwelling; a lease's own rent is in the leases area).
 */
export interface StatusPeriod {
  status: DwellingStatus;
  fromDate: IsoDate;
  toDate: IsoDate | null;
}

export interface DateRange {
  from: IsoDate;
  /** Exclusive. */
  to: IsoDate;
}

/** Statuses that count as vacancy: empty and lettable. */
export const VACANCY_STATUSES: readonly DwellingStatus[] = ['vacant', 'reserved'];

/** Days per year in the day-rate rule (monthly rent × 12 / 365), leap years included [I]. */
export const DAYS_PER_YEAR = 365;

/** Days of `period` inside `range`; 0 when they do not meet. */
export function daysInRange(period: Pick<StatusPeriod, 'fromDate' | 'toDate'>, range: DateRange): number {
  const start = compareDates(period.fromDate, range.from) > 0 ? period.fromDate : range.from;
  const end = period.toDate !== null && compareDates(period.toDate, range.to) < 0 ? period.toDate : range.to;
  return Math.max(0, daysBetween(start, end));
}

/** Days inside `range` spent in any of `statuses`. */
export function daysInStatuses(periods: readonly StatusPeriod[], range: DateRange, statuses: readonly DwellingStatus[]): number {
  return periods.filter((p) => statuses.includes(p.status)).reduce((sum, p) => sum + daysInRange(p, range), 0);
}

/** Kroner of rent lost over `vacancyDays` days: days × monthly rent × 12 / 365, rounded to whole kroner. */
export function lostRent(vacancyDays: number, monthlyRent: number): number {
  return Math.round((vacancyDays * monthlyRent * 12) / DAYS_PER_YEAR);
}

export interface VacancySummary extends DateRange {
  vacancyDays: number;
  lostRent: number;
  /** Of the vacancy days, those spent reserved for a new tenant. */
  reservedDays: number;
  maintenanceDays: number;
  notInUseDays: number;
}

/** Vacancy days, lost rent and days out of use over a range. */
export function summariseVacancy(periods: readonly StatusPeriod[], monthlyRent: number, range: DateRange): VacancySummary {
  const vacancyDays = daysInStatuses(periods, range, VACANCY_STATUSES);
  return {
    ...range,
    vacancyDays,
    lostRent: lostRent(vacancyDays, monthlyRent),
    reservedDays: daysInStatuses(periods, range, ['reserved']),
    maintenanceDays: daysInStatuses(periods, range, ['maintenance']),
    notInUseDays: daysInStatuses(periods, range, ['not_in_use']),
  };
}

/** 1 January of today's year up to today (exclusive). */
export function thisYear(today: IsoDate): DateRange {
  return { from: `${today.slice(0, 4)}-01-01`, to: today };
}

/** The twelve months before today: from the same day a year ago up to today (exclusive). */
export function last12Months(today: IsoDate): DateRange {
  return { from: addMonths(today, -12), to: today };
}

/**
 * When the dwelling's current spell of vacancy began: the start of the run of back-to-back
 * vacant/reserved periods that ends in the period running on `today`. Undefined when the
 * dwelling is not vacant or reserved today. A spell interrupted by maintenance starts again after
 * it; a period planned after today (a lease signed to start later) does not end the spell.
 */
export function vacantSince(periods: readonly StatusPeriod[], today: IsoDate): IsoDate | undefined {
  const sorted = [...periods].sort((a, b) => compareDates(a.fromDate, b.fromDate));
  const index = sorted.findIndex((p) => compareDates(p.fromDate, today) <= 0 && (p.toDate === null || compareDates(p.toDate, today) > 0));
  const running = sorted[index];
  if (!running || !VACANCY_STATUSES.includes(running.status)) return undefined;
  let since = running.fromDate;
  for (let i = index - 1; i >= 0; i--) {
    const p = sorted[i] as StatusPeriod;
    if (p.toDate !== since || !VACANCY_STATUSES.includes(p.status)) break;
    since = p.fromDate;
  }
  return since;
}

/** Whole days a dwelling has stood empty by `today` (0 on the day it became vacant), or undefined. */
export function daysVacant(periods: readonly StatusPeriod[], today: IsoDate): number | undefined {
  const since = vacantSince(periods, today);
  return since === undefined ? undefined : daysBetween(since, today);
}
