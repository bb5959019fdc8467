import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { application, fixedHistory, history, Y2025 } from './fixtures.js';

const value = (id: string, period: { from: string; to: string }, h = fixedHistory()) => computeIndicator(id, h, period).municipality;

/**
 * From fixtures.ts applications():
 *   a1 new, received 10 Jan 2025, approved 1 Feb        (A)
 *   a2 new, received 5 Mar, refused 1 Apr                (B)
 *   a3 change, refused 20 Mar                            — not new
 *   a4 renewal, approved 15 May                          — not new
 *   a5 "new" from a municipal tenant, refused 20 Jun     — not new (KOSTRA)
 *   a6 new, received 20 Dec 2024, refused 15 Jan 2025    (no district)
 *   a7 new, received 20 Dec 2025, partly approved 10 Jan 2026
 *   a8 old row without a kind, received 1 Aug, partly approved 30 Aug (A)
 *   a9 housing help, refused 1 Mar                       — not a rental application
 */
describe('new applications in 2025', () => {
  it('counts received a1 a2 a7 a8 = 4; a change, a renewal and a municipal tenant are not new', () => {
    expect(value('applications.new_received', Y2025)).toEqual({ value: 4 });
  });

  it('counts approved by decision date: a1, a8 (partly) = 2; a7 is approved in 2026', () => {
    expect(value('applications.new_approved', Y2025)).toEqual({ value: 2 });
    expect(value('applications.new_approved', { from: '2026-01-01', to: '2026-12-31' })).toEqual({ value: 1 });
  });

  it('counts refused by decision date: a2 and a6 (received in 2024) = 2', () => {
    expect(value('applications.new_refused', Y2025)).toEqual({ value: 2 });
  });

  it('gives the refusal share 2 / 4 × 100 = 50 %', () => {
    expect(value('applications.new_refusal_share', Y2025)).toEqual({ value: 50, numerator: 2, denominator: 4 });
  });

  it('gives no share for a quarter with refusals but no new applications (Q2: a2 refused, none received)', () => {
    expect(value('applications.new_refusal_share', { from: '2025-04-01', to: '2025-06-30' })).toEqual({ value: null, numerator: 1, denominator: 0 });
  });

  it('splits by district: A 0/2, B 1/1, unassigned 1/1 (a6, a7), adding up to 2/4', () => {
    const result = computeIndicator('applications.new_refusal_share', fixedHistory(), Y2025);
    expect(result.districts).toEqual([
      { code: 'A', value: { value: 0, numerator: 0, denominator: 2 } },
      { code: 'B', value: { value: 100, numerator: 1, denominator: 1 } },
    ]);
    expect(result.unassigned).toEqual({ value: 100, numerator: 1, denominator: 1 });
  });
});

describe('median days to the first decision', () => {
  it('takes every case type decided in 2025: 10 14 19 22 | 26 27 28 29 → (22 + 26) / 2 = 24', () => {
    // a1 22, a2 27, a3 10, a4 14, a5 19, a6 26 (20 Dec → 15 Jan), a8 29, a9 28 (February has 28 days); a7 is 2026.
    expect(value('cases.median_days_to_decision', Y2025)).toEqual({ value: 24, observations: 8 });
  });
});

describe('cases past a month without a preliminary reply (fvl. § 11a)', () => {
  // Due one month after receipt, month-end rule, not moved off a weekend (deadlines/rules.ts).
  const cases = history({
    applications: [
      application('c1', { receivedOn: '2025-01-31' }), // due 28 Feb → overdue from 1 Mar
      application('c2', { receivedOn: '2025-01-15', preliminaryReplySentOn: '2025-02-10' }), // replied
      application('c3', { receivedOn: '2025-01-15', preliminaryReplySentOn: '2025-03-05' }), // replied late: overdue until then
      application('c4', { receivedOn: '2025-01-20', decidedOn: '2025-02-25', outcome: 'approved' }), // decided
      application('c5', { receivedOn: '2025-01-20', forwardedOn: '2025-02-01' }), // forwarded (fvl. § 11)
      application('c6', { receivedOn: '2025-02-10' }), // due 10 Mar
      application('c7', { caseType: 'temporary_accommodation', rentalKind: null, receivedOn: '2025-01-05' }), // every case type
      application('c8', { receivedOn: '2025-01-05', closedWithoutDecisionOn: '2025-01-20' }), // withdrawn
    ],
  });

  it.each([
    ['2025-02-28', 2, 'c3 (due 15 Feb) and c7 (due 5 Feb); c1 is due that day'],
    ['2025-03-01', 3, 'c1, c3 and c7'],
    ['2025-03-05', 2, 'c1 and c7; c3 replied that day'],
    ['2025-03-11', 3, 'c1, c6 and c7'],
  ])('on %s: %i (%s)', (day, expected, _why) => {
    expect(value('cases.preliminary_reply_overdue', { from: day, to: day }, cases)).toEqual({ value: expected });
  });

  it('uses 29 February in a leap year', () => {
    const leap = history({ applications: [application('c', { receivedOn: '2024-01-31' })] });
    expect(value('cases.preliminary_reply_overdue', { from: '2024-02-29', to: '2024-02-29' }, leap).value).toBe(0);
    expect(value('cases.preliminary_reply_overdue', { from: '2024-03-01', to: '2024-03-01' }, leap).value).toBe(1);
  });
});
