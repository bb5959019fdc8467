/**
 * Folketrygdens grunnbeløp (G) as dated data, and conversions between kroner and multiples of G.
 *
 * G is set once a year after the trygdeoppgjør and applies from 1 May (folketrygdloven § 1-4).
 * Municipal income ceilings, Husbanken's limits and many NAV benefits are written in G, so
 * every conversion takes a date and reads the G in force on that date. The table is a
 * parameter: the database holds the municipality's copy and the admin adds next year's row;
 * {@link GRUNNBELOP_TABLE} is only the default.
 *
 * Rounding: {@link toG} rounds to 2 decimals, {@link fromG} to whole kroner, both half up
 * (Math.round). A limit test should compare kroner with `fromG(limit)` rather than a rounded
 * G multiple, so rounding never moves a household across a limit.
 */

/** One row of the G table: the amount in force from `from` until the next row's `from`. */
export interface GrunnbelopEntry {
  /** First day in force, ISO `YYYY-MM-DD` (always 1 May so far). */
  readonly from: string;
  /** Kroner per year, a whole number. */
  readonly amount: number;
}

export type GrunnbelopTable = readonly GrunnbelopEntry[];

/**
 * Default G table, oldest first. Source: NAV «Grunnbeløpet i folketrygden» (nav.no/grunnbelopet),
 * fixed under folketrygdloven § 1-4. The amounts were given from memory [R]; each row notes what
 * it was cross-checked against. Verify against nav.no before relying on a row in a vedtak.
 */
export const GRUNNBELOP_TABLE: GrunnbelopTable = [
  /** NAV, from 2019-05-01 [R]; matches NAV's open-source test fixtures (period 2019-05-01–2020-04-30). */
  { from: '2019-05-01', amount: 99_858 },
  /** NAV, from 2020-05-01 [R] (adopted late because of the pandemic, in force from 1 May); matches NAV fixtures. */
  { from: '2020-05-01', amount: 101_351 },
  /** NAV, from 2021-05-01 [R]; domain.md § 2.2 quotes Trondheim using G = 106 399 [S]. */
  { from: '2021-05-01', amount: 106_399 },
  /** NAV, from 2022-05-01 [R]; matches NAV fixtures. */
  { from: '2022-05-01', amount: 111_477 },
  /** NAV, from 2023-05-01 [R]; matches NAV's foreldrepenger planner data (fom 01.05.2023). */
  { from: '2023-05-01', amount: 118_620 },
  /** NAV, from 2024-05-01 [R]; matches NAV's foreldrepenger planner data (fom 01.05.2024). */
  { from: '2024-05-01', amount: 124_028 },
  /** NAV, from 2025-05-01 [R]; Finansavisen 2025-05-22 reports «nye grunnbeløpet … 130.160 kroner» (+4.94 %). */
  { from: '2025-05-01', amount: 130_160 },
];

const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})$/;

function assertIsoDate(date: string): void {
  const m = ISO_DATE.exec(date);
  const [year, month, day] = [Number(m?.[1]), Number(m?.[2]), Number(m?.[3])];
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  const daysInMonth = [31, leap ? 29 : 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31][month - 1] ?? 0;
  if (m === null || day < 1 || day > daysInMonth) throw new RangeError(`not an ISO date: ${date}`);
}

/**
 * The G in force on `date` (ISO `YYYY-MM-DD`): the row with the latest `from` on or before it.
 * The table need not be sorted. Throws RangeError for an invalid date or a date before the
 * first row (there is no G to apply, and guessing one would misstate a limit).
 */
export function gAt(date: string, table: GrunnbelopTable = GRUNNBELOP_TABLE): number {
  assertIsoDate(date);
  let found: GrunnbelopEntry | undefined;
  for (const entry of table) {
    // ISO dates compare correctly as strings.
    if (entry.from <= date && (found === undefined || entry.from > found.from)) found = entry;
  }
  if (found === undefined) throw new RangeError(`no grunnbeløp in force on ${date}`);
  return found.amount;
}

/**
 * Kroner as a multiple of the G in force on `date`, rounded half up to 2 decimals
 * (e.g. 455 560 kr on 2025-06-01 → 3.5). Throws RangeError for a non-finite amount or as {@link gAt}.
 */
export function toG(amountNok: number, date: string, table: GrunnbelopTable = GRUNNBELOP_TABLE): number {
  if (!Number.isFinite(amountNok)) throw new RangeError(`not an amount: ${amountNok}`);
  return Math.round((amountNok / gAt(date, table)) * 100) / 100;
}

/**
 * A multiple of the G in force on `date` in kroner, rounded half up to whole kroner
 * (e.g. 3.5 G on 2025-06-01 → 455 560). Throws RangeError for a non-finite multiple or as {@link gAt}.
 */
export function fromG(gMultiple: number, date: string, table: GrunnbelopTable = GRUNNBELOP_TABLE): number {
  if (!Number.isFinite(gMultiple)) throw new RangeError(`not a G multiple: ${gMultiple}`);
  return Math.round(gMultiple * gAt(date, table));
}

/**
 * Problems in a G table an admin is about to save (empty when it is usable): invalid or
 * duplicate dates, and amounts that are not positive whole kroner.
 */
export function checkGrunnbelopTable(table: GrunnbelopTable): string[] {
  const problems: string[] = [];
  if (table.length === 0) problems.push('the table is empty');
  const seen = new Set<string>();
  table.forEach((entry, i) => {
    try {
      assertIsoDate(entry.from);
    } catch {
      problems.push(`row ${i}: from is not an ISO date: ${entry.from}`);
    }
    if (seen.has(entry.from)) problems.push(`row ${i}: duplicate from ${entry.from}`);
    seen.add(entry.from);
    if (!Number.isInteger(entry.amount) || entry.amount <= 0) problems.push(`row ${i}: amount is not a positive whole number`);
  });
  return problems;
}
