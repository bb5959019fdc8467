import { describe, expect, it } from 'vitest';
import { history, housingEvent, stay } from '../indicators/fixtures.js';
import { buildPlanFigures, measuredShare, SUPPRESSED, suppressFigures, suppressValue, type PlanTargetInput } from './figures.js';

/** Read on 15 February 2026: 46 of 2026's 365 days measured. */
const scenario = () =>
  history({
    housed: [
      housingEvent('a', '2025-11-03'),
      housingEvent('b', '2025-12-01'),
      ...['01-05', '01-12', '01-20', '02-01', '02-03', '02-14'].map((d, i) => housingEvent(`n${i}`, `2026-${d}`)),
    ],
    temporaryStays: [stay('s1', 'hS', '2025-10-01', null, { childrenPresent: true })],
  });

const target = (indicatorId: string, more: Partial<PlanTargetInput> = {}): PlanTargetInput => ({
  indicatorId,
  year: 2026,
  goalId: null,
  goalTitle: null,
  direction: 'at_most',
  target: 0,
  tolerance: 0,
  ...more,
});

const YTD = { from: '2026-01-01', to: '2026-02-15' };

describe('measuredShare', () => {
  it('is the share of the year the period covers up to asOf', () => {
    expect(measuredShare(2026, YTD, '2026-02-15')).toBeCloseTo(46 / 365, 10);
    expect(measuredShare(2026, { from: '2026-01-01', to: '2026-12-31' }, '2026-02-15')).toBeCloseTo(46 / 365, 10);
    expect(measuredShare(2025, { from: '2025-01-01', to: '2025-12-31' }, '2026-02-15')).toBe(1);
    expect(measuredShare(2026, { from: '2026-02-01', to: '2026-02-28' }, '2026-12-31')).toBeCloseTo(28 / 365, 10);
  });
});

describe('buildPlanFigures', () => {
  const targets = [
    target('housed.new', { direction: 'at_least', target: 40, tolerance: 4, goalId: 'g1', goalTitle: 'Flere bosatt' }),
    target('temporary.children_over_3_months_on_day'),
    target('waiting.median_days', { target: 100 }),
    target('housed.new', { year: 2025, direction: 'at_least', target: 30 }),
    target('no.such.indicator'),
  ];
  const figures = buildPlanFigures(scenario(), targets, YTD);

  it('keeps the targets of the period’s year with a known indicator, in order', () => {
    expect(figures.rows.map((r) => [r.indicatorId, r.year])).toEqual([
      ['housed.new', 2026],
      ['temporary.children_over_3_months_on_day', 2026],
      ['waiting.median_days', 2026],
    ]);
    expect(figures).toMatchObject({ asOf: '2026-02-15', period: YTD });
  });

  it('compares a count of events pro rata: 6 newly housed against 40 × 46/365 ≈ 5.04 is on track', () => {
    const row = figures.rows[0]!;
    expect(row.value.value).toBe(6);
    expect(row.check.status).toBe('on_track');
    expect(row.check.comparedWith).toBeCloseTo((40 * 46) / 365, 10);
    expect(row).toMatchObject({ goalId: 'g1', goalTitle: 'Flere bosatt', unit: 'households', kind: 'flow', source: 'kostra_13' });
    expect(row.name.nb).toBe('Nyinnflyttede husstander');
  });

  it('compares a stock as it is: one family with children over 3 months against 0 is off track', () => {
    const row = figures.rows[1]!;
    expect(row.value.value).toBe(1);
    expect(row.check).toEqual({ status: 'off_track', comparedWith: 0, difference: 1 });
  });

  it('gives no data for a median of nothing', () => {
    expect(figures.rows[2]!.check.status).toBe('no_data');
  });

  it('has the 8 quarters ending with the period, values per quarter', () => {
    const series = figures.rows[0]!.series;
    expect(series.map((p) => `${p.year}K${p.quarter}`)).toEqual(['2024K2', '2024K3', '2024K4', '2025K1', '2025K2', '2025K3', '2025K4', '2026K1']);
    expect(series.map((p) => p.value.value)).toEqual([0, 0, 0, 0, 0, 0, 2, 6]);
    expect(series[7]!.period).toEqual({ from: '2026-01-01', to: '2026-02-15' });
  });

  it('suppresses counts 1–4, the difference that would reveal them, and keeps 0 and 5+', () => {
    const shown = suppressFigures(figures);
    expect(shown.rows[0]!.value.value).toBe(6);
    expect(shown.rows[0]!.series.map((p) => p.value.value)).toEqual([0, 0, 0, 0, 0, 0, SUPPRESSED, 6]);
    expect(shown.rows[1]!.value.value).toBe(SUPPRESSED);
    expect(shown.rows[1]!.check).toEqual({ status: 'off_track', comparedWith: 0, difference: null });
  });
});

describe('suppressValue', () => {
  it('hides a share whose numerator or denominator is 1–4, and a median of fewer than five', () => {
    expect(suppressValue({ value: 50, numerator: 2, denominator: 4 }, 'percent')).toEqual({ value: SUPPRESSED, numerator: SUPPRESSED, denominator: SUPPRESSED });
    expect(suppressValue({ value: 25, numerator: 5, denominator: 20 }, 'percent')).toEqual({ value: 25, numerator: 5, denominator: 20 });
    expect(suppressValue({ value: 40, observations: 3 }, 'days')).toEqual({ value: SUPPRESSED, observations: SUPPRESSED });
    expect(suppressValue({ value: 40, observations: 5 }, 'days')).toEqual({ value: 40, observations: 5 });
    expect(suppressValue({ value: 3 }, 'days')).toEqual({ value: 3 });
    expect(suppressValue({ value: null, numerator: 0, denominator: 0 }, 'percent')).toEqual({ value: null, numerator: 0, denominator: 0 });
  });
});
