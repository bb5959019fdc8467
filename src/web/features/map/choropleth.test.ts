import { describe, expect, it } from 'vitest';
import { classBreaks, classOf, PALETTE } from './choropleth';

describe('classBreaks', () => {
  it('makes up to five quantile classes spanning the values, light to dark', () => {
    const classes = classBreaks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect(classes).toHaveLength(5);
    expect(classes[0]!.from).toBe(1);
    expect(classes[4]!.to).toBe(11);
    expect(classes[0]!.fill).toBe(PALETTE[0]);
    expect(classes[4]!.fill).toBe(PALETTE[4]);
    expect(classOf(classes, 1)).toBe(classes[0]);
    expect(classOf(classes, 11)).toBe(classes[4]);
  });

  it('merges equal breaks and handles one value and none', () => {
    expect(classBreaks([2, 2, 2])).toEqual([{ from: 2, to: 2, fill: PALETTE[4] }]);
    expect(classBreaks([])).toEqual([]);
    const two = classBreaks([0, 10]);
    expect(two.map((c) => [c.from, c.to])).toEqual([[0, 10]]);
  });
});
