import { randomUUID } from 'node:crypto';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginAs, type TestClient } from '../../../../test/app.js';
import { createMunicipality, createStaffUser, openTestDb, TEST_HASH_COST } from '../../../../test/db.js';
import type { IndicatorsDto, KostraDto } from '../../../contracts/indicators.js';
import { district, dwelling, dwellingStatusPeriod, household, householdMember, lease, person } from '../../../db/schema/index.js';
import { seedDemo } from '../../../db/seeds/demo.js';
import { computeIndicator } from '../../../domain/indicators/engine.js';
import { INDICATORS } from '../../../domain/indicators/definitions.js';
import { form13Figures } from '../../../domain/kostra/form13.js';
import type { Husly } from '../../main.js';
import { fixedClock } from '../../platform/clock.js';
import { rows, withTenant, type DbHandle } from '../../platform/db.js';
import { loadIndicatorHistory } from './history.repo.js';

/**
 * The KOSTRA and indicator API on a small municipality (today 2 March 2026): district A with
 * d1 (let from 2024-06-01 to household h1) and d2 (vacant since 2024-01-01). Form 13 for 2025:
 * 2 dwellings, 1 let — small counts the politician sees as «<5», the manager as they are.
 * Then the demo municipality: the stock on 31 December and on a day equals a direct count of the
 * dwelling register.
 */

let handle: DbHandle;
let husly: Husly;
let municipalityId: number;
const clients = {} as Record<'manager' | 'politician' | 'caseworker' | 'property_manager', TestClient>;

beforeAll(async () => {
  handle = await openTestDb();
  municipalityId = (await createMunicipality(handle, 'Kostrakommune')).id;
  husly = await createTestApp(handle, { clock: fixedClock('2026-03-02T09:00:00Z') });
  for (const role of ['manager', 'politician', 'caseworker', 'property_manager'] as const) {
    const user = await createStaffUser(handle, municipalityId, role);
    clients[role] = await loginAs(husly, user.username, user.password);
  }
  await withTenant(handle.db, { municipalityId }, async (tx) => {
    const m = municipalityId;
    await tx.insert(district).values({ municipalityId: m, code: 'A', name: 'Sentrum', inhabitants: 5000 });
    const ids = { d1: randomUUID(), d2: randomUUID() };
    for (const [i, id] of [ids.d1, ids.d2].entries()) {
      await tx.insert(dwelling).values({
        municipalityId: m, id, knr: '8000', gnr: 900 + i, bnr: 1, streetName: 'Skjemaveien', houseNumber: String(i + 1), postalCode: '8000',
        dwellingType: 'apartment', disposalForm: 'municipally_owned', bedrooms: 2, monthlyRent: 9000, districtCode: 'A', wheelchairAccessible: i === 0,
      });
    }
    await tx.insert(dwellingStatusPeriod).values([
      { municipalityId: m, dwellingId: ids.d1, status: 'vacant', fromDate: '2024-01-01', toDate: '2024-06-01' },
      { municipalityId: m, dwellingId: ids.d1, status: 'let', fromDate: '2024-06-01' },
      { municipalityId: m, dwellingId: ids.d2, status: 'vacant', fromDate: '2024-01-01' },
    ]);
    const [p] = await tx.insert(person).values({ municipalityId: m, givenName: 'Kari', familyName: 'Test' }).returning({ id: person.id });
    const [h] = await tx.insert(household).values({ municipalityId: m, headPersonId: p!.id }).returning({ id: household.id });
    await tx.insert(householdMember).values({ municipalityId: m, householdId: h!.id, personId: p!.id, relation: 'applicant' });
    await tx.insert(lease).values({ municipalityId: m, dwellingId: ids.d1, householdId: h!.id, startDate: '2024-06-01', status: 'signed', depositType: 'none', rentModel: 'market', monthlyRent: 9000 });
  });
});
afterAll(() => husly.close());

const get = (role: keyof typeof clients, url: string, headers: Record<string, string> = {}) => clients[role].request({ method: 'GET', url, headers });
const rowsOf = (dto: KostraDto) => new Map(dto.sections.flatMap((s) => s.rows).map((r) => [r.key, r.value]));

describe('GET /api/kostra/:year', () => {
  it('gives the manager the real figures in sections, the findings and last year beside them', async () => {
    const res = await get('manager', '/api/kostra/2025');
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as KostraDto;
    expect(dto).toMatchObject({ year: 2025, asOf: '2026-03-02', measuredOn: '2025-12-31', yearComplete: true, suppressed: false });
    expect(dto.sections.map((s) => s.key)).toEqual(['stock', 'applications', 'newly_housed', 'waiting_list', 'temporary', 'derived']);
    const values = rowsOf(dto);
    expect([values.get('stock.total'), values.get('stock.wheelchair'), values.get('let.total'), values.get('derived.let_share'), values.get('derived.per_1000_inhabitants')]).toEqual([2, 1, 1, 50, 0.2]);
    expect(dto.findings).toEqual([]);
    expect(dto.comparison.previousYear).toBe(2024);
    expect(dto.comparison.rows.find((r) => r.key === 'stock.total')).toMatchObject({ previous: 2, current: 2, change: 0, changeShare: 0 });
  });

  it('shows the politician the same form with counts 1–4 and the shares resting on them as «<5», and no findings', async () => {
    const res = await get('politician', '/api/kostra/2025');
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as KostraDto;
    expect(dto.suppressed).toBe(true);
    const values = rowsOf(dto);
    expect([values.get('stock.total'), values.get('let.total'), values.get('derived.let_share'), values.get('newly_housed.total')]).toEqual(['<5', '<5', '<5', 0]);
    expect(dto.findings).toEqual([]);
    expect(dto.comparison.rows.find((r) => r.key === 'stock.total')).toMatchObject({ previous: '<5', current: '<5', change: null, changeShare: null });
  });

  it('warns the manager that a running year is preliminary', async () => {
    const dto = (await get('manager', '/api/kostra/2026')).json() as KostraDto;
    expect(dto).toMatchObject({ yearComplete: false, measuredOn: '2026-03-02' });
    expect(dto.findings[0]).toMatchObject({ code: 'year_not_complete', severity: 'warning', message: { nn: 'Året 2026 er ikkje over: tala er førebelse per 2026-03-02.' } });
  });

  it('refuses a year not begun or out of range with a field error in the user’s language', async () => {
    const ahead = await get('manager', '/api/kostra/2027', { 'accept-language': 'nn' });
    expect(ahead.statusCode).toBe(400);
    expect(ahead.json().error.fieldErrors).toEqual([{ path: 'year', code: 'in_future', message: 'Året har ikkje byrja enno. Vel eit år som er i gang eller over.' }]);
    const old = await get('manager', '/api/kostra/1999');
    expect(old.statusCode).toBe(400);
    expect(old.json().error.fieldErrors[0]).toMatchObject({ path: 'year' });
    expect((await get('manager', '/api/kostra/tjue.csv')).statusCode).toBe(400);
  });

  it('is 403 for roles outside the kostra area', async () => {
    for (const role of ['caseworker', 'property_manager'] as const) {
      expect((await get(role, '/api/kostra/2025')).statusCode).toBe(403);
      expect((await get(role, '/api/kostra/2025.csv')).statusCode).toBe(403);
      expect((await get(role, '/api/indicators')).statusCode).toBe(403);
    }
  });
});

describe('GET /api/kostra/:year.csv', () => {
  it('downloads the manager’s form: BOM, Norwegian headers, row codes, labels and real values, semicolon-separated', async () => {
    const res = await get('manager', '/api/kostra/2025.csv');
    expect(res.statusCode).toBe(200);
    expect(res.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(res.headers['content-disposition']).toMatch(/^attachment; filename="kostra-skjema-13-\d{4}-2025\.csv"$/);
    const body = res.rawPayload.toString('utf8');
    expect(body.startsWith('\uFEFF')).toBe(true);
    const lines = body.slice(1).split('\r\n');
    expect(lines[0]).toBe('Kode;Tekst;Enhet;Verdi 2025;Verdi 2024;Endring');
    expect(lines).toContain('stock.total;Kommunalt disponerte boliger i alt;antall;2;2;0');
    expect(lines).toContain('derived.per_1000_inhabitants;Boliger per 1 000 innbyggere;per 1 000 innbyggere;0,2;0,2;0');
    expect(lines).toHaveLength(rowsOf((await get('manager', '/api/kostra/2025')).json() as KostraDto).size + 2);
  });

  it('gives the politician the suppressed figures', async () => {
    const body = (await get('politician', '/api/kostra/2025.csv')).rawPayload.toString('utf8');
    expect(body).toContain('\r\nstock.total;Kommunalt disponerte boliger i alt;antall;<5;<5;\r\n');
  });
});

describe('GET /api/indicators', () => {
  it('gives every indicator with its definition for the municipality and each district, small counts as «<5»', async () => {
    const res = await get('politician', '/api/indicators?from=2026-01-01&to=2026-02-28');
    expect(res.statusCode, res.body).toBe(200);
    const dto = res.json() as IndicatorsDto;
    expect(dto.period).toEqual({ from: '2026-01-01', to: '2026-02-28' });
    expect(dto.districts).toEqual([{ code: 'A', name: 'Sentrum' }]);
    expect(dto.indicators.map((i) => i.id)).toEqual(INDICATORS.map((d) => d.id));
    const stock = dto.indicators.find((i) => i.id === 'stock.dwellings')!;
    expect(stock).toMatchObject({ unit: 'dwellings', source: 'kostra_13', kind: 'stock', municipality: { value: '<5' }, districts: [{ code: 'A', value: { value: '<5' } }], unassigned: { value: 0 } });
    expect(stock.name.nb).toBeTruthy();
    expect(stock.definition.en).toBeTruthy();
  });

  it('defaults to this year so far and refuses a period ending before it begins', async () => {
    const dto = (await get('manager', '/api/indicators')).json() as IndicatorsDto;
    expect(dto.period).toEqual({ from: '2026-01-01', to: '2026-03-02' });
    const bad = await get('manager', '/api/indicators?from=2026-02-01&to=2026-01-01');
    expect(bad.statusCode).toBe(400);
    expect(bad.json().error.fieldErrors).toEqual([expect.objectContaining({ path: 'to', code: 'end_before_start' })]);
    expect((await get('manager', '/api/indicators?from=2026-13-01')).json().error.fieldErrors[0]).toMatchObject({ path: 'from' });
  });
});

describe('KOSTRA reconciles with the dwelling register (demo data)', () => {
  let demo: DbHandle;
  let demoId: number;
  beforeAll(async () => {
    demo = await openTestDb();
    await seedDemo(demo.db, { today: new Date('2026-11-21T10:00:00Z'), hashCost: TEST_HASH_COST });
    demoId = (await rows<{ id: number }>(demo.db, sql`select id from municipality where kommunenummer = '9999'`))[0]!.id;
  }, 120_000);
  afterAll(() => demo.close());

  /** The register read directly: dwellings whose status period covering `day` is not `sold`, by district. */
  const register = async (day: string) =>
    rows<{ district: string | null; n: number }>(
      demo.db,
      sql`select d.district_code as district, count(distinct d.id)::int as n
          from dwelling d join dwelling_status_period sp on sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
          where d.municipality_id = ${demoId} and sp.from_date <= ${day}::date and (sp.to_date is null or sp.to_date > ${day}::date) and sp.status <> 'sold'
          group by d.district_code`,
    );

  it.each(['2025-12-31', '2026-06-30', '2026-11-21'])('counts the stock on %s as the register does, in all and per district', async (day) => {
    const history = await withTenant(demo.db, { municipalityId: demoId }, (tx) => loadIndicatorHistory(tx, '2026-11-21'));
    const direct = await register(day);
    const total = direct.reduce((s, r) => s + r.n, 0);
    expect(total).toBeGreaterThan(0);
    const r = computeIndicator('stock.dwellings', history, { from: day, to: day });
    expect(r.municipality.value).toBe(total);
    for (const d of r.districts) expect(d.value.value).toBe(direct.find((x) => x.district === d.code)?.n ?? 0);
    if (day.endsWith('12-31')) expect(form13Figures(history, Number(day.slice(0, 4))).stock.total).toBe(total);
  });
});
