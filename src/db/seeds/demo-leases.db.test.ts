import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
let caseworker: TestClient;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
  caseworker = await loginAs(husly, 'saksbehandler', 'demo');
});
afterAll(() => husly.close());

const counts = async () =>
  (
    await rows<{ leases: number; running: number; charges: number; payments: number; tasks: number; persons: number }>(
      handle.db,
      sql`select (select count(*)::int from lease) as leases, (select count(*)::int from lease where status = 'signed') as running,
                 (select count(*)::int from rent_charge) as charges, (select count(*)::int from rent_payment) as payments,
                 (select count(*)::int from task where subject_type = 'lease') as tasks, (select count(*)::int from person) as persons`,
    )
  )[0]!;

describe('demo leases', () => {
  it('lets every dwelling whose current status is let, from the start of that period, to one household at a time', async () => {
    const [check] = await rows<{ let: number; running: number; unmatched: number }>(
      handle.db,
      sql`select (select count(*)::int from dwelling_status_period where to_date is null and status = 'let') as let,
                 (select count(*)::int from lease where status = 'signed') as running,
                 (select count(*)::int from dwelling_status_period p where p.to_date is null and p.status = 'let' and not exists (
                    select 1 from lease l where l.municipality_id = p.municipality_id and l.dwelling_id = p.dwelling_id and l.start_date = p.from_date)) as unmatched`,
    );
    expect(check!.let).toBeGreaterThan(1000);
    expect(check!.running).toBe(check!.let);
    expect(check!.unmatched).toBe(0);
  });

  it('gives the caseworker leases expiring within six months, § 9-2 alarms and arrears warnings — and the job finds nothing left to raise', async () => {
    const expiring = (await caseworker.request({ method: 'GET', url: '/api/leases/expiring?within=6' })).json().items;
    expect(expiring.length).toBeGreaterThan(50);
    const alarms = (await caseworker.request({ method: 'GET', url: '/api/leases/alarms' })).json().items;
    expect(alarms.length).toBeGreaterThanOrEqual(5);
    expect(alarms.some((a: { alarm: { level: string } }) => a.alarm.level !== 'alarm')).toBe(true);
    const arrears = (await caseworker.request({ method: 'GET', url: '/api/leases/arrears' })).json().items;
    expect(arrears.filter((a: { arrears: { warning: boolean } }) => a.arrears.warning).length).toBeGreaterThan(15);
    const renewals = (await caseworker.request({ method: 'GET', url: '/api/renewals?state=open' })).json().items;
    expect(renewals.length).toBeGreaterThan(20);
    const followup = await loginAs(husly, 'oppfolging', 'demo');
    expect((await followup.request({ method: 'GET', url: '/api/tasks?kind=arrears_followup' })).json().items.length).toBeGreaterThan(15);
    // The lists ran the day's job once; the seed had already raised everything it would.
    const runs = await rows<{ data: Record<string, number> }>(handle.db, sql`select data from audit_event where type = 'lease.signals_run'`);
    expect(runs.map((r) => r.data)).toEqual([{ today: '2026-11-21', renewalsOpened: 0, alarmsRaised: 0, arrearsTasksRaised: 0 }]);
  });

  it('is idempotent: seeding again adds nothing', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await counts()).toEqual(before);
  });
});
