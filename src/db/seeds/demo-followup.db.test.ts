import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { FollowupPlan, MyDay, PlanList } from '../../contracts/followup.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
});
afterAll(() => husly.close());

const counts = () =>
  rows<{ plans: number; open: number; services: number; contacts: number; notes: number; consents: number }>(
    handle.db,
    sql`select (select count(*)::int from followup_plan) as plans, (select count(*)::int from followup_plan where ended_on is null) as open,
               (select count(*)::int from followup_service) as services, (select count(*)::int from followup_contact) as contacts,
               (select count(*)::int from followup_note) as notes, (select count(*)::int from consent) as consents`,
  );

describe('demo follow-up', () => {
  it('follows a few hundred households of Demo kommune, none in Nabo kommune, with visits held, missed and planned and a few flagged notes', async () => {
    const [c] = await counts();
    expect(c!.plans).toBeGreaterThanOrEqual(200);
    expect(c!.plans).toBeLessThanOrEqual(300);
    expect(c!.open).toBeGreaterThan(c!.plans - 20);
    expect(c!.services).toBeGreaterThanOrEqual(c!.plans);
    const byStatus = await rows<{ status: string; n: number }>(handle.db, sql`select status, count(*)::int as n from followup_contact group by status`);
    const n = (status: string) => byStatus.find((r) => r.status === status)?.n ?? 0;
    expect(n('held')).toBeGreaterThan(300);
    expect(n('missed') / n('held')).toBeGreaterThan(0.05);
    expect(n('planned')).toBeGreaterThan(100);
    const flagged = await rows<{ sensitivity: string; n: number }>(handle.db, sql`select sensitivity, count(*)::int as n from followup_note group by sensitivity`);
    expect(flagged.find((r) => r.sensitivity === 'none')!.n).toBeGreaterThan(50);
    expect(flagged.filter((r) => r.sensitivity !== 'none').reduce((sum, r) => sum + r.n, 0)).toBeGreaterThan(3);
    const nabo = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from followup_plan f join municipality m on m.id = f.municipality_id where m.kommunenummer = '9998'`);
    expect(nabo[0]!.n).toBe(0);
  });

  it('gives the follow-up worker a day: households (some overdue), five visits today by time, tasks', async () => {
    const worker = await loginAs(husly, 'oppfolging', 'demo');
    const day = (await worker.request({ method: 'GET', url: '/api/followup/my-day' })).json() as MyDay;
    expect(day.households.length).toBeGreaterThan(150);
    expect(day.households[0]!.visit.overdue).toBe(true);
    expect(day.households.filter((h) => h.visit.overdue).length).toBeLessThan(day.households.length / 2);
    // The seed's five home visits, by time; listing the day may add the move-in visits falling due today (untimed, last).
    const homeVisits = day.visits.filter((v) => v.kind === 'home_visit');
    expect(homeVisits.map((v) => v.plannedTime)).toEqual(['09:00', '10:30', '12:30', '14:00', '15:30']);
    expect(day.visits.slice(0, 5)).toEqual(homeVisits);
    expect(day.visits.slice(5).every((v) => v.kind === 'move_in_visit')).toBe(true);
    expect(day.visits.every((v) => v.status === 'planned' && v.household.headName.length > 0)).toBe(true);
  });

  it('shows the specialist health service the handful of households that consented, and never a substance-use note', async () => {
    const specialist = await loginAs(husly, 'spesialist', 'demo');
    const list = (await specialist.request({ method: 'GET', url: '/api/followup/plans?limit=200' })).json() as PlanList;
    expect(list.total).toBeGreaterThanOrEqual(5);
    expect(list.total).toBeLessThanOrEqual(12);
    const sensitivities = new Set<string>();
    for (const p of list.items) {
      const plan = (await specialist.request({ method: 'GET', url: `/api/followup/plans/${p.id}` })).json() as FollowupPlan;
      for (const note of plan.notes) sensitivities.add(note.sensitivity);
      expect(plan.canWrite).toBe(false);
    }
    expect(sensitivities.has('substance_use')).toBe(false);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await counts()).toEqual(before);
  });
});
