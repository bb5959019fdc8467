import { describe, expect, it } from 'vitest';
import { fitProjection, fromWorld, isTileTemplate, tileOrigin, tilesCovering, tileUrl, tileZoomFor, toWorld } from './projection.js';

describe('Web Mercator', () => {
  it('maps the origin to the centre of the world and back', () => {
    expect(toWorld(0, 0)).toEqual([0.5, 0.5]);
    const [lon, lat] = fromWorld(...toWorld(5.73, 58.85));
    expect(lon).toBeCloseTo(5.73, 9);
    expect(lat).toBeCloseTo(58.85, 9);
  });

  it('puts Demo kommune in the tile the slippy-map scheme gives (z 10)', () => {
    // lon 5.73 → x = floor((5.73 + 180) / 360 · 1024) = 528; lat 58.85 → y = floor((1 − ln(tan φ + sec φ)/π)/2 · 1024) = floor(303.8) = 303.
    expect(tilesCovering({ minLon: 5.73, minLat: 58.85, maxLon: 5.73, maxLat: 58.85 }, 10)).toEqual([{ z: 10, x: 528, y: 303 }]);
  });
});

describe('fitProjection', () => {
  const bounds = { minLon: 5.6, minLat: 58.8, maxLon: 5.9, maxLat: 58.9 };
  it('fits the bounds to the width with the padding, north up, aspect kept', () => {
    const p = fitProjection(bounds, 800, 10);
    const [x0, yTop] = p.project(5.6, 58.9);
    const [x1, yBottom] = p.project(5.9, 58.8);
    expect(x0).toBeCloseTo(10, 9);
    expect(x1).toBeCloseTo(790, 9);
    expect(yTop).toBeCloseTo(10, 9);
    expect(yBottom).toBeCloseTo(p.height - 10, 0);
    // 0.3° of longitude and 0.1° of latitude at 58.85° N: taller than 0.1/0.3 of the width by 1/cos(lat).
    expect(p.height).toBeGreaterThan(780 * (0.1 / 0.3) * 1.9);
  });

  it('chooses a zoom where a tile is about as wide as it is drawn', () => {
    const p = fitProjection(bounds, 800, 10);
    const z = tileZoomFor(p.scale);
    expect((256 * 2 ** z) / p.scale).toBeGreaterThan(0.7);
    expect((256 * 2 ** z) / p.scale).toBeLessThan(1.42);
  });
});

describe('tile templates', () => {
  it('accepts https templates with {z}, {x} and {y} only', () => {
    expect(isTileTemplate('https://cache.kartverket.no/v1/wmts/1.0.0/topo/default/webmercator/{z}/{y}/{x}.png')).toBe(true);
    expect(isTileTemplate('http://tiles.example.no/{z}/{x}/{y}.png')).toBe(false);
    expect(isTileTemplate('https://tiles.example.no/{z}/{x}.png')).toBe(false);
    expect(isTileTemplate('https://user:pw@tiles.example.no/{z}/{x}/{y}.png')).toBe(false);
    expect(isTileTemplate('javascript:alert(1)//{z}{x}{y}')).toBe(false);
  });

  it('gives the origin for the CSP and fills a tile URL', () => {
    expect(tileOrigin('https://{s}.tiles.example.no:8443/{z}/{x}/{y}.png')).toBe('https://a.tiles.example.no:8443');
    expect(tileOrigin('ftp://x/{z}/{x}/{y}')).toBeNull();
    expect(tileUrl('https://t.example.no/{z}/{x}/{y}.png', { z: 3, x: 4, y: 5 })).toBe('https://t.example.no/3/4/5.png');
  });
});
