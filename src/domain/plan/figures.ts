import { addDays, type IsoDate } from '../deadlines/calendar.js';
import { findIndicator } from '../indicators/definitions.js';
import { computeMunicipality } from '../indicators/engine.js';
import type { IndicatorHistory } from '../indicators/history.js';
import type { IndicatorKind, IndicatorSource, IndicatorText, IndicatorUnit, IndicatorValue } from '../indicators/types.js';
import { suppressSmallCount, SUPPRESSION_THRESHOLD } from '../statistics/suppression.js';
import type { Period } from '../temporary/kostra.js';
import { quarterlySeries, quartersEnding, type SeriesPoint } from './series.js';
import { checkTarget, isProRata, yearElapsed, type TargetCheck, type TargetDirection } from './status.js';

/**
 * The plan's figures for a period (issue 7 §§ 2, 9, 10): each target of the period's year with
 * the municipality's value for the period (a stock on its last day), its status by status.ts and
 * the 8 quarters ending with the period's last day. The dashboard and the council report's
 * snapshot both come from here; suppressFigures replaces counts 1–4 for display.
 */

export interface PlanTargetInput {
  readonly indicatorId: string;
  readonly year: number;
  readonly goalId: string | null;
  readonly goalTitle: string | null;
  readonly direction: TargetDirection;
  readonly target: number;
  readonly tolerance: number;
}

export interface PlanFigureRow {
  readonly indicatorId: string;
  readonly name: IndicatorText;
  readonly definition: IndicatorText;
  readonly unit: IndicatorUnit;
  readonly kind: IndicatorKind;
  readonly source: IndicatorSource;
  readonly goalId: string | null;
  readonly goalTitle: string | null;
  readonly year: number;
  readonly direction: TargetDirection;
  readonly target: number;
  readonly tolerance: number;
  /** The municipality's value for the period (clipped to the history's asOf). */
  readonly value: IndicatorValue;
  /** Against the target of the period's year; pro rata by the share of the year measured. */
  readonly check: TargetCheck;
  /** The 8 quarters ending with the period's last day, oldest first (quarters after asOf left out). */
  readonly series: readonly SeriesPoint[];
}

export interface PlanFigures {
  readonly asOf: IsoDate;
  readonly period: Period;
  readonly rows: readonly PlanFigureRow[];
}

export const SERIES_QUARTERS = 8;

/**
 * The share of `year` the period measures: from the later of the period's first day and 1
 * January to the earliest of its last day, `asOf` and 31 December. For a year-to-date period
 * this is yearElapsed(year, min(to, asOf)).
 */
export function measuredShare(year: number, period: Period, asOf: IsoDate): number {
  const first = `${year}-01-01`;
  const start = period.from > first ? period.from : first;
  const end = [period.to, asOf, `${year}-12-31`].reduce((a, b) => (a < b ? a : b));
  if (end < start) return 0;
  const before = start > first ? yearElapsed(year, addDays(start, -1)) : 0;
  return Math.min(1, Math.max(0, yearElapsed(year, end) - before));
}

/**
 * The figures for the targets of the period's year (the year of `period.to`), in the order given;
 * targets of other years and ids the registry no longer knows are left out.
 * @throws RangeError for a period that begins after the history's asOf or malformed dates.
 */
export function buildPlanFigures(history: IndicatorHistory, targets: readonly PlanTargetInput[], period: Period): PlanFigures {
  const year = Number(period.to.slice(0, 4));
  const chosen = targets.filter((t) => t.year === year && findIndicator(t.indicatorId) !== undefined);
  const ids = [...new Set(chosen.map((t) => t.indicatorId))];
  const values = new Map(ids.length === 0 ? [] : computeMunicipality(history, period, ids).map((r) => [r.id, r.value]));
  const series = ids.length === 0 ? new Map<string, SeriesPoint[]>() : quarterlySeries(history, ids, quartersEnding(period.to, SERIES_QUARTERS));
  const elapsed = measuredShare(year, period, history.asOf);
  const rows = chosen.map((t): PlanFigureRow => {
    const d = findIndicator(t.indicatorId)!;
    const value = values.get(t.indicatorId) ?? { value: null };
    return {
      indicatorId: d.id,
      name: d.name,
      definition: d.definition,
      unit: d.unit,
      kind: d.kind,
      source: d.source,
      goalId: t.goalId,
      goalTitle: t.goalTitle,
      year: t.year,
      direction: t.direction,
      target: t.target,
      tolerance: t.tolerance,
      value,
      check: checkTarget(t, value.value, { proRata: isProRata(d.kind, d.unit), elapsed }),
      series: series.get(t.indicatorId) ?? [],
    };
  });
  return { asOf: history.asOf, period, rows };
}

/* ---------- Suppression ---------- */

export const SUPPRESSED = `<${SUPPRESSION_THRESHOLD}` as const;
export type Shown = number | typeof SUPPRESSED;

export interface ShownValue {
  readonly value: Shown | null;
  readonly numerator?: Shown;
  readonly denominator?: Shown;
  readonly observations?: Shown;
}

export interface SuppressedFigureRow extends Omit<PlanFigureRow, 'value' | 'series' | 'check'> {
  readonly value: ShownValue;
  /** `difference` is null when the value is suppressed (it would give the count away). */
  readonly check: TargetCheck;
  readonly series: ReadonlyArray<Omit<SeriesPoint, 'value'> & { readonly value: ShownValue }>;
}

export interface SuppressedPlanFigures extends Omit<PlanFigures, 'rows'> {
  readonly rows: readonly SuppressedFigureRow[];
}

const COUNT_UNITS: ReadonlySet<IndicatorUnit> = new Set(['households', 'applications', 'cases', 'appeals', 'dwellings', 'evictions', 'participants']);

const isSmall = (n: number | undefined): boolean => n !== undefined && Number.isInteger(n) && n >= 0 && suppressSmallCount(n) !== String(n);
const show = (n: number): Shown => (isSmall(n) ? SUPPRESSED : n);

/**
 * One value as shown outside case work: a count 1–4 (the value of a count indicator, a share's
 * numerator or denominator) becomes «<5», and so does the share itself when either part is
 * hidden (it would give the count away); a median of fewer than five observations is hidden with
 * its number of observations.
 */
export function suppressValue(v: IndicatorValue, unit: IndicatorUnit): ShownValue {
  const tooFewObservations = v.observations !== undefined && v.observations < SUPPRESSION_THRESHOLD && v.observations > 0;
  const partHidden = isSmall(v.numerator) || isSmall(v.denominator);
  const valueHidden = (COUNT_UNITS.has(unit) && v.value !== null && isSmall(v.value)) || partHidden || tooFewObservations;
  return {
    value: valueHidden ? SUPPRESSED : v.value,
    ...(v.numerator === undefined ? {} : { numerator: show(v.numerator) }),
    ...(v.denominator === undefined ? {} : { denominator: show(v.denominator) }),
    ...(v.observations === undefined ? {} : { observations: tooFewObservations ? SUPPRESSED : v.observations }),
  };
}

/** The figures with small counts replaced by «<5» (values, numerators, denominators, series points, thin medians). */
export function suppressFigures(figures: PlanFigures): SuppressedPlanFigures {
  return {
    asOf: figures.asOf,
    period: figures.period,
    rows: figures.rows.map((row) => {
      const value = suppressValue(row.value, row.unit);
      return {
        ...row,
        value,
        check: value.value === SUPPRESSED ? { ...row.check, difference: null } : row.check,
        series: row.series.map((p) => ({ ...p, value: suppressValue(p.value, row.unit) })),
      };
    }),
  };
}
