import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { fixedHistory, history, stay, Y2025 } from './fixtures.js';

const day = (d: string) => ({ from: d, to: d });
const value = (id: string, period: { from: string; to: string }, h = fixedHistory()) => computeIndicator(id, h, period).municipality.value;

/**
 * From fixtures.ts temporaryStays() (history read 15 Feb 2026; days are nights):
 *   h1 t1  1 Mar – 15 Mar 2025: exactly 14 nights                              (A)
 *   h2 t2 20 Dec 2025 – 20 Jan 2026: 11 + 20 = 31 nights, crosses the year     (A)
 *   h3 t3 10 Jan – 1 May 2025 with children: three months on 10 Apr → over     (B)
 *   h4 t4  1 Jun – 20 Jun 2025 with children: 19 nights
 *   h5 t5 natthjem 1 night (Feb) + t6 natthjem 2 nights (Aug): 3 nights in all
 *   h6 t7  1 Oct 2025, open: three months on 1 Jan 2026, 137 nights by 15 Feb  (B)
 *   h7 t8  1 Nov 2024 – 1 Jan 2025: last night 31 Dec 2024 → not in 2025
 */
describe('temporary accommodation in 2025 (KOSTRA counts households)', () => {
  it('counts households h1–h6 = 6, h7 having left on 1 January', () => {
    expect(value('temporary.households_during', Y2025)).toBe(6);
  });

  it('counts 14 days or fewer: h1 (exactly 14) and h5 (1 + 2 nights) = 2; h4 (19) and h2 (31, not cut at the year) are not', () => {
    expect(value('temporary.short_stay_households', Y2025)).toBe(2);
  });

  it('counts over three months: h3 and h6 (open, measured to 15 Feb 2026) = 2', () => {
    expect(value('temporary.over_3_months_households', Y2025)).toBe(2);
  });

  it('counts households with children: h3 and h4 = 2; over three months only h3 = 1', () => {
    expect(value('temporary.children_households_during', Y2025)).toBe(2);
    expect(value('temporary.children_over_3_months_households', Y2025)).toBe(1);
  });

  it('counts the household in a night shelter once: h5 = 1', () => {
    expect(value('temporary.night_shelter_households', Y2025)).toBe(1);
  });

  it('counts the stay crossing the year in the next period too, cut to the day the history was read', () => {
    const q1 = computeIndicator('temporary.households_during', fixedHistory(), { from: '2026-01-01', to: '2026-03-31' });
    expect(q1.period).toEqual({ from: '2026-01-01', to: '2026-02-15' });
    expect(q1.municipality.value).toBe(2); // h2 (nights 1–19 Jan) and h6
  });

  it('gives the districts: A h1 h2, B h3 h6, unassigned h4 h5 — 2 + 2 + 2 = 6', () => {
    const result = computeIndicator('temporary.households_during', fixedHistory(), Y2025);
    expect(result.districts.map((d) => d.value.value)).toEqual([2, 2]);
    expect(result.unassigned.value).toBe(2);
  });
});

describe('temporary accommodation on a day', () => {
  it.each([
    ['2025-03-14', 2, 't1 (its last night) and t3'],
    ['2025-03-15', 1, 't3; t1 left that day'],
    ['2025-12-31', 2, 't2 and t7'],
    ['2026-01-20', 1, 't7; t2 left that day'],
  ])('households on %s: %i (%s)', (d, expected, _why) => {
    expect(value('temporary.households_on_day', day(d))).toBe(expected);
  });

  it.each([
    ['2025-12-31', 0],
    ['2026-01-01', 0],
    ['2026-01-02', 1],
  ])('over three months on %s: %i (t7 began 1 Oct: exactly three months on 1 Jan is not over)', (d, expected) => {
    expect(value('temporary.over_3_months_on_day', day(d))).toBe(expected);
  });

  it.each([
    ['2025-04-10', 0, 'exactly three months'],
    ['2025-04-11', 1, 'over'],
    ['2025-05-01', 0, 'left that day'],
  ])('families with children over three months on %s: %i (%s)', (d, expected, _why) => {
    expect(value('temporary.children_over_3_months_on_day', day(d))).toBe(expected);
  });

  it('reaches three months on 29 February in a leap year (30 Nov + 3 months, month-end rule)', () => {
    const h = history({ asOf: '2024-03-01', temporaryStays: [stay('s', 'hx', '2023-11-30', null, { childrenPresent: true })] });
    expect(value('temporary.children_over_3_months_on_day', day('2024-02-29'), h)).toBe(0);
    expect(value('temporary.children_over_3_months_on_day', day('2024-03-01'), h)).toBe(1);
  });
});
