import { addMonths, compareDates, daysBetween, toIsoDate, type IsoDate } from './calendar.js';
import { addWorkingDays } from './holidays.js';
import { applyRule, deadlineRuleOn, ruleRef, type RuleRef } from './rules.js';

/**
 * Forvaltningsloven deadlines for one case: the foreløpig svar (fvl. § 11a), the klagefrist
 * (fvl. §§ 29–31) and how long a decision stays valid. All dates are Norwegian calendar
 * dates; "today" is always a parameter.
 */

/** Per-call overrides of a rule's defaults. */
export interface DeadlineOptions {
  /** Extend a deadline ending on a Saturday, Sunday or holiday to the next working day; default: the rule's setting. */
  readonly rollToWorkingDay?: boolean;
}

export interface PreliminaryReplyDeadline {
  readonly receivedOn: IsoDate;
  /** From this day the work list warns that no foreløpig svar has been sent. */
  readonly warningFrom: IsoDate;
  /** The last day a foreløpig svar is in time. */
  readonly dueOn: IsoDate;
  readonly rule: RuleRef;
}

/**
 * When a foreløpig svar is due for an enquiry received on `receivedOn`: one month after
 * receipt (fvl. § 11a third paragraph), with a warning three weeks after receipt.
 * @throws RangeError when `receivedOn` is not a calendar date.
 */
export function preliminaryReplyDeadline(receivedOn: IsoDate, options: DeadlineOptions = {}): PreliminaryReplyDeadline {
  const received = toIsoDate(receivedOn);
  const rule = deadlineRuleOn('preliminary_reply', received);
  const warning = deadlineRuleOn('preliminary_reply_warning', received);
  return {
    receivedOn: received,
    warningFrom: applyRule(warning, received),
    dueOn: applyRule(rule, received, options.rollToWorkingDay),
    rule: ruleRef(rule),
  };
}

/**
 * [I] Working days a posted letter is assumed to take to arrive when the day it reached the
 * party is not known. A municipal practice choice, not law: set it per municipality.
 */
export const DEFAULT_ASSUMED_POSTAL_DELIVERY_DAYS = 3;

/** How the notice of a decision reached the party. */
export type NoticeDelivery =
  /** The day it reached the party is known (handed over, signed for, opened in Digipost …). */
  | { readonly reachedOn: IsoDate }
  /** Sent by post on `postedOn`; arrival is assumed after `assumedPostalDeliveryDays` working days. */
  | { readonly postedOn: IsoDate; readonly assumedPostalDeliveryDays?: number };

export interface AppealDeadline {
  /** The day the notice reached the party; the deadline starts here (fvl. § 29 first paragraph). */
  readonly noticeReachedOn: IsoDate;
  /** True when `noticeReachedOn` is assumed from the posting date rather than known. */
  readonly deliveryAssumed: boolean;
  /** The last day an appeal is in time. */
  readonly dueOn: IsoDate;
  readonly rule: RuleRef;
}

/**
 * The klagefrist: three weeks from the day the notice of the decision reached the party
 * (fvl. § 29 first paragraph), extended past a Saturday, Sunday or holiday unless turned off.
 * @throws RangeError when a date is not a calendar date or the delivery days are not a non-negative integer.
 */
export function appealDeadline(delivery: NoticeDelivery, options: DeadlineOptions = {}): AppealDeadline {
  const assumed = 'postedOn' in delivery;
  const reachedOn = assumed
    ? addWorkingDays(delivery.postedOn, delivery.assumedPostalDeliveryDays ?? DEFAULT_ASSUMED_POSTAL_DELIVERY_DAYS)
    : toIsoDate(delivery.reachedOn);
  const rule = deadlineRuleOn('appeal', reachedOn);
  return {
    noticeReachedOn: reachedOn,
    deliveryAssumed: assumed,
    dueOn: applyRule(rule, reachedOn, options.rollToWorkingDay),
    rule: ruleRef(rule),
  };
}

export type AppealTimeliness =
  | { readonly inTime: true }
  | {
      readonly inTime: false;
      /** Days after the deadline (the day after the deadline is 1). */
      readonly lateBy: number;
      /**
       * Whether the klageinstans may still consider it: yes under fvl. § 31 first paragraph
       * (a discretionary assessment, not a right), no once more than a year has passed
       * since the decision (fvl. § 31 third paragraph).
       */
      readonly mayBeConsidered: boolean;
      readonly basis: 'fvl. § 31' | 'fvl. § 31 tredje ledd';
    };

/**
 * Whether an appeal posted, sent or handed in on `submittedOn` is in time for the deadline
 * `deadline`: it is when submitted on or before the last day (fvl. § 30). Pass `decidedOn`
 * to apply the one-year limit of fvl. § 31 third paragraph to a late appeal.
 * @throws RangeError when a date is not a calendar date.
 */
export function isAppealInTime(
  submittedOn: IsoDate,
  deadline: IsoDate,
  options: { readonly decidedOn?: IsoDate } = {},
): AppealTimeliness {
  const lateBy = daysBetween(deadline, submittedOn);
  if (lateBy <= 0) return { inTime: true };
  if (options.decidedOn !== undefined) {
    const rule = deadlineRuleOn('late_appeal_cutoff', options.decidedOn);
    const lastDay = applyRule(rule, options.decidedOn);
    if (compareDates(submittedOn, lastDay) > 0) {
      return { inTime: false, lateBy, mayBeConsidered: false, basis: 'fvl. § 31 tredje ledd' };
    }
  }
  return { inTime: false, lateBy, mayBeConsidered: true, basis: 'fvl. § 31' };
}

/**
 * The last day a decision stays valid when the municipality gives it a validity of `months`
 * months (e.g. an approval for a kommunal bolig: 12 months in Sandnes, 6 in Sande, per
 * domain.md § 10.2). Counted like a deadline in months (domstolloven § 148 by analogy [I]):
 * the same day number, or the month's last day; never moved off a weekend.
 * @throws RangeError when `decisionDate` is not a calendar date or `months` is not a positive integer.
 */
export function validUntil(decisionDate: IsoDate, months: number): IsoDate {
  if (!Number.isInteger(months) || months <= 0) throw new RangeError(`not a positive whole number of months: ${months}`);
  return addMonths(decisionDate, months);
}
