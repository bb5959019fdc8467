import { describe, expect, it } from 'vitest';
import { suppressSmallCount } from './suppression.js';

describe('suppressSmallCount', () => {
  it.each([
    [0, '0'],
    [1, '<5'],
    [4, '<5'],
    [5, '5'],
    [120, '120'],
  ])('shows %i as %s', (count, shown) => {
    expect(suppressSmallCount(count)).toBe(shown);
  });

  it('refuses what is not a count', () => {
    expect(() => suppressSmallCount(-1)).toThrow(RangeError);
    expect(() => suppressSmallCount(1.5)).toThrow(RangeError);
  });
});
