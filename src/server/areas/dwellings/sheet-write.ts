import type ExcelJS from 'exceljs';

/** exceljs is large (~250 ms to load); only the import and export need it, so it loads on first use. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import { KOBO_COLUMNS, type KoboRow } from '../../../domain/dwellings/kobo-columns.js';
import { formatCsvRecord } from './csv.js';

/**
 * Writes dwellings with the import's columns, so an export can be edited and imported again.
 * Numbers stay numbers in xlsx; codes with leading zeros (kommunenummer, postnummer, bydel)
 * are text. The CSV is what Norwegian Excel opens directly: UTF-8 with BOM, `;`, CRLF and a
 * decimal comma.
 */
export const EXPORT_HEADER: readonly string[] = KOBO_COLUMNS.map((c) => c.header);

/** A dwelling as exported; the status is blank when no status period covers today. */
export type ExportRow = Omit<KoboRow, 'status' | 'statusDate'> & { status: KoboRow['status'] | null; statusDate: string | null };

export function exportCells(row: ExportRow): Array<string | number | null> {
  return KOBO_COLUMNS.map((c) => c.format(row[c.field]));
}

export async function toXlsx(rows: readonly ExportRow[]): Promise<Buffer> {
  const workbook = new (await loadExcel()).Workbook();
  const sheet = workbook.addWorksheet('Boliger', { views: [{ state: 'frozen', ySplit: 1 }] });
  sheet.addRow([...EXPORT_HEADER]);
  sheet.getRow(1).font = { bold: true };
  for (const row of rows) sheet.addRow(exportCells(row));
  sheet.columns.forEach((column, i) => {
    column.width = Math.max(10, (EXPORT_HEADER[i] ?? '').length + 2);
  });
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/**
 * A text a spreadsheet would run as a formula (= + - @ first) gets an apostrophe in front
 * (OWASP «CSV injection»); the import drops it again.
 */
const csvText = (value: string | number | null): string =>
  value === null ? '' : typeof value === 'number' ? String(value).replace('.', ',') : /^[=+\-@]/.test(value) ? `'${value}` : value;

export function toCsv(rows: readonly ExportRow[]): Buffer {
  const lines = [formatCsvRecord(EXPORT_HEADER, ';'), ...rows.map((row) => formatCsvRecord(exportCells(row).map(csvText), ';'))];
  return Buffer.from(`\uFEFF${lines.join('\r\n')}\r\n`, 'utf8');
}
