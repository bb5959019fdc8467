import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { fixedHistory, Y2025 } from './fixtures.js';
import { newlyHousedByReason } from './housed.js';

const value = (id: string) => computeIndicator(id, fixedHistory(), Y2025).municipality.value;

/**
 * From fixtures.ts housed(), moved in during 2025 unless said:
 *   e1  new, mental illness                                   (A)
 *   e2  new, refugee settled 1 Aug 2022 → year 4: refugee     (A)
 *   e3  new, refugee settled 1 Mar 2019 → six years: other    (B)
 *   e4  new, recorded adapted dwelling, settled 1 Oct 2021 → year 5: refugee (B)
 *   e5  a change (bytte)                                      — not new
 *   e6  "new" from a municipal tenant                         — not new
 *   e7  new, recorded refugee without a settlement date → unknown
 *   e8  moved in 10 Jan 2026                                  — not 2025
 *   e9  new, refugee settled 15 Dec 2020, moved in 10 Jan 2025 → year 6: other (A)
 *   e10 new, no needs test, moved in 31 Dec 2025               (B)
 *   e11 moved in 31 Dec 2024                                  — not 2025
 */
describe('newly housed households in 2025', () => {
  it('counts the new applicants e1 e2 e3 e4 e7 e9 e10 = 7', () => {
    expect(value('housed.new')).toBe(7);
  });

  it('sorts them by main reason: refugee 2, mental illness 1, other 2, no needs test 1, unknown 1 (2 + 1 + 2 + 1 + 1 = 7)', () => {
    expect(newlyHousedByReason(fixedHistory(), Y2025)).toEqual({
      refugee: 2,
      mental_illness: 1,
      substance_use: 0,
      mental_illness_and_substance_use: 0,
      adapted_dwelling: 0,
      other: 2,
      no_needs_test: 1,
      unknown: 1,
    });
  });

  it('does not count a refugee settled six years ago as a refugee', () => {
    expect(value('housed.new.refugee')).toBe(2); // e2 and e4; not e3 or e9
    expect(value('housed.new.other')).toBe(2); // e3 and e9
  });

  it('does not count a change as newly housed, but counts it among all move-ins: 7 + e5 + e6 = 9', () => {
    expect(value('housed.new.substance_use')).toBe(0);
    expect(value('housed.all')).toBe(9);
  });

  it('splits by district: A e1 e2 e9, B e3 e4 e10, unassigned e7 — 3 + 3 + 1 = 7', () => {
    const result = computeIndicator('housed.new', fixedHistory(), Y2025);
    expect(result.districts.map((d) => d.value.value)).toEqual([3, 3]);
    expect(result.unassigned.value).toBe(1);
  });
});
