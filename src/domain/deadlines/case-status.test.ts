import { describe, expect, it } from 'vitest';
import { caseDeadlineStatus } from './case-status.js';

describe('caseDeadlineStatus', () => {
  // Received 31 January 2025: warning from 21 February, foreløpig svar due 28 February.
  const receivedOn = '2025-01-31';

  it.each([
    ['2025-01-31', 'ok', 0],
    ['2025-02-20', 'ok', 0],
    ['2025-02-21', 'warning', 0],
    ['2025-02-28', 'warning', 0],
    ['2025-03-01', 'overdue', 1],
    ['2025-03-31', 'overdue', 31],
  ])('on %s a case with no reply is %s (%i days overdue)', (today, state, daysOverdue) => {
    expect(caseDeadlineStatus({ receivedOn, today })).toEqual({
      preliminaryReplyDue: '2025-02-28',
      warningFrom: '2025-02-21',
      state,
      daysOverdue,
      rule: { id: 'preliminary_reply', version: 1, source: 'fvl. § 11a tredje ledd' },
    });
  });

  it('is replied once a foreløpig svar is sent, even a late one', () => {
    const today = '2025-04-01';
    expect(caseDeadlineStatus({ receivedOn, preliminaryReplySentOn: '2025-02-25', today }).state).toBe('replied');
    expect(caseDeadlineStatus({ receivedOn, preliminaryReplySentOn: '2025-03-10', today })).toMatchObject({
      state: 'replied',
      daysOverdue: 0,
    });
  });

  it('is decided once a decision is made, whether or not a reply was sent', () => {
    const today = '2025-04-01';
    expect(caseDeadlineStatus({ receivedOn, decidedOn: '2025-02-20', today }).state).toBe('decided');
    expect(
      caseDeadlineStatus({ receivedOn, preliminaryReplySentOn: '2025-02-25', decidedOn: '2025-03-20', today }).state,
    ).toBe('decided');
  });

  it('moves the due day off a weekend only when asked', () => {
    // Received 31 January 2026: due Saturday 28 February, or Monday 2 March when moved.
    const today = '2026-03-02';
    expect(caseDeadlineStatus({ receivedOn: '2026-01-31', today })).toMatchObject({
      preliminaryReplyDue: '2026-02-28',
      state: 'overdue',
      daysOverdue: 2,
    });
    expect(caseDeadlineStatus({ receivedOn: '2026-01-31', today }, { rollToWorkingDay: true })).toMatchObject({
      preliminaryReplyDue: '2026-03-02',
      state: 'warning',
      daysOverdue: 0,
    });
  });

  it('refuses malformed dates rather than read them as "not done"', () => {
    const today = '2025-04-01';
    expect(() => caseDeadlineStatus({ receivedOn, preliminaryReplySentOn: '2025-02-30', today })).toThrow(RangeError);
    expect(() => caseDeadlineStatus({ receivedOn, decidedOn: '', today })).toThrow(RangeError);
    expect(() => caseDeadlineStatus({ receivedOn, today: '01.04.2025' })).toThrow(RangeError);
  });
});
