/**
 * Calendar dates without time or time zone. A deadline in Norwegian administrative law
 * runs in whole days, so the domain works with ISO calendar dates ('YYYY-MM-DD') read as
 * dates in Norway; only `osloDate` turns an instant into one. The arithmetic uses day
 * numbers (days since 1970-01-01, proleptic Gregorian calendar), never `Date`, so it
 * cannot be shifted by the machine's time zone or by summer time.
 */

/** An ISO calendar date, 'YYYY-MM-DD' (years 0001–9999). */
export type IsoDate = string;

/** The same date as numbers; `month` is 1–12 and `day` is 1–31. */
export interface PlainDate {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

/** Either spelling of a calendar date accepted by the domain's public functions. */
export type DateInput = IsoDate | PlainDate;

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

/** True when `year` has 29 February in the Gregorian calendar. */
export function isLeapYear(year: number): boolean {
  return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
}

/**
 * The number of days in a month (`month` 1–12).
 * @throws RangeError when the month is not 1–12.
 */
export function daysInMonth(year: number, month: number): number {
  if (!Number.isInteger(month) || month < 1 || month > 12) throw new RangeError(`not a month: ${month}`);
  if (month === 2) return isLeapYear(year) ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

/** True when the three numbers name a real calendar day in years 1–9999. */
export function isValidDate(year: number, month: number, day: number): boolean {
  return (
    Number.isInteger(year) &&
    Number.isInteger(month) &&
    Number.isInteger(day) &&
    year >= 1 &&
    year <= 9999 &&
    month >= 1 &&
    month <= 12 &&
    day >= 1 &&
    day <= daysInMonth(year, month)
  );
}

/**
 * Reads a date given as 'YYYY-MM-DD' or as `{ year, month, day }`.
 * @throws RangeError when the value is not a real calendar date.
 */
export function toPlainDate(value: DateInput): PlainDate {
  if (typeof value === 'string') {
    const match = ISO_DATE.exec(value);
    const [year, month, day] = match ? [Number(match[1]), Number(match[2]), Number(match[3])] : [NaN, NaN, NaN];
    if (!isValidDate(year, month, day)) throw new RangeError(`not a calendar date: '${value}'`);
    return { year, month, day };
  }
  if (!isValidDate(value.year, value.month, value.day)) {
    throw new RangeError(`not a calendar date: ${value.year}-${value.month}-${value.day}`);
  }
  return { year: value.year, month: value.month, day: value.day };
}

/**
 * Writes a date as 'YYYY-MM-DD', checking it on the way.
 * @throws RangeError when the value is not a real calendar date.
 */
export function toIsoDate(value: DateInput): IsoDate {
  const { year, month, day } = toPlainDate(value);
  return `${pad(year, 4)}-${pad(month, 2)}-${pad(day, 2)}`;
}

function pad(n: number, width: number): string {
  return String(n).padStart(width, '0');
}

/** Days since 1970-01-01 (H. Hinnant's days_from_civil, proleptic Gregorian). */
function toDayNumber({ year, month, day }: PlainDate): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yearOfEra = y - era * 400;
  const dayOfYear = Math.floor((153 * (month + (month > 2 ? -3 : 9)) + 2) / 5) + day - 1;
  const dayOfEra = yearOfEra * 365 + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100) + dayOfYear;
  return era * 146097 + dayOfEra - 719468;
}

/**
 * Day numbers of ISO date strings already read. A municipality's history has a few thousand
 * distinct days, compared millions of times by the indicators; a real calendar date maps to one
 * number, so the cache can never give a wrong answer. Bounded: emptied when it grows past
 * DAY_CACHE_MAX (a malformed string is never stored — it throws every time).
 */
const DAY_CACHE_MAX = 100_000;
const dayNumbers = new Map<string, number>();
const isoOfDay = new Map<number, IsoDate>();

/** The day number of a date, read once per distinct ISO string. */
function dayNumberOf(value: DateInput): number {
  if (typeof value !== 'string') return toDayNumber(toPlainDate(value));
  const known = dayNumbers.get(value);
  if (known !== undefined) return known;
  const dayNumber = toDayNumber(toPlainDate(value));
  if (dayNumbers.size >= DAY_CACHE_MAX) dayNumbers.clear();
  dayNumbers.set(value, dayNumber);
  return dayNumber;
}

/** The ISO string of a day number (checked: years 1–9999), written once per distinct day. */
function isoOfDayNumber(dayNumber: number): IsoDate {
  const known = isoOfDay.get(dayNumber);
  if (known !== undefined) return known;
  const iso = toIsoDate(fromDayNumber(dayNumber));
  if (isoOfDay.size >= DAY_CACHE_MAX) isoOfDay.clear();
  isoOfDay.set(dayNumber, iso);
  return iso;
}

/** The inverse of toDayNumber (H. Hinnant's civil_from_days). */
function fromDayNumber(dayNumber: number): PlainDate {
  const z = dayNumber + 719468;
  const era = Math.floor(z / 146097);
  const dayOfEra = z - era * 146097;
  const yearOfEra = Math.floor(
    (dayOfEra - Math.floor(dayOfEra / 1460) + Math.floor(dayOfEra / 36524) - Math.floor(dayOfEra / 146096)) / 365,
  );
  const dayOfYear = dayOfEra - (365 * yearOfEra + Math.floor(yearOfEra / 4) - Math.floor(yearOfEra / 100));
  const mp = Math.floor((5 * dayOfYear + 2) / 153);
  const day = dayOfYear - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yearOfEra + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * The date `days` days after `date` (before it when negative).
 * @throws RangeError when `date` is not a calendar date, `days` is not an integer or the result leaves years 1–9999.
 */
export function addDays(date: DateInput, days: number): IsoDate {
  if (!Number.isInteger(days)) throw new RangeError(`not a whole number of days: ${days}`);
  return isoOfDayNumber(dayNumberOf(date) + days);
}

/**
 * The date `weeks` weeks after `date`: the same weekday, as domstolloven § 148 second
 * paragraph reads a deadline in weeks.
 * @throws RangeError as addDays.
 */
export function addWeeks(date: DateInput, weeks: number): IsoDate {
  if (!Number.isInteger(weeks)) throw new RangeError(`not a whole number of weeks: ${weeks}`);
  return addDays(date, 7 * weeks);
}

/**
 * The date `months` months after `date` (before it when negative). Rule of domstolloven
 * § 148 second paragraph: a deadline in months ends on the day of the month with the same
 * number as the start day; if that day does not exist, on the last day of the month
 * (31 January + 1 month = 28 or 29 February).
 * @throws RangeError when `date` is not a calendar date, `months` is not an integer or the result leaves years 1–9999.
 */
export function addMonths(date: DateInput, months: number): IsoDate {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const start = toPlainDate(date);
  const index = start.year * 12 + (start.month - 1) + months;
  const year = Math.floor(index / 12);
  const month = index - year * 12 + 1;
  if (year < 1 || year > 9999) throw new RangeError(`date out of range: ${year}`);
  return toIsoDate({ year, month, day: Math.min(start.day, daysInMonth(year, month)) });
}

/**
 * Orders two dates: negative when `a` is earlier, 0 when equal, positive when later.
 * @throws RangeError when either is not a calendar date.
 */
export function compareDates(a: DateInput, b: DateInput): number {
  return Math.sign(dayNumberOf(a) - dayNumberOf(b));
}

/**
 * Whole days from `from` to `to`: positive when `to` is later (2025-01-01 → 2025-01-02 is 1).
 * @throws RangeError when either is not a calendar date.
 */
export function daysBetween(from: DateInput, to: DateInput): number {
  return dayNumberOf(to) - dayNumberOf(from);
}

/**
 * ISO weekday: 1 = Monday … 7 = Sunday.
 * @throws RangeError when `date` is not a calendar date.
 */
export function dayOfWeek(date: DateInput): number {
  // 1970-01-01 was a Thursday (ISO weekday 4).
  return ((((dayNumberOf(date) + 3) % 7) + 7) % 7) + 1;
}

const OSLO_DATE = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Europe/Oslo',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/**
 * The calendar date in Norway (Europe/Oslo, with summer time) at an instant. The clock
 * is the caller's; this only reads the instant it is given.
 * @throws RangeError when `instant` is an invalid Date.
 */
export function osloDate(instant: Date): IsoDate {
  if (Number.isNaN(instant.getTime())) throw new RangeError('invalid Date');
  const parts = OSLO_DATE.formatToParts(instant);
  const part = (type: Intl.DateTimeFormatPartTypes): number => Number(parts.find((p) => p.type === type)?.value);
  return toIsoDate({ year: part('year'), month: part('month'), day: part('day') });
}
