import { isValidDate, toIsoDate, type IsoDate } from '../deadlines/calendar.js';

/**
 * Parsers for one spreadsheet cell, given as text (the import turns xlsx numbers, dates and
 * booleans into text first). Blank cells never reach a parser: the column decides whether
 * blank means a default or `required`. Each parser returns the value or a stable error code.
 */
export type CellCode =
  | 'too_long'
  | 'not_integer'
  | 'not_number'
  | 'out_of_range'
  | 'invalid_date'
  | 'invalid_boolean'
  | 'invalid_choice'
  | 'invalid_kommunenummer'
  | 'invalid_postal_code'
  | 'invalid_unit_number'
  | 'invalid_house_letter'
  | 'invalid_phone';

export type Parsed<T> = { ok: true; value: T } | { ok: false; code: CellCode };
export type CellParser<T> = (raw: string) => Parsed<T>;

const ok = <T>(value: T): Parsed<T> => ({ ok: true, value });
const fail = <T>(code: CellCode): Parsed<T> => ({ ok: false, code });

/** Spaces (also non-breaking and thin, as Excel writes thousands) removed. */
const compact = (raw: string): string => raw.replace(/[\s\u00a0\u202f]/g, '');

/**
 * Free text. A leading apostrophe before = + - @ is dropped: the export writes it so that a
 * spreadsheet shows such a text instead of running it as a formula (CSV injection).
 */
export const text =
  (max: number): CellParser<string> =>
  (raw) => {
    const s = raw.replace(/^'(?=[=+\-@])/, '');
    return s.length > max ? fail('too_long') : ok(s);
  };

export const integer =
  (min: number, max: number): CellParser<number> =>
  (raw) => {
    const s = compact(raw);
    if (!/^-?\d+$/.test(s)) return fail('not_integer');
    const n = Number(s);
    return n < min || n > max ? fail('out_of_range') : ok(n);
  };

/** Whole kroner: "8500", "8 500", "8500,00" or "kr 8 500". */
export const kroner =
  (max: number): CellParser<number> =>
  (raw) => {
    const s = compact(raw).replace(/^kr\.?/i, '').replace(/,-$/, '');
    if (!/^\d+([.,]0{1,2})?$/.test(s)) return fail('not_integer');
    const n = Number(s.replace(/[.,]0{1,2}$/, ''));
    return n > max ? fail('out_of_range') : ok(n);
  };

/** A decimal with comma or point, at most `scale` decimals. */
export const decimal =
  (min: number, max: number, scale: number): CellParser<number> =>
  (raw) => {
    const s = compact(raw).replace(',', '.');
    if (!new RegExp(`^-?\\d+(\\.\\d{1,${scale}})?$`).test(s)) return fail('not_number');
    const n = Number(s);
    return n < min || n > max ? fail('out_of_range') : ok(n);
  };

const TRUE = new Set(['ja', 'j', 'yes', 'y', 'true', 'sann', '1', 'x']);
const FALSE = new Set(['nei', 'n', 'no', 'false', 'usann', '0']);

export const yesNo: CellParser<boolean> = (raw) => {
  const s = raw.trim().toLowerCase();
  if (TRUE.has(s)) return ok(true);
  if (FALSE.has(s)) return ok(false);
  return fail('invalid_boolean');
};

/** 'YYYY-MM-DD' (also as written from an xlsx date cell) or Norwegian 'D.M.YYYY'. */
export const date: CellParser<IsoDate> = (raw) => {
  const s = raw.trim();
  const iso = /^(\d{4})-(\d{2})-(\d{2})$/.exec(s);
  const nor = /^(\d{1,2})\.(\d{1,2})\.(\d{4})$/.exec(s);
  const [y, m, d] = iso ? [iso[1], iso[2], iso[3]] : nor ? [nor[3], nor[2], nor[1]] : [];
  const [year, month, day] = [Number(y), Number(m), Number(d)];
  return isValidDate(year, month, day) ? ok(toIsoDate({ year, month, day })) : fail('invalid_date');
};

export const choice =
  <T extends string>(find: (value: string) => T | undefined): CellParser<T> =>
  (raw) => {
    const code = find(raw);
    return code === undefined ? fail('invalid_choice') : ok(code);
  };

/** Digits of a fixed width; 3 digits are padded, as Excel drops the leading zero (0301 → 301). */
const digits =
  (code: CellCode): CellParser<string> =>
  (raw) => {
    const s = compact(raw);
    return /^\d{3,4}$/.test(s) ? ok(s.padStart(4, '0')) : fail(code);
  };

/** Kommunenummer (SSB), four digits. */
export const kommunenummer = digits('invalid_kommunenummer');
/** Postnummer, four digits. */
export const postalCode = digits('invalid_postal_code');

/** Bruksenhetsnummer (Kartverket): H, K, U or L and four digits, e.g. H0101. */
export const unitNumber: CellParser<string> = (raw) => {
  const s = compact(raw).toUpperCase();
  return /^[HKUL]\d{4}$/.test(s) ? ok(s) : fail('invalid_unit_number');
};

export const houseLetter: CellParser<string> = (raw) => {
  const s = raw.trim().toUpperCase();
  return /^[A-ZÆØÅ]$/.test(s) ? ok(s) : fail('invalid_house_letter');
};

/** A phone number: eight Norwegian digits, or + and 8–15 digits; spaces, dashes and an export's apostrophe dropped. */
export const phone: CellParser<string> = (raw) => {
  const s = compact(raw).replace(/^'/, '').replace(/-/g, '').replace(/^00/, '+');
  return /^(\d{8}|\+\d{8,15})$/.test(s) ? ok(s) : fail('invalid_phone');
};
