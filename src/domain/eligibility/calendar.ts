/**
 * Calendar arithmetic on ISO dates (`YYYY-MM-DD`) with no clock and no time zone.
 *
 * Months are counted the way fristloven § 3 counts deadlines [R]: one month after 31 January
 * is the last day of February. The same rule gives ages, so a person born 29 February turns a
 * year older on 28 February in common years [I].
 */

interface Ymd {
  readonly year: number;
  readonly month: number;
  readonly day: number;
}

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function daysInMonth(year: number, month: number): number {
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
}

function parse(date: string): Ymd {
  const m = ISO_DATE.exec(date);
  const ymd = { year: Number(m?.[1]), month: Number(m?.[2]), day: Number(m?.[3]) };
  if (m === null || ymd.day < 1 || ymd.day > daysInMonth(ymd.year, ymd.month)) {
    throw new RangeError(`not an ISO date: ${date}`);
  }
  return ymd;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');

/** Whether `value` is a real calendar date written `YYYY-MM-DD`. */
export function isIsoDate(value: unknown): value is string {
  if (typeof value !== 'string') return false;
  try {
    parse(value);
    return true;
  } catch {
    return false;
  }
}

/** `date` plus `months` (may be negative), clamped to the month's last day. Throws RangeError for an invalid date. */
export function addMonths(date: string, months: number): string {
  if (!Number.isInteger(months)) throw new RangeError(`not a whole number of months: ${months}`);
  const { year, month, day } = parse(date);
  const index = year * 12 + (month - 1) + months;
  const y = Math.floor(index / 12);
  const m = index - y * 12 + 1;
  return `${pad(y, 4)}-${pad(m, 2)}-${pad(Math.min(day, daysInMonth(y, m)), 2)}`;
}

/**
 * Whole months from `from` to `to`: the largest n with addMonths(from, n) ≤ to.
 * Negative when `to` is before `from`. Throws RangeError for an invalid date.
 */
export function wholeMonthsBetween(from: string, to: string): number {
  const a = parse(from);
  const b = parse(to);
  let n = (b.year - a.year) * 12 + (b.month - a.month);
  while (addMonths(from, n) > to) n -= 1;
  while (addMonths(from, n + 1) <= to) n += 1;
  return n;
}

/** Age in whole years on `date` of a person born on `birthDate`. Throws RangeError for an invalid date. */
export function ageOn(birthDate: string, date: string): number {
  return Math.floor(wholeMonthsBetween(birthDate, date) / 12);
}

/** Age in whole years on `date`, or null when the birth date is unknown or after `date`. */
export const ageOrNull = (birthDate: string | null, date: string): number | null => (birthDate !== null && birthDate <= date ? ageOn(birthDate, date) : null);

const MONTH_NAMES = {
  nb: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  nn: ['januar', 'februar', 'mars', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november', 'desember'],
  en: ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'],
} as const;

/** A date as people write it: «1. mai 2025» in bokmål and nynorsk, «1 May 2025» in English. */
export function formatDate(date: string, language: 'nb' | 'nn' | 'en'): string {
  const { year, month, day } = parse(date);
  const name = MONTH_NAMES[language][month - 1] ?? '';
  return language === 'en' ? `${day} ${name} ${year}` : `${day}. ${name} ${year}`;
}
