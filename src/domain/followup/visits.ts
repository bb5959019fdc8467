import { addDays, compareDates, daysBetween } from '../deadlines/calendar.js';
import { isVisitKind, type ContactStatus } from './kinds.js';

/**
 * Whether a household's visits keep to the agreed frequency (followup_plan.visit_every_days):
 * the next visit is due `visitEveryDays` after the last visit held — or after the plan started,
 * when none has been held yet — and is overdue from the day after. Only visits in the home count
 * (kinds.ts VISIT_KINDS); a missed or cancelled visit does not reset the clock. Pure: the caller
 * passes today's date.
 */

export interface VisitPlanFacts {
  startedOn: string;
  endedOn: string | null;
  /** Agreed frequency in days; null when no regular visits are agreed. */
  visitEveryDays: number | null;
}

export interface ContactFacts {
  id: string;
  kind: string;
  status: ContactStatus;
  plannedOn: string;
  plannedTime: string | null;
  heldOn: string | null;
}

export interface VisitStatus {
  lastHeldOn: string | null;
  /** The earliest visit planned for today or later. */
  nextPlanned: { contactId: string; plannedOn: string; plannedTime: string | null } | null;
  /** Visits planned before today that are still not recorded as held, missed or cancelled. */
  unrecorded: number;
  /** When the next visit is due by the agreed frequency; null without a frequency or after the plan ended. */
  dueOn: string | null;
  overdue: boolean;
  /** Days past `dueOn` (0 when not overdue). */
  daysOverdue: number;
  /** Visits missed since the last one held (the household was not there). */
  missedInARow: number;
}

const byDate = (a: string, b: string) => compareDates(a, b);

/** The visit status of one plan on `today`, from the plan's contacts (any kind; non-visits are ignored). */
export function visitStatus(plan: VisitPlanFacts, contacts: readonly ContactFacts[], today: string): VisitStatus {
  const visits = contacts.filter((c) => isVisitKind(c.kind));
  const held = visits.flatMap((c) => (c.status === 'held' && c.heldOn ? [c.heldOn] : [])).sort(byDate);
  const lastHeldOn = held.at(-1) ?? null;

  const planned = visits.filter((c) => c.status === 'planned');
  const upcoming = planned
    .filter((c) => compareDates(c.plannedOn, today) >= 0)
    .sort((a, b) => byDate(a.plannedOn, b.plannedOn) || (a.plannedTime ?? '99:99').localeCompare(b.plannedTime ?? '99:99'));
  const next = upcoming[0];

  const open = plan.endedOn === null || compareDates(plan.endedOn, today) > 0;
  const dueOn = open && plan.visitEveryDays !== null ? addDays(lastHeldOn ?? plan.startedOn, plan.visitEveryDays) : null;
  const daysOverdue = dueOn !== null ? Math.max(0, daysBetween(dueOn, today)) : 0;

  // The latest outcomes first (a visit held on the same day as a missed one counts as the later);
  // a missed visit counts until one was held after it.
  const outcomes = visits
    .flatMap((c) => (c.status === 'held' && c.heldOn ? [{ on: c.heldOn, held: true }] : c.status === 'missed' ? [{ on: c.plannedOn, held: false }] : []))
    .sort((a, b) => byDate(b.on, a.on) || Number(b.held) - Number(a.held));
  const lastHeldIndex = outcomes.findIndex((o) => o.held);
  const missedInARow = lastHeldIndex === -1 ? outcomes.length : lastHeldIndex;

  return {
    lastHeldOn,
    nextPlanned: next ? { contactId: next.id, plannedOn: next.plannedOn, plannedTime: next.plannedTime } : null,
    unrecorded: planned.filter((c) => compareDates(c.plannedOn, today) < 0).length,
    dueOn,
    overdue: daysOverdue > 0,
    daysOverdue,
    missedInARow,
  };
}

/**
 * Order for a worker's list: overdue first (the longest overdue first), then by the day the next
 * visit is due, then plans without an agreed frequency. Ties keep the caller's order (stable sort).
 */
export function compareByUrgency(a: Pick<VisitStatus, 'dueOn' | 'daysOverdue'>, b: Pick<VisitStatus, 'dueOn' | 'daysOverdue'>): number {
  if (a.daysOverdue !== b.daysOverdue) return b.daysOverdue - a.daysOverdue;
  if (a.dueOn === null || b.dueOn === null) return a.dueOn === b.dueOn ? 0 : a.dueOn === null ? 1 : -1;
  return byDate(a.dueOn, b.dueOn);
}
