import { describe, expect, it } from 'vitest';
import { appealDeadline, isAppealInTime, preliminaryReplyDeadline, validUntil } from './deadlines.js';

describe('preliminaryReplyDeadline', () => {
  it.each([
    ['2025-01-31', '2025-02-28', '2025-02-28', 'non-leap year, due Friday'],
    ['2024-01-31', '2024-02-29', '2024-02-29', 'leap year, due Thursday'],
    ['2026-01-31', '2026-02-28', '2026-03-02', 'due Saturday 28 February'],
    ['2032-01-31', '2032-02-29', '2032-03-01', 'leap year, due Sunday 29 February'],
    ['2025-03-30', '2025-04-30', '2025-04-30', 'the 30th into a 30-day month'],
    ['2025-03-31', '2025-04-30', '2025-04-30', 'the 31st into a 30-day month'],
    ['2025-05-31', '2025-06-30', '2025-06-30', 'the 31st into June'],
    ['2024-12-31', '2025-01-31', '2025-01-31', 'across the new year'],
    ['2025-03-18', '2025-04-18', '2025-04-22', 'due on Good Friday'],
    ['2025-04-17', '2025-05-17', '2025-05-19', 'due on 17 May (a Saturday)'],
  ])('received %s: due %s, or %s moved to a working day (%s)', (receivedOn, due, rolledDue) => {
    expect(preliminaryReplyDeadline(receivedOn).dueOn).toBe(due);
    expect(preliminaryReplyDeadline(receivedOn, { rollToWorkingDay: true }).dueOn).toBe(rolledDue);
  });

  it('warns three weeks after receipt and cites fvl. § 11a', () => {
    expect(preliminaryReplyDeadline('2025-01-31')).toEqual({
      receivedOn: '2025-01-31',
      warningFrom: '2025-02-21',
      dueOn: '2025-02-28',
      rule: { id: 'preliminary_reply', version: 1, source: 'fvl. § 11a tredje ledd' },
    });
  });
});

describe('appealDeadline', () => {
  it.each([
    ['2025-03-28', '2025-04-22', '2025-04-18', 'a Friday three weeks before Good Friday'],
    ['2025-04-18', '2025-05-09', '2025-05-09', 'Good Friday itself; the deadline is an ordinary Friday'],
    ['2024-04-26', '2024-05-21', '2024-05-17', '17 May 2024, then Whitsun'],
    ['2025-12-03', '2025-12-24', '2025-12-24', 'Christmas Eve, which is not a holiday'],
    ['2025-12-05', '2025-12-29', '2025-12-26', 'Boxing Day, then a weekend'],
  ])('notice reached %s: due %s (%s without moving): %s', (reachedOn, due, unrolled) => {
    expect(appealDeadline({ reachedOn }).dueOn).toBe(due);
    expect(appealDeadline({ reachedOn }, { rollToWorkingDay: false }).dueOn).toBe(unrolled);
  });

  it('cites fvl. § 29 and says the delivery date was known', () => {
    expect(appealDeadline({ reachedOn: '2025-06-02' })).toEqual({
      noticeReachedOn: '2025-06-02',
      deliveryAssumed: false,
      dueOn: '2025-06-23',
      rule: { id: 'appeal', version: 1, source: 'fvl. § 29 første ledd' },
    });
  });

  it('assumes postal delivery after three working days by default, and after the municipality’s choice', () => {
    expect(appealDeadline({ postedOn: '2025-04-16' })).toMatchObject({
      noticeReachedOn: '2025-04-24',
      deliveryAssumed: true,
      dueOn: '2025-05-15',
    });
    // Posted Monday 2 June 2025; Whit Monday 9 June is not a working day.
    expect(appealDeadline({ postedOn: '2025-06-02', assumedPostalDeliveryDays: 5 }).noticeReachedOn).toBe(
      '2025-06-10',
    );
    expect(appealDeadline({ postedOn: '2025-06-02', assumedPostalDeliveryDays: 0 }).noticeReachedOn).toBe(
      '2025-06-02',
    );
    expect(() => appealDeadline({ postedOn: '2025-06-02', assumedPostalDeliveryDays: -1 })).toThrow(RangeError);
  });
});

describe('isAppealInTime', () => {
  const deadline = '2025-04-22';

  it('accepts an appeal submitted on or before the last day (fvl. § 30)', () => {
    expect(isAppealInTime('2025-04-22', deadline)).toEqual({ inTime: true });
    expect(isAppealInTime('2025-04-01', deadline)).toEqual({ inTime: true });
  });

  it('flags an appeal submitted the day after as late by 1, still open to fvl. § 31', () => {
    expect(isAppealInTime('2025-04-23', deadline)).toEqual({
      inTime: false,
      lateBy: 1,
      mayBeConsidered: true,
      basis: 'fvl. § 31',
    });
  });

  it('closes fvl. § 31 once more than a year has passed since the decision', () => {
    const decidedOn = '2025-03-20';
    expect(isAppealInTime('2026-03-20', deadline, { decidedOn })).toMatchObject({
      lateBy: 332,
      mayBeConsidered: true,
    });
    expect(isAppealInTime('2026-03-21', deadline, { decidedOn })).toEqual({
      inTime: false,
      lateBy: 333,
      mayBeConsidered: false,
      basis: 'fvl. § 31 tredje ledd',
    });
  });
});

describe('validUntil', () => {
  it.each([
    ['2025-01-31', 12, '2026-01-31'],
    ['2024-02-29', 12, '2025-02-28'],
    ['2025-08-31', 6, '2026-02-28'],
    ['2026-01-31', 1, '2026-02-28'],
  ])('a decision of %s valid %i months lasts until %s (not moved off a weekend)', (decidedOn, months, until) => {
    expect(validUntil(decidedOn, months)).toBe(until);
  });

  it.each([0, -1, 1.5])('refuses %s months', (months) => {
    expect(() => validUntil('2025-01-01', months)).toThrow(RangeError);
  });
});
