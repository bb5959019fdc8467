import { describe, expect, it } from 'vitest';
import { buildReportModel, periodLabel, periodQuarter, statusCounts } from './build.js';
import { chartGeometry, niceMax } from './chart.js';
import { compareReports, statusChange } from './compare.js';
import { hidden, reportInput, reportModel, row, v } from './fixtures.js';
import { chartAlt, targetText } from './labels.js';
import { displayValue, formatNumber, reportIndicators, shownValue } from './model.js';
import { checkNarrative, defaultNarrative, mergeNarrative, paragraphsOf } from './narrative.js';

describe('shownValue (suppression)', () => {
  it('suppresses counts of households from 1 to 4, not 0 or 5', () => {
    expect(shownValue({ value: 0 }, 'households')).toEqual({ value: 0, suppressed: false });
    expect(shownValue({ value: 1 }, 'households')).toEqual({ value: null, suppressed: true });
    expect(shownValue({ value: 4 }, 'evictions')).toEqual({ value: null, suppressed: true });
    expect(shownValue({ value: 5 }, 'households')).toEqual({ value: 5, suppressed: false });
  });
  it('shows dwellings and days as they are, but not a median of fewer than 5', () => {
    expect(shownValue({ value: 3 }, 'dwellings')).toEqual({ value: 3, suppressed: false });
    expect(shownValue({ value: 3, observations: 12 }, 'days')).toEqual({ value: 3, suppressed: false });
    expect(shownValue({ value: 30, observations: 3 }, 'days')).toEqual({ value: null, suppressed: true });
  });
  it('suppresses a share whose numerator or denominator is a small count', () => {
    expect(shownValue({ value: 50, numerator: 2, denominator: 4 }, 'percent').suppressed).toBe(true);
    expect(shownValue({ value: 20, numerator: 2, denominator: 10 }, 'percent').suppressed).toBe(true);
    expect(shownValue({ value: 50, numerator: 5, denominator: 10 }, 'percent')).toEqual({ value: 50, suppressed: false });
    expect(shownValue({ value: null, denominator: 0 }, 'percent')).toEqual({ value: null, suppressed: false });
  });
  it('is displayed as «<5», «–» or the number in the language', () => {
    expect(displayValue(hidden, 'households', 'nb')).toBe('<5');
    expect(displayValue(v(null), 'percent', 'nb')).toBe('–');
    expect(displayValue(v(12.34), 'percent', 'nb')).toBe('12,3\u00a0%');
    expect(displayValue(v(12.34), 'percent', 'en')).toBe('12.3\u00a0%');
    expect(formatNumber(1234567, 'kroner', 'nb')).toBe('1\u00a0234\u00a0567');
    expect(formatNumber(1234567, 'kroner', 'en')).toBe('1,234,567');
    expect(formatNumber(-2, 'days', 'nb')).toBe('−2');
  });
});

describe('buildReportModel', () => {
  it('groups the rows by goal in order, the other figures last, and labels the quarters', () => {
    const model = reportModel({
      rows: [row('a', { goalId: null, goalTitle: null, target: null, status: null }), row('b'), row('c', { goalId: 'g2', goalTitle: 'Mål 2' }), row('d')],
    });
    expect(model.goals.map((g) => [g.goalId, g.title, g.indicators.map((i) => i.id)])).toEqual([
      ['g1', 'Færre barnefamilier i midlertidig botilbud', ['b', 'd']],
      ['g2', 'Mål 2', ['c']],
      [null, 'Andre nøkkeltall', ['a']],
    ]);
    expect(model.goals[0]!.indicators[0]!.series.map((p) => p.label)).toEqual(['2026 K1', '2026 K2', '2026 K3']);
    expect(model.periodLabel).toBe('2026 K3');
    expect(model).not.toHaveProperty('goals.0.indicators.0.goalId');
  });
  it('does not repeat an extra figure the plan already shows', () => {
    const model = reportModel({ rows: [row('a'), row('a', { goalId: null, goalTitle: null })] });
    expect(reportIndicators(model).map((i) => i.id)).toEqual(['a']);
  });
  it('keeps suppressed values as «<5» with no number, in JSON as stored', () => {
    const model = JSON.parse(JSON.stringify(reportModel())) as ReturnType<typeof reportModel>;
    const evictions = reportIndicators(model).find((i) => i.id === 'evictions.carried_out')!;
    expect(evictions.value).toEqual({ value: null, suppressed: true });
    expect(displayValue(evictions.value, evictions.unit, 'nb')).toBe('<5');
  });
  it('labels a quarter and any other period, in English too', () => {
    expect(periodQuarter({ from: '2026-04-01', to: '2026-06-30' })).toEqual({ year: 2026, quarter: 2 });
    expect(periodQuarter({ from: '2026-01-01', to: '2026-06-30' })).toBeNull();
    expect(periodLabel({ from: '2026-01-01', to: '2026-06-30' }, 'nb')).toBe('1.1.2026–30.6.2026');
    expect(buildReportModel(reportInput({ language: 'en' })).periodLabel).toBe('2026 Q3');
    expect(statusCounts(reportModel())).toEqual({ on_track: 1, at_risk: 1, off_track: 0, no_data: 0 });
  });
});

describe('chart', () => {
  it('puts gaps where a quarter is suppressed and the target line at its value', () => {
    const indicator = reportIndicators(reportModel())[0]!;
    const g = chartGeometry(indicator, { width: 300, height: 120, left: 40, right: 10, top: 10, bottom: 20 });
    expect(niceMax(15)).toBe(20);
    expect(g.points.map((p) => p.y === null)).toEqual([false, true, false]);
    expect(g.segments).toHaveLength(2);
    expect(g.plot).toEqual({ x0: 40, x1: 290, y0: 100, y1: 10 });
    expect(g.targetY).toBeCloseTo(100 - (90 * 10) / 20);
    expect(g.points[0]!.y).toBeCloseTo(100 - (90 * 15) / 20);
  });
  it('has a text alternative with every quarter and the target', () => {
    const indicator = reportIndicators(reportModel())[0]!;
    expect(chartAlt(indicator, 'nb')).toBe('Linjediagram: Indikator temporary.children_households_during per kvartal. 2026 K1: 15, 2026 K2: <5, 2026 K3: 12. Mållinje: 10.');
    expect(targetText(indicator, 'en')).toBe('at most 10');
  });
});

describe('compareReports', () => {
  const previous = reportModel({
    period: { from: '2026-04-01', to: '2026-06-30' },
    dataVersion: 'old',
    rows: [
      row('temporary.children_households_during', { value: v(20), status: 'off_track' }),
      row('waiting.median_days', { goalId: 'g2', unit: 'days', value: v(40), status: 'on_track' }),
      row('gone', { value: v(7), status: 'on_track' }),
    ],
  });
  const current = reportModel();
  const comparison = compareReports(current, previous);
  const byId = new Map(comparison.rows.map((r) => [r.id, r]));

  it('gives both values, the change and how the status moved', () => {
    expect(comparison.previous).toEqual({ periodLabel: '2026 K2', dataVersion: 'old' });
    expect(byId.get('temporary.children_households_during')).toMatchObject({ previous: v(20), current: v(12), change: -8, statusFrom: 'off_track', statusTo: 'at_risk', statusChange: 'improved' });
    expect(byId.get('waiting.median_days')).toMatchObject({ change: 0, statusChange: 'unchanged' });
  });
  it('has no change for a suppressed value, and marks new and removed indicators', () => {
    expect(byId.get('evictions.carried_out')).toMatchObject({ previous: null, current: hidden, change: null, statusChange: 'not_comparable' });
    expect(byId.get('gone')).toMatchObject({ current: null, previous: v(7), change: null, statusChange: 'removed' });
    expect(comparison.rows.map((r) => r.id)).toEqual(['temporary.children_households_during', 'waiting.median_days', 'evictions.carried_out', 'gone']);
  });
  it('ranks statuses', () => {
    expect(statusChange('on_track', 'off_track')).toBe('worsened');
    expect(statusChange('at_risk', 'on_track')).toBe('improved');
    expect(statusChange('no_data', 'on_track')).toBe('not_comparable');
    expect(statusChange(null, 'on_track')).toBe('new');
    expect(compareReports(current, current).rows.every((r) => r.statusChange === 'unchanged' || r.statusChange === 'not_comparable')).toBe(true);
  });
});

describe('narrative', () => {
  it('has the fixed sections with default headings', () => {
    expect(defaultNarrative('nb').map((s) => s.heading)).toEqual(['Sammendrag', 'Midlertidig botilbud', 'Venteliste og tildeling', 'Oppfølging og Housing First', 'Veien videre og risiko']);
    expect(defaultNarrative('en')[0]).toEqual({ key: 'summary', heading: 'Summary', text: '' });
  });
  it('reports every problem with its field path', () => {
    expect(
      checkNarrative([
        { key: 'summary', heading: ' ', text: 'x'.repeat(20_001) },
        { key: 'summary', heading: 'h'.repeat(201), text: '' },
        { key: 'nope', heading: 'x', text: '' },
      ]),
    ).toEqual([
      { path: 'narrative.0.heading', code: 'required' },
      { path: 'narrative.0.text', code: 'too_long' },
      { path: 'narrative.1.key', code: 'duplicate_section' },
      { path: 'narrative.1.heading', code: 'too_long' },
      { path: 'narrative.2.key', code: 'unknown_section' },
    ]);
    expect(checkNarrative(defaultNarrative('nn'))).toEqual([]);
  });
  it('merges an edit into the fixed order and splits paragraphs', () => {
    const merged = mergeNarrative(defaultNarrative('nb'), [{ key: 'onward', heading: ' Risiko ', text: 'A\r\n\r\nB  \n' }], 'nb');
    expect(merged.map((s) => s.key)).toEqual(['summary', 'temporary', 'waiting', 'followup', 'onward']);
    expect(merged[4]).toEqual({ key: 'onward', heading: 'Risiko', text: 'A\n\nB' });
    expect(paragraphsOf(merged[4]!.text)).toEqual(['A', 'B']);
  });
});
