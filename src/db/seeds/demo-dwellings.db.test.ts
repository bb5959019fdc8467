import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, openTestDb } from '../../../test/db.js';
import { createDistricts } from '../../server/areas/dwellings/dwellings.fixtures.js';
import { rows, withTenant, type DbHandle } from '../../server/platform/db.js';
import { createRng } from '../../domain/random/rng.js';
import { DEMO_MUNICIPALITIES } from './demo-data.js';
import { demoDwellingSteps } from './demo-dwellings.js';

let handle: DbHandle;
beforeAll(async () => {
  handle = await openTestDb();
});
afterAll(() => handle.close());

async function seed(m: (typeof DEMO_MUNICIPALITIES)[number], municipalityId: number): Promise<void> {
  for (const step of demoDwellingSteps(m)) {
    await withTenant(handle.db, { municipalityId }, (tx) =>
      step.run({ tx, municipalityId, kommunenummer: m.kommunenummer, rng: createRng(1), today: new Date('2026-11-21T08:00:00Z'), demoPasswordHash: 'x' }),
    );
  }
}

describe('demo dwellings', () => {
  it('seeds about 1 400 dwellings with their history for Demo kommune and 40 for Nabo kommune, once', async () => {
    const [demo, nabo] = DEMO_MUNICIPALITIES as [(typeof DEMO_MUNICIPALITIES)[number], (typeof DEMO_MUNICIPALITIES)[number]];
    const demoId = (await createMunicipality(handle, 'Demo')).id;
    const naboId = (await createMunicipality(handle, 'Nabo')).id;
    await createDistricts(handle, demoId, demo.districtNames.length);
    await createDistricts(handle, naboId, nabo.districtNames.length);
    await seed(demo, demoId);
    await seed(nabo, naboId);
    await seed(demo, demoId);
    const counts = await rows<{ municipality_id: number; dwellings: number; open: number; let: number }>(
      handle.db,
      sql`select d.municipality_id, count(distinct d.id)::int as dwellings,
                 count(p.id) filter (where p.to_date is null)::int as open,
                 count(p.id) filter (where p.to_date is null and p.status = 'let')::int as let
          from dwelling d join dwelling_status_period p on p.municipality_id = d.municipality_id and p.dwelling_id = d.id
          where d.municipality_id in (${demoId}, ${naboId}) group by d.municipality_id order by d.municipality_id`,
    );
    expect(counts[0]).toMatchObject({ municipality_id: demoId });
    expect(counts[0]!.dwellings).toBeGreaterThanOrEqual(1400);
    expect(counts[0]!.dwellings).toBeLessThan(1440);
    expect(counts[0]!.open).toBe(counts[0]!.dwellings);
    expect(counts[0]!.let / counts[0]!.dwellings).toBeGreaterThan(0.9);
    expect(counts[1]).toMatchObject({ municipality_id: naboId });
    expect(counts[1]!.dwellings).toBeGreaterThanOrEqual(40);
    expect(counts[1]!.dwellings).toBeLessThan(60);
    // A generous bound: a fresh `npm start` must stay fast (measured with npm run bench:startup).
  });
});
