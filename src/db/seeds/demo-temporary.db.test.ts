import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { Stay, StayList } from '../../contracts/temporary.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
let nav: TestClient;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  nav = await loginAs(husly, 'nav', 'demo');
});
afterAll(() => husly.close());

const counts = () =>
  rows<{ providers: number; places: number; stays: number; tasks: number }>(
    handle.db,
    sql`select (select count(*)::int from temp_provider) as providers, (select count(*)::int from temp_place) as places,
               (select count(*)::int from temp_stay) as stays, (select count(*)::int from task where kind = 'temp_stay_3_months') as tasks`,
  );

describe('demo temporary accommodation', () => {
  it("matches the seed figures: about 190–230 households last year, mostly short stays, a few families over three months", async () => {
    const res = await nav.request({ method: 'GET', url: '/api/temporary/kostra?year=2025' });
    const y = res.json();
    expect(y.households).toBeGreaterThanOrEqual(190);
    expect(y.households).toBeLessThanOrEqual(235);
    expect(y.shortStayHouseholds / y.households).toBeGreaterThan(0.4);
    expect(y.over3MonthsHouseholds).toBeGreaterThan(10);
    expect(y.childrenOver3MonthsHouseholds).toBeGreaterThanOrEqual(2);
    expect(y.childrenOver3MonthsHouseholds).toBeLessThanOrEqual(8);
    expect(y.nightShelterHouseholds).toBeGreaterThan(0);
    const thisYear = (await nav.request({ method: 'GET', url: '/api/temporary/kostra?year=2026' })).json();
    expect(thisYear.households).toBeGreaterThanOrEqual(170);
  });

  it("gives NAV today's stays with flags, tasks for the long ones, and the demo cases' households placed", async () => {
    const list = (await nav.request({ method: 'GET', url: '/api/temporary/stays?limit=200' })).json() as StayList;
    expect(list.counts.active).toBeGreaterThan(15);
    expect(list.counts.childrenOver3Months).toBeGreaterThanOrEqual(1);
    const byName = (name: string) => list.items.find((s: Stay) => s.household.headName === name);
    expect(byName('Camilla Lund')).toMatchObject({ days: 73, case: { caseNumber: expect.any(String) }, provider: { kind: 'private_overnight' } });
    expect(byName('Per Hansen')?.permanentHousingCase).not.toBeNull();
    expect(byName('Kjell Nilsen')?.flags.over3Months).toBe(true);
    expect(byName('Nina Holm')).toMatchObject({ locationProtected: true, provider: null, childrenPresent: true });
    const [c] = await counts();
    expect(c!.tasks).toBe(list.counts.over3Months);
  });

  it('never puts two households in one place at the same time', async () => {
    const clashes = await rows<{ n: number }>(
      handle.db,
      sql`select count(*)::int as n from temp_stay a join temp_stay b on a.municipality_id = b.municipality_id and a.place_id = b.place_id and a.id < b.id
          where a.start_date < coalesce(b.end_date, 'infinity'::date) and b.start_date < coalesce(a.end_date, 'infinity'::date)`,
    );
    expect(clashes[0]?.n).toBe(0);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await counts()).toEqual(before);
  });
});
