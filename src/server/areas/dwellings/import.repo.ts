import { eq, getTableColumns, sql, type SQL } from 'drizzle-orm';
import { dwelling, dwellingStatusPeriod } from '../../../db/schema/index.js';
import { identityKey } from '../../../domain/dwellings/dwelling.js';
import type { KoboField, KoboRow } from '../../../domain/dwellings/kobo-columns.js';
import type { DwellingStatus } from '../../../domain/dwellings/status.js';
import { rows as dbRows, type Tx } from '../../platform/db.js';
import { columnsOf } from './dwellings.present.js';
import { currentPeriod } from './dwellings.repo.js';

/**
 * Set-based writes for the import: a few statements per 2 000 rows instead of one per row, so
 * 10 000 rows fit well inside the 10-second target on PGlite (bench/import.ts).
 */

/** Rows per statement (one JSON parameter each); bounds the size of one statement, not the parameters. */
export const BATCH_ROWS = 2000;

const IDENTITY_FIELDS = ['knr', 'gnr', 'bnr', 'fnr', 'snr', 'unitNumber', 'extraReference'] as const;
const STATUS_FIELDS: ReadonlySet<KoboField> = new Set(['status', 'statusDate', 'expectedReadyOn']);

function* batches<T>(items: readonly T[]): Generator<T[]> {
  for (let i = 0; i < items.length; i += BATCH_ROWS) yield items.slice(i, i + BATCH_ROWS);
}

export interface ExistingDwelling {
  id: string;
  periodId: string | null;
  status: DwellingStatus;
  fromDate: string;
}

/** Every registered dwelling by identityKey(), with its open status period. */
export async function loadExisting(tx: Tx, municipalityId: number): Promise<Map<string, ExistingDwelling>> {
  const current = currentPeriod(tx);
  const rows = await tx
    .select({
      id: dwelling.id,
      knr: dwelling.knr,
      gnr: dwelling.gnr,
      bnr: dwelling.bnr,
      fnr: dwelling.fnr,
      snr: dwelling.snr,
      unitNumber: dwelling.unitNumber,
      extraReference: dwelling.extraReference,
      periodId: current.periodId,
      status: current.status,
      fromDate: current.fromDate,
    })
    .from(dwelling)
    .leftJoinLateral(current, sql`true`)
    .where(eq(dwelling.municipalityId, municipalityId));
  return new Map(
    rows.map((r) => [
      identityKey(r),
      // A dwelling without an open period (not made by Husly) is treated as vacant since forever.
      { id: r.id, periodId: r.periodId, status: (r.status ?? 'vacant') as DwellingStatus, fromDate: r.fromDate ?? '0001-01-01' },
    ]),
  );
}

/** The dwelling columns of an import row (the status goes to the period table). */
function valuesOf(municipalityId: number, row: KoboRow): typeof dwelling.$inferInsert {
  const { status: _s, statusDate: _d, expectedReadyOn: _e, ...fields } = row;
  return { municipalityId, ...columnsOf(fields) } as typeof dwelling.$inferInsert;
}

/** Column name and SQL type of each key, as the table declares them. */
function columnsFor(table: typeof dwelling | typeof dwellingStatusPeriod, keys: readonly string[]) {
  const all = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  return keys.map((k) => {
    const column = all[k];
    if (!column) throw new Error(`no column for ${k}`);
    return { key: k, name: column.name, type: column.getSQLType() };
  });
}

/**
 * `select … from json_to_recordset($1)`: the rows travel as one JSON parameter, typed by the
 * table's own column types. On PGlite this is several times faster than a multi-row VALUES with
 * 20 000 bound parameters, and it is just as much a bound parameter (no SQL is built from values).
 */
function fromJson(columns: ReturnType<typeof columnsFor>, rows: ReadonlyArray<Record<string, unknown>>): SQL {
  const payload = JSON.stringify(rows.map((row) => Object.fromEntries(columns.map((c) => [c.name, row[c.key] ?? null]))));
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  const types = sql.join(columns.map((c) => sql.raw(`"${c.name}" ${c.type}`)), sql`, `);
  return sql`select ${names} from json_to_recordset(${payload}::json) as x(${types})`;
}

/**
 * Inserts new dwellings and updates registered ones (same identity) in batches. An update
 * writes only the columns the file has. Returns the id of every row by identityKey().
 */
export async function upsertDwellings(tx: Tx, municipalityId: number, rows: readonly KoboRow[], fields: readonly KoboField[]): Promise<Map<string, string>> {
  const values = rows.map((row) => valuesOf(municipalityId, row) as Record<string, unknown>);
  const columns = columnsFor(dwelling, Object.keys(values[0] ?? {}));
  const identity = new Set<string>(IDENTITY_FIELDS);
  const updated = columns.filter((c) => fields.includes(c.key as KoboField) && !identity.has(c.key) && !STATUS_FIELDS.has(c.key as KoboField));
  const set = sql.join(updated.map((c) => sql.raw(`"${c.name}" = excluded."${c.name}"`)), sql`, `);
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  const ids = new Map<string, string>();
  for (const batch of batches(values)) {
    const returned = await dbRows<{ id: string; knr: string; gnr: number; bnr: number; fnr: number; snr: number; unit_number: string; extra_reference: string }>(
      tx,
      sql`insert into dwelling (${names}) ${fromJson(columns, batch)}
          on conflict (municipality_id, knr, gnr, bnr, fnr, snr, unit_number, extra_reference) do update set ${set}
          returning id, knr, gnr, bnr, fnr, snr, unit_number, extra_reference`,
    );
    for (const r of returned) ids.set(identityKey({ ...r, unitNumber: r.unit_number, extraReference: r.extra_reference }), r.id);
  }
  return ids;
}

export async function insertPeriodBatches(tx: Tx, values: ReadonlyArray<typeof dwellingStatusPeriod.$inferInsert>): Promise<void> {
  const columns = columnsFor(dwellingStatusPeriod, ['municipalityId', 'dwellingId', 'status', 'fromDate', 'expectedReadyOn']);
  const names = sql.join(columns.map((c) => sql.identifier(c.name)), sql`, `);
  for (const batch of batches(values)) await tx.execute(sql`insert into dwelling_status_period (${names}) ${fromJson(columns, batch)}`);
}

/** Sets one date column of many periods, 2 000 periods per statement. */
async function updatePeriods(tx: Tx, municipalityId: number, column: 'to_date' | 'expected_ready_on', items: ReadonlyArray<{ periodId: string; date: string | null }>) {
  for (const batch of batches(items)) {
    const payload = JSON.stringify(batch.map((i) => ({ id: i.periodId, d: i.date })));
    await tx.execute(sql`
      update dwelling_status_period p set ${sql.identifier(column)} = v.d
      from json_to_recordset(${payload}::json) as v(id uuid, d date)
      where p.municipality_id = ${municipalityId} and p.id = v.id`);
  }
}

/** Closes open periods on the day the new status begins. */
export const closePeriods = (tx: Tx, municipalityId: number, items: ReadonlyArray<{ periodId: string; date: string }>) =>
  updatePeriods(tx, municipalityId, 'to_date', items);

/** Updates the expected ready date of maintenance periods that stay open. */
export const setExpectedReady = (tx: Tx, municipalityId: number, items: ReadonlyArray<{ periodId: string; date: string | null }>) =>
  updatePeriods(tx, municipalityId, 'expected_ready_on', items);
