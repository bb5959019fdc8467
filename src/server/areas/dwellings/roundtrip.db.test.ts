import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwelling, dwellingStatusPeriod } from '../../../db/schema/index.js';
import { KOBO_HEADER, sampleRow } from '../../../domain/dwellings/fixtures.js';
import { KOBO_COLUMNS } from '../../../domain/dwellings/kobo-columns.js';
import { rows, withTenant } from '../../platform/db.js';
import { formatCsvRecord } from './csv.js';
import { multipartFile, setupDwellingTest, type DwellingTestEnv } from './dwellings.fixtures.js';

let env: DwellingTestEnv;
const ROWS = 400;
beforeAll(async () => {
  env = await setupDwellingTest('2025-03-11T09:00:00Z');
  const res = await upload(csv(Array.from({ length: ROWS }, (_, i) => sampleRow(i, env.kommunenummer))));
  expect(res.json()).toEqual({ imported: ROWS, updated: 0, errors: [] });
});
afterAll(() => env.close());

const csv = (data: ReadonlyArray<readonly string[]>, delimiter: ';' | ',' = ';') =>
  Buffer.from([KOBO_HEADER, ...data].map((r) => formatCsvRecord(r, delimiter)).join('\r\n'), 'utf8');
const upload = (content: Buffer, language = 'nb') => {
  const body = multipartFile(content);
  return env.clients.property_manager.request({ method: 'POST', url: '/api/dwellings/import', payload: body.payload, headers: { ...body.headers, 'accept-language': language } });
};
const exportFile = (format: 'xlsx' | 'csv') => env.clients.property_manager.request({ method: 'GET', url: `/api/dwellings/export.${format}` });
const periodCount = async () =>
  (await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from dwelling_status_period where municipality_id = ${env.municipalityId}`))[0]!.n;
const setCell = (cells: string[], header: string, value: string) => {
  cells[KOBO_COLUMNS.findIndex((c) => c.header === header)] = value;
};

describe('export and import again', () => {
  it('exports the register with the import columns, and importing the export changes nothing (xlsx and csv)', async () => {
    const periods = await periodCount();
    const first = await exportFile('csv');
    expect(first.statusCode).toBe(200);
    expect(first.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(first.headers['content-disposition']).toBe(`attachment; filename="boliger-${env.kommunenummer}-2025-03-11.csv"`);
    expect(first.body.split('\r\n')[0]).toBe(`\uFEFF${KOBO_HEADER.join(';')}`);
    for (const format of ['xlsx', 'csv'] as const) {
      const exported = await exportFile(format);
      expect((await upload(exported.rawPayload)).json()).toEqual({ imported: 0, updated: ROWS, errors: [] });
    }
    expect(await periodCount()).toBe(periods);
    // The same register exports to the same bytes.
    expect((await exportFile('csv')).rawPayload.equals(first.rawPayload)).toBe(true);
    const [event] = await rows<{ data: unknown }>(env.handle.db, sql`select data from audit_event where type = 'dwelling.exported' limit 1`);
    expect(event?.data).toEqual({ format: 'csv', count: ROWS });
  });

  it('keeps texts a spreadsheet would run as formulas harmless in CSV, and reads them back unchanged', async () => {
    const cells = sampleRow(1000, env.kommunenummer);
    setCell(cells, 'øvrig info', '=HYPERLINK("http://example.com")');
    expect((await upload(csv([cells]))).json()).toMatchObject({ imported: 1 });
    const exported = (await exportFile('csv')).body;
    expect(exported).toContain(`"'=HYPERLINK(""http://example.com"")"`);
    expect((await upload(Buffer.from(exported.slice(1)))).json()).toMatchObject({ imported: 0, updated: ROWS + 1 });
    const [row] = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx.select({ notes: dwelling.notes }).from(dwelling).where(sql`${dwelling.gnr} = 2 and ${dwelling.bnr} = 1`),
    );
    expect(row?.notes).toBe('=HYPERLINK("http://example.com")');
  });

  it('updates fields and opens a new status period when a re-imported row has a new status', async () => {
    const changed = sampleRow(1, env.kommunenummer);
    setCell(changed, 'boligstatus', 'ledig');
    setCell(changed, 'statusdato', '2025-03-01');
    setCell(changed, 'månedsleie', '9 100');
    expect((await upload(csv([changed], ','))).json()).toEqual({ imported: 0, updated: 1, errors: [] });
    const [row] = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx.select({ id: dwelling.id, rent: dwelling.monthlyRent }).from(dwelling).where(sql`${dwelling.gnr} = 1 and ${dwelling.bnr} = 2`),
    );
    expect(row?.rent).toBe(9100);
    const periods = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx
        .select({ status: dwellingStatusPeriod.status, from: dwellingStatusPeriod.fromDate, to: dwellingStatusPeriod.toDate })
        .from(dwellingStatusPeriod)
        .where(sql`${dwellingStatusPeriod.dwellingId} = ${row!.id}`)
        .orderBy(dwellingStatusPeriod.fromDate),
    );
    expect(periods).toEqual([
      { status: 'let', from: '2024-01-15', to: '2025-03-01' },
      { status: 'vacant', from: '2025-03-01', to: null },
    ]);
  });

  it('reads quoted fields with the delimiter, quotes and line breaks, and reports in the chosen language', async () => {
    const cells = sampleRow(2001, env.kommunenummer);
    setCell(cells, 'øvrig info', 'Rom med "utsikt"; nær buss\nNøkkel hos vaktmester');
    setCell(cells, 'antall soverom', 'to');
    const res = await upload(Buffer.concat([Buffer.from('\uFEFF'), csv([cells])]), 'en');
    expect(res.statusCode).toBe(400);
    expect(res.json().errors).toEqual([{ row: 2, column: 'antall soverom', code: 'not_integer', message: 'The value must be a whole number.' }]);
    setCell(cells, 'antall soverom', '2');
    expect((await upload(csv([cells]))).json()).toMatchObject({ imported: 1 });
    const [row] = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, (tx) =>
      tx.select({ notes: dwelling.notes }).from(dwelling).where(sql`${dwelling.gnr} = 3 and ${dwelling.bnr} = 2`),
    );
    expect(row?.notes).toBe('Rom med "utsikt"; nær buss\nNøkkel hos vaktmester');
  });
});
