import { addDays, dayOfWeek, toIsoDate, toPlainDate, type DateInput, type IsoDate } from './calendar.js';

/**
 * Norwegian public holidays and working days.
 *
 * Helligdager: every Sunday, New Year's Day, Maundy Thursday, Good Friday, Easter Sunday
 * and Monday, Ascension Day, Whit Sunday and Monday, Christmas Day and Boxing Day
 * (lov om helligdager og helligdagsfred § 2 [R]); 1 May and 17 May are «offentlige
 * høytidsdager» (lov 26. april 1947 nr. 1 om 1. og 17. mai som høgtidsdager [R]).
 * Christmas Eve, New Year's Eve, Easter Saturday and Whit Saturday are NOT holidays,
 * although many offices close: domstolloven § 149 first paragraph extends a deadline only
 * past a Saturday, a helgedag or a day the law puts on a par with one [S: advokat-teigstad.no
 * quoting § 149]; we read no rule that adds 24 or 31 December [R].
 */

export type HolidayName =
  | 'new_years_day'
  | 'maundy_thursday'
  | 'good_friday'
  | 'easter_sunday'
  | 'easter_monday'
  | 'labour_day'
  | 'constitution_day'
  | 'ascension_day'
  | 'whit_sunday'
  | 'whit_monday'
  | 'christmas_day'
  | 'boxing_day';

export interface PublicHoliday {
  readonly date: IsoDate;
  readonly name: HolidayName;
}

/**
 * Easter Sunday of a Gregorian year, by the anonymous Gregorian algorithm
 * (Meeus/Jones/Butcher).
 * @throws RangeError when the year is not an integer in 1583–9999.
 */
export function easterSunday(year: number): IsoDate {
  // The Gregorian calendar (and so this computus) starts in 1583.
  if (!Number.isInteger(year) || year < 1583 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return toIsoDate({ year, month, day });
}

/**
 * The twelve Norwegian public holidays of a year, in date order (Easter Sunday and Whit
 * Sunday are listed although every Sunday is a helgedag anyway).
 * @throws RangeError when the year is not an integer in 1583–9999.
 */
export function norwegianPublicHolidays(year: number): readonly PublicHoliday[] {
  const easter = easterSunday(year);
  const fixed = (month: number, day: number): IsoDate => toIsoDate({ year, month, day });
  // Offsets from Easter Sunday: Maundy Thursday −3, Good Friday −2, Easter Monday +1,
  // Ascension Day +39 (the 40th day of Easter), Whit Sunday +49 (Pentecost), Whit Monday +50.
  const holidays: PublicHoliday[] = [
    { date: fixed(1, 1), name: 'new_years_day' },
    { date: addDays(easter, -3), name: 'maundy_thursday' },
    { date: addDays(easter, -2), name: 'good_friday' },
    { date: easter, name: 'easter_sunday' },
    { date: addDays(easter, 1), name: 'easter_monday' },
    { date: fixed(5, 1), name: 'labour_day' },
    { date: fixed(5, 17), name: 'constitution_day' },
    { date: addDays(easter, 39), name: 'ascension_day' },
    { date: addDays(easter, 49), name: 'whit_sunday' },
    { date: addDays(easter, 50), name: 'whit_monday' },
    { date: fixed(12, 25), name: 'christmas_day' },
    { date: fixed(12, 26), name: 'boxing_day' },
  ];
  return holidays.sort((x, y) => (x.date < y.date ? -1 : x.date > y.date ? 1 : 0));
}

/** Memo of holiday sets per year; deterministic, so it does not make the module impure. */
const holidayCache = new Map<number, ReadonlySet<IsoDate>>();

function holidaySet(year: number): ReadonlySet<IsoDate> {
  let set = holidayCache.get(year);
  if (!set) {
    set = new Set(norwegianPublicHolidays(year).map((h) => h.date));
    holidayCache.set(year, set);
  }
  return set;
}

/**
 * True when the date is a Norwegian public holiday (not counting ordinary Sundays).
 * @throws RangeError when the date is not a calendar date in 1583–9999.
 */
export function isPublicHoliday(date: DateInput): boolean {
  const iso = toIsoDate(date);
  return holidaySet(toPlainDate(iso).year).has(iso);
}

/**
 * True when the date is a working day: Monday to Friday and not a public holiday.
 * @throws RangeError as isPublicHoliday.
 */
export function isWorkingDay(date: DateInput): boolean {
  return dayOfWeek(date) <= 5 && !isPublicHoliday(date);
}

/**
 * The first working day strictly after `date`.
 * @throws RangeError as isPublicHoliday.
 */
export function nextWorkingDay(date: DateInput): IsoDate {
  let day = addDays(date, 1);
  while (!isWorkingDay(day)) day = addDays(day, 1);
  return day;
}

/**
 * `date` itself when it is a working day, else the next working day: domstolloven § 149
 * first paragraph, a deadline ending on a Saturday, Sunday or holiday is extended to the
 * next working day.
 * @throws RangeError as isPublicHoliday.
 */
export function onOrNextWorkingDay(date: DateInput): IsoDate {
  return isWorkingDay(date) ? toIsoDate(date) : nextWorkingDay(date);
}

/**
 * The date `workingDays` working days after `date` (0 gives `date` itself).
 * @throws RangeError when `workingDays` is not a non-negative integer, or as isPublicHoliday.
 */
export function addWorkingDays(date: DateInput, workingDays: number): IsoDate {
  if (!Number.isInteger(workingDays) || workingDays < 0) {
    throw new RangeError(`not a non-negative whole number of working days: ${workingDays}`);
  }
  let day = toIsoDate(date);
  for (let n = 0; n < workingDays; n += 1) day = nextWorkingDay(day);
  return day;
}
