import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { fixedHistory, waiting, Y2025 } from './fixtures.js';
import { onWaitingList, sizeGroup } from './waiting.js';

const END = { from: '2025-12-31', to: '2025-12-31' };
const value = (id: string, period = END) => computeIndicator(id, fixedHistory(), period).municipality;
const entry = (id: string) => waiting().find((w) => w.id === id)!;

/**
 * From fixtures.ts waiting(), on 31 December 2025:
 *   w1 approved  1 Mar 2025, 1 bedroom, waiting      → 305 days (A)
 *   w2 approved 15 Jun 2025, 2 bedrooms, waiting     → 15 + 31 + 31 + 30 + 31 + 30 + 31 = 199 days (B)
 *   w3 approved 10 Jan, housed 1 Sep                 → off; waited 21 + 212 + 1 = 234 days
 *   w4 approved 1 Nov 2024, valid until 31 Oct 2025  → lapsed
 *   w5 approved 20 Nov, left the list 31 Dec         → off that day
 *   w6 approved 31 Dec, 4 bedrooms                   → 0 days (B)
 *   w7 approved 1 Sep (a change), housed 5 Jan 2026  → 30 + 31 + 30 + 30 = 121 days (A)
 *   w8 approved 1 Jul, 3 bedrooms, housed 31 Dec     → off; waited 183 days
 */
describe('the waiting list on 31 December 2025', () => {
  it('has w1 w2 w6 w7 = 4 households', () => {
    expect(value('waiting.households')).toEqual({ value: 4 });
  });

  it('has the median wait of 0 121 199 305 → (121 + 199) / 2 = 160 days', () => {
    expect(value('waiting.median_days')).toEqual({ value: 160, observations: 4 });
  });

  it.each([
    ['0_1', 2, 213, 'w1 305 and w7 121 → 213'],
    ['2', 1, 199, 'w2'],
    ['3', 0, null, 'none'],
    ['4_plus', 1, 0, 'w6, approved that day'],
  ] as const)('by size %s: %i households, median %s days (%s)', (size, households, median, _why) => {
    expect(value(`waiting.households.bedrooms_${size}`).value).toBe(households);
    expect(value(`waiting.median_days.bedrooms_${size}`).value).toBe(median);
  });

  it('splits by district: A w1 w7, B w2 w6, none unassigned', () => {
    const result = computeIndicator('waiting.households', fixedHistory(), END);
    expect(result.districts.map((d) => d.value.value)).toEqual([2, 2]);
    expect(result.unassigned.value).toBe(0);
  });
});

describe('who is on the list', () => {
  it('keeps an approval on the list through its last valid day', () => {
    expect(onWaitingList(entry('w4'), '2025-10-31')).toBe(true);
    expect(onWaitingList(entry('w4'), '2025-11-01')).toBe(false);
  });

  it('takes a household off the list on the day it moves in, not before', () => {
    expect(onWaitingList(entry('w3'), '2025-08-31')).toBe(true);
    expect(onWaitingList(entry('w3'), '2025-09-01')).toBe(false);
  });

  it.each([
    [0, '0_1'],
    [1, '0_1'],
    [2, '2'],
    [3, '3'],
    [4, '4_plus'],
    [6, '4_plus'],
  ] as const)('puts %i bedrooms in size group %s', (bedrooms, group) => {
    expect(sizeGroup(bedrooms)).toBe(group);
  });
});

describe('the wait of those housed', () => {
  it('takes w3 (234) and w8 (183) housed in 2025: (183 + 234) / 2 = 208.5 → 209, rounded half up', () => {
    expect(value('waiting.median_days_to_housed', Y2025)).toEqual({ value: 209, observations: 2 });
  });
});
