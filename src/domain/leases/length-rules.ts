import { addDays, addMonths, compareDates, toPlainDate, type IsoDate } from '../deadlines/calendar.js';
import type { LeasePolicy } from './policy.js';

/**
 * Lease length (husleieloven § 9-3 and the municipality's rules). Dates are calendar dates;
 * a lease's `endDate` is its **last day** («til og med»), so a 3-year lease from 2026-01-01
 * ends 2028-12-31 and the next lease of the dwelling may start on that day (handover day).
 */

/** Whole years of age on `onDate`. Someone born on 29 February reaches a new age on 1 March in other years [R]. */
export function ageOn(birthDate: IsoDate, onDate: IsoDate): number {
  const b = toPlainDate(birthDate);
  const d = toPlainDate(onDate);
  const hadBirthday = d.month > b.month || (d.month === b.month && d.day >= b.day);
  return d.year - b.year - (hadBirthday ? 0 : 1);
}

/** True when one of the birth dates belongs to a child aged 0 up to `maxAge` (inclusive) on `onDate`; unborn and unknown dates do not count. */
export function hasChildUpTo(birthDates: ReadonlyArray<IsoDate | null>, onDate: IsoDate, maxAge: number): boolean {
  return birthDates.some((b) => b !== null && compareDates(b, onDate) <= 0 && ageOn(b, onDate) <= maxAge);
}

export interface TermFacts {
  startDate: IsoDate;
  /** Birth dates of the household's members on the start date. */
  memberBirthDates: ReadonlyArray<IsoDate | null>;
  /** The household has had a lease before (fornyelse), not its first. */
  renewal: boolean;
}

export interface LeaseTerm {
  years: number;
  /** The last day of the lease. */
  endDate: IsoDate;
  /** Which rule gave the length, stored on the lease: `<policy>/<version>:<first|renewal>:<children|no_children>`. */
  rule: string;
}

/** The length the municipality's policy gives a new lease, and its end date. */
export function leaseTerm(policy: LeasePolicy, facts: TermFacts): LeaseTerm {
  const children = hasChildUpTo(facts.memberBirthDates, facts.startDate, policy.length.childMaxAge);
  const table = facts.renewal ? policy.length.renewal : policy.length.firstLease;
  const years = children ? table.withChildren : table.withoutChildren;
  return {
    years,
    endDate: lastDayAfterYears(facts.startDate, years),
    rule: `${policy.id}/${policy.version}:${facts.renewal ? 'renewal' : 'first'}:${children ? 'children' : 'no_children'}`,
  };
}

/** The last day of a term of `years` years starting on `startDate`. */
export function lastDayAfterYears(startDate: IsoDate, years: number): IsoDate {
  return addDays(addMonths(startDate, 12 * years), -1);
}

/** husleieloven § 9-3 first paragraph: the minimum length of a time-limited lease of a dwelling, in years. */
export const MINIMUM_TERM_YEARS = 3;

/** True when a time-limited lease is shorter than the § 9-3 minimum of three years (an open-ended lease never is). */
export function isShorterThanMinimum(startDate: IsoDate, endDate: IsoDate | null): boolean {
  return endDate !== null && compareDates(endDate, lastDayAfterYears(startDate, MINIMUM_TERM_YEARS)) < 0;
}
