import type { IsoDate } from '../deadlines/calendar.js';
import type { CellCode } from './cells.js';
import { checkDwelling, identityKey, type DwellingProblemCode } from './dwelling.js';
import { COLUMN_BY_FIELD, COLUMN_BY_HEADER, KOBO_COLUMNS, normaliseHeader, type KoboColumn, type KoboField, type KoboRow } from './kobo-columns.js';
import { checkStatusChange, checkExpectedReady, type DwellingStatus, type StatusProblem } from './status.js';

/**
 * Validation of a whole import sheet, pure: headers, every cell of every row, the rules that
 * span fields, duplicates inside the file, and — for dwellings already in the register — whether
 * the status in the file is an allowed change. Every problem is reported, none stops the rest.
 * Row numbers are the sheet's own (the header is row 1), so the user finds the cell in Excel.
 */
export type ImportCode =
  | CellCode
  | DwellingProblemCode
  | StatusProblem['code']
  | 'required'
  | 'missing_column'
  | 'unknown_column'
  | 'duplicate_column'
  | 'duplicate_dwelling'
  | 'no_rows'
  | 'too_many_rows';

export interface ImportProblem {
  /** Sheet row number (header = 1); null for a problem with the whole file. */
  row: number | null;
  /** The column's header as Husly spells it (or as written, for an unknown column); null for the whole file. */
  column: string | null;
  code: ImportCode;
  messageKey: ImportMessageKey;
}

/** Message keys in the server catalogue (platform/i18n.ts); the server checks at compile time that each exists. */
export const IMPORT_MESSAGE_KEYS = {
  required: 'field.required',
  too_long: 'field.too_long',
  in_future: 'field.in_future',
  not_integer: 'field.dwelling.not_integer',
  not_number: 'field.dwelling.not_number',
  out_of_range: 'field.dwelling.out_of_range',
  invalid_date: 'field.dwelling.invalid_date',
  invalid_boolean: 'field.dwelling.invalid_boolean',
  invalid_choice: 'field.dwelling.invalid_choice',
  invalid_kommunenummer: 'field.dwelling.invalid_kommunenummer',
  invalid_postal_code: 'field.dwelling.invalid_postal_code',
  invalid_unit_number: 'field.dwelling.invalid_unit_number',
  invalid_house_letter: 'field.dwelling.invalid_house_letter',
  invalid_phone: 'field.dwelling.invalid_phone',
  owner_required: 'field.dwelling.owner_required',
  deposit_too_high: 'field.dwelling.deposit_too_high',
  invalid_org_number: 'field.dwelling.invalid_org_number',
  unknown_district: 'field.dwelling.unknown_district',
  invalid_transition: 'field.dwelling.invalid_transition',
  before_current_status: 'field.dwelling.before_current_status',
  not_applicable: 'field.dwelling.expected_ready_not_applicable',
  before_from_date: 'field.dwelling.before_from_date',
  missing_column: 'field.dwelling.missing_column',
  unknown_column: 'field.dwelling.unknown_column',
  duplicate_column: 'field.dwelling.duplicate_column',
  duplicate_dwelling: 'field.dwelling.duplicate_dwelling',
  no_rows: 'field.dwelling.no_rows',
  too_many_rows: 'field.dwelling.too_many_rows',
} as const satisfies Record<ImportCode, string>;
export type ImportMessageKey = (typeof IMPORT_MESSAGE_KEYS)[ImportCode];

/** Rows one import may hold [I]: ten times the largest Norwegian stock per file would be far more. */
export const MAX_IMPORT_ROWS = 50_000;

export interface SheetRow {
  rowNumber: number;
  cells: readonly string[];
}

export interface ImportContext {
  today: IsoDate;
  /** The municipality's district codes. */
  districtCodes: ReadonlySet<string>;
  /** Dwellings already registered, by identityKey(), with their current (open) status period. */
  existing: ReadonlyMap<string, { status: DwellingStatus; fromDate: IsoDate }>;
}

export interface ValidRow {
  rowNumber: number;
  value: KoboRow;
  /** True when the dwelling is already registered (the import updates it). */
  exists: boolean;
  /** True when the row's status differs from the registered one (a new status period). */
  statusChanged: boolean;
}

export interface SheetResult {
  rows: ValidRow[];
  problems: ImportProblem[];
  /** The fields the file has columns for; an update writes only these. */
  fields: KoboField[];
}

const problem = (row: number | null, column: string | null, code: ImportCode): ImportProblem => ({
  row,
  column,
  code,
  messageKey: IMPORT_MESSAGE_KEYS[code],
});

function readHeader(header: readonly string[], headerRow: number): { columns: Array<KoboColumn | undefined>; problems: ImportProblem[] } {
  const problems: ImportProblem[] = [];
  const seen = new Set<string>();
  const columns = header.map((raw) => {
    const name = normaliseHeader(raw);
    if (name === '') return undefined;
    const column = COLUMN_BY_HEADER.get(name);
    if (!column) {
      problems.push(problem(headerRow, raw.trim(), 'unknown_column'));
      return undefined;
    }
    if (seen.has(name)) {
      problems.push(problem(headerRow, column.header, 'duplicate_column'));
      return undefined;
    }
    seen.add(name);
    return column;
  });
  for (const c of KOBO_COLUMNS) {
    if (c.source === 'kobo' && !seen.has(c.header)) problems.push(problem(headerRow, c.header, 'missing_column'));
  }
  return { columns, problems };
}

interface ReadRow {
  /** The row's values; a field whose cell failed is left out. */
  value: Partial<KoboRow>;
  failed: ReadonlySet<KoboField>;
  problems: ImportProblem[];
}

/** Every cell of one row. */
function readCells(row: SheetRow, columns: ReadonlyArray<KoboColumn | undefined>): ReadRow {
  const problems: ImportProblem[] = [];
  const failed = new Set<KoboField>();
  const value: Record<string, unknown> = {};
  for (const column of KOBO_COLUMNS) if (!column.blank.required) value[column.field] = column.blank.value;
  columns.forEach((column, i) => {
    if (!column) return;
    const raw = (row.cells[i] ?? '').trim();
    const parsed = raw === '' ? (column.blank.required ? ({ ok: false, code: 'required' } as const) : undefined) : column.parse(raw);
    if (parsed === undefined) return;
    if (parsed.ok) {
      value[column.field] = parsed.value;
    } else {
      failed.add(column.field);
      problems.push(problem(row.rowNumber, column.header, parsed.code));
    }
  });
  // A required Kobo column missing from the header is reported once, on the header.
  for (const column of KOBO_COLUMNS) if (value[column.field] === undefined) failed.add(column.field);
  return { value: value as Partial<KoboRow>, failed, problems };
}

const headerOf = (field: string): string => COLUMN_BY_FIELD.get(field as KoboField)?.header ?? field;
const STATUS_COLUMN: Record<StatusProblem['path'], KoboField> = { status: 'status', fromDate: 'statusDate', expectedReadyOn: 'expectedReadyOn' };
const IDENTITY: readonly KoboField[] = ['knr', 'gnr', 'bnr', 'fnr', 'snr', 'unitNumber', 'extraReference'];
/** The fields each cross-field rule reads; a rule is only checked when all of them were read. */
const READS: Record<DwellingProblemCode, readonly KoboField[]> = {
  owner_required: ['disposalForm', 'ownerName'],
  invalid_org_number: ['ownerOrgNumber'],
  deposit_too_high: ['deposit', 'monthlyRent'],
  unknown_district: ['districtCode'],
};
const STATUS_FIELDS: readonly KoboField[] = ['status', 'statusDate', 'expectedReadyOn'];
const allRead = (read: ReadRow, fields: readonly KoboField[]): boolean => fields.every((f) => !read.failed.has(f));

/** The rules that need the whole row (fields together) or the register (status changes). */
function checkRow(rowNumber: number, read: ReadRow, ctx: ImportContext): { problems: ImportProblem[]; exists: boolean; statusChanged: boolean } {
  const value = read.value as KoboRow;
  const problems = checkDwelling({ ...value, ownershipForm: null }, ctx.districtCodes)
    .filter((p) => allRead(read, READS[p.code]))
    .map((p) => problem(rowNumber, headerOf(p.field), p.code));
  const current = allRead(read, IDENTITY) ? ctx.existing.get(identityKey(value)) : undefined;
  const statusChanged = current === undefined || current.status !== value.status;
  if (allRead(read, STATUS_FIELDS)) {
    const change = { status: value.status, fromDate: value.statusDate, expectedReadyOn: value.expectedReadyOn };
    // A dwelling already registered keeps its status when the file says the same, whatever the date.
    const statusProblems = !current
      ? checkStatusChange(undefined, change, ctx.today)
      : statusChanged
        ? checkStatusChange(current, change, ctx.today)
        : checkExpectedReady(change);
    problems.push(...statusProblems.map((p) => problem(rowNumber, headerOf(STATUS_COLUMN[p.path]), p.code)));
  }
  return { problems, exists: current !== undefined, statusChanged };
}

/**
 * Validates a sheet: the header (every Kobo column present, none unknown or twice), then every
 * non-blank row (`headerRow`: the header's row number in the sheet). Returns the valid rows and every problem; the caller writes nothing unless
 * `problems` is empty.
 */
export function validateKoboSheet(header: readonly string[], rows: readonly SheetRow[], ctx: ImportContext, headerRow = 1): SheetResult {
  const head = readHeader(header, headerRow);
  const fields = head.columns.filter((c): c is KoboColumn => c !== undefined).map((c) => c.field);
  const problems = [...head.problems];
  const dataRows = rows.filter((r) => r.cells.some((c) => c.trim() !== ''));
  if (dataRows.length === 0) problems.push(problem(null, null, 'no_rows'));
  if (dataRows.length > MAX_IMPORT_ROWS) return { rows: [], fields, problems: [...problems, problem(null, null, 'too_many_rows')] };
  const valid: ValidRow[] = [];
  const firstRowOf = new Map<string, number>();
  for (const row of dataRows) {
    const read = readCells(row, head.columns);
    problems.push(...read.problems);
    if (allRead(read, IDENTITY)) {
      const key = identityKey(read.value as KoboRow);
      if (firstRowOf.has(key)) {
        problems.push(problem(row.rowNumber, 'ekstrareferanse', 'duplicate_dwelling'));
        continue;
      }
      firstRowOf.set(key, row.rowNumber);
    }
    const checked = checkRow(row.rowNumber, read, ctx);
    problems.push(...checked.problems);
    if (read.problems.length === 0 && checked.problems.length === 0) {
      valid.push({ rowNumber: row.rowNumber, value: read.value as KoboRow, exists: checked.exists, statusChanged: checked.statusChanged });
    }
  }
  problems.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { rows: valid, problems, fields };
}
