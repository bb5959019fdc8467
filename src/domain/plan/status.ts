import { daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { IndicatorKind, IndicatorUnit } from '../indicators/types.js';

/**
 * A plan target's status from the indicator's value (issue 7 § 2). Husly's rule [I] — no
 * national definition exists:
 *
 * - `at_most` (fewer is better): on track when value ≤ target, at risk when value ≤ target +
 *   tolerance, otherwise off track. `at_least` the mirror image.
 * - A count of events (a flow counted in households, applications, evictions …) for a year that
 *   is still running is compared pro rata: the target is scaled by the share of the year's days
 *   that have passed (a yearly target of 40 new applications is 20 at 1 July). Shares, medians,
 *   days, kroner and stocks are compared as they are.
 * - No value (a share of nothing, a median of no values) gives `no_data`.
 */

export type TargetDirection = 'at_most' | 'at_least';
export type TargetStatus = 'on_track' | 'at_risk' | 'off_track' | 'no_data';

export interface TargetRule {
  readonly direction: TargetDirection;
  readonly target: number;
  /** In the indicator's unit; ≥ 0. */
  readonly tolerance: number;
}

export interface TargetCheck {
  readonly status: TargetStatus;
  /** The target the value was compared with (pro rata for a running year's count). */
  readonly comparedWith: number;
  /** value − comparedWith (positive = above); null without a value. */
  readonly difference: number | null;
}

const COUNT_UNITS: ReadonlySet<IndicatorUnit> = new Set(['households', 'applications', 'cases', 'appeals', 'dwellings', 'evictions', 'participants']);

/** Whether a yearly target for this indicator is scaled pro rata while the year runs. */
export function isProRata(kind: IndicatorKind, unit: IndicatorUnit): boolean {
  return kind === 'flow' && COUNT_UNITS.has(unit);
}

/**
 * The share of `year` that has passed on `day` (both the first and the day itself counted):
 * 0 before the year, 1 after it.
 */
export function yearElapsed(year: number, day: IsoDate): number {
  const first = `${year}-01-01`;
  const last = `${year}-12-31`;
  if (day < first) return 0;
  if (day >= last) return 1;
  return (daysBetween(first, day) + 1) / (daysBetween(first, last) + 1);
}

/**
 * The status of `value` against the rule. `elapsed` is the share of the target's year measured
 * (1 for a closed year); it scales the target only when `proRata`.
 * @throws RangeError for a negative tolerance or an elapsed share outside 0–1.
 */
export function checkTarget(rule: TargetRule, value: number | null, options: { readonly proRata: boolean; readonly elapsed: number }): TargetCheck {
  if (!(rule.tolerance >= 0)) throw new RangeError(`tolerance must be ≥ 0: ${rule.tolerance}`);
  if (!(options.elapsed >= 0 && options.elapsed <= 1)) throw new RangeError(`elapsed must be 0–1: ${options.elapsed}`);
  const comparedWith = options.proRata ? rule.target * options.elapsed : rule.target;
  const tolerance = options.proRata ? rule.tolerance * options.elapsed : rule.tolerance;
  if (value === null || Number.isNaN(value)) return { status: 'no_data', comparedWith, difference: null };
  const difference = value - comparedWith;
  const miss = rule.direction === 'at_most' ? difference : -difference;
  const status: TargetStatus = miss <= 1e-9 ? 'on_track' : miss <= tolerance + 1e-9 ? 'at_risk' : 'off_track';
  return { status, comparedWith, difference };
}
