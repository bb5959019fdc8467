import type { IndicatorText, IndicatorUnit } from '../indicators/types.js';
import type { TargetStatus } from '../plan/status.js';
import { reportIndicators, type ReportModel, type ReportValue } from './model.js';

/**
 * A published council report against the one before it: per indicator the two values, the
 * change and how the target status moved. A suppressed value («<5») has no number, so its change
 * is unknown (null) rather than guessed.
 */

export type StatusChange = 'improved' | 'worsened' | 'unchanged' | 'new' | 'removed' | 'not_comparable';

export interface ComparisonRow {
  readonly id: string;
  readonly name: IndicatorText;
  readonly unit: IndicatorUnit;
  /** Null when the indicator is not in that report. */
  readonly current: ReportValue | null;
  readonly previous: ReportValue | null;
  /** current − previous; null when either is missing, suppressed or has no figure. */
  readonly change: number | null;
  readonly statusFrom: TargetStatus | null;
  readonly statusTo: TargetStatus | null;
  readonly statusChange: StatusChange;
}

export interface ReportComparison {
  readonly current: { readonly periodLabel: string; readonly dataVersion: string | null };
  readonly previous: { readonly periodLabel: string; readonly dataVersion: string | null };
  readonly rows: readonly ComparisonRow[];
}

const RANK: Readonly<Record<TargetStatus, number | null>> = { on_track: 0, at_risk: 1, off_track: 2, no_data: null };

/** How the status moved: a better rank is an improvement; no_data on either side is not comparable. */
export function statusChange(from: TargetStatus | null, to: TargetStatus | null): StatusChange {
  if (from === null && to === null) return 'not_comparable';
  if (from === null) return 'new';
  if (to === null) return 'removed';
  const a = RANK[from];
  const b = RANK[to];
  if (a === null || b === null) return from === to ? 'unchanged' : 'not_comparable';
  return b < a ? 'improved' : b > a ? 'worsened' : 'unchanged';
}

const numberOf = (v: ReportValue | null): number | null => (v && !v.suppressed ? v.value : null);

/**
 * Compares `current` with `previous`: the current report's indicators in its order, then those
 * only the previous one had. An indicator without a target in a report has status null there.
 */
export function compareReports(current: ReportModel, previous: ReportModel): ReportComparison {
  const now = reportIndicators(current);
  const before = new Map(reportIndicators(previous).map((i) => [i.id, i]));
  const seen = new Set<string>();
  const rows: ComparisonRow[] = [];
  for (const indicator of now) {
    if (seen.has(indicator.id)) continue;
    seen.add(indicator.id);
    const old = before.get(indicator.id);
    const a = numberOf(old?.value ?? null);
    const b = numberOf(indicator.value);
    const from = old ? old.status : null;
    const to = indicator.status;
    rows.push({
      id: indicator.id,
      name: indicator.name,
      unit: indicator.unit,
      current: indicator.value,
      previous: old ? old.value : null,
      change: a === null || b === null ? null : roundChange(b - a),
      statusFrom: from,
      statusTo: to,
      statusChange: old ? statusChange(from, to) : from === null && to === null ? 'not_comparable' : 'new',
    });
  }
  for (const old of before.values()) {
    if (seen.has(old.id)) continue;
    seen.add(old.id);
    rows.push({ id: old.id, name: old.name, unit: old.unit, current: null, previous: old.value, change: null, statusFrom: old.status, statusTo: null, statusChange: 'removed' });
  }
  return {
    current: { periodLabel: current.periodLabel, dataVersion: current.dataVersion },
    previous: { periodLabel: previous.periodLabel, dataVersion: previous.dataVersion },
    rows,
  };
}

/** Float noise away (12.3 − 10.1 = 2.2000000000000011). */
const roundChange = (n: number): number => Math.round(n * 1e6) / 1e6;
