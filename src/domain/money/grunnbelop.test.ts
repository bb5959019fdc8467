import { describe, expect, it } from 'vitest';
import { checkGrunnbelopTable, fromG, gAt, GRUNNBELOP_TABLE, type GrunnbelopTable, toG } from './grunnbelop.js';

describe('gAt', () => {
  it.each([
    ['2019-05-01', 99_858],
    ['2020-04-30', 99_858],
    ['2020-05-01', 101_351],
    ['2023-12-31', 118_620],
    ['2024-04-30', 118_620],
    ['2024-05-01', 124_028],
    ['2025-05-01', 130_160],
    ['2030-01-01', 130_160],
  ])('uses the G in force on %s', (date, amount) => {
    expect(gAt(date)).toBe(amount);
  });

  it('refuses a date before the first row, since there is no G to apply', () => {
    expect(() => gAt('2019-04-30')).toThrow(RangeError);
  });

  it('refuses a date that is not an ISO calendar date', () => {
    for (const date of ['2025-02-29', '2025-13-01', '1.5.2025', '2025-5-1', '']) expect(() => gAt(date)).toThrow(RangeError);
    expect(gAt('2024-02-29')).toBe(118_620);
  });

  it('reads a table given by the caller, in any order', () => {
    const table: GrunnbelopTable = [
      { from: '2026-05-01', amount: 140_000 },
      { from: '2025-05-01', amount: 130_160 },
    ];
    expect(gAt('2026-05-01', table)).toBe(140_000);
    expect(gAt('2026-04-30', table)).toBe(130_160);
    expect(() => gAt('2024-06-01', table)).toThrow(RangeError);
  });
});

describe('toG and fromG', () => {
  it('converts kroner to G rounded to 2 decimals', () => {
    expect(toG(455_560, '2025-06-01')).toBe(3.5);
    expect(toG(500_000, '2025-06-01')).toBe(3.84); // 3.8414…
    expect(toG(0, '2025-06-01')).toBe(0);
  });

  it('converts G to whole kroner', () => {
    expect(fromG(3.5, '2025-06-01')).toBe(455_560);
    expect(fromG(4.5, '2024-06-01')).toBe(558_126);
    expect(fromG(4.2, '2021-06-01')).toBe(446_876); // Trondheim's «4.2 G (450 000)» was rounded.
  });

  it('rounds half a krone up', () => {
    expect(fromG(0.5, '2019-06-01', [{ from: '2019-05-01', amount: 99_859 }])).toBe(49_930);
  });

  it('refuses amounts that are not finite numbers', () => {
    expect(() => toG(Number.NaN, '2025-06-01')).toThrow(RangeError);
    expect(() => fromG(Number.POSITIVE_INFINITY, '2025-06-01')).toThrow(RangeError);
  });
});

describe('checkGrunnbelopTable', () => {
  it('accepts the default table', () => {
    expect(checkGrunnbelopTable(GRUNNBELOP_TABLE)).toEqual([]);
  });

  it('keeps the default table oldest first with every row from 1 May', () => {
    const dates = GRUNNBELOP_TABLE.map((e) => e.from);
    expect([...dates].sort()).toEqual(dates);
    for (const d of dates) expect(d.endsWith('-05-01')).toBe(true);
  });

  it('reports an empty table, bad dates, duplicates and bad amounts', () => {
    expect(checkGrunnbelopTable([])).toEqual(['the table is empty']);
    const problems = checkGrunnbelopTable([
      { from: '2025-05-01', amount: 130_160 },
      { from: '2025-05-01', amount: 130_160.5 },
      { from: '2025-02-30', amount: -1 },
    ]);
    expect(problems).toEqual([
      'row 1: duplicate from 2025-05-01',
      'row 1: amount is not a positive whole number',
      'row 2: from is not an ISO date: 2025-02-30',
      'row 2: amount is not a positive whole number',
    ]);
  });
});
