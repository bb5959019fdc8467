import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../test/app.js';
import { openTestDb, TEST_HASH_COST } from '../../../test/db.js';
import type { LandlordDetail, LandlordList, LeaseHelpList, SettlementDetail, SettlementList } from '../../contracts/private-rental.js';
import { isValidOrgNumber } from '../../domain/temporary/org-number.js';
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
  rows<{ landlords: number; agreements: number; helps: number; settlements: number; sessions: number; persons: number }>(
    handle.db,
    sql`select (select count(*)::int from landlord) as landlords, (select count(*)::int from landlord_agreement) as agreements,
               (select count(*)::int from private_lease_help) as helps, (select count(*)::int from refugee_settlement) as settlements,
               (select count(*)::int from boligskole_attendance) as sessions, (select count(*)::int from person) as persons`,
  );

describe('demo private rental and refugee settlement', () => {
  it('makes the companies the register leases from landlords, with their dwellings and agreements', async () => {
    const list = (await nav.request({ method: 'GET', url: '/api/private-rental/landlords' })).json() as LandlordList;
    const companies = list.items.filter((l) => l.kind === 'company');
    expect(companies.length).toBe(5);
    expect(list.items.filter((l) => l.kind === 'person').length).toBeGreaterThanOrEqual(4);
    expect(companies.every((c) => c.orgNumber !== null && isValidOrgNumber(c.orgNumber) && c.leasedDwellings > 0)).toBe(true);
    expect(companies.every((c) => c.agreementInForce)).toBe(true);
    const [leased] = await rows<{ total: number; matched: number }>(
      handle.db,
      sql`select count(*)::int as total, count(owner_org_number)::int as matched from dwelling d join municipality m on m.id = d.municipality_id
          where m.kommunenummer = '9999' and d.disposal_form = 'leased_from_private'`,
    );
    expect(leased!.matched).toBe(leased!.total);
    const detail = (await nav.request({ method: 'GET', url: `/api/private-rental/landlords/${companies[0]!.id}` })).json() as LandlordDetail;
    expect(detail.leasedDwellings.length).toBe(companies[0]!.leasedDwellings);
    expect(detail.agreements.some((a) => a.inForce && a.rentGuarantee && (a.guaranteeMonths ?? 0) >= 1)).toBe(true);
  });

  it('has households helped by NAV with outcomes, and figures for the year', async () => {
    const helps = (await nav.request({ method: 'GET', url: '/api/private-rental/lease-help?limit=200' })).json() as LeaseHelpList;
    const by = (s: string) => helps.items.filter((h) => h.status === s).length;
    expect(helps.total).toBeGreaterThanOrEqual(30);
    expect(by('signed')).toBeGreaterThan(by('not_found'));
    expect(by('in_progress')).toBeGreaterThanOrEqual(2);
    expect(helps.items.filter((h) => h.refugee && h.status === 'signed').length).toBeGreaterThanOrEqual(8);
    const one = await nav.request({ method: 'GET', url: `/api/private-rental/lease-help/${helps.items[0]!.id}` });
    expect(one.statusCode).toBe(200);
    const figures = (await nav.request({ method: 'GET', url: '/api/private-rental/figures?year=2026' })).json();
    expect(Number(figures.signed)).toBeGreaterThan(0);
    expect(Number(figures.refugeesInPrivateLeases)).toBeGreaterThan(0);
  });

  it('has about twenty-five settled refugee households, many in private leases, with boligskole', async () => {
    const list = (await nav.request({ method: 'GET', url: '/api/private-rental/settlements?limit=200' })).json() as SettlementList;
    expect(list.total).toBeGreaterThanOrEqual(20);
    expect(list.total).toBeLessThanOrEqual(30);
    expect(list.items.filter((s) => s.housing === 'private').length).toBeGreaterThanOrEqual(10);
    expect(list.items.filter((s) => s.inIntroduction).length).toBeGreaterThan(3);
    const withSchool = list.items.filter((s) => s.boligskole.sessions > 0);
    expect(withSchool.length).toBeGreaterThan(10);
    const detail = (await nav.request({ method: 'GET', url: `/api/private-rental/settlements/${withSchool[0]!.id}` })).json() as SettlementDetail;
    expect(detail.attendance.every((a) => a.heldOn >= detail.settlement.settledOn)).toBe(true);
  });

  it('adds nothing when seeded again', async () => {
    const before = await counts();
    await seedDemo(handle.db, { today: TODAY, hashCost: TEST_HASH_COST });
    expect(await counts()).toEqual(before);
  });
});
