import { describe, expect, it } from 'vitest';
import { BOSTOTTE_TABLES, capGroupOf } from './bostotte-parameters.js';
import { inForce, MissingParameterError, type DatedTable } from './parameters.js';
import { STARTLAN_TABLES } from './startlan-parameters.js';

const table: DatedTable<number> = [
  { effectiveFrom: '2025-06-20', value: 4.25, source: 'b', tag: 'S' },
  { effectiveFrom: '2023-12-15', value: 4.5, source: 'a', tag: 'S' },
];

describe('dated parameters', () => {
  it.each([
    ['2023-12-15', 4.5],
    ['2025-06-19', 4.5],
    ['2025-06-20', 4.25],
    ['2030-01-01', 4.25],
  ])('on %s uses the row in force (%s), whatever the order of the table', (date, value) => {
    expect(inForce(table, date, 'rate').value).toBe(value);
  });

  it('refuses a date before the first row with MissingParameterError, a RangeError', () => {
    expect(() => inForce(table, '2023-12-14', 'rate')).toThrow(MissingParameterError);
    expect(() => inForce(table, '2023-12-14', 'rate')).toThrow(RangeError);
  });

  it('refuses a date that is not a calendar date', () => {
    expect(() => inForce(table, '2025-02-30', 'rate')).toThrow(RangeError);
  });

  it('gives every default row a date, a source and a tag', () => {
    const rows = [...Object.values(STARTLAN_TABLES), ...Object.values(BOSTOTTE_TABLES)].flat() as { effectiveFrom: string; source: string; tag: string }[];
    for (const row of rows) {
      expect(row.effectiveFrom).toMatch(/^\d{4}-\d{2}-\d{2}$/);
      expect(row.source.length).toBeGreaterThan(0);
      expect(['S', 'R', 'I']).toContain(row.tag);
    }
  });

  it.each([
    ['0301', 'oslo'],
    ['4601', 'group_2'],
    ['5401', 'group_2'],
    ['5501', 'group_2'],
    ['3201', 'group_2'],
    ['1108', 'group_3'],
    ['3222', 'group_3'],
    ['3205', 'none'],
    ['9999', 'none'],
  ])('puts kommunenummer %s in cap group %s', (knr, group) => {
    expect(capGroupOf(knr)).toBe(group);
  });
});
