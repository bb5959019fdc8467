import { addDays, addMonths, compareDates, daysBetween, type IsoDate } from '../deadlines/calendar.js';
import type { ContactStatus } from './kinds.js';

/**
 * Early warning (tidlig varsling, issue 6 point 3): tenancy signals — rent arrears, an open
 * neighbour case, missed visits in a row, a lease near its end, a temporary stay past a number of
 * months — become one task each for the household's responsible follow-up worker, with the reason
 * as a code and its parameters (rendered in nb/nn/en by early-warning-text.ts). The thresholds are
 * dated per municipality (table followup_settings); these are the defaults when a municipality has
 * none. Pure: today, the thresholds and the facts are passed in.
 */

/** The thresholds in force on a day. */
export interface FollowupThresholds {
  /** Arrears in whole kroner on a running lease at or above which a task is raised. */
  readonly arrearsKroner: number;
  /** Missed visits in a row (no held visit between them) that raise a task. */
  readonly missedVisits: number;
  /** Days before a running lease's last day from which a task is raised. */
  readonly leaseEndsWithinDays: number;
  /** Months a continuous temporary stay may last before it raises a task. */
  readonly temporaryStayMonths: number;
  /** Days after move-in that the home visit («Ny Vri») falls due. */
  readonly moveInVisitAfterDays: number;
}

export const THRESHOLD_FIELDS = ['arrearsKroner', 'missedVisits', 'leaseEndsWithinDays', 'temporaryStayMonths', 'moveInVisitAfterDays'] as const satisfies ReadonlyArray<keyof FollowupThresholds>;
export type ThresholdField = (typeof THRESHOLD_FIELDS)[number];

/** Used when a municipality has entered no thresholds (followup_settings has no row in force). */
export const DEFAULT_THRESHOLDS: FollowupThresholds = {
  /**
   * [I] 5 000 kr: about half a month's rent in a municipal dwelling (the demo's rents are 7 000–12 000 kr).
   * The leases area warns the caseworker at one month's rent (domain/leases/policy.ts); the follow-up
   * worker, who can help the household to pay, is warned earlier — before the landlord may demand
   * eviction for non-payment (tvangsfullbyrdelsesloven § 13-2 (3) a, after a 14-day payment notice).
   */
  arrearsKroner: 5_000,
  /** [I] One missed visit happens; two in a row is a pattern worth acting on. */
  missedVisits: 2,
  /** [I] A quarter of a year: time to help the household with what comes next before the lease ends. */
  leaseEndsWithinDays: 90,
  /**
   * [S] Three months: Helsetilsynet («Midlertidig botilbud»: stays «skal helst ikke vare i mer enn tre
   * måneder») and Bolig for velferd's resultatmål 2 for families with children and young people.
   */
  temporaryStayMonths: 3,
  /** [I] Two weeks: long enough to have settled in, early enough to catch problems before they grow. */
  moveInVisitAfterDays: 14,
};

/**
 * What an admin may enter. The database CHECK (followup_settings_range_check) allows arrears of 0;
 * the API asks for at least 1 kr, since 0 would flag every household without arrears too [I].
 */
export const THRESHOLD_LIMITS: Readonly<Record<ThresholdField, { readonly min: number; readonly max: number }>> = {
  arrearsKroner: { min: 1, max: 1_000_000 },
  missedVisits: { min: 1, max: 20 },
  leaseEndsWithinDays: { min: 1, max: 365 },
  temporaryStayMonths: { min: 1, max: 24 },
  moveInVisitAfterDays: { min: 0, max: 180 },
};

export interface ThresholdProblem {
  readonly path: ThresholdField;
  readonly code: 'out_of_range';
}

/** Every threshold outside its limits (or not a whole number), in field order. */
export function validateThresholds(values: Readonly<Record<ThresholdField, number>>): ThresholdProblem[] {
  return THRESHOLD_FIELDS.filter((field) => {
    const v = values[field];
    const { min, max } = THRESHOLD_LIMITS[field];
    return !Number.isInteger(v) || v < min || v > max;
  }).map((path) => ({ path, code: 'out_of_range' }));
}

export interface DatedThresholds extends FollowupThresholds {
  readonly validFrom: IsoDate;
}

/**
 * The thresholds in force on `date`: the row with the latest `validFrom` on or before it, else the
 * defaults (`validFrom` null).
 */
export function thresholdsInForce(rows: readonly DatedThresholds[], date: IsoDate): { thresholds: FollowupThresholds; validFrom: IsoDate | null } {
  let best: DatedThresholds | undefined;
  for (const row of rows) {
    if (compareDates(row.validFrom, date) > 0) continue;
    if (!best || compareDates(row.validFrom, best.validFrom) > 0) best = row;
  }
  if (!best) return { thresholds: DEFAULT_THRESHOLDS, validFrom: null };
  const { validFrom, ...rest } = best;
  return { thresholds: pickThresholds(rest), validFrom };
}

/** Just the five thresholds of a row or a request body. */
export const pickThresholds = (v: FollowupThresholds): FollowupThresholds => ({
  arrearsKroner: v.arrearsKroner,
  missedVisits: v.missedVisits,
  leaseEndsWithinDays: v.leaseEndsWithinDays,
  temporaryStayMonths: v.temporaryStayMonths,
  moveInVisitAfterDays: v.moveInVisitAfterDays,
});

/** The task kinds raised here (tasks.kind). */
export const EARLY_WARNING_KINDS = ['ew_arrears', 'ew_neighbour', 'ew_missed_visits', 'ew_lease_end', 'ew_temporary'] as const;
export type EarlyWarningKind = (typeof EARLY_WARNING_KINDS)[number];

/** One open task per key (tasks.repo raiseTask). */
export const earlyWarningKeys = {
  arrears: (leaseId: string) => `ew-arrears:${leaseId}`,
  neighbour: (neighbourCaseId: string, householdId: string) => `ew-neighbour:${neighbourCaseId}:${householdId}`,
  missedVisits: (planId: string) => `ew-missed-visits:${planId}`,
  leaseEnd: (leaseId: string) => `ew-lease-end:${leaseId}`,
  temporary: (stayId: string) => `ew-temporary:${stayId}`,
};

/** Prefix of every early-warning signal key. */
export const EARLY_WARNING_KEY_PREFIX = 'ew-';

/** Why a task exists: a code and the facts that make it true (rendered by signalReasonText). */
export type SignalReason =
  | { readonly code: 'arrears'; readonly params: { readonly arrears: number; readonly threshold: number } }
  | { readonly code: 'neighbour_case'; readonly params: { readonly caseKind: 'complaint' | 'conflict'; readonly reportedOn: IsoDate } }
  | { readonly code: 'missed_visits'; readonly params: { readonly missed: number; readonly threshold: number } }
  | { readonly code: 'lease_end'; readonly params: { readonly endDate: IsoDate; readonly daysLeft: number } }
  | { readonly code: 'temporary_stay'; readonly params: { readonly startDate: IsoDate; readonly months: number; readonly overSince: IsoDate } }
  | { readonly code: 'move_in_visit'; readonly params: { readonly movedInOn: IsoDate; readonly dueOn: IsoDate; readonly afterDays: number } };

export type SignalReasonCode = SignalReason['code'];

/** What the run knows about one household with an open follow-up plan. */
export interface HouseholdSignalFacts {
  readonly planId: string;
  readonly householdId: string;
  /** The household's running leases (signed or terminated) with their arrears today. */
  readonly leases: ReadonlyArray<{ readonly leaseId: string; readonly endDate: IsoDate | null; readonly arrearsKroner: number }>;
  /** Neighbour cases not closed in which the household is a party. */
  readonly openNeighbourCases: ReadonlyArray<{ readonly caseId: string; readonly kind: 'complaint' | 'conflict'; readonly reportedOn: IsoDate }>;
  /** The plan's visits in the home (kinds.ts VISIT_KINDS) up to today, latest first. */
  readonly contactsLatestFirst: ReadonlyArray<{ readonly status: ContactStatus }>;
  /** The household's continuous temporary stay still open today, by its first stay (domain/temporary/chains). */
  readonly temporaryStay: { readonly stayId: string; readonly startDate: IsoDate } | null;
}

export interface EarlyWarningSignal {
  readonly kind: EarlyWarningKind;
  readonly signalKey: string;
  readonly subjectType: 'lease' | 'neighbour_case' | 'followup_plan' | 'temp_stay';
  readonly subjectId: string;
  readonly reason: SignalReason;
  /** The task's due date, when the signal has one (the lease's last day). */
  readonly dueOn: IsoDate | null;
}

/**
 * Missed visits in a row, counted from the latest: planned and cancelled ones are skipped (a
 * planned visit has not happened yet; a cancelled one was neither held nor missed), the first held
 * one ends the run.
 */
export function missedVisitRun(contactsLatestFirst: ReadonlyArray<{ readonly status: ContactStatus }>): number {
  let missed = 0;
  for (const c of contactsLatestFirst) {
    if (c.status === 'held') break;
    if (c.status === 'missed') missed++;
  }
  return missed;
}

/**
 * The signals that hold for one household today, each with its key and reason.
 * @throws RangeError when a date is not a calendar date.
 */
export function earlyWarningSignals(facts: HouseholdSignalFacts, thresholds: FollowupThresholds, today: IsoDate): EarlyWarningSignal[] {
  const signals: EarlyWarningSignal[] = [];
  for (const l of facts.leases) {
    if (l.arrearsKroner > 0 && l.arrearsKroner >= thresholds.arrearsKroner) {
      signals.push({
        kind: 'ew_arrears',
        signalKey: earlyWarningKeys.arrears(l.leaseId),
        subjectType: 'lease',
        subjectId: l.leaseId,
        reason: { code: 'arrears', params: { arrears: l.arrearsKroner, threshold: thresholds.arrearsKroner } },
        dueOn: null,
      });
    }
  }
  for (const c of facts.openNeighbourCases) {
    signals.push({
      kind: 'ew_neighbour',
      signalKey: earlyWarningKeys.neighbour(c.caseId, facts.householdId),
      subjectType: 'neighbour_case',
      subjectId: c.caseId,
      reason: { code: 'neighbour_case', params: { caseKind: c.kind, reportedOn: c.reportedOn } },
      dueOn: null,
    });
  }
  const missed = missedVisitRun(facts.contactsLatestFirst);
  if (missed >= thresholds.missedVisits) {
    signals.push({
      kind: 'ew_missed_visits',
      signalKey: earlyWarningKeys.missedVisits(facts.planId),
      subjectType: 'followup_plan',
      subjectId: facts.planId,
      reason: { code: 'missed_visits', params: { missed, threshold: thresholds.missedVisits } },
      dueOn: null,
    });
  }
  for (const l of facts.leases) {
    if (l.endDate === null) continue;
    // A running lease past its last day is still near its end — and more urgent (§ 9-2 (3)).
    const daysLeft = daysBetween(today, l.endDate);
    if (daysLeft > thresholds.leaseEndsWithinDays) continue;
    signals.push({
      kind: 'ew_lease_end',
      signalKey: earlyWarningKeys.leaseEnd(l.leaseId),
      subjectType: 'lease',
      subjectId: l.leaseId,
      reason: { code: 'lease_end', params: { endDate: l.endDate, daysLeft } },
      dueOn: l.endDate,
    });
  }
  const stay = facts.temporaryStay;
  if (stay) {
    // As the long-stay signal: exactly N calendar months is not over; the next day is.
    const lastDayWithin = addMonths(stay.startDate, thresholds.temporaryStayMonths);
    if (compareDates(today, lastDayWithin) > 0) {
      signals.push({
        kind: 'ew_temporary',
        signalKey: earlyWarningKeys.temporary(stay.stayId),
        subjectType: 'temp_stay',
        subjectId: stay.stayId,
        reason: { code: 'temporary_stay', params: { startDate: stay.startDate, months: thresholds.temporaryStayMonths, overSince: addDays(lastDayWithin, 1) } },
        dueOn: null,
      });
    }
  }
  return signals;
}

/**
 * Days after a task was closed before the same signal, if it still (or again) holds, raises a new
 * task [I]. Closed as `resolved`, the signal had gone (an arrears task cannot be resolved while the
 * arrears remain), so its return is news: a new task from the next day — never the same day, so
 * reopening the task list right after closing does not bring the task back. Closed with any other
 * outcome (a payment plan, a referral, no action), the worker chose to live with the signal for now:
 * it comes back as a reminder after a month, one rent period later.
 */
export const QUIET_DAYS_AFTER_CLOSE = { resolved: 1, other: 30 } as const;

/** Whether a signal whose last task was closed (or which never had one) may raise a new task today. */
export function mayRaiseAgain(lastClosed: { readonly closedOn: IsoDate; readonly outcome: string | null } | undefined, today: IsoDate): boolean {
  if (!lastClosed) return true;
  const quiet = lastClosed.outcome === 'resolved' ? QUIET_DAYS_AFTER_CLOSE.resolved : QUIET_DAYS_AFTER_CLOSE.other;
  return daysBetween(lastClosed.closedOn, today) >= quiet;
}
