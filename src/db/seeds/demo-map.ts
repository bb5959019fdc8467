import { and, eq, isNull, isNotNull } from 'drizzle-orm';
import { district, dwelling } from '../schema/index.js';
import { demoBoundaries, demoDwellingsTotal } from './demo-boundaries.js';
import type { DemoMunicipality } from './demo-data.js';
import type { SeedStep } from './seed-context.js';

/**
 * The map's data for a demo municipality: each district's boundary (demo-boundaries.ts, from the
 * dwellings the dwellings step placed) and a plausible number of all dwellings. Idempotent: only
 * districts without a boundary / total are set. Draws nothing from ctx.rng, so later steps are
 * unchanged. Two queries and a dozen small updates.
 */
export function demoMapSteps(m: DemoMunicipality): SeedStep[] {
  return [
    {
      name: 'district boundaries',
      async run(ctx) {
        const districts = await ctx.tx.select({ code: district.code, inhabitants: district.inhabitants, boundary: district.boundary, dwellingsTotal: district.dwellingsTotal }).from(district);
        if (districts.every((d) => d.boundary !== null && d.dwellingsTotal !== null)) return;
        const codes = m.districtNames.map((_, i) => String(i + 1).padStart(2, '0'));
        const placed = await ctx.tx
          .select({ districtCode: dwelling.districtCode, latitude: dwelling.latitude, longitude: dwelling.longitude })
          .from(dwelling)
          .where(and(isNotNull(dwelling.latitude), isNotNull(dwelling.longitude), isNotNull(dwelling.districtCode)));
        const sites = placed
          .map((d) => ({ districtIndex: codes.indexOf(d.districtCode ?? ''), latitude: Number(d.latitude), longitude: Number(d.longitude) }))
          .filter((s) => s.districtIndex >= 0);
        const polygons = demoBoundaries(codes.length, sites);
        for (const d of districts) {
          const i = codes.indexOf(d.code);
          if (i < 0) continue;
          if (d.boundary === null) {
            await ctx.tx.update(district).set({ boundary: polygons[i] as { type: 'Polygon'; coordinates: unknown } }).where(and(eq(district.code, d.code), isNull(district.boundary)));
          }
          if (d.dwellingsTotal === null) {
            await ctx.tx.update(district).set({ dwellingsTotal: demoDwellingsTotal(d.inhabitants) }).where(and(eq(district.code, d.code), isNull(district.dwellingsTotal)));
          }
        }
      },
    },
  ];
}
