import { compareDates, type IsoDate } from '../deadlines/calendar.js';

/**
 * The status of a dwelling over time (domain.md § 10.2: ledig, reservert, utleid, under
 * vedlikehold, ikke i bruk; plus solgt). A dwelling has one status at a time; its history
 * is a chain of periods that never overlap (exclusion constraint in the database).
 */
export const DWELLING_STATUSES = ['vacant', 'reserved', 'let', 'maintenance', 'not_in_use', 'sold'] as const;
export type DwellingStatus = (typeof DWELLING_STATUSES)[number];

export const DWELLING_STATUS_LABELS: Readonly<Record<DwellingStatus, readonly string[]>> = {
  vacant: ['ledig'],
  reserved: ['reservert'],
  let: ['utleid'],
  maintenance: ['under vedlikehold', 'vedlikehold'],
  not_in_use: ['ikke i bruk'],
  sold: ['solgt'],
};

/**
 * Allowed changes [I]. `sold` is final: a sold dwelling leaves the stock and its history is
 * kept as it was. A let dwelling is not sold or reserved directly: the tenancy ends first
 * (vacant, or maintenance for the move-out repairs), so vacancy after a tenancy is never hidden.
 */
export const STATUS_TRANSITIONS: Readonly<Record<DwellingStatus, readonly DwellingStatus[]>> = {
  vacant: ['reserved', 'let', 'maintenance', 'not_in_use', 'sold'],
  reserved: ['vacant', 'let', 'maintenance', 'not_in_use'],
  let: ['vacant', 'maintenance', 'not_in_use'],
  maintenance: ['vacant', 'reserved', 'let', 'not_in_use', 'sold'],
  not_in_use: ['vacant', 'maintenance', 'sold'],
  sold: [],
};

export function isDwellingStatus(value: string): value is DwellingStatus {
  return (DWELLING_STATUSES as readonly string[]).includes(value);
}

export function canChangeStatus(from: DwellingStatus, to: DwellingStatus): boolean {
  return STATUS_TRANSITIONS[from].includes(to);
}

export interface StatusChange {
  status: DwellingStatus;
  fromDate: IsoDate;
  /** Required for `maintenance`: when the dwelling is expected to be ready to let again. */
  expectedReadyOn?: IsoDate | null | undefined;
}

/** Why a status change is refused; `path` names the input field. */
export interface StatusProblem {
  path: 'status' | 'fromDate' | 'expectedReadyOn';
  code: 'invalid_transition' | 'before_current_status' | 'in_future' | 'required' | 'not_applicable' | 'before_from_date';
}

/**
 * Checks a new status for a dwelling whose current (open) period started on `current.fromDate`
 * (none for a new dwelling). Returns every problem; an empty list means the change may be made:
 * close the current period on `change.fromDate` and open the new one from that day.
 */
export function checkStatusChange(
  current: { status: DwellingStatus; fromDate: IsoDate } | undefined,
  change: StatusChange,
  today: IsoDate,
): StatusProblem[] {
  const problems: StatusProblem[] = [];
  if (current && !canChangeStatus(current.status, change.status)) problems.push({ path: 'status', code: 'invalid_transition' });
  if (compareDates(change.fromDate, today) > 0) problems.push({ path: 'fromDate', code: 'in_future' });
  // The closed period must keep at least one day (to_date > from_date in the database).
  else if (current && compareDates(change.fromDate, current.fromDate) <= 0) problems.push({ path: 'fromDate', code: 'before_current_status' });
  problems.push(...checkExpectedReady(change));
  return problems;
}

/** `expectedReadyOn` is required for maintenance, not allowed otherwise, and not before the start. */
export function checkExpectedReady(change: StatusChange): StatusProblem[] {
  const ready = change.expectedReadyOn ?? null;
  if (change.status === 'maintenance') {
    if (ready === null) return [{ path: 'expectedReadyOn', code: 'required' }];
    if (compareDates(ready, change.fromDate) < 0) return [{ path: 'expectedReadyOn', code: 'before_from_date' }];
    return [];
  }
  return ready === null ? [] : [{ path: 'expectedReadyOn', code: 'not_applicable' }];
}
