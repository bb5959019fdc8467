import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { ParticipantList, Programme } from '../../contracts/housing-first.js';
import type { PlanList } from '../../contracts/rent-to-own.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
let followup: TestClient;
let manager: TestClient;
let caseworker: TestClient;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  followup = await loginAs(husly, 'oppfolging', 'demo');
  manager = await loginAs(husly, 'leder', 'demo');
  caseworker = await loginAs(husly, 'saksbehandler', 'demo');
});
afterAll(() => husly.close());

const counts = () =>
  rows<{ participants: number; assessments: number; targets: number; plans: number; potential: number }>(
    handle.db,
    sql`select (select count(*)::int from housing_first_participant) as participants, (select count(*)::int from fidelity_assessment) as assessments,
               (select count(*)::int from housing_first_target) as targets, (select count(*)::int from rent_to_own_plan) as plans,
               (select count(*)::int from dwelling where rent_to_own_potential) as potential`,
  );

describe('demo Housing First', () => {
  it('has about a dozen participants against a target of 15, housed long enough for both retention figures, and two who left', async () => {
    const list = (await followup.request({ method: 'GET', url: '/api/housing-first/participants?status=all' })).json() as ParticipantList;
    expect(list.items.length).toBeGreaterThanOrEqual(10);
    expect(list.items.length).toBeLessThanOrEqual(14);
    expect(list.items.filter((p) => p.status === 'exited').map((p) => p.exitReason).sort()).toEqual(['institution', 'moved_on_own_home']);
    expect(list.items.filter((p) => p.status === 'waiting').length).toBeGreaterThanOrEqual(2);
    const programme = (await followup.request({ method: 'GET', url: '/api/housing-first/programme' })).json() as Programme;
    expect(programme.target).toBe(15);
    const [six, twelve] = programme.retention;
    expect(six!.cohort.value).toBeGreaterThan(twelve!.cohort.value!);
    expect(twelve!.cohort.value).toBeGreaterThanOrEqual(3);
    expect(programme.fidelity.map((f) => f.total)).toHaveLength(3);
    expect(programme.fidelity[2]!.total).toBeGreaterThan(programme.fidelity[0]!.total);
  });

  it('shows the manager the same programme in aggregate', async () => {
    const agg = (await manager.request({ method: 'GET', url: '/api/housing-first/programme' })).json() as Programme;
    expect(agg).toMatchObject({ suppressed: true, target: 15, canManage: false });
    expect(agg.figures.active.shown).toMatch(/^(<5|\d+)$/);
  });

  it('passes the waiting participants’ own choice of districts to the allocation round', async () => {
    const round = await caseworker.request({ method: 'POST', url: '/api/allocation/rounds' });
    expect(round.statusCode, round.body).toBe(201);
    const [stored] = await rows<{ input: string }>(handle.db, sql`select input from allocation_round where id = ${round.json().id}`);
    const households = (JSON.parse(stored!.input) as { input: { households: Array<{ housingFirstChoice?: { districtCodes: string[] } }> } }).input.households;
    const withChoice = households.filter((h) => (h.housingFirstChoice?.districtCodes.length ?? 0) > 0);
    expect(withChoice.length).toBeGreaterThanOrEqual(2);
  });

  it('has tenants on the rent-to-own path, one who moved to an owned home, and candidates left', async () => {
    const all = (await caseworker.request({ method: 'GET', url: '/api/rent-to-own/plans?status=all' })).json() as PlanList;
    expect(all.items.map((p) => p.status).sort()).toEqual(['active', 'active', 'moved_to_owned']);
    expect(all.items.filter((p) => p.startLoanCase !== null)).toHaveLength(2);
    const candidates = (await caseworker.request({ method: 'GET', url: '/api/rent-to-own/candidates' })).json().items;
    expect(candidates.length).toBeGreaterThanOrEqual(2);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await counts()).toEqual(before);
  });
});
