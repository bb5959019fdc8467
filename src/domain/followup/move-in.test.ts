import { describe, expect, it } from 'vitest';
import { MOVE_IN_LOOKBACK_DAYS, moveInVisitDueOn, moveInVisitsDue, type MoveInLease } from './move-in.js';

const lease: MoveInLease = { leaseId: 'l1', householdId: 'h1', startDate: '2026-06-01', movedInOn: null, renewsEarlierLease: false };

describe('home visit after move-in', () => {
  it('falls due the configured number of days after the start, or after the recorded move-in', () => {
    expect(moveInVisitDueOn(lease, 14)).toBe('2026-06-15');
    expect(moveInVisitDueOn({ ...lease, movedInOn: '2026-06-03' }, 14)).toBe('2026-06-17');
    expect(moveInVisitDueOn(lease, 0)).toBe('2026-06-01');
  });

  it('is not due the day before, is due on the day, with the key the follow-up area closes it by', () => {
    expect(moveInVisitsDue([lease], 14, '2026-06-14')).toEqual([]);
    expect(moveInVisitsDue([lease], 14, '2026-06-15')).toEqual([
      {
        leaseId: 'l1',
        householdId: 'h1',
        signalKey: 'move-in-visit:l1',
        dueOn: '2026-06-15',
        reason: { code: 'move_in_visit', params: { movedInOn: '2026-06-01', dueOn: '2026-06-15', afterDays: 14 } },
      },
    ]);
  });

  it(`stops after ${MOVE_IN_LOOKBACK_DAYS} days past due, so old leases raise nothing`, () => {
    expect(moveInVisitsDue([lease], 14, '2026-07-15')).toHaveLength(1);
    expect(moveInVisitsDue([lease], 14, '2026-07-16')).toEqual([]);
  });

  it('raises nothing for a renewal of the same dwelling', () => {
    expect(moveInVisitsDue([{ ...lease, renewsEarlierLease: true }], 14, '2026-06-20')).toEqual([]);
  });
});
