/**
 * Case numbers (saksnummer) `YYYY-NNNNNN`: the year of registration and a running number per
 * municipality and year, without gaps (the database hands out the number inside the
 * registering transaction, so a rolled-back registration gives its number back).
 */

/** Six digits a year: room for 999 999 cases per municipality and year. */
export const CASE_NUMBER_DIGITS = 6;

/**
 * Formats a case number.
 * @throws RangeError when the year is not four digits or the running number does not fit.
 */
export function formatCaseNumber(year: number, running: number): string {
  if (!Number.isInteger(year) || year < 1000 || year > 9999) throw new RangeError(`not a four-digit year: ${year}`);
  if (!Number.isInteger(running) || running < 1 || running >= 10 ** CASE_NUMBER_DIGITS) {
    throw new RangeError(`running number out of range: ${running}`);
  }
  return `${year}-${String(running).padStart(CASE_NUMBER_DIGITS, '0')}`;
}

const CASE_NUMBER = /^(\d{4})-(\d{6})$/;

/** True for a string shaped like a case number (used to tell a search for a case number from a name). */
export const isCaseNumber = (value: string): boolean => CASE_NUMBER.test(value);
