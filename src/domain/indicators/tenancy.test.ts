import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { fixedHistory, Y2025 } from './fixtures.js';

const END = { from: '2025-12-31', to: '2025-12-31' };
const result = (id: string, period: { from: string; to: string }) => computeIndicator(id, fixedHistory(), period);
const value = (id: string, period: { from: string; to: string }) => result(id, period).municipality;

describe('evictions in 2025 (fixtures.ts evictions())', () => {
  it('counts requests l4 (1 Mar) and l2 (15 Nov) = 2; the requests of December 2024 and January 2026 are outside', () => {
    expect(value('evictions.requested', Y2025).value).toBe(2);
  });

  it('counts evictions carried out l4 (31 May) and l9 (10 Jan, requested in 2024) = 2', () => {
    expect(value('evictions.carried_out', Y2025).value).toBe(2);
  });
});

/**
 * From fixtures.ts housingFirst():
 *   p1 housed  1 Dec 2024, still in             → 6-month mark 1 Jun 2025 kept; 12-month mark 1 Dec 2025 kept (A)
 *   p2 housed 15 Jan 2025, left 1 May           → 6-month mark 15 Jul 2025 lost; 12: 15 Jan 2026, not yet (B)
 *   p3 housed  1 Mar 2025, own home 1 Jun        → 6-month mark 1 Sep 2025 kept (own home); 12: not yet (A)
 *   p4 enrolled, never housed                   → in no cohort
 *   p5 housed 31 Aug 2025                       → 6-month mark 28 Feb 2026 (month-end rule), not yet (B)
 */
describe('Housing First', () => {
  it('counts housed in 2025: p2 p3 p5 = 3, and housed on 31 December: p1 p5 = 2', () => {
    expect(value('housing_first.housed', Y2025).value).toBe(3);
    expect(value('housing_first.housed_on_day', END).value).toBe(2);
  });

  it('gives retention at 6 months on 31 December 2025: p1 p3 of p1 p2 p3 = 2 / 3', () => {
    const r = result('housing_first.retained_6_months', END);
    expect(r.municipality.numerator).toBe(2);
    expect(r.municipality.denominator).toBe(3);
    expect(r.municipality.value).toBeCloseTo(66.667, 3);
    expect(r.districts.map((d) => [d.value.numerator, d.value.denominator])).toEqual([
      [2, 2],
      [0, 1],
    ]);
    expect(r.unassigned.value).toBeNull();
  });

  it('gives retention at 12 months on 31 December 2025: only p1 has passed the mark, and kept = 1 / 1', () => {
    expect(value('housing_first.retained_12_months', END)).toEqual({ value: 100, numerator: 1, denominator: 1 });
  });
});

describe('from a municipal lease to an owned home (fixtures.ts rentToOwn())', () => {
  it('counts r1 (1 Jun 2025) in 2025, not the plan that ended or the active one; r4 in 2026', () => {
    expect(value('rent_to_own.moved_to_owned', Y2025).value).toBe(1);
    expect(value('rent_to_own.moved_to_owned', { from: '2026-01-01', to: '2026-03-31' }).value).toBe(1);
  });
});
