import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { BuildingDetail, BuildingList, NeighbourCase, NeighbourCaseList } from '../../contracts/neighbourhood.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
let team: TestClient;
let manager: TestClient;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  team = await loginAs(husly, 'bomiljo', 'demo');
  manager = await loginAs(husly, 'forvalter', 'demo');
});
afterAll(() => husly.close());

const counts = () =>
  rows<{ cases: number; parties: number; events: number; activities: number; tasks: number }>(
    handle.db,
    sql`select (select count(*)::int from neighbour_case) as cases, (select count(*)::int from neighbour_case_party) as parties,
               (select count(*)::int from neighbour_case_event) as events, (select count(*)::int from building_activity) as activities,
               (select count(*)::int from caretaker_task) as tasks`,
  );

describe('demo neighbourhood work', () => {
  it('has cases at every stage, their events matching the status, tenants as parties with their household', async () => {
    const active = (await team.request({ method: 'GET', url: '/api/neighbourhood/cases' })).json() as NeighbourCaseList;
    expect(active.counts.open).toBeGreaterThanOrEqual(2);
    expect(active.counts.dialogue).toBeGreaterThanOrEqual(2);
    expect(active.counts.agreement).toBeGreaterThanOrEqual(2);
    const closed = (await team.request({ method: 'GET', url: '/api/neighbourhood/cases?status=closed' })).json() as NeighbourCaseList;
    expect(closed.items.filter((c) => c.outcome === 'resolved_by_agreement').length).toBeGreaterThanOrEqual(2);
    for (const summary of [...active.items, ...closed.items]) {
      const c = (await team.request({ method: 'GET', url: `/api/neighbourhood/cases/${summary.id}` })).json() as NeighbourCase;
      const kinds = c.events.map((e) => e.kind);
      if (c.status === 'open') expect(kinds).toEqual([]);
      if (c.status === 'dialogue' || c.status === 'agreement') expect(kinds).toContain('dialogue_meeting');
      expect(kinds.includes('agreement')).toBe(c.status === 'agreement' || c.outcome === 'resolved_by_agreement');
      expect(c.partyList.some((p) => p.known && !p.nameHidden)).toBe(true);
      expect(c.events.every((e) => e.heldOn >= c.reportedOn && e.heldOn <= '2026-11-21')).toBe(true);
    }
    const orphans = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from neighbour_case_party where lease_id is not null and household_id is null`);
    expect(orphans[0]?.n).toBe(0);
  });

  it('has activities in three to five buildings over the last year, and caretaker tasks open and done', async () => {
    const list = (await manager.request({ method: 'GET', url: '/api/neighbourhood/buildings' })).json() as BuildingList;
    const withActivities = list.items.filter((b) => b.activitiesThisYear > 0);
    expect(withActivities.length).toBeGreaterThanOrEqual(3);
    expect(withActivities.length).toBeLessThanOrEqual(5);
    expect(list.items.every((b) => b.activeCases === null)).toBe(true);
    const busiest = [...withActivities].sort((a, b) => b.activitiesThisYear - a.activitiesThisYear)[0]!;
    const detail = (await manager.request({ method: 'GET', url: `/api/neighbourhood/buildings/${busiest.slug}` })).json() as BuildingDetail;
    expect(detail.thisYear.activities).toBeGreaterThanOrEqual(3);
    expect(detail.thisYear.meanAttended).toBeGreaterThan(0);
    expect(detail.activities.every((a) => a.householdsInvited === null || a.householdsAttended <= a.householdsInvited)).toBe(true);
    const open = (await manager.request({ method: 'GET', url: '/api/neighbourhood/caretaker-tasks' })).json();
    const all = (await manager.request({ method: 'GET', url: '/api/neighbourhood/caretaker-tasks?status=all&limit=200' })).json();
    expect(open.total).toBeGreaterThan(3);
    expect(all.total - open.total).toBeGreaterThan(5);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
    expect(await counts()).toEqual(before);
  });
});
