import { addDays, dayOfWeek, daysBetween, toIsoDate, type IsoDate } from '../deadlines/calendar.js';

/**
 * ISO-8601 weeks: a week runs Monday–Sunday and week 1 is the week with the year's first Thursday
 * (so 4 January is always in week 1). A year has 53 weeks when 1 January is a Thursday, or a
 * Wednesday in a leap year. The national homelessness count is taken in week 48.
 */

export const COUNT_WEEK = 48;

/** How many ISO weeks `year` has (52 or 53). */
export function weeksInYear(year: number): 52 | 53 {
  // 28 December is always in the year's last week.
  return isoWeekOf(`${String(year).padStart(4, '0')}-12-28`).week as 52 | 53;
}

/** The Monday and Sunday of ISO week `week` of `year`. @throws RangeError for a week the year does not have. */
export function isoWeekDates(year: number, week: number): { from: IsoDate; to: IsoDate } {
  if (!Number.isInteger(year) || year < 1 || year > 9999) throw new RangeError(`not a year: ${year}`);
  if (!Number.isInteger(week) || week < 1 || week > weeksInYear(year)) throw new RangeError(`week ${week} is not a week of ${year}`);
  const jan4 = toIsoDate(`${String(year).padStart(4, '0')}-01-04`);
  const mondayOfWeek1 = addDays(jan4, 1 - dayOfWeek(jan4));
  const from = addDays(mondayOfWeek1, (week - 1) * 7);
  return { from, to: addDays(from, 6) };
}

/** The ISO week (and its week-numbering year) a date falls in. */
export function isoWeekOf(date: IsoDate): { year: number; week: number } {
  const thursday = addDays(date, 4 - dayOfWeek(date));
  const year = Number(thursday.slice(0, 4));
  const jan1 = `${thursday.slice(0, 4)}-01-01`;
  return { year, week: Math.floor(daysBetween(jan1, thursday) / 7) + 1 };
}
