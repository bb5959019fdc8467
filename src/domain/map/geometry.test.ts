import { describe, expect, it } from 'vitest';
import { asAreaGeometry, boundsOf, clipRing, labelPoint, pointInGeometry, pointInRing, type Ring } from './geometry.js';

const square: Ring = [[0, 0], [4, 0], [4, 4], [0, 4], [0, 0]];
const hole: Ring = [[1, 1], [3, 1], [3, 3], [1, 3], [1, 1]];

describe('point in polygon', () => {
  it('finds points inside and outside a ring', () => {
    expect(pointInRing([2, 2], square)).toBe(true);
    expect(pointInRing([5, 2], square)).toBe(false);
    expect(pointInRing([2, -0.1], square)).toBe(false);
  });

  it('respects holes and multipolygons', () => {
    const donut = { type: 'Polygon' as const, coordinates: [square, hole] };
    expect(pointInGeometry([2, 2], donut)).toBe(false);
    expect(pointInGeometry([0.5, 0.5], donut)).toBe(true);
    const triangle: Ring = [[10, 10], [11, 10], [11, 11], [10, 10]];
    const multi = { type: 'MultiPolygon' as const, coordinates: [[square], [triangle]] };
    expect(pointInGeometry([10.8, 10.2], multi)).toBe(true);
    expect(pointInGeometry([10.2, 10.8], multi)).toBe(false);
  });

  it('handles a concave ring', () => {
    const l: Ring = [[0, 0], [3, 0], [3, 1], [1, 1], [1, 3], [0, 3], [0, 0]];
    expect(pointInRing([2, 2], l)).toBe(false);
    expect(pointInRing([0.5, 2], l)).toBe(true);
  });
});

describe('asAreaGeometry', () => {
  it('accepts well-formed polygons and refuses anything else', () => {
    expect(asAreaGeometry({ type: 'Polygon', coordinates: [square] })).not.toBeNull();
    expect(asAreaGeometry({ type: 'Point', coordinates: [1, 2] })).toBeNull();
    expect(asAreaGeometry({ type: 'Polygon', coordinates: [[[0, 0], [1, 1]]] })).toBeNull();
    expect(asAreaGeometry(null)).toBeNull();
  });
});

describe('clipRing', () => {
  it('keeps the half-plane x ≤ 2 of a square, closed', () => {
    const clipped = clipRing(square, 1, 0, 2);
    expect(clipped[0]).toEqual(clipped[clipped.length - 1]);
    expect(Math.max(...clipped.map((p) => p[0]))).toBe(2);
    expect(pointInRing([1, 1], clipped)).toBe(true);
    expect(pointInRing([3, 1], clipped)).toBe(false);
  });

  it('returns nothing when the whole ring is outside', () => {
    expect(clipRing(square, 1, 0, -1)).toEqual([]);
  });
});

describe('bounds and label point', () => {
  it('bounds every outer ring; the label of a square is its centre', () => {
    expect(boundsOf([{ type: 'Polygon', coordinates: [square] }])).toEqual({ minLon: 0, minLat: 0, maxLon: 4, maxLat: 4 });
    expect(boundsOf([])).toBeNull();
    expect(labelPoint({ type: 'Polygon', coordinates: [square] })).toEqual([2, 2]);
  });
});
