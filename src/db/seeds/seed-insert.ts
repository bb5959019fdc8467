import { getTableColumns, sql, type Table } from 'drizzle-orm';
import type { Tx } from '../../server/platform/db.js';

/**
 * Inserts many rows with one parameter: `insert … select … from json_to_recordset($1)`. On
 * PGlite this is 4–8 times faster than a multi-row VALUES with thousands of bound parameters
 * (measured: 560 persons, 46–91 ms → 9–12 ms), which keeps a fresh demo start fast. Every row must
 * have the same keys (a column left out takes its default); the table's own column types are used.
 * For seeds only: the rows are the seed's own data, never user input.
 */
export async function insertJson<T extends Table>(tx: Tx, table: T, values: ReadonlyArray<Partial<T['$inferInsert']>>): Promise<void> {
  const first = values[0];
  if (!first) return;
  const columns = getTableColumns(table) as Record<string, { name: string; getSQLType(): string }>;
  const keys = Object.keys(first).filter((k) => columns[k] !== undefined);
  const names = keys.map((k) => sql.identifier(columns[k]!.name));
  const definitions = keys.map((k) => sql.raw(`"${columns[k]!.name}" ${columns[k]!.getSQLType()}`));
  const payload = values.map((row) => Object.fromEntries(keys.map((k) => [columns[k]!.name, (row as Record<string, unknown>)[k] ?? null])));
  await tx.execute(
    sql`insert into ${table} (${sql.join(names, sql`, `)}) select ${sql.join(names, sql`, `)} from json_to_recordset(${JSON.stringify(payload)}::json) as x(${sql.join(definitions, sql`, `)})`,
  );
}
