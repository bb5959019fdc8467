import { toIsoDate, type IsoDate } from '../deadlines/calendar.js';

/**
 * Dated parameters for the calculators (startlån, bostøtte). Every rate, cap and threshold
 * changes over time (docs/domain.md: «store it as a dated parameter, never as a constant»), so
 * each one is a table of rows with the day it takes effect, its source and how sure we are of
 * it. A calculation reads the row in force on its date and reports every row it used, so the
 * page can show where each number came from. The tables here are defaults; a municipality's
 * admin keeps the real copies current.
 */

/**
 * How sure we are of a value (docs/domain.md): [S] found in a named source, [R] recalled, [I]
 * inferred; [M] the municipality's own value, entered by its admin with the source it gave
 * (calculator_parameter, overrides.ts).
 */
export type ProvenanceTag = 'S' | 'R' | 'I' | 'M';

/** One row of a dated table: `value` applies from `effectiveFrom` until the next row's date. */
export interface Dated<T> {
  readonly effectiveFrom: IsoDate;
  readonly value: T;
  /** Document and section (or web page) the value was taken from. */
  readonly source: string;
  readonly tag: ProvenanceTag;
}

export type DatedTable<T> = readonly Dated<T>[];

/** A calculation date before the first row of a table: there is no value to use, and guessing one would mislead. */
export class MissingParameterError extends RangeError {
  constructor(
    readonly parameter: string,
    readonly date: IsoDate,
  ) {
    super(`no ${parameter} in force on ${date}`);
    this.name = 'MissingParameterError';
  }
}

/**
 * The row of `table` in force on `date`: the latest `effectiveFrom` on or before it (the table
 * need not be sorted). @throws RangeError for an invalid date; MissingParameterError when no row is in force.
 */
export function inForce<T>(table: DatedTable<T>, date: IsoDate, parameter: string): Dated<T> {
  const day = toIsoDate(date);
  let found: Dated<T> | undefined;
  for (const row of table) {
    if (row.effectiveFrom <= day && (found === undefined || row.effectiveFrom > found.effectiveFrom)) found = row;
  }
  if (found === undefined) throw new MissingParameterError(parameter, day);
  return found;
}

/** Units a parameter is shown in. */
export type ParameterUnit = 'kr_per_month' | 'kr_per_year' | 'kr' | 'percent' | 'percentage_points' | 'share' | 'years';

/** A parameter as one calculation used it, for the workings shown to the caseworker. */
export interface AppliedParameter {
  readonly name: string;
  readonly value: number;
  readonly unit: ParameterUnit;
  /** The row's date, or null when the caseworker entered the value for this calculation. */
  readonly effectiveFrom: IsoDate | null;
  readonly source: string;
  /** Null when the caseworker entered the value. */
  readonly tag: ProvenanceTag | null;
}

/** A parameter taken from a table row. */
export function applied(name: string, value: number, unit: ParameterUnit, row: Dated<unknown>): AppliedParameter {
  return { name, value, unit, effectiveFrom: row.effectiveFrom, source: row.source, tag: row.tag };
}

/** A parameter the caseworker entered for this calculation instead of the table's value. */
export function entered(name: string, value: number, unit: ParameterUnit): AppliedParameter {
  return { name, value, unit, effectiveFrom: null, source: 'entered', tag: null };
}

/** @throws RangeError unless `value` is a finite number ≥ 0 (kroner, rates). */
export function assertAmount(name: string, value: number): void {
  if (typeof value !== 'number' || !Number.isFinite(value) || value < 0) throw new RangeError(`${name} must be a finite number ≥ 0, got ${String(value)}`);
}

/** @throws RangeError unless `value` is a whole number from `min` to `max`. */
export function assertWhole(name: string, value: number, min: number, max: number): void {
  if (typeof value !== 'number' || !Number.isInteger(value) || value < min || value > max) {
    throw new RangeError(`${name} must be a whole number from ${min} to ${max}, got ${String(value)}`);
  }
}

/** Whole kroner, half up. Husbanken's own rounding is not published in our sources [I]. */
export const kroner = (amount: number): number => Math.round(amount);
