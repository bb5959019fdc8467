import { addMonths, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { LeaseStatus } from './lease-status.js';
import type { LeasePolicy } from './policy.js';

/**
 * Signals on running leases, decided purely from the leases and today's date; the service
 * writes what they ask for (renewal assessments, tasks).
 *
 * Renewal assessment (ny vurdering ved kontraktsutløp): opens `renewalMonthsBeforeEnd` months
 * before the end date (default 6; domain.md § 10.3), for signed, time-limited leases.
 *
 * § 9-2 (3) alarm: a time-limited lease whose tenant stays more than three months after the end
 * date, without the landlord having demanded in writing that the tenant move out, becomes
 * open-ended. Husly's definition [I]:
 * - `alarm` from the end date onward, while no written notice to leave is recorded and the lease
 *   is neither terminated (an oppsigelse is such a demand) nor ended;
 * - `critical` when the deadline (end date + 3 months, the last day to act) is at most
 *   `section92CriticalDays` (default 30) days away;
 * - `lapsed` after the deadline: the lease has probably become open-ended and needs a legal
 *   assessment — the alarm stays until the lease is ended or a notice is recorded.
 */

/** § 9-2 (3): months after the end date before a lease without written notice becomes open-ended. */
export const SECTION_9_2_MONTHS = 3;

export interface SignalLease {
  id: string;
  status: LeaseStatus;
  /** Last day; null for an open-ended lease. */
  endDate: IsoDate | null;
  /** The written notice to leave (varsel om fraflytting), when one is recorded. */
  noticeGivenOn: IsoDate | null;
  hasRenewalAssessment: boolean;
}

/** The day the renewal assessment of a lease ending on `endDate` is due to open. */
export function renewalOpensOn(endDate: IsoDate, monthsBeforeEnd: number): IsoDate {
  return addMonths(endDate, -monthsBeforeEnd);
}

/** The last day on which a written notice to leave prevents § 9-2 (3) from making the lease open-ended. */
export function section92Deadline(endDate: IsoDate): IsoDate {
  return addMonths(endDate, SECTION_9_2_MONTHS);
}

export type Section92Level = 'alarm' | 'critical' | 'lapsed';

export interface Section92Alarm {
  level: Section92Level;
  endDate: IsoDate;
  deadline: IsoDate;
  /** Days from today to the deadline (negative once lapsed). */
  daysLeft: number;
}

/** The § 9-2 (3) alarm of a lease today, or null when there is none. */
export function section92Alarm(lease: Omit<SignalLease, 'id' | 'hasRenewalAssessment'>, today: IsoDate, criticalDays: number): Section92Alarm | null {
  if (lease.status !== 'signed' || lease.endDate === null || lease.noticeGivenOn !== null) return null;
  if (compareDates(today, lease.endDate) < 0) return null;
  const deadline = section92Deadline(lease.endDate);
  const daysLeft = daysBetween(today, deadline);
  const level: Section92Level = daysLeft < 0 ? 'lapsed' : daysLeft <= criticalDays ? 'critical' : 'alarm';
  return { level, endDate: lease.endDate, deadline, daysLeft };
}

/** Whether a renewal assessment should be open for the lease today (and is not yet). */
export function renewalDue(lease: SignalLease, today: IsoDate, monthsBeforeEnd: number): boolean {
  return (
    lease.status === 'signed' &&
    lease.endDate !== null &&
    !lease.hasRenewalAssessment &&
    compareDates(today, renewalOpensOn(lease.endDate, monthsBeforeEnd)) >= 0
  );
}

export interface SignalDecision {
  renewals: Array<{ leaseId: string; endDate: IsoDate; opensOn: IsoDate }>;
  alarms: Array<{ leaseId: string; alarm: Section92Alarm }>;
}

/** What the daily lease job should do today: which renewal assessments to open, which alarms to raise. */
export function decideLeaseSignals(leases: readonly SignalLease[], today: IsoDate, policy: Pick<LeasePolicy, 'renewalMonthsBeforeEnd' | 'section92CriticalDays'>): SignalDecision {
  const decision: SignalDecision = { renewals: [], alarms: [] };
  for (const lease of leases) {
    if (lease.endDate !== null && renewalDue(lease, today, policy.renewalMonthsBeforeEnd)) {
      decision.renewals.push({ leaseId: lease.id, endDate: lease.endDate, opensOn: renewalOpensOn(lease.endDate, policy.renewalMonthsBeforeEnd) });
    }
    const alarm = section92Alarm(lease, today, policy.section92CriticalDays);
    if (alarm) decision.alarms.push({ leaseId: lease.id, alarm });
  }
  return decision;
}
