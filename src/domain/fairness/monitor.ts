import { SUPPRESSION_THRESHOLD } from '../statistics/suppression.js';

/**
 * The fairness monitor (likebehandling på ventelisten): waiting times and outcomes of approved
 * households by household type, age band, gender, refugee status and need category. A group
 * whose median wait deviates from everyone's by more than the threshold is flagged, so the
 * housing office can ask why. Aggregates only: a cell with fewer than five households shows no
 * number and is never flagged (it would point at persons). Pure.
 */

export const HOUSEHOLD_TYPES = ['single', 'couple', 'single_parent', 'couple_with_children', 'other'] as const;
export type HouseholdType = (typeof HOUSEHOLD_TYPES)[number];

export const AGE_BANDS = ['18-25', '26-35', '36-50', '51-66', '67+'] as const;
export type AgeBand = (typeof AGE_BANDS)[number];

export const FAIRNESS_DIMENSIONS = ['householdType', 'ageBand', 'gender', 'refugee', 'needCategory'] as const;
export type FairnessDimension = (typeof FAIRNESS_DIMENSIONS)[number];

export const WAIT_OUTCOMES = ['housed', 'waiting', 'lapsed'] as const;
export type WaitOutcome = (typeof WAIT_OUTCOMES)[number];

/** One approved household: its groups and how its wait went. No names, no ids. */
export interface WaitRecord {
  readonly householdType: HouseholdType;
  readonly ageBand: AgeBand | 'unknown';
  readonly gender: 'female' | 'male' | 'other' | 'unknown';
  readonly refugee: 'yes' | 'no';
  readonly needCategory: string;
  readonly outcome: WaitOutcome;
  /** Days from the approval to the accepted offer (housed), to today (waiting) or to the end of validity (lapsed). */
  readonly waitDays: number;
}

export interface FairnessOptions {
  /** Flag a group whose median wait is this share above or below everyone's (default 0.25 = 25 %). [I] */
  readonly threshold?: number;
}

export interface GroupRow {
  readonly group: string;
  /** Null: fewer than five households (shown as «<5»); 0 is shown. */
  readonly households: number | null;
  readonly suppressed: boolean;
  /** Median days waited; null when suppressed. */
  readonly medianWaitDays: number | null;
  /** Median wait relative to everyone's (1.3 = 30 % longer); null when suppressed or everyone's median is 0. */
  readonly ratio: number | null;
  /** Outcome counts; each null when suppressed as a cell on its own (1–4). */
  readonly outcomes: Readonly<Record<WaitOutcome, number | null>>;
  readonly flagged: false | 'longer' | 'shorter';
}

export interface FairnessReport {
  readonly households: number;
  readonly medianWaitDays: number | null;
  readonly threshold: number;
  readonly dimensions: Readonly<Record<FairnessDimension, readonly GroupRow[]>>;
}

/** The median of whole days (the mean of the two middle values, rounded half up, for an even count). */
export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[mid]! : Math.round((sorted[mid - 1]! + sorted[mid]!) / 2);
}

/** The age band of an age in whole years; under 18 counts as unknown (an applicant is 18 or over). */
export function ageBandOf(age: number | null): AgeBand | 'unknown' {
  if (age === null || age < 18) return 'unknown';
  if (age <= 25) return '18-25';
  if (age <= 35) return '26-35';
  if (age <= 50) return '36-50';
  if (age <= 66) return '51-66';
  return '67+';
}

/** The household type from its adults and children. */
export function householdTypeOf(adults: number, children: number): HouseholdType {
  if (adults === 1) return children === 0 ? 'single' : 'single_parent';
  if (adults === 2) return children === 0 ? 'couple' : 'couple_with_children';
  return 'other';
}

const small = (n: number): boolean => n > 0 && n < SUPPRESSION_THRESHOLD;

function groupRow(group: string, members: readonly WaitRecord[], overall: number | null, threshold: number): GroupRow {
  const n = members.length;
  if (small(n)) {
    return { group, households: null, suppressed: true, medianWaitDays: null, ratio: null, outcomes: { housed: null, waiting: null, lapsed: null }, flagged: false };
  }
  const med = median(members.map((m) => m.waitDays));
  const ratio = med === null || overall === null || overall === 0 ? null : Math.round((med / overall) * 100) / 100;
  const outcomes = Object.fromEntries(
    WAIT_OUTCOMES.map((o) => {
      const c = members.filter((m) => m.outcome === o).length;
      return [o, small(c) ? null : c];
    }),
  ) as Record<WaitOutcome, number | null>;
  const flagged = ratio === null ? false : ratio > 1 + threshold ? 'longer' : ratio < 1 - threshold ? 'shorter' : false;
  return { group, households: n, suppressed: false, medianWaitDays: med, ratio, outcomes, flagged };
}

/** The monitor's table for each dimension. Groups are listed in a fixed order; empty groups are left out. */
export function fairnessReport(records: readonly WaitRecord[], options: FairnessOptions = {}): FairnessReport {
  const threshold = options.threshold ?? 0.25;
  if (!(threshold > 0 && threshold < 1)) throw new RangeError(`threshold must be between 0 and 1: ${threshold}`);
  const overall = median(records.map((r) => r.waitDays));
  const order: Record<FairnessDimension, readonly string[]> = {
    householdType: HOUSEHOLD_TYPES,
    ageBand: [...AGE_BANDS, 'unknown'],
    gender: ['female', 'male', 'other', 'unknown'],
    refugee: ['yes', 'no'],
    needCategory: [...new Set(records.map((r) => r.needCategory))].sort(),
  };
  const dimensions = Object.fromEntries(
    FAIRNESS_DIMENSIONS.map((d) => [
      d,
      order[d].flatMap((group) => {
        const members = records.filter((r) => String(r[d]) === group);
        return members.length === 0 ? [] : [groupRow(group, members, overall, threshold)];
      }),
    ]),
  ) as Record<FairnessDimension, GroupRow[]>;
  return { households: records.length, medianWaitDays: small(records.length) ? null : overall, threshold, dimensions };
}
