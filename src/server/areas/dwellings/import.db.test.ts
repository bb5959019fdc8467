import ExcelJS from 'exceljs';
import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { dwelling, dwellingStatusPeriod } from '../../../db/schema/index.js';
import { KOBO_HEADER, sampleRow } from '../../../domain/dwellings/fixtures.js';
import { KOBO_COLUMNS } from '../../../domain/dwellings/kobo-columns.js';
import { rows, withTenant } from '../../platform/db.js';
import { formatCsvRecord } from './csv.js';
import { multipartFile, setupDwellingTest, type DwellingTestEnv } from './dwellings.fixtures.js';
import { MAX_IMPORT_BYTES } from './import.service.js';

let env: DwellingTestEnv;
beforeAll(async () => {
  env = await setupDwellingTest('2025-03-11T09:00:00Z');
});
afterAll(() => env.close());

async function xlsx(header: readonly string[], data: ReadonlyArray<readonly string[]>): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  const sheet = workbook.addWorksheet('Ark1');
  sheet.addRow([...header]);
  for (const r of data) sheet.addRow([...r]);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}
const csv = (header: readonly string[], data: ReadonlyArray<readonly string[]>, delimiter: ';' | ',' = ';') =>
  Buffer.from([header, ...data].map((r) => formatCsvRecord(r, delimiter)).join('\r\n'), 'utf8');

const upload = (content: Buffer, client = env.clients.property_manager, language = 'nb') =>
  client.request({ method: 'POST', url: '/api/dwellings/import', ...multipartFile(content), headers: { ...multipartFile(content).headers, 'accept-language': language } });

const knr = () => env.kommunenummer;
const count = async (table: 'dwelling' | 'dwelling_status_period'): Promise<number> =>
  (await rows<{ n: number }>(env.handle.db, sql`select count(*)::int as n from ${sql.identifier(table)} where municipality_id = ${env.municipalityId}`))[0]!.n;
const col = (header: string) => KOBO_COLUMNS.findIndex((c) => c.header === header);
const setCell = (cells: string[], header: string, value: string) => {
  cells[col(header)] = value;
};

describe('importing 10 000 rows', () => {
  it('writes nothing when some rows are bad and lists every bad row and column; the corrected file imports in full', async () => {
    const data = Array.from({ length: 10_000 }, (_, i) => sampleRow(i, knr()));
    const expected: Array<[number, string, string]> = [];
    const breaks: Array<[string, string, string]> = [
      ['postnr', '43A6', 'invalid_postal_code'],
      ['månedsleie', 'sju tusen', 'not_integer'],
      ['statusdato', '2025-02-30', 'invalid_date'],
      ['bydel', '13', 'unknown_district'],
      ['gatenavn', '', 'required'],
      ['antall soverom', '25', 'out_of_range'],
      ['rullestoltilpasset', 'kanskje', 'invalid_boolean'],
    ];
    for (let k = 0; k < 70; k++) {
      const i = 137 * k + 11;
      const [header, value, code] = breaks[k % breaks.length]!;
      setCell(data[i]!, header, value);
      expected.push([i + 2, header, code]);
    }
    // Row 9 000 also gets a second bad cell, and row 9 500 repeats row 9 499.
    setCell(data[8998]!, 'boligeier mobil', '12');
    expected.push([9000, 'boligeier mobil', 'invalid_phone']);
    data[9498] = [...data[9497]!];
    expected.push([9500, 'ekstrareferanse', 'duplicate_dwelling']);

    // The bad file as CSV and the corrected one as xlsx: both readers see 10 000 rows.
    const bad = await upload(csv(KOBO_HEADER, data));
    expect(bad.statusCode).toBe(400);
    const body = bad.json();
    expect(body.error.code).toBe('validation_failed');
    expect(body.errors.map((e: { row: number; column: string; code: string }) => [e.row, e.column, e.code])).toEqual(
      [...expected].sort((a, b) => a[0] - b[0]),
    );
    expect(body.errors[0].message).toBeTruthy();
    expect(await count('dwelling')).toBe(0);
    expect(await count('dwelling_status_period')).toBe(0);

    const good = await upload(await xlsx(KOBO_HEADER, Array.from({ length: 10_000 }, (_, i) => sampleRow(i, knr()))));
    expect(good.statusCode, good.body).toBe(200);
    expect(good.json()).toEqual({ imported: 10_000, updated: 0, errors: [] });
    expect(await count('dwelling')).toBe(10_000);
    expect(await count('dwelling_status_period')).toBe(10_000);
    const [event] = await rows<{ data: { imported: number; format: string } }>(
      env.handle.db,
      sql`select data from audit_event where type = 'dwelling.imported' and municipality_id = ${env.municipalityId}`,
    );
    expect(event?.data).toMatchObject({ imported: 10_000, format: 'xlsx' });
  });
});

describe('files that are not sheets', () => {
  it('refuses an empty file, an old .xls, a file that is not UTF-8 and a request without a file', async () => {
    const codes = async (content: Buffer) => (await upload(content)).json().errors.map((e: { code: string }) => e.code);
    expect(await codes(Buffer.alloc(0))).toEqual(['empty_file']);
    expect(await codes(Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0]))).toEqual(['unsupported_file_type']);
    expect(await codes(Buffer.from('gatenavn;postnr\r\nK\xf8 gate;4306', 'latin1'))).toEqual(['invalid_encoding']);
    expect(await codes(Buffer.from([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]))).toEqual(['unreadable_file']);
    const none = await env.clients.property_manager.request({
      method: 'POST',
      url: '/api/dwellings/import',
      payload: Buffer.from('------b--\r\n'),
      headers: { 'content-type': 'multipart/form-data; boundary=----b' },
    });
    expect(none.statusCode).toBe(400);
  });

  it('refuses a file over 20 MiB with 413', async () => {
    const res = await upload(Buffer.alloc(MAX_IMPORT_BYTES + 1, 0x41));
    expect(res.statusCode).toBe(413);
    expect(res.json().error.code).toBe('payload_too_large');
  });

  it('refuses the caseworker with 403 before reading the file', async () => {
    const res = await upload(csv(KOBO_HEADER, [sampleRow(30_000, knr())]), env.clients.caseworker);
    expect(res.statusCode).toBe(403);
  });
});

describe('a failure in the database during an import', () => {
  it('rolls back every row of the file', async () => {
    // A dwelling registered outside Husly with history but no current period: the import's new
    // period overlaps the old one, and the exclusion constraint stops the transaction midway.
    const [row] = await withTenant(env.handle.db, { municipalityId: env.municipalityId }, async (tx) => {
      const inserted = await tx
        .insert(dwelling)
        .values({ municipalityId: env.municipalityId, knr: knr(), gnr: 900, bnr: 1, streetName: 'Gamleveien', postalCode: '4306', dwellingType: 'apartment', disposalForm: 'municipally_owned', bedrooms: 1, monthlyRent: 6000 })
        .returning({ id: dwelling.id });
      await tx.insert(dwellingStatusPeriod).values({ municipalityId: env.municipalityId, dwellingId: inserted[0]!.id, status: 'let', fromDate: '2024-01-01', toDate: '2024-12-01' });
      return inserted;
    });
    const before = await count('dwelling');
    const clash = sampleRow(0, knr());
    setCell(clash, 'gnr', '900');
    setCell(clash, 'bnr', '1');
    setCell(clash, 'festenr', '0');
    setCell(clash, 'seksjonsnr', '0');
    setCell(clash, 'bruksenhetsnr', '');
    setCell(clash, 'ekstrareferanse', '');
    setCell(clash, 'boligstatus', 'utleid');
    setCell(clash, 'statusdato', '2024-06-01');
    const fresh = Array.from({ length: 600 }, (_, i) => sampleRow(40_000 + i, knr()));
    const res = await upload(await xlsx(KOBO_HEADER, [...fresh, clash]));
    expect(res.statusCode).toBe(500);
    expect(await count('dwelling')).toBe(before);
    expect(row).toBeDefined();
  });
});
