import { addMonths, compareDates, type IsoDate } from '../deadlines/calendar.js';
import type { Problem } from './terms.js';

/**
 * Rent adjustments under husleieloven chapter 4 (domain.md § 2.3):
 * - § 4-2 index (KPI): at most once every 12 months since the rent was last fixed, and with at
 *   least one month's written notice; the rise follows the change in the consumer price index.
 * - § 4-3 gjengs leie: when the lease has run 2½ years without changes other than § 4-2, with at
 *   least six months' written notice — so the earliest change is three years after the start.
 */

export const ADJUSTMENT_KINDS = ['index', 'gjengs'] as const;
export type AdjustmentKind = (typeof ADJUSTMENT_KINDS)[number];

/** § 4-2: months between two index adjustments (or since the rent was fixed). */
export const INDEX_INTERVAL_MONTHS = 12;
/** § 4-2: months of written notice before an index adjustment takes effect. */
export const INDEX_NOTICE_MONTHS = 1;
/** § 4-3: months the lease must have run without other changes before gjengs leie may be claimed (2½ years). */
export const GJENGS_INTERVAL_MONTHS = 30;
/** § 4-3: months of written notice before a change to gjengs leie takes effect. */
export const GJENGS_NOTICE_MONTHS = 6;

export interface AdjustmentLease {
  startDate: IsoDate;
  /** Last day, or null when open-ended. */
  endDate: IsoDate | null;
  lastIndexAdjustmentOn: IsoDate | null;
  lastGjengsAdjustmentOn: IsoDate | null;
}

export interface AdjustmentRequest {
  kind: AdjustmentKind;
  noticeSentOn: IsoDate;
  effectiveOn: IsoDate;
}

const latest = (dates: ReadonlyArray<IsoDate | null>): IsoDate =>
  dates.filter((d): d is IsoDate => d !== null).reduce((a, b) => (compareDates(a, b) >= 0 ? a : b));

/** When the rent was last fixed: the start, or the latest adjustment of either kind (§ 4-2 counts from there). */
export function rentLastFixedOn(lease: AdjustmentLease): IsoDate {
  return latest([lease.startDate, lease.lastIndexAdjustmentOn, lease.lastGjengsAdjustmentOn]);
}

/** The start of the 2½ years of § 4-3: the start or the last gjengs change (index changes do not restart it). */
export function gjengsPeriodStart(lease: AdjustmentLease): IsoDate {
  return latest([lease.startDate, lease.lastGjengsAdjustmentOn]);
}

/**
 * Every reason the law refuses the adjustment, at once (empty when it is allowed). Codes:
 * `effectiveOn: index_within_12_months`, `noticeSentOn: notice_too_short`,
 * `noticeSentOn: gjengs_within_30_months`, `noticeSentOn: in_future`,
 * `effectiveOn: before_start` / `after_lease_end`.
 */
export function checkAdjustment(lease: AdjustmentLease, request: AdjustmentRequest, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (compareDates(request.noticeSentOn, today) > 0) problems.push({ path: 'noticeSentOn', code: 'in_future' });
  if (compareDates(request.effectiveOn, lease.startDate) <= 0) problems.push({ path: 'effectiveOn', code: 'before_start' });
  if (lease.endDate !== null && compareDates(request.effectiveOn, lease.endDate) > 0) problems.push({ path: 'effectiveOn', code: 'after_lease_end' });
  if (request.kind === 'index') {
    if (compareDates(request.effectiveOn, addMonths(rentLastFixedOn(lease), INDEX_INTERVAL_MONTHS)) < 0) {
      problems.push({ path: 'effectiveOn', code: 'index_within_12_months' });
    }
    if (compareDates(request.effectiveOn, addMonths(request.noticeSentOn, INDEX_NOTICE_MONTHS)) < 0) {
      problems.push({ path: 'noticeSentOn', code: 'notice_too_short' });
    }
  } else {
    if (compareDates(request.noticeSentOn, addMonths(gjengsPeriodStart(lease), GJENGS_INTERVAL_MONTHS)) < 0) {
      problems.push({ path: 'noticeSentOn', code: 'gjengs_within_30_months' });
    }
    if (compareDates(request.effectiveOn, addMonths(request.noticeSentOn, GJENGS_NOTICE_MONTHS)) < 0) {
      problems.push({ path: 'noticeSentOn', code: 'notice_too_short' });
    }
  }
  return problems;
}

function tenths(index: number): number {
  const t = Math.round(index * 10);
  if (Math.abs(index * 10 - t) > 1e-6) throw new RangeError(`KPI has one decimal: ${index}`);
  return t;
}

/**
 * The rent after a § 4-2 adjustment: the old rent times the change in KPI between the index
 * when the rent was last fixed (`kpiFrom`) and the latest published index (`kpiTo`), rounded
 * to whole kroner, half up. SSB publishes KPI with one decimal; the arithmetic is done in
 * tenths as integers so no floating-point error can move a krone.
 * @throws RangeError when an index is not positive or has more than one decimal, or the rent is not a whole, non-negative number.
 */
export function kpiAdjustedRent(oldRent: number, kpiFrom: number, kpiTo: number): number {
  if (!Number.isInteger(oldRent) || oldRent < 0) throw new RangeError(`not a rent: ${oldRent}`);
  if (!(kpiFrom > 0) || !(kpiTo > 0)) throw new RangeError('KPI values must be positive');
  const from = tenths(kpiFrom);
  const to = tenths(kpiTo);
  return Math.floor((2 * oldRent * to + from) / (2 * from));
}
