import { compareDates, type IsoDate } from '../deadlines/calendar.js';

/**
 * Building-level activities (residents' meetings, dugnad, summer and winter parties) with
 * attendance counted in households, and the caretaker's (miljøvaktmester) task list per
 * building — Trondheim's bomiljø work, where residents take part in keeping their building.
 */
export const ACTIVITY_KINDS = ['residents_meeting', 'dugnad', 'summer_party', 'winter_party', 'other'] as const;
export type ActivityKind = (typeof ACTIVITY_KINDS)[number];

export const CARETAKER_TASK_KINDS = ['small_repair', 'order', 'outdoor', 'other'] as const;
export type CaretakerTaskKind = (typeof CARETAKER_TASK_KINDS)[number];

export type FieldProblem = { path: string; code: string };

/**
 * Attendance as counts of households: attended at least 0 and, when the number invited is
 * known, not above it (the database checks the same). All problems at once.
 */
export function checkAttendance(invited: number | null, attended: number): FieldProblem[] {
  const problems: FieldProblem[] = [];
  if (invited !== null && invited < 1) problems.push({ path: 'householdsInvited', code: 'too_small' });
  if (attended < 0) problems.push({ path: 'householdsAttended', code: 'too_small' });
  else if (invited !== null && invited >= 1 && attended > invited) problems.push({ path: 'householdsAttended', code: 'attended_above_invited' });
  return problems;
}

export interface ActivityFacts {
  heldOn: IsoDate;
  householdsInvited: number | null;
  householdsAttended: number;
}

export interface ActivitySummary {
  year: number;
  /** Activities held in the year. */
  activities: number;
  /** Households that took part, summed over the year's activities. */
  householdsAttended: number;
  /** Mean households per activity, one decimal; null with no activities. */
  meanAttended: number | null;
  /** Households attended per household invited, in per cent (whole), over activities where the number invited is known; null when none. */
  attendanceRate: number | null;
}

const oneDecimal = (value: number) => Math.round(value * 10) / 10;

/** A building's activities in calendar year `year`. */
export function summariseActivities(activities: readonly ActivityFacts[], year: number): ActivitySummary {
  const inYear = activities.filter((a) => Number(a.heldOn.slice(0, 4)) === year);
  const attended = inYear.reduce((sum, a) => sum + a.householdsAttended, 0);
  const withInvited = inYear.filter((a) => a.householdsInvited !== null && a.householdsInvited > 0);
  const invitedSum = withInvited.reduce((sum, a) => sum + (a.householdsInvited ?? 0), 0);
  const attendedOfInvited = withInvited.reduce((sum, a) => sum + a.householdsAttended, 0);
  return {
    year,
    activities: inYear.length,
    householdsAttended: attended,
    meanAttended: inYear.length === 0 ? null : oneDecimal(attended / inYear.length),
    attendanceRate: invitedSum === 0 ? null : Math.round((100 * attendedOfInvited) / invitedSum),
  };
}

export type CaretakerStatus = 'open' | 'done';

/**
 * Marking a caretaker task done on `doneOn`: only an open task, not before it was created, not
 * ahead of today. Returns the field problem, or null when it may be done.
 */
export function checkTaskDone(task: { status: CaretakerStatus; createdOn: IsoDate }, doneOn: IsoDate, today: IsoDate): FieldProblem | null {
  if (task.status === 'done') return { path: 'doneOn', code: 'already_done' };
  if (compareDates(doneOn, today) > 0) return { path: 'doneOn', code: 'in_future' };
  if (compareDates(doneOn, task.createdOn) < 0) return { path: 'doneOn', code: 'before_created' };
  return null;
}
