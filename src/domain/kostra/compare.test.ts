import { describe, expect, it } from 'vitest';
import { fixedHistory } from '../indicators/fixtures.js';
import { compareForm13 } from './compare.js';
import { form13Figures } from './form13.js';

/**
 * 2024 from the same fixed history:
 *   stock on 31 Dec 2024: d1 d2 d3 d4 d6 = 5 (d5 comes in 2026), let d1 d3 d4 = 3
 *   new applications: a6 (20 Dec 2024) = 1, no refusals
 *   newly housed: e11 (mental illness) = 1; waiting: w4 (substance use) = 1
 *   temporary: h7 (1 Nov 2024 – 1 Jan 2025, 61 nights) = 1 household
 * 2025: see form13.test.ts.
 */
describe('form 13 year on year', () => {
  const rows = new Map(compareForm13(form13Figures(fixedHistory(), 2024), form13Figures(fixedHistory(), 2025)).map((r) => [r.key, r]));

  it('gives counts with change and change share: stock 5 → 4 is −1, −20 %', () => {
    expect(rows.get('stock.total')).toMatchObject({ previous: 5, current: 4, change: -1, changeShare: -0.2, unusual: false });
  });

  it('marks a count that grew by half or more with at least five: temporary households 1 → 6', () => {
    expect(rows.get('temporary.households')).toMatchObject({ previous: 1, current: 6, change: 5, changeShare: 5, unusual: true });
    expect(rows.get('applications.new_received')).toMatchObject({ previous: 1, current: 4, changeShare: 3, unusual: false }); // under five
  });

  it('gives no change share from 0, and shares change in points: let share 60 → 50 is −10 points', () => {
    expect(rows.get('newly_housed.refugee')).toMatchObject({ previous: 0, current: 2, change: 2, changeShare: null, unusual: false });
    expect(rows.get('derived.let_share')).toMatchObject({ previous: 60, current: 50, change: -10, changeShare: null });
    expect(rows.get('derived.per_1000_inhabitants')?.change).toBeCloseTo(-0.1, 10);
  });

  it('refuses years that do not follow each other', () => {
    expect(() => compareForm13(form13Figures(fixedHistory(), 2023), form13Figures(fixedHistory(), 2025))).toThrow(RangeError);
  });
});
