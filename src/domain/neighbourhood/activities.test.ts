import { describe, expect, it } from 'vitest';
import { checkAttendance, checkTaskDone, summariseActivities } from './activities.js';

describe('checkAttendance', () => {
  it.each([
    [20, 12, []],
    [20, 20, []],
    [null, 7, []],
    [20, 0, []],
    [20, 21, [{ path: 'householdsAttended', code: 'attended_above_invited' }]],
    [null, -1, [{ path: 'householdsAttended', code: 'too_small' }]],
    [0, 0, [{ path: 'householdsInvited', code: 'too_small' }]],
  ])('invited %s, attended %s', (invited, attended, expected) => {
    expect(checkAttendance(invited, attended)).toEqual(expected);
  });
});

describe('summariseActivities', () => {
  const activities = [
    { heldOn: '2026-02-10', householdsInvited: 20, householdsAttended: 8 },
    { heldOn: '2026-06-20', householdsInvited: 20, householdsAttended: 15 },
    { heldOn: '2026-09-05', householdsInvited: null, householdsAttended: 6 },
    { heldOn: '2025-12-12', householdsInvited: 18, householdsAttended: 18 },
  ];

  it('counts the year’s activities, the households attending, the mean and the share of those invited', () => {
    expect(summariseActivities(activities, 2026)).toEqual({ year: 2026, activities: 3, householdsAttended: 29, meanAttended: 9.7, attendanceRate: 58 });
    expect(summariseActivities(activities, 2025)).toEqual({ year: 2025, activities: 1, householdsAttended: 18, meanAttended: 18, attendanceRate: 100 });
  });

  it('has no mean and no rate for a year without activities', () => {
    expect(summariseActivities(activities, 2024)).toEqual({ year: 2024, activities: 0, householdsAttended: 0, meanAttended: null, attendanceRate: null });
  });

  it('has no rate when no activity says how many were invited', () => {
    expect(summariseActivities([{ heldOn: '2026-01-01', householdsInvited: null, householdsAttended: 4 }], 2026).attendanceRate).toBeNull();
  });
});

describe('checkTaskDone', () => {
  const open = { status: 'open' as const, createdOn: '2026-05-01' };
  it('accepts a date from the day the task was made until today', () => {
    expect(checkTaskDone(open, '2026-05-01', '2026-05-10')).toBeNull();
    expect(checkTaskDone(open, '2026-05-10', '2026-05-10')).toBeNull();
  });
  it('refuses a done task, a date before it was made and a date ahead of today', () => {
    expect(checkTaskDone({ ...open, status: 'done' }, '2026-05-02', '2026-05-10')).toEqual({ path: 'doneOn', code: 'already_done' });
    expect(checkTaskDone(open, '2026-04-30', '2026-05-10')).toEqual({ path: 'doneOn', code: 'before_created' });
    expect(checkTaskDone(open, '2026-05-11', '2026-05-10')).toEqual({ path: 'doneOn', code: 'in_future' });
  });
});
