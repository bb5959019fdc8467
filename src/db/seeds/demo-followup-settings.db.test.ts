import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
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

describe('demo follow-up thresholds and the first run of the day', () => {
  it('gives Demo kommune two dated rows, the later in force today; Nabo kommune the defaults', async () => {
    const admin = await loginAs(husly, 'admin', 'demo');
    const settings = (await admin.request({ method: 'GET', url: '/api/followup/settings' })).json();
    expect(settings.history.map((r: { validFrom: string }) => r.validFrom)).toEqual(['2026-09-01', '2025-10-01']);
    expect(settings.inForce).toMatchObject({ validFrom: '2026-09-01', arrearsKroner: 5_000, moveInVisitAfterDays: 14 });
    const [nabo] = await rows<{ n: number }>(handle.db, sql`select count(*)::int as n from followup_settings s join municipality m on m.id = s.municipality_id where m.kommunenummer = '9998'`);
    expect(nabo!.n).toBe(0);
  });

  it('gives the follow-up worker a believable handful of early-warning and move-in-visit tasks on the first request of the day', async () => {
    const oppfolging = await loginAs(husly, 'oppfolging', 'demo');
    const items = (await oppfolging.request({ method: 'GET', url: '/api/tasks' })).json().items as Array<{ kind: string; assignedToId: string | null }>;
    const byKind = new Map<string, number>();
    for (const t of items) if (t.kind.startsWith('ew_') || t.kind === 'move_in_visit') byKind.set(t.kind, (byKind.get(t.kind) ?? 0) + 1);
    const total = [...byKind.values()].reduce((a, b) => a + b, 0);
    expect(byKind.get('ew_arrears') ?? 0).toBeGreaterThanOrEqual(2);
    expect(byKind.get('move_in_visit') ?? 0).toBeGreaterThanOrEqual(1);
    expect(total).toBeGreaterThanOrEqual(5);
    expect(total).toBeLessThanOrEqual(60);
    // A second look raises nothing more.
    const again = (await oppfolging.request({ method: 'GET', url: '/api/tasks' })).json().items.length;
    expect(again).toBe(items.length);
  });
});
