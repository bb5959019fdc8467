import type { IndicatorText } from '../indicators/types.js';
import type { Form13Figures } from './form13.js';
import { form13Rows, type Form13RowUnit } from './rows.js';

/**
 * Year-on-year comparison of form 13 (domain.md § 10.4 (1)): each row of this year beside last
 * year's, with the change and, for counts, the change as a share of last year's figure. Shares
 * and rates change in points, so they get no relative change.
 */

/** A count that moves by this share of last year's figure or more is marked [I]. */
export const UNUSUAL_CHANGE_SHARE = 0.5;
/** … unless both years are below this: small counts swing by chance [I] (the suppression threshold, statistics/). */
export const UNUSUAL_MIN_COUNT = 5;

export interface Form13Comparison {
  readonly key: string;
  readonly label: IndicatorText;
  readonly unit: Form13RowUnit;
  readonly previous: number | null;
  readonly current: number | null;
  /** current − previous (points for shares); null when either is missing. */
  readonly change: number | null;
  /** For counts: change ÷ previous (0.25 = up 25 %); null for shares and when last year was 0. */
  readonly changeShare: number | null;
  /** A count that changed by half or more, or appeared from 0, with at least five in one of the years: worth a look before sending. */
  readonly unusual: boolean;
}

/**
 * Compares two years' figures row by row, in this year's order.
 * @throws RangeError when `previous` is not the year before `current`.
 */
export function compareForm13(previous: Form13Figures, current: Form13Figures): Form13Comparison[] {
  if (previous.year !== current.year - 1) throw new RangeError(`not consecutive years: ${previous.year} and ${current.year}`);
  const before = new Map(form13Rows(previous).map((r) => [r.key, r.value]));
  return form13Rows(current).map((row) => {
    const prev = before.get(row.key) ?? null;
    const change = prev === null || row.value === null ? null : row.value - prev;
    const changeShare = row.unit !== 'count' || change === null || prev === 0 || prev === null ? null : change / prev;
    const large = changeShare !== null && Math.abs(changeShare) >= UNUSUAL_CHANGE_SHARE;
    const appeared = row.unit === 'count' && prev === 0 && (row.value ?? 0) > 0;
    const unusual = (large || appeared) && Math.max(prev ?? 0, row.value ?? 0) >= UNUSUAL_MIN_COUNT;
    return { key: row.key, label: row.label, unit: row.unit, previous: prev, current: row.value, change, changeShare, unusual };
  });
}
