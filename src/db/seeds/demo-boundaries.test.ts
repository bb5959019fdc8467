import { describe, expect, it } from 'vitest';
import { pointInGeometry } from '../../domain/map/geometry.js';
import { createRng } from '../../domain/random/rng.js';
import { DEMO_MUNICIPALITIES, DEMO_SEED } from './demo-data.js';
import { demoBoundaries, demoDistrictCentre, demoDwellingsTotal } from './demo-boundaries.js';
import { planDemoDwellings } from './demo-dwellings-data.js';

/** The demo dwellings exactly as the dwellings step plans them (demo-dwellings.ts). */
function demoSites(knr: string, codes: string[]) {
  const rng = createRng(DEMO_SEED + Number(knr) + 4_000_000);
  return planDemoDwellings(rng, knr, codes, knr === '9999' ? 1400 : 40, '2026-11-21').map((d) => ({
    districtIndex: codes.indexOf(d.fields.districtCode ?? ''),
    latitude: d.fields.latitude ?? NaN,
    longitude: d.fields.longitude ?? NaN,
  }));
}

describe('demoBoundaries', () => {
  for (const m of DEMO_MUNICIPALITIES) {
    const codes = m.districtNames.map((_, i) => String(i + 1).padStart(2, '0'));
    const sites = demoSites(m.kommunenummer, codes);
    const polygons = demoBoundaries(codes.length, sites);

    it(`${m.name}: every demo dwelling lies in its own district and in no other`, () => {
      expect(sites.length).toBeGreaterThan(30);
      expect(polygons).toHaveLength(codes.length);
      for (const s of sites) {
        const inside = polygons.flatMap((p, i) => (pointInGeometry([s.longitude, s.latitude], p) ? [i] : []));
        expect(inside).toEqual([s.districtIndex]);
      }
    });

    it(`${m.name}: each district's centre is in its polygon; rings are closed`, () => {
      polygons.forEach((p, i) => {
        expect(pointInGeometry(demoDistrictCentre(i, codes.length), p)).toBe(true);
        const ring = p.coordinates[0]!;
        expect(ring[0]).toEqual(ring[ring.length - 1]);
      });
    });

    it(`${m.name}: polygons do not overlap (no vertex of one strictly inside another)`, () => {
      polygons.forEach((p, i) => {
        polygons.forEach((q, j) => {
          if (i === j) return;
          // Shrink each vertex slightly towards the polygon's centre so shared edges do not count.
          const [cx, cy] = demoDistrictCentre(i, codes.length);
          for (const [lon, lat] of p.coordinates[0]!) expect(pointInGeometry([lon + (cx - lon) * 0.01, lat + (cy - lat) * 0.01], q)).toBe(false);
        });
      });
    });
  }

  it('is deterministic', () => {
    const codes = ['01', '02', '03'];
    const sites = demoSites('9998', codes);
    expect(demoBoundaries(3, sites)).toEqual(demoBoundaries(3, sites));
  });

  it('plausible dwellings total from inhabitants', () => {
    expect(demoDwellingsTotal(2100)).toBe(1000);
  });
});
