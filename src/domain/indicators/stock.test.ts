import { describe, expect, it } from 'vitest';
import { computeIndicator } from './engine.js';
import { dwellings, fixedHistory, history, Y2025 } from './fixtures.js';
import { dwellingsWithRunningLease, letOn, stockOn } from './stock.js';

const END = { from: '2025-12-31', to: '2025-12-31' };
const result = (id: string, period: { from: string; to: string } = END, h = fixedHistory()) => computeIndicator(id, h, period);
const value = (id: string, period: { from: string; to: string } = END) => result(id, period).municipality;

/**
 * From fixtures.ts dwellings(), on 31 December 2025:
 *   d1 A owned, wheelchair: let (vacant 1–10 Mar)            → in stock, let
 *   d2 A leased, vacant to 20 Jan, reserved 21–31 Jan, let    → in stock, let
 *   d3 B allocation right, wheelchair: let, maintenance June, vacant from 1 Jul → in stock
 *   d4 B owned: let, sold from 31 Dec                         → not in stock that day
 *   d5 –  owned: first status 1 Jan 2026                      → not yet in stock
 *   d6 A owned: not in use since 2023                         → in stock (still disposed of)
 */
describe('the stock on 31 December 2025', () => {
  it('counts d1 d2 d3 d6 = 4, of them let d1 d2 = 2', () => {
    expect(value('stock.dwellings')).toEqual({ value: 4 });
    expect(value('stock.let')).toEqual({ value: 2 });
    expect(value('stock.let_share')).toEqual({ value: 50, numerator: 2, denominator: 4 });
  });

  it('counts the sold dwelling the day before: d1 d2 d3 d4 d6 = 5, let 3', () => {
    const before = { from: '2025-12-30', to: '2025-12-30' };
    expect(value('stock.dwellings', before).value).toBe(5);
    expect(value('stock.let', before).value).toBe(3);
  });

  it('gives 4 / 10 000 × 1 000 = 0.4 per 1 000 inhabitants; A 3 / 6 000 → 0.5, B 1 / 3 500, unassigned 0 / 500', () => {
    const r = result('stock.per_1000_inhabitants');
    expect(r.municipality).toEqual({ value: 0.4, numerator: 4, denominator: 10_000 });
    expect(r.districts[0]?.value).toEqual({ value: 0.5, numerator: 3, denominator: 6_000 });
    expect(r.districts[1]?.value.value).toBeCloseTo(0.2857, 4);
    expect(r.unassigned).toEqual({ value: 0, numerator: 0, denominator: 500 });
  });

  it('gives the wheelchair share 2 / 4 = 50 % (A 1 / 3, B 1 / 1) and the owned share d1 d6 = 2 / 4', () => {
    const r = result('stock.wheelchair_share');
    expect(r.municipality).toEqual({ value: 50, numerator: 2, denominator: 4 });
    expect(r.districts[0]?.value.value).toBeCloseTo(33.333, 3);
    expect(r.districts[1]?.value.value).toBe(100);
    expect(r.unassigned.value).toBeNull();
    expect(value('stock.municipally_owned_share')).toEqual({ value: 50, numerator: 2, denominator: 4 });
  });

  it('finds a running lease for exactly the dwellings let', () => {
    const h = fixedHistory();
    expect([...dwellingsWithRunningLease(h, '2025-12-31')].sort()).toEqual(letOn(h, '2025-12-31').map((d) => d.id));
    expect(stockOn(h, '2025-12-31').map((d) => d.id)).toEqual(['d1', 'd2', 'd3', 'd6']);
  });
});

describe('turnover in 2025', () => {
  it('counts new tenancies l2 and l3 — l6 renews l5 for the same household back to back — over a stock of 4: 50 %', () => {
    expect(value('stock.turnover', Y2025)).toEqual({ value: 50, numerator: 2, denominator: 4 });
  });

  it('gives A 2 / 3, B 0 / 1 and nothing unassigned', () => {
    const r = result('stock.turnover', Y2025);
    expect(r.districts.map((d) => [d.value.numerator, d.value.denominator])).toEqual([
      [2, 3],
      [0, 1],
    ]);
    expect(r.unassigned.value).toBeNull();
  });
});

describe('vacancy days and lost rent', () => {
  it('adds up 2025: d1 10 + d2 20 vacant + 11 reserved + d3 184 (1 Jul – 31 Dec) = 225 days; maintenance and not in use are not vacancy', () => {
    expect(value('stock.vacancy_days', Y2025).value).toBe(225);
  });

  it('prices them per dwelling: 10 × 300 + 31 × 240 + 184 × 360 = 3 000 + 7 440 + 66 240 = 76 680 kr', () => {
    expect(value('stock.lost_rent', Y2025).value).toBe(76_680);
    expect(result('stock.vacancy_days', Y2025).districts.map((d) => d.value.value)).toEqual([41, 184]);
  });

  it('stops the running quarter before the day the history was read: 1 Jan – 14 Feb 2026 is 45 days for d3 and d5', () => {
    const q1 = { from: '2026-01-01', to: '2026-03-31' };
    expect(value('stock.vacancy_days', q1).value).toBe(90);
    // 45 × 360 = 16 200; 45 × 5 000 × 12 / 365 = 7 397.26 → 7 397
    expect(value('stock.lost_rent', q1).value).toBe(23_597);
  });

  it('counts 29 days in February of a leap year, at the 365-day rate', () => {
    const d1 = { ...dwellings()[0]!, statusPeriods: [{ status: 'vacant' as const, fromDate: '2024-01-01', toDate: null }] };
    const h = history({ asOf: '2024-03-15', dwellings: [d1] });
    const february = { from: '2024-02-01', to: '2024-02-29' };
    expect(result('stock.vacancy_days', february, h).municipality.value).toBe(29);
    expect(result('stock.lost_rent', february, h).municipality.value).toBe(8_700); // 29 × 300
  });
});
