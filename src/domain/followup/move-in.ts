import { addDays, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { SignalReason } from './early-warning.js';

/**
 * The home visit after move-in (Trondheim's «Ny Vri», issue 6 point 4): a set number of days after
 * a household moves into a dwelling, a visit falls due — one task per lease, for the household's
 * follow-up worker when it has a plan, else for the follow-up team. Pure: today and the delay in force
 * are passed in.
 */

/** The task's signal key; the follow-up area's «record move-in visit» closes the task by it. */
export const moveInVisitKey = (leaseId: string): string => `move-in-visit:${leaseId}`;

export const MOVE_IN_VISIT_KEY_PREFIX = 'move-in-visit:';

/**
 * Days. A visit that fell due longer ago than this is not raised any more [I]: a month after it
 * fell due the household is no longer new — the regular follow-up (or none) takes over — and a first
 * run over existing leases (the demo, an import of existing tenancies) must not flood the team with
 * visits to people who moved in long ago.
 */
export const MOVE_IN_LOOKBACK_DAYS = 30;

export interface MoveInLease {
  readonly leaseId: string;
  readonly householdId: string;
  readonly startDate: IsoDate;
  /** The move-in date recorded with the handover checklist, when there is one. */
  readonly movedInOn: IsoDate | null;
  /** The household held an earlier lease of the same dwelling: a renewal, not a move-in. */
  readonly renewsEarlierLease: boolean;
}

export interface MoveInVisitDue {
  readonly leaseId: string;
  readonly householdId: string;
  readonly signalKey: string;
  readonly dueOn: IsoDate;
  readonly reason: Extract<SignalReason, { code: 'move_in_visit' }>;
}

/** The day the visit falls due: the recorded move-in (else the lease's start) plus the delay. */
export function moveInVisitDueOn(lease: Pick<MoveInLease, 'startDate' | 'movedInOn'>, afterDays: number): IsoDate {
  return addDays(lease.movedInOn ?? lease.startDate, afterDays);
}

/**
 * The visits due today: due on or before today, and not more than MOVE_IN_LOOKBACK_DAYS ago.
 * Whether a task was ever raised for the lease is the caller's to check (one per lease, ever).
 * @throws RangeError when a date is not a calendar date or the delay is not a whole number of days.
 */
export function moveInVisitsDue(leases: readonly MoveInLease[], afterDays: number, today: IsoDate): MoveInVisitDue[] {
  return leases.flatMap((l) => {
    if (l.renewsEarlierLease) return [];
    const dueOn = moveInVisitDueOn(l, afterDays);
    if (compareDates(dueOn, today) > 0 || daysBetween(dueOn, today) > MOVE_IN_LOOKBACK_DAYS) return [];
    const movedInOn = l.movedInOn ?? l.startDate;
    return [{ leaseId: l.leaseId, householdId: l.householdId, signalKey: moveInVisitKey(l.leaseId), dueOn, reason: { code: 'move_in_visit', params: { movedInOn, dueOn, afterDays } } }];
  });
}
