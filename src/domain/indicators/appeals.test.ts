import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { fixedHistory, Y2025 } from './fixtures.js';

const value = (id: string, period: { from: string; to: string } = Y2025) => computeIndicator(id, fixedHistory(), period).municipality;
const day = (d: string) => ({ from: d, to: d });

/**
 * From fixtures.ts appeals():
 *   ap1 received  1 Feb 2025, reversed by the municipality 20 Feb
 *   ap2 received  1 Mar, upheld 1 Jun
 *   ap3 received  1 Apr, reversed by the appeal body 1 Sep
 *   ap4 received  1 May, remanded 10 Jan 2026
 *   ap5 received  1 Jun, withdrawn 15 Jun
 *   ap6 received  1 Nov, pending
 *   ap7 received  1 Dec 2024, dismissed 20 Jan 2025
 */
describe('appeals in 2025', () => {
  it('counts received ap1–ap6 = 6 and concluded ap1 ap2 ap3 ap5 ap7 = 5', () => {
    expect(value('appeals.received').value).toBe(6);
    expect(value('appeals.concluded').value).toBe(5);
  });

  it.each([
    ['reversed_by_first_instance', 1],
    ['upheld', 1],
    ['reversed', 1],
    ['remanded', 0],
    ['dismissed', 1],
    ['withdrawn', 1],
  ])('counts the outcome %s: %i', (outcome, expected) => {
    expect(value(`appeals.concluded.${outcome}`).value).toBe(expected);
  });

  it('gives the share that changed the decision: ap1 ap3 of ap1 ap2 ap3 ap7 (withdrawn left out) = 50 %', () => {
    expect(value('appeals.changed_share')).toEqual({ value: 50, numerator: 2, denominator: 4 });
  });

  it.each([
    ['2025-05-15', 3, 'ap2 ap3 ap4'],
    ['2025-12-31', 2, 'ap4 (remanded in 2026) and ap6'],
  ])('counts pending on %s: %i (%s)', (d, expected, _why) => {
    expect(value('appeals.pending', day(d)).value).toBe(expected);
  });
});
