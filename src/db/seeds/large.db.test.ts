import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createMunicipality, openTestDb } from '../../../test/db.js';
import { validateFnr } from '../../domain/identity/fnr.js';
import { createRng } from '../../domain/random/rng.js';
import { loadIndicatorHistory } from '../../server/areas/indicators/history.repo.js';
import { rows, withTenant, type DbHandle } from '../../server/platform/db.js';
import { LARGE_SEED, largeCounts, largeSteps, runLargeSteps } from './large.js';

/** seed:large's generators at 1/200 of Oslo scale on a test database: the rows must hang together. */
const SCALE = 1 / 200;
const TODAY = new Date('2026-11-21T10:00:00Z');
let handle: DbHandle;
let municipalityId: number;
let counts: Record<string, number>;

const run = async () => {
  const m = await createMunicipality(handle, 'Storby-test');
  municipalityId = m.id;
  await runLargeSteps(handle.db, largeSteps(SCALE), { municipalityId, kommunenummer: m.kommunenummer, rng: createRng(LARGE_SEED), today: TODAY, demoPasswordHash: 'not-a-login' });
  return m;
};
const inTenant = <T>(fn: Parameters<typeof withTenant<T>>[2]) => withTenant(handle.db, { municipalityId }, fn);
const count = async (query: ReturnType<typeof sql>) => (await inTenant((tx) => rows<{ n: number }>(tx, query)))[0]!.n;

beforeAll(async () => {
  handle = await openTestDb();
  const m = await run();
  counts = await inTenant((tx) => largeCounts(tx));
  // A second run on the same municipality changes nothing (the history is not generated again).
  await runLargeSteps(handle.db, largeSteps(SCALE), { municipalityId, kommunenummer: m.kommunenummer, rng: createRng(LARGE_SEED), today: TODAY, demoPasswordHash: 'not-a-login' });
}, 120_000);
afterAll(() => handle.close());

describe('seed:large history at 1/200 scale', () => {
  it('makes about 1/200 of the Oslo-scale rows, and a second run adds none', async () => {
    expect(counts.dwelling).toBe(60);
    expect(counts.household).toBeGreaterThan(150);
    expect(counts.household).toBeLessThan(300);
    expect(counts.person).toBeGreaterThanOrEqual(counts.household!);
    expect(counts.housing_case).toBeGreaterThan(150);
    expect(counts.lease).toBeGreaterThan(60);
    expect(counts.temp_stay).toBeGreaterThan(40);
    expect(counts.dwelling_status_period).toBeGreaterThan(counts.dwelling!);
    expect(await inTenant((tx) => largeCounts(tx))).toEqual(counts);
  });

  it('has ten years of new applications at ~7.5 a year, with about 60 % of the decided ones approved', async () => {
    const [r] = await inTenant((tx) =>
      rows<{ years: number; apps: number; approved: number; decided: number }>(
        tx,
        sql`select count(distinct extract(year from c.received_on))::int as years, count(*)::int as apps,
                   count(*) filter (where d.outcome = 'approved')::int as approved, count(d.id)::int as decided
            from housing_case c left join lateral (select id, outcome from decision where municipality_id = c.municipality_id and case_id = c.id order by decided_on, id limit 1) d on true
            where c.case_type = 'rental_dwelling' and c.rental_kind = 'new'`,
      ),
    );
    expect(r!.years).toBeGreaterThanOrEqual(10);
    expect(r!.apps).toBeGreaterThan(50);
    expect(r!.apps).toBeLessThan(120);
    expect(r!.approved / r!.decided).toBeGreaterThan(0.4);
    expect(r!.approved / r!.decided).toBeLessThan(0.8);
  });

  it('lets a dwelling exactly while a signed lease of it runs', async () => {
    // Every let period is one lease: same dwelling, from its start to the day after its last day (open while it runs).
    expect(
      await count(sql`select count(*)::int as n from dwelling_status_period sp where sp.status = 'let' and not exists (
        select 1 from lease le where le.municipality_id = sp.municipality_id and le.dwelling_id = sp.dwelling_id and le.status in ('signed', 'terminated', 'ended')
          and le.start_date = sp.from_date and ((le.ended_on is null and sp.to_date is null) or le.ended_on + 1 = sp.to_date))`),
    ).toBe(0);
    // And every signed lease has its let period.
    expect(
      await count(sql`select count(*)::int as n from lease le where not exists (
        select 1 from dwelling_status_period sp where sp.municipality_id = le.municipality_id and sp.dwelling_id = le.dwelling_id and sp.status = 'let' and sp.from_date = le.start_date)`),
    ).toBe(0);
    // An ended lease ended on its last day; a running one has no end yet.
    expect(await count(sql`select count(*)::int as n from lease where (status = 'ended') <> (ended_on is not null)`)).toBe(0);
    // A dwelling's status history has no gaps: each period starts where the one before ended.
    expect(
      await count(sql`select count(*)::int as n from (
        select to_date, lead(from_date) over (partition by dwelling_id order by from_date) as next_from from dwelling_status_period) p
        where p.next_from is not null and p.to_date is distinct from p.next_from`),
    ).toBe(0);
  });

  it('never overlaps a household’s temporary stays, and a stay with children is a household with children', async () => {
    // A stay's nights are [start, end): a move from one place to the next on the same day is no overlap.
    expect(
      await count(sql`select count(*)::int as n from temp_stay a join temp_stay b on b.municipality_id = a.municipality_id and b.household_id = a.household_id and b.id > a.id
        where daterange(a.start_date, a.end_date, '[)') && daterange(b.start_date, b.end_date, '[)')`),
    ).toBe(0);
    expect(
      await count(sql`select count(*)::int as n from temp_stay s where s.children_present and not exists (
        select 1 from household_member hm where hm.municipality_id = s.municipality_id and hm.household_id = s.household_id and hm.relation = 'child')`),
    ).toBe(0);
  });

  it('houses approvals only: a lease on a decision rests on an approved rental-dwelling case of its household', async () => {
    expect(
      await count(sql`select count(*)::int as n from lease le join decision d on d.municipality_id = le.municipality_id and d.id = le.decision_id
        join housing_case c on c.municipality_id = d.municipality_id and c.id = d.case_id
        where d.outcome <> 'approved' or c.case_type <> 'rental_dwelling' or c.household_id <> le.household_id or d.decided_on > le.start_date`),
    ).toBe(0);
    // Nothing happens after today.
    expect(await count(sql`select count(*)::int as n from housing_case where received_on > '2026-11-21' or decided_on > '2026-11-21'`)).toBe(0);
    expect(await count(sql`select count(*)::int as n from lease where start_date > '2026-11-21' or ended_on > '2026-11-21'`)).toBe(0);
  });

  it('gives adults valid fødselsnumre, unique in the municipality', async () => {
    const ids = await inTenant((tx) => rows<{ nationalId: string; birthDate: string }>(tx, sql`select national_id as "nationalId", birth_date::text as "birthDate" from person where national_id is not null`));
    expect(ids.length).toBeGreaterThan(100);
    expect(new Set(ids.map((p) => p.nationalId)).size).toBe(ids.length);
    for (const p of ids) expect(validateFnr(p.nationalId, { today: '2026-11-21' })).toMatchObject({ valid: true, birthDate: p.birthDate });
  });

  it('loads as an indicator history with every list filled', async () => {
    const history = await inTenant((tx) => loadIndicatorHistory(tx, '2026-11-21'));
    for (const list of ['applications', 'appeals', 'waiting', 'housed', 'leases', 'dwellings', 'temporaryStays'] as const) expect(history[list].length).toBeGreaterThan(0);
    expect(history.dwellings).toHaveLength(60);
    expect(history.districts).toHaveLength(15);
  });
});
