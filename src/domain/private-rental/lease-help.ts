import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import type { FieldProblem } from './landlord.js';

/**
 * A household helped into a private lease directly (NAV's housing adviser: viewing, contract,
 * deposit guarantee), and how it went:
 *
 *   in_progress ──▶ signed     (a lease with a landlord from the register, with its start date)
 *               ──▶ not_found  (no lease was found)
 *               ──▶ ended      (the help stopped for another reason: moved away, withdrew)
 *
 * Each outcome is final and has its date; a new attempt is a new record.
 */
export const LEASE_HELP_STATUSES = ['in_progress', 'signed', 'not_found', 'ended'] as const;
export type LeaseHelpStatus = (typeof LEASE_HELP_STATUSES)[number];

export interface LeaseHelpState {
  status: LeaseHelpStatus;
  startedOn: IsoDate;
  landlordId: string | null;
  leaseStartsOn: IsoDate | null;
  outcomeOn: IsoDate | null;
}

/** The outcomes a help in `status` may move to. */
export function nextStatuses(status: LeaseHelpStatus): LeaseHelpStatus[] {
  return status === 'in_progress' ? ['signed', 'not_found', 'ended'] : [];
}

/**
 * A help as it will be stored (after = before with the changes), all problems at once:
 * the status change allowed from `before`; an outcome with its date, not before the help began
 * and not ahead of today; «signed» with a landlord and the lease's start; no outcome date while in progress.
 */
export function checkLeaseHelp(before: LeaseHelpState | null, after: LeaseHelpState, today: IsoDate): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (compareDates(after.startedOn, today) > 0) problems.push({ path: 'startedOn', code: 'in_future' });
  const from = before?.status ?? 'in_progress';
  if (after.status !== from && !nextStatuses(from).includes(after.status)) problems.push({ path: 'status', code: 'outcome_final' });
  if (after.status === 'in_progress') {
    if (after.outcomeOn !== null) problems.push({ path: 'outcomeOn', code: 'outcome_while_in_progress' });
  } else if (after.outcomeOn === null) {
    problems.push({ path: 'outcomeOn', code: 'required' });
  } else if (compareDates(after.outcomeOn, today) > 0) {
    problems.push({ path: 'outcomeOn', code: 'in_future' });
  } else if (compareDates(after.outcomeOn, after.startedOn) < 0) {
    problems.push({ path: 'outcomeOn', code: 'before_started' });
  }
  if (after.status === 'signed') {
    if (after.landlordId === null) problems.push({ path: 'landlordId', code: 'required_when_signed' });
    if (after.leaseStartsOn === null) problems.push({ path: 'leaseStartsOn', code: 'required_when_signed' });
  }
  return problems;
}
