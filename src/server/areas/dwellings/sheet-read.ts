import type ExcelJS from 'exceljs';

/** exceljs is large (~250 ms to load); only the import and export need it, so it loads on first use. */
const loadExcel = async (): Promise<typeof ExcelJS> => (await import('exceljs')).default;
import type { SheetRow } from '../../../domain/dwellings/kobo-import.js';
import { detectDelimiter, parseCsv } from './csv.js';
import type { FileCode } from './dwellings.messages.js';

/**
 * Turns an uploaded file into a header and rows of text, whatever its format. The format is
 * decided by content, not by name: an .xlsx file is a ZIP archive (PK\x03\x04); anything else
 * must be CSV in UTF-8. Old .xls files (OLE2) and other binary files are refused.
 */
export type Sheet =
  | { ok: true; format: 'xlsx' | 'csv'; header: string[]; headerRow: number; rows: SheetRow[] }
  | { ok: false; code: Exclude<FileCode, 'required'> };

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const OLE2 = [0xd0, 0xcf, 0x11, 0xe0];
const startsWith = (content: Buffer, magic: readonly number[]): boolean => magic.every((b, i) => content[i] === b);

export async function readSheet(content: Buffer): Promise<Sheet> {
  if (content.length === 0) return { ok: false, code: 'empty_file' };
  if (startsWith(content, ZIP)) return readXlsx(content);
  if (startsWith(content, OLE2) || content.subarray(0, 8192).includes(0)) return { ok: false, code: 'unsupported_file_type' };
  return readCsv(content);
}

function readCsv(content: Buffer): Sheet {
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(content);
  } catch {
    return { ok: false, code: 'invalid_encoding' };
  }
  if (text.startsWith('\uFEFF')) text = text.slice(1);
  const [header = [], ...records] = parseCsv(text, detectDelimiter(text));
  // Record numbers are what a spreadsheet shows when it opens the file: the header is row 1.
  return { ok: true, format: 'csv', header, headerRow: 1, rows: records.map((cells, i) => ({ rowNumber: i + 2, cells })) };
}

/** A cell's value as the text a user would type: dates as YYYY-MM-DD, booleans as ja/nei. */
export function cellText(value: ExcelJS.CellValue): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number') return String(value);
  if (typeof value === 'boolean') return value ? 'ja' : 'nei';
  // Excel dates have no time zone; exceljs gives them as UTC midnight.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? '' : value.toISOString().slice(0, 10);
  if ('richText' in value) return value.richText.map((r) => r.text).join('');
  if ('formula' in value || 'sharedFormula' in value) return cellText((value as { result?: ExcelJS.CellValue }).result ?? null);
  if ('text' in value) return typeof value.text === 'string' ? value.text : cellText(value.text as ExcelJS.CellValue);
  if ('error' in value) return String(value.error);
  return '';
}

async function readXlsx(content: Buffer): Promise<Sheet> {
  const workbook = new (await loadExcel()).Workbook();
  try {
    await workbook.xlsx.load(content as unknown as ExcelJS.Buffer);
  } catch {
    return { ok: false, code: 'unreadable_file' };
  }
  const sheet = workbook.worksheets[0];
  if (!sheet) return { ok: false, code: 'unreadable_file' };
  const rows: SheetRow[] = [];
  sheet.eachRow({ includeEmpty: false }, (row, rowNumber) => {
    // row.values is 1-based (index 0 unused) and sparse.
    const values = row.values as ExcelJS.CellValue[];
    const cells: string[] = [];
    for (let c = 1; c < values.length; c++) cells.push(cellText(values[c] ?? null));
    rows.push({ rowNumber, cells });
  });
  const [head, ...data] = rows;
  if (!head) return { ok: true, format: 'xlsx', header: [], headerRow: 1, rows: [] };
  return { ok: true, format: 'xlsx', header: [...head.cells], headerRow: head.rowNumber, rows: data };
}
