/**
 * Pure rules of the work list: which decisions run out soon. The preliminary-reply rule is
 * domain/deadlines (caseDeadlineStatus).
 */
import { addDays, compareDates, type IsoDate } from '../deadlines/calendar.js';

/**
 * Days before a decision's validity ends that the work list starts to show it [I]: about two
 * months, so a household still waiting can be re-assessed before the approval lapses
 * (Sandnes: approvals valid 12 months, domain.md § 2.2).
 */
export const VALIDITY_WARNING_DAYS = 60;

/** True when `validUntil` is today or within the next `days` days (not when it has already passed). */
export function validityRunsOutSoon(validUntil: IsoDate, today: IsoDate, days = VALIDITY_WARNING_DAYS): boolean {
  return compareDates(validUntil, today) >= 0 && compareDates(validUntil, addDays(today, days)) <= 0;
}
