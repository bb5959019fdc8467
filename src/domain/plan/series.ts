import { addDays, toPlainDate, type IsoDate } from '../deadlines/calendar.js';
import { computeMunicipality } from '../indicators/engine.js';
import { checkHistoryDates } from '../indicators/measure.js';
import type { IndicatorHistory } from '../indicators/history.js';
import type { Period } from '../temporary/kostra.js';
import type { IndicatorValue } from '../indicators/types.js';

/**
 * Quarters and quarterly series: the council report's trend charts and the dashboard's
 * sparklines show each indicator per calendar quarter (a stock on the quarter's last day, a flow
 * over the quarter), the running quarter up to the history's `asOf`.
 */

export interface Quarter {
  readonly year: number;
  /** 1–4. */
  readonly quarter: number;
  readonly period: Period;
}

const QUARTER_START = ['01-01', '04-01', '07-01', '10-01'] as const;
const QUARTER_END = ['03-31', '06-30', '09-30', '12-31'] as const;

/** The calendar quarter `q` (1–4) of `year`. @throws RangeError for a quarter outside 1–4. */
export function quarter(year: number, q: number): Quarter {
  if (!Number.isInteger(q) || q < 1 || q > 4) throw new RangeError(`quarter must be 1–4: ${q}`);
  if (!Number.isInteger(year) || year < 1900 || year > 9999) throw new RangeError(`year out of range: ${year}`);
  return { year, quarter: q, period: { from: `${year}-${QUARTER_START[q - 1]}`, to: `${year}-${QUARTER_END[q - 1]}` } };
}

/** The quarter a day falls in. */
export function quarterOf(day: IsoDate): Quarter {
  const { year, month } = toPlainDate(day);
  return quarter(year, Math.floor((month - 1) / 3) + 1);
}

/** The quarter before. */
export function previousQuarter(q: Quarter): Quarter {
  return q.quarter === 1 ? quarter(q.year - 1, 4) : quarter(q.year, q.quarter - 1);
}

/** `count` quarters ending with the one holding `last`, oldest first. */
export function quartersEnding(last: IsoDate, count: number): Quarter[] {
  if (!Number.isInteger(count) || count < 1 || count > 80) throw new RangeError(`count must be 1–80: ${count}`);
  const out: Quarter[] = [quarterOf(last)];
  while (out.length < count) out.unshift(previousQuarter(out[0]!));
  return out;
}

/** A quarter's label: «2026 K3» / «2026 Q3». */
export function quarterLabel(q: Quarter, language: 'nb' | 'nn' | 'en'): string {
  return `${q.year} ${language === 'en' ? 'Q' : 'K'}${q.quarter}`;
}

export interface SeriesPoint {
  readonly year: number;
  readonly quarter: number;
  /** The period computed, cut to the history's asOf. */
  readonly period: Period;
  readonly value: IndicatorValue;
}

/**
 * The municipality's value of each indicator for each of the quarters (oldest first). Quarters
 * that begin after the history's `asOf` are left out.
 * @throws RangeError for an unknown indicator id or a malformed date.
 */
export function quarterlySeries(history: IndicatorHistory, ids: readonly string[], quarters: readonly Quarter[]): Map<string, SeriesPoint[]> {
  const series = new Map<string, SeriesPoint[]>(ids.map((id) => [id, []]));
  checkHistoryDates(history);
  for (const q of quarters) {
    if (q.period.from > history.asOf) continue;
    for (const result of computeMunicipality(history, q.period, ids, { datesChecked: true })) {
      series.get(result.id)!.push({ year: q.year, quarter: q.quarter, period: result.period, value: result.value });
    }
  }
  return series;
}

/** The first day after the period (for «as of» texts). */
export const dayAfter = (period: Period): IsoDate => addDays(period.to, 1);
