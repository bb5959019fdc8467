import { describe, expect, it } from 'vitest';
import { checkTarget, isProRata, yearElapsed } from './status.js';
import { previousQuarter, quarter, quarterOf, quartersEnding } from './series.js';

describe('target status', () => {
  const fewer = { direction: 'at_most', target: 10, tolerance: 2 } as const;
  const more = { direction: 'at_least', target: 10, tolerance: 2 } as const;
  const closed = { proRata: false, elapsed: 1 };

  it('at_most: on track up to the target, at risk within the tolerance, off track beyond', () => {
    expect(checkTarget(fewer, 10, closed).status).toBe('on_track');
    expect(checkTarget(fewer, 12, closed).status).toBe('at_risk');
    expect(checkTarget(fewer, 12.5, closed).status).toBe('off_track');
    expect(checkTarget(fewer, 0, closed)).toEqual({ status: 'on_track', comparedWith: 10, difference: -10 });
  });

  it('at_least is the mirror image', () => {
    expect(checkTarget(more, 10, closed).status).toBe('on_track');
    expect(checkTarget(more, 8, closed).status).toBe('at_risk');
    expect(checkTarget(more, 7, closed).status).toBe('off_track');
  });

  it('a target of 0 with no tolerance is off track at 1', () => {
    expect(checkTarget({ direction: 'at_most', target: 0, tolerance: 0 }, 1, closed).status).toBe('off_track');
  });

  it('no value is no_data', () => {
    expect(checkTarget(fewer, null, closed)).toEqual({ status: 'no_data', comparedWith: 10, difference: null });
  });

  it('scales a count target pro rata while the year runs', () => {
    // 1 July 2026 is day 182 of 365.
    const elapsed = yearElapsed(2026, '2026-07-01');
    expect(elapsed).toBeCloseTo(182 / 365, 10);
    const yearly = { direction: 'at_least', target: 40, tolerance: 4 } as const;
    const half = checkTarget(yearly, 20, { proRata: true, elapsed });
    expect(half.comparedWith).toBeCloseTo((40 * 182) / 365, 10);
    expect(half.status).toBe('on_track');
    expect(checkTarget(yearly, 18, { proRata: true, elapsed }).status).toBe('at_risk');
    expect(checkTarget(yearly, 17, { proRata: true, elapsed }).status).toBe('off_track');
  });

  it('knows which indicators are pro rata', () => {
    expect(isProRata('flow', 'applications')).toBe(true);
    expect(isProRata('flow', 'percent')).toBe(false);
    expect(isProRata('stock', 'households')).toBe(false);
  });

  it('year elapsed is 0 before and 1 after the year, and counts the first day', () => {
    expect(yearElapsed(2026, '2025-12-31')).toBe(0);
    expect(yearElapsed(2026, '2026-01-01')).toBeCloseTo(1 / 365, 12);
    expect(yearElapsed(2026, '2026-12-31')).toBe(1);
    expect(yearElapsed(2024, '2024-12-30')).toBeCloseTo(365 / 366, 12);
  });

  it('refuses a negative tolerance and an elapsed share outside 0–1', () => {
    expect(() => checkTarget({ ...fewer, tolerance: -1 }, 1, closed)).toThrow(RangeError);
    expect(() => checkTarget(fewer, 1, { proRata: true, elapsed: 1.5 })).toThrow(RangeError);
  });
});

describe('quarters', () => {
  it('finds the quarter of a day and the ones before it', () => {
    expect(quarterOf('2026-11-22')).toEqual({ year: 2026, quarter: 4, period: { from: '2026-10-01', to: '2026-12-31' } });
    expect(quarterOf('2026-03-31').quarter).toBe(1);
    expect(previousQuarter(quarter(2026, 1)).period).toEqual({ from: '2025-10-01', to: '2025-12-31' });
    expect(quartersEnding('2026-05-02', 3).map((q) => `${q.year}-${q.quarter}`)).toEqual(['2025-4', '2026-1', '2026-2']);
  });

  it('refuses a quarter outside 1–4', () => {
    expect(() => quarter(2026, 5)).toThrow(RangeError);
    expect(() => quartersEnding('2026-01-01', 0)).toThrow(RangeError);
  });
});
