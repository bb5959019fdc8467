import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import { validateFnr } from '../../domain/identity/fnr.js';
import type { Husly } from '../../server/main.js';
import { fixedClock } from '../../server/platform/clock.js';
import { rows, type DbHandle } from '../../server/platform/db.js';
import { DEMO_MUNICIPALITIES } from './demo-data.js';
import { demoSeedVersion, demoSteps, seedDemo } from './demo.js';

let handle: DbHandle;
let husly: Husly;
const TODAY = new Date('2026-11-21T10:00:00Z');

beforeAll(async () => {
  handle = await openTestDb();
  await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
  husly = await createTestApp(handle, { clock: fixedClock(TODAY.toISOString()) });
});
afterAll(() => husly.close());

const statuses = () =>
  rows<{ status: string; n: number }>(
    handle.db,
    sql`select c.status, count(*)::int as n from housing_case c join municipality m on m.id = c.municipality_id where m.kommunenummer = '9999' group by c.status order by c.status`,
  );

describe('demo cases', () => {
  it('has cases in every state, and seeding again adds nothing', async () => {
    const before = await statuses();
    expect(before.map((s) => s.status)).toEqual(['appeal_forwarded', 'appealed', 'closed', 'decided', 'forwarded', 'preliminary_reply_sent', 'received']);
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, force: true });
    expect(await statuses()).toEqual(before);
  });

  it('records the completed seed per municipality, so a later start runs no step until the steps change', async () => {
    const marks = await rows<{ kommunenummer: string; demo_seed: string }>(handle.db, sql`select kommunenummer, demo_seed from municipality order by kommunenummer`);
    expect(marks).toEqual(DEMO_MUNICIPALITIES.map((m) => ({ kommunenummer: m.kommunenummer, demo_seed: demoSeedVersion(m) })).reverse());
    const ran: string[] = [];
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, onStep: (name) => ran.push(name) });
    expect(ran).toEqual([]);
    // An older version (a step added since) runs that municipality's steps again, and only its.
    await handle.db.execute(sql`update municipality set demo_seed = 'older' where kommunenummer = '9998'`);
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST, onStep: (name) => ran.push(name) });
    expect(ran.length).toBe(demoSteps(DEMO_MUNICIPALITIES[1]!).length);
    expect(ran.every((name) => name.startsWith('9998 '))).toBe(true);
    expect((await rows<{ demo_seed: string }>(handle.db, sql`select demo_seed from municipality where kommunenummer = '9998'`))[0]!.demo_seed).toBe(
      demoSeedVersion(DEMO_MUNICIPALITIES[1]!),
    );
  });

  it('gives every person a valid fødselsnummer', async () => {
    const people = await rows<{ national_id: string }>(handle.db, sql`select national_id from person`);
    expect(people.length).toBeGreaterThan(20);
    expect(people.every((p) => validateFnr(p.national_id, { today: '2026-11-21' }).valid)).toBe(true);
  });

  it('stores the built-in rule sets for both demo municipalities', async () => {
    const sets = await rows<{ id: string }>(handle.db, sql`select id from eligibility_rule_set order by id`);
    expect(sets.map((s) => s.id)).toEqual(['demo-9999-v1', 'nabo-9998-v1']);
  });

  it("fills the demo caseworker's work list, with cases past the deadline", async () => {
    const client = await loginAs(husly, 'saksbehandler', 'demo');
    const list = (await client.request({ method: 'GET', url: '/api/worklist' })).json();
    expect(list.counts.preliminaryReplyOverdue).toBeGreaterThanOrEqual(2);
    expect(list.counts.expiringDecisions).toBeGreaterThanOrEqual(1);
    expect(list.counts.appealsWaiting).toBeGreaterThanOrEqual(2);
    expect(list.counts.appealsAtAppealBody).toBeGreaterThanOrEqual(1);
    expect(list.counts.forwarded).toBeGreaterThanOrEqual(1);
    expect(list.appealsWaiting.some((i: { appealInTime: boolean }) => i.appealInTime === false)).toBe(true);
    const nav = await loginAs(husly, 'nav', 'demo');
    expect((await nav.request({ method: 'GET', url: '/api/worklist' })).json().myCases).toHaveLength(2);
  });
});
