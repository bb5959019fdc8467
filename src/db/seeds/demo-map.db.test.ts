import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDb } from '../../../test/db.js';
import { asAreaGeometry, pointInGeometry } from '../../domain/map/geometry.js';
import { createRng } from '../../domain/random/rng.js';
import { rows, withTenant, type DbHandle } from '../../server/platform/db.js';
import { DEMO_MUNICIPALITIES, DEMO_SEED } from './demo-data.js';
import { demoSteps, ensureMunicipality } from './demo.js';

/**
 * The demo's districts, dwellings and the map step (the steps in between do not touch either):
 * every district gets a boundary and a total, every dwelling lies in its own district's boundary
 * and no other, and a second run changes nothing.
 */
let handle: DbHandle;
const STEPS = ['districts', 'dwellings', 'district boundaries'];

async function runSteps() {
  for (const m of DEMO_MUNICIPALITIES) {
    const municipalityId = await ensureMunicipality(handle.db, m);
    const rng = createRng(DEMO_SEED + Number(m.kommunenummer));
    for (const step of demoSteps(m).filter((s) => STEPS.includes(s.name))) {
      await withTenant(handle.db, { municipalityId }, (tx) =>
        step.run({ tx, municipalityId, kommunenummer: m.kommunenummer, rng, today: new Date('2026-11-21T10:00:00Z'), demoPasswordHash: 'x' }),
      );
    }
  }
}

beforeAll(async () => {
  handle = await openTestDb();
  await runSteps();
});
afterAll(() => handle.close());

it('is idempotent', async () => {
  const before = await rows<{ b: string }>(handle.db, sql`select string_agg(boundary::text || dwellings_total, '|' order by municipality_id, code) as b from district`);
  await runSteps();
  const after = await rows<{ b: string }>(handle.db, sql`select string_agg(boundary::text || dwellings_total, '|' order by municipality_id, code) as b from district`);
  expect(after).toEqual(before);
});

describe('demo district boundaries', () => {
  for (const knr of ['9999', '9998']) {
    it(`kommune ${knr}`, async () => {
      const districts = await rows<{ code: string; boundary: unknown; dwellingsTotal: number | null; inhabitants: number }>(
        handle.db,
        sql`select d.code, d.boundary, d.dwellings_total as "dwellingsTotal", d.inhabitants from district d join municipality m on m.id = d.municipality_id where m.kommunenummer = ${knr} order by d.code`,
      );
      expect(districts.length).toBe(knr === '9999' ? 12 : 3);
      const shapes = districts.map((d) => ({ code: d.code, geometry: asAreaGeometry(d.boundary) }));
      for (const d of districts) expect(d.dwellingsTotal).toBeGreaterThan(d.inhabitants / 3);
      expect(shapes.every((s) => s.geometry !== null)).toBe(true);
      const dwellings = await rows<{ districtCode: string; latitude: string; longitude: string }>(
        handle.db,
        sql`select w.district_code as "districtCode", w.latitude::text as latitude, w.longitude::text as longitude
            from dwelling w join municipality m on m.id = w.municipality_id where m.kommunenummer = ${knr} and w.latitude is not null`,
      );
      expect(dwellings.length).toBeGreaterThan(30);
      for (const w of dwellings) {
        const inside = shapes.filter((s) => pointInGeometry([Number(w.longitude), Number(w.latitude)], s.geometry!)).map((s) => s.code);
        expect(inside).toEqual([w.districtCode]);
      }
    });
  }
});
