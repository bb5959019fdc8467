import { compareDates, toIsoDate, type IsoDate } from '../deadlines/calendar.js';
import { median } from '../fairness/monitor.js';
import type { Period } from '../temporary/kostra.js';
import type { IndicatorHistory } from './history.js';
import type { IndicatorValue } from './types.js';

/**
 * Small shared pieces of the indicators: periods, counts, shares and medians.
 *
 * The history's dates are checked once ({@link checkHistoryDates}); after that they are
 * compared as strings, which orders ISO dates ('YYYY-MM-DD') correctly and is what keeps a
 * quarter's 60 indicators over a large municipality fast (calendar.ts parses every date it compares).
 */

const memos = new WeakMap<IndicatorHistory, Map<string, unknown>>();

/**
 * A value derived from a history, computed once per history and key. A history is never
 * changed once read (its types are readonly), so what is derived from it holds for its life:
 * the quarterly series and the district slices compute many indicators over one history, and
 * several indicators share the same pieces (the stock on a day, the new applications, the stay
 * chains). Callers must treat the value as readonly.
 */
export function memo<T>(history: IndicatorHistory, key: string, compute: () => T): T {
  let own = memos.get(history);
  if (own === undefined) {
    own = new Map();
    memos.set(history, own);
  }
  if (own.has(key)) return own.get(key) as T;
  const value = compute();
  own.set(key, value);
  return value;
}

/** True when `date` is in the period (both ends included). */
export function within(date: IsoDate | null, period: Period): boolean {
  return date !== null && period.from <= date && date <= period.to;
}

/** True when `date` is on or before `day`. */
export function onOrBefore(date: IsoDate | null, day: IsoDate): date is IsoDate {
  return date !== null && date <= day;
}

/** True when `date` is after `day`, or there is no date (still open). */
export function afterOrOpen(date: IsoDate | null, day: IsoDate): boolean {
  return date === null || date > day;
}

/** True for a real calendar date written 'YYYY-MM-DD'. */
function isIsoDate(value: string): boolean {
  try {
    return toIsoDate(value) === value;
  } catch {
    return false;
  }
}

type FactList = Exclude<keyof IndicatorHistory, 'asOf' | 'inhabitants' | 'districts'>;

/** The date fields of each kind of fact (a dwelling's status periods are checked on their own). */
const DATE_FIELDS: { readonly [K in FactList]: ReadonlyArray<keyof IndicatorHistory[K][number]> } = {
  applications: ['receivedOn', 'preliminaryReplySentOn', 'decidedOn', 'forwardedOn', 'closedWithoutDecisionOn'],
  appeals: ['receivedOn', 'outcomeOn'],
  waiting: ['approvedOn', 'validUntil', 'housedOn', 'leftOn', 'refugeeSettledOn'],
  housed: ['housedOn', 'refugeeSettledOn'],
  leases: ['startDate', 'endedOn'],
  dwellings: [],
  evictions: ['stepOn'],
  temporaryStays: ['startDate', 'endDate'],
  housingFirst: ['enrolledOn', 'housedOn', 'exitedOn'],
  rentToOwn: ['outcomeOn'],
};

const checkedHistories = new WeakSet<IndicatorHistory>();

/**
 * Checks every date of a history once, so the indicators may compare dates as strings. A
 * municipality has a few thousand distinct days, so each is parsed once; a history already
 * checked (it never changes) is not checked again.
 * @throws RangeError naming the first malformed date.
 */
export function checkHistoryDates(history: IndicatorHistory): void {
  if (checkedHistories.has(history)) return;
  const valid = new Set<string>();
  const check = (value: unknown, field: string): void => {
    if (typeof value !== 'string' || valid.has(value)) return;
    if (!isIsoDate(value)) throw new RangeError(`not an ISO date in ${field}: '${value}'`);
    valid.add(value);
  };
  check(history.asOf, 'asOf');
  for (const list of Object.keys(DATE_FIELDS) as FactList[]) {
    const fields = DATE_FIELDS[list] as readonly string[];
    for (const fact of history[list] as readonly object[]) {
      for (const field of fields) check((fact as Readonly<Record<string, unknown>>)[field], `${list}.${field}`);
    }
  }
  for (const d of history.dwellings) {
    for (const p of d.statusPeriods) {
      check(p.fromDate, 'dwellings.statusPeriods.fromDate');
      check(p.toDate, 'dwellings.statusPeriods.toDate');
    }
  }
  checkedHistories.add(history);
}

/**
 * The period cut to what is known: nothing after `asOf` exists yet, so the period ends there at
 * the latest (a report on the running quarter shows the quarter so far).
 * @throws RangeError when the period ends before it begins, begins after `asOf`, or a date is malformed.
 */
export function clipPeriod(period: Period, asOf: IsoDate): Period {
  if (compareDates(period.from, period.to) > 0) throw new RangeError(`period ends before it begins: ${period.from}–${period.to}`);
  if (compareDates(period.from, asOf) > 0) throw new RangeError(`period begins after the history's asOf: ${period.from} > ${asOf}`);
  return compareDates(period.to, asOf) > 0 ? { from: period.from, to: asOf } : period;
}

export const count = (n: number): IndicatorValue => ({ value: n });

/** numerator / denominator × scale (100 for a percent, 1000 per thousand); null when the denominator is 0. */
export function ratio(numerator: number, denominator: number, scale: number): IndicatorValue {
  return { value: denominator === 0 ? null : (numerator / denominator) * scale, numerator, denominator };
}

/** The median (fairness/monitor: the two middle values' mean rounded half up), with how many values there were. */
export function medianOf(values: readonly number[]): IndicatorValue {
  return { value: median(values), observations: values.length };
}

/** How many of the facts meet the test (a count without building the filtered list). */
export function countWhere<T>(facts: readonly T[], test: (fact: T) => boolean): number {
  let n = 0;
  for (const fact of facts) if (test(fact)) n += 1;
  return n;
}

/** How many different households the records name. */
export function distinctHouseholds(records: ReadonlyArray<{ readonly householdId: string }>): number {
  return new Set(records.map((r) => r.householdId)).size;
}
