import { compareDates, daysBetween, toIsoDate, type IsoDate } from './calendar.js';
import { preliminaryReplyDeadline, type DeadlineOptions } from './deadlines.js';
import { type RuleRef } from './rules.js';

/**
 * Where a case stands against the foreløpig-svar duty of fvl. § 11a, for the work list:
 * nothing older than a month without a reply may be missed (the Sivilombudet's Stavanger
 * case, domain.md § 1.1).
 */

export type CaseDeadlineState = 'ok' | 'warning' | 'overdue' | 'replied' | 'decided';

export interface CaseDeadlineInput {
  readonly receivedOn: IsoDate;
  readonly preliminaryReplySentOn?: IsoDate;
  readonly decidedOn?: IsoDate;
  /** Today's date in Norway (see osloDate); the caller's clock. */
  readonly today: IsoDate;
}

export interface CaseDeadlineStatus {
  readonly preliminaryReplyDue: IsoDate;
  readonly warningFrom: IsoDate;
  readonly state: CaseDeadlineState;
  /** Days past `preliminaryReplyDue` when the state is 'overdue'; otherwise 0. */
  readonly daysOverdue: number;
  readonly rule: RuleRef;
}

/**
 * The foreløpig-svar status of a case on `today`. A decision ends the duty ('decided'); a
 * foreløpig svar fulfils it ('replied'); otherwise the case is 'ok' before `warningFrom`,
 * 'warning' from then until and including the due day, and 'overdue' after it. Recorded
 * replies and decisions count as they are, even if dated after `today`.
 * @throws RangeError when a date is not a calendar date.
 */
export function caseDeadlineStatus(input: CaseDeadlineInput, options: DeadlineOptions = {}): CaseDeadlineStatus {
  const today = toIsoDate(input.today);
  const deadline = preliminaryReplyDeadline(input.receivedOn, options);
  const base = { preliminaryReplyDue: deadline.dueOn, warningFrom: deadline.warningFrom, rule: deadline.rule };
  // Read (and so checked) first: a malformed recorded date must fail, not read as "not done".
  const decidedOn = input.decidedOn === undefined ? undefined : toIsoDate(input.decidedOn);
  const repliedOn = input.preliminaryReplySentOn === undefined ? undefined : toIsoDate(input.preliminaryReplySentOn);
  if (decidedOn !== undefined) return { ...base, state: 'decided', daysOverdue: 0 };
  if (repliedOn !== undefined) return { ...base, state: 'replied', daysOverdue: 0 };
  if (compareDates(today, deadline.dueOn) > 0) {
    return { ...base, state: 'overdue', daysOverdue: daysBetween(deadline.dueOn, today) };
  }
  if (compareDates(today, deadline.warningFrom) >= 0) return { ...base, state: 'warning', daysOverdue: 0 };
  return { ...base, state: 'ok', daysOverdue: 0 };
}
