import { compareDates, isValidDate, toIsoDate, type DateInput, type IsoDate } from '../deadlines/calendar.js';

/**
 * Norwegian fødselsnummer and D-nummer: 11 digits, DDMMYY + individnummer (3) + two
 * control digits k1, k2 (Skatteetaten, Folkeregisteret).
 *
 * The rule set in force is chosen by the caller's `today`, because Skatteetaten changes the
 * control calculation for numbers issued from 1 January 2032 [S: Skatteetaten,
 * folkeregisteret-api-dokumentasjon «Nytt fødselsnummer fra 2032»; skatteetaten.no
 * «Nye fødselsnummer og d-nummer fra 2032»]:
 * - k1: the weighted sum of digits 1–10 (weights below, k1's own weight 1) mod 11 must be
 *   0 until 2031-12-31 and may be 0, 1, 2 or 3 from 2032-01-01. Skatteetaten writes it as
 *   k1 = {11,12,13,14} − (sum of digits 1–9 mod 11), a result of 10 being rejected; we read
 *   that formula modulo 11 [R: the document shows only the first-rest case in full].
 * - k2 is unchanged: the weighted sum of digits 1–11 mod 11 must be 0.
 * - From 2032 «individnummeret vil ikke lenger angi århundre», so the birth date must be
 *   read from Folkeregisteret, not the number: under that rule set `birthDate` is null.
 * The new rule accepts every number the old one accepts (remainder 0 is still allowed and
 * the date check is looser), so numbers issued before 2032 stay valid.
 *
 * Husly never reads sex from the number: the 2032 numbers are gender-neutral and the
 * register keeps sex in a field of its own (Skatteetaten, same sources).
 */

export type FnrKind = 'fnr' | 'dnr';

export type FnrErrorCode =
  | 'wrong_length'
  | 'not_digits'
  | 'invalid_date'
  | 'invalid_checksum'
  | 'h_number_not_supported'
  | 'synthetic_number';

export type FnrValidation =
  | {
      readonly valid: true;
      readonly kind: FnrKind;
      /**
       * The date in the number, 'YYYY-MM-DD'; null under the 2032 rule set, where the
       * number no longer gives the century. For a D-number it may be the registration day
       * and month instead of the birth day (UDI: when no D-number is free for the birth date).
       */
      readonly birthDate: IsoDate | null;
      /** A synthetic number from Skatteetaten's test environment (only with allowSynthetic). */
      readonly synthetic: boolean;
      /** Version of the FNR_RULES entry used. */
      readonly ruleVersion: number;
    }
  | { readonly valid: false; readonly code: FnrErrorCode };

export interface ValidateFnrOptions {
  /** Today's date ('YYYY-MM-DD' or { year, month, day }); chooses the rule set in force. */
  readonly today: DateInput;
  /** Accept Skatteetaten's synthetic test numbers (month + 80). Only for test environments. */
  readonly allowSynthetic?: boolean;
}

export interface FnrRule {
  readonly id: 'fnr';
  readonly version: number;
  readonly effectiveFrom: IsoDate;
  readonly source: string;
  /** Accepted values of (weighted sum of digits 1–10) mod 11. */
  readonly k1Remainders: readonly number[];
  /** Accepted values of (weighted sum of digits 1–11) mod 11. */
  readonly k2Remainders: readonly number[];
  /** Whether the individnummer tells the century, so the number gives a full birth date. */
  readonly centuryFromIndividualNumber: boolean;
}

export const FNR_RULES: readonly FnrRule[] = [
  {
    id: 'fnr',
    version: 1,
    // [R] fødselsnummer were introduced in 1964; the exact day does not matter here.
    effectiveFrom: '1964-01-01',
    source: 'Skatteetaten, Folkeregisteret: fødselsnummer, modulus 11',
    k1Remainders: [0],
    k2Remainders: [0],
    centuryFromIndividualNumber: true,
  },
  {
    id: 'fnr',
    version: 2,
    /** Skatteetaten: new numbers issued, and the new control calculation valid, from 1 January 2032. */
    effectiveFrom: '2032-01-01',
    source: 'Skatteetaten «Nye fødselsnummer og d-nummer fra 2032»',
    k1Remainders: [0, 1, 2, 3],
    k2Remainders: [0],
    centuryFromIndividualNumber: false,
  },
];

/** Skatteetaten's weights for k1 over digits 1–9, then 1 for k1 itself. */
const K1_WEIGHTS = [3, 7, 6, 1, 8, 9, 4, 5, 2, 1] as const;
/** Skatteetaten's weights for k2 over digits 1–10 (k1 included), then 1 for k2 itself. */
const K2_WEIGHTS = [5, 4, 3, 2, 7, 6, 5, 4, 3, 2, 1] as const;

/** D-nummer: 4 added to the first digit, i.e. day + 40 (Skatteetaten). */
const D_NUMBER_DAY_OFFSET = 40;
/** H-nummer (health-sector help number): month + 40. Husly does not accept them. */
const H_NUMBER_MONTH_OFFSET = 40;
/** Synthetic numbers in Skatteetaten's test environment (Tenor): month + 80. */
const SYNTHETIC_MONTH_OFFSET = 80;

const invalidDate = { valid: false, code: 'invalid_date' } as const;

/**
 * The two control digits for the first nine digits under the classic mod-11 rule (valid before
 * and after 2032), or undefined when an individnummer yields a control digit of 10 and cannot be
 * used. For generating numbers (demo data, tests); validation is validateFnr.
 */
export function withControlDigits(first9: string): string | undefined {
  const weighted = (digits: string, weights: readonly number[]): number => weights.reduce((acc, w, i) => acc + w * Number(digits[i]), 0);
  const control = (digits: string, weights: readonly number[]): number => (11 - (weighted(digits, weights) % 11)) % 11;
  const k1 = control(first9, K1_WEIGHTS.slice(0, 9));
  if (k1 === 10) return undefined;
  const k2 = control(`${first9}${k1}`, K2_WEIGHTS.slice(0, 10));
  return k2 === 10 ? undefined : `${first9}${k1}${k2}`;
}

/**
 * The FNR_RULES version in force on `today`.
 * @throws RangeError when `today` is not a calendar date or is before the first version.
 */
export function fnrRuleOn(today: DateInput, rules: readonly FnrRule[] = FNR_RULES): FnrRule {
  const date = toIsoDate(today);
  let found: FnrRule | undefined;
  for (const rule of rules) {
    if (compareDates(rule.effectiveFrom, date) > 0) continue;
    if (!found || compareDates(rule.effectiveFrom, found.effectiveFrom) > 0) found = rule;
  }
  if (!found) throw new RangeError(`no fødselsnummer rule in force on ${date}`);
  return found;
}

/**
 * Validates a fødselsnummer or D-nummer (exactly 11 digits; strip spaces at the edge) under
 * the rule set in force on `options.today`; an invalid number is a value, not an exception.
 * @throws RangeError when `options.today` is not a calendar date.
 */
export function validateFnr(value: string, options: ValidateFnrOptions): FnrValidation {
  const rule = fnrRuleOn(options.today);
  if (!/^\d*$/.test(value)) return { valid: false, code: 'not_digits' };
  if (value.length !== 11) return { valid: false, code: 'wrong_length' };
  const digit = (i: number): number => value.charCodeAt(i) - 48;
  const sum = (weights: readonly number[]): number => weights.reduce((acc, w, i) => acc + w * digit(i), 0);
  if (!rule.k1Remainders.includes(sum(K1_WEIGHTS) % 11) || !rule.k2Remainders.includes(sum(K2_WEIGHTS) % 11)) {
    return { valid: false, code: 'invalid_checksum' };
  }

  let day = 10 * digit(0) + digit(1);
  let month = 10 * digit(2) + digit(3);
  const yearOfCentury = 10 * digit(4) + digit(5);
  const individualNumber = 100 * digit(6) + 10 * digit(7) + digit(8);

  if (month > H_NUMBER_MONTH_OFFSET && month <= H_NUMBER_MONTH_OFFSET + 12) {
    return { valid: false, code: 'h_number_not_supported' };
  }
  const synthetic = month > SYNTHETIC_MONTH_OFFSET && month <= SYNTHETIC_MONTH_OFFSET + 12;
  if (synthetic && options.allowSynthetic !== true) return { valid: false, code: 'synthetic_number' };
  if (synthetic) month -= SYNTHETIC_MONTH_OFFSET;
  const kind: FnrKind = day > D_NUMBER_DAY_OFFSET ? 'dnr' : 'fnr';
  if (kind === 'dnr') day -= D_NUMBER_DAY_OFFSET;

  const base = { valid: true, kind, synthetic, ruleVersion: rule.version } as const;
  if (!rule.centuryFromIndividualNumber) {
    // Century unknown: accept the day if it exists in some century. 20YY is leap whenever
    // 18YY or 19YY is (2000 is, 1800 and 1900 are not), so it is the widest test.
    return isValidDate(2000 + yearOfCentury, month, day) ? { ...base, birthDate: null } : invalidDate;
  }
  const century = centuryOf(individualNumber, yearOfCentury);
  if (century === undefined || !isValidDate(century + yearOfCentury, month, day)) return invalidDate;
  const birthDate = toIsoDate({ year: century + yearOfCentury, month, day });
  return compareDates(birthDate, options.today) > 0 ? invalidDate : { ...base, birthDate };
}

/**
 * The century of a pre-2032 number, from the individnummer and the two-digit year
 * [S: matematikk.org «Dagens system med individ- og kontrollnummer», after Skatteetaten];
 * undefined for combinations never issued.
 */
function centuryOf(individualNumber: number, yearOfCentury: number): number | undefined {
  if (individualNumber <= 499) return 1900;
  if (individualNumber <= 749 && yearOfCentury >= 54) return 1800;
  if (yearOfCentury <= 39) return 2000; // individnummer 500–999
  if (individualNumber >= 900) return 1900; // 900–999 with year 40–99: the reserve series
  return undefined;
}

/**
 * The number with everything after the date part hidden ("010190*****"), for lists; any
 * value that is not 11 digits is hidden entirely, so a malformed value never leaks.
 * Throws nothing.
 */
export function maskFnr(value: string): string {
  return /^\d{11}$/.test(value) ? `${value.slice(0, 6)}*****` : '*'.repeat(11);
}
