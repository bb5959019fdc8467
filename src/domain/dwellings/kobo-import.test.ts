import { describe, expect, it } from 'vitest';
import { identityKey } from './dwelling.js';
import { KOBO_HEADER, SAMPLE_DISTRICTS, sampleRow } from './fixtures.js';
import { KOBO_COLUMNS } from './kobo-columns.js';
import { validateKoboSheet, type ImportContext } from './kobo-import.js';

const ctx: ImportContext = { today: '2025-03-11', districtCodes: SAMPLE_DISTRICTS, existing: new Map() };
const rows = (n: number) => Array.from({ length: n }, (_, i) => ({ rowNumber: i + 2, cells: sampleRow(i) }));
const col = (header: string) => KOBO_COLUMNS.findIndex((c) => c.header === header);
const withCell = (cells: string[], header: string, value: string) => cells.map((c, i) => (i === col(header) ? value : c));

describe('validateKoboSheet', () => {
  it('reads valid sample rows into typed dwellings', () => {
    const result = validateKoboSheet(KOBO_HEADER, rows(30), ctx);
    expect(result.problems).toEqual([]);
    expect(result.rows).toHaveLength(30);
    expect(result.rows[0]!.value).toMatchObject({
      knr: '9999',
      gnr: 1,
      bnr: 1,
      extraReference: 'Rom 1',
      dwellingType: 'room_in_shared',
      disposalForm: 'leased_from_private',
      ownerPhone: '91234567',
      status: 'vacant',
      statusDate: '2024-01-15',
      sharedHousing: true,
      districtCode: '01',
      latitude: 58.85,
    });
    expect(result.rows.every((r) => !r.exists && r.statusChanged)).toBe(true);
  });

  it('matches headers without regard to case, spaces or Unicode form', () => {
    const header = KOBO_HEADER.map((h) => `  ${h.toUpperCase().normalize('NFD')} `);
    expect(validateKoboSheet(header, rows(1), ctx).problems).toEqual([]);
  });

  it('reports missing, unknown and duplicate columns on the header row', () => {
    const header = [...KOBO_HEADER.filter((h) => h !== 'gatenavn'), 'hovedsøker', 'gnr'];
    const { problems } = validateKoboSheet(header, [], ctx);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [null, null, 'no_rows'],
      [1, 'hovedsøker', 'unknown_column'],
      [1, 'gnr', 'duplicate_column'],
      [1, 'gatenavn', 'missing_column'],
    ]);
  });

  it('lists every bad cell of every row, with the rules that span fields', () => {
    let bad = withCell(sampleRow(1), 'postnr', '43X6');
    bad = withCell(bad, 'antall soverom', '');
    bad = withCell(bad, 'rullestoltilpasset', 'kanskje');
    bad = withCell(bad, 'statusdato', '31.02.2024');
    bad = withCell(bad, 'disposisjonsform', 'innleid');
    bad = withCell(bad, 'boligeier navn', '');
    const other = withCell(sampleRow(2), 'bydel', '99');
    const result = validateKoboSheet(KOBO_HEADER, [{ rowNumber: 2, cells: sampleRow(0) }, { rowNumber: 3, cells: bad }, { rowNumber: 4, cells: other }], ctx);
    expect(result.problems.map((p) => [p.row, p.column, p.code, p.messageKey])).toEqual([
      [3, 'postnr', 'invalid_postal_code', 'field.dwelling.invalid_postal_code'],
      [3, 'statusdato', 'invalid_date', 'field.dwelling.invalid_date'],
      [3, 'rullestoltilpasset', 'invalid_boolean', 'field.dwelling.invalid_boolean'],
      [3, 'antall soverom', 'required', 'field.required'],
      [3, 'boligeier navn', 'owner_required', 'field.dwelling.owner_required'],
      [4, 'bydel', 'unknown_district', 'field.dwelling.unknown_district'],
    ]);
    expect(result.rows.map((r) => r.rowNumber)).toEqual([2]);
  });

  it('refuses the same dwelling twice in one file', () => {
    const { problems } = validateKoboSheet(KOBO_HEADER, [{ rowNumber: 2, cells: sampleRow(5) }, { rowNumber: 9, cells: sampleRow(5) }], ctx);
    expect(problems.map((p) => [p.row, p.code])).toEqual([[9, 'duplicate_dwelling']]);
  });

  it('requires an expected ready date for maintenance and refuses a status date in the future', () => {
    const maintenance = withCell(sampleRow(1), 'boligstatus', 'under vedlikehold');
    const future = withCell(sampleRow(2), 'statusdato', '2025-03-12');
    const { problems } = validateKoboSheet(KOBO_HEADER, [{ rowNumber: 2, cells: maintenance }, { rowNumber: 3, cells: future }], ctx);
    expect(problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [2, 'forventet klar', 'required'],
      [3, 'statusdato', 'in_future'],
    ]);
  });

  it('keeps the registered status when the file says the same, and checks a new status against it', () => {
    const first = validateKoboSheet(KOBO_HEADER, rows(3), ctx).rows.map((r) => r.value);
    const existing = new Map([
      [identityKey(first[0]!), { status: 'vacant' as const, fromDate: '2024-06-01' }],
      [identityKey(first[1]!), { status: 'sold' as const, fromDate: '2023-01-01' }],
      [identityKey(first[2]!), { status: 'vacant' as const, fromDate: '2024-06-01' }],
    ]);
    const result = validateKoboSheet(KOBO_HEADER, rows(3), { ...ctx, existing });
    // Row 2: same status (vacant) – kept although the date is older. Row 3: sold → let refused.
    // Row 4: vacant → let dated before the current period began.
    expect(result.problems.map((p) => [p.row, p.column, p.code])).toEqual([
      [3, 'boligstatus', 'invalid_transition'],
      [4, 'statusdato', 'before_current_status'],
    ]);
    expect(result.rows).toMatchObject([{ rowNumber: 2, exists: true, statusChanged: false }]);
  });

  it('skips blank rows and accepts Norwegian number and date spellings', () => {
    let cells = withCell(sampleRow(3), 'månedsleie', 'kr 8 500,00');
    cells = withCell(cells, 'statusdato', '1.2.2024');
    cells = withCell(cells, 'postnr', '301');
    cells = withCell(cells, 'bra', '45,5');
    const result = validateKoboSheet(KOBO_HEADER, [{ rowNumber: 2, cells: KOBO_HEADER.map(() => ' ') }, { rowNumber: 3, cells }], ctx);
    expect(result.problems).toEqual([]);
    expect(result.rows[0]!.value).toMatchObject({ monthlyRent: 8500, statusDate: '2024-02-01', postalCode: '0301', usableAreaM2: 45.5 });
  });
});
