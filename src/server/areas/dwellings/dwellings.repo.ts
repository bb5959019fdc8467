import { and, asc, count, desc, eq, getTableColumns, gt, gte, ilike, inArray, isNull, lte, or, sql, type SQL } from 'drizzle-orm';
import type { DwellingListQuery } from '../../../contracts/dwellings.js';
import { district, dwelling, dwellingStatusPeriod } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * Queries of the dwelling register. Every query names the municipality as well, although
 * row-level security already confines it (docs/adr/0002): the key then serves the index.
 */

/**
 * The status period of each dwelling on `asOf` (the current status), or — without `asOf` — the
 * open period (the latest status, the one a change closes). They differ only when a period is
 * planned ahead (the leases area lets a dwelling from a lease's future start). A LATERAL subquery:
 * one index probe per dwelling. A plain join let a planner without statistics (PGlite has no
 * autovacuum) pick a nested loop over both whole tables: 10 000 dwellings took 5 s that way.
 */
export function currentPeriod(tx: Tx, asOf?: string) {
  const p = dwellingStatusPeriod;
  const when = asOf === undefined ? isNull(p.toDate) : and(lte(p.fromDate, asOf), or(isNull(p.toDate), gt(p.toDate, asOf)));
  return tx
    .select({
      periodId: sql<string>`${p.id}`.as('period_id'),
      status: sql<string>`${p.status}`.as('status'),
      fromDate: sql<string>`${p.fromDate}`.as('from_date'),
      expectedReadyOn: sql<string | null>`${p.expectedReadyOn}`.as('expected_ready_on'),
    })
    .from(p)
    .where(and(eq(p.municipalityId, dwelling.municipalityId), eq(p.dwellingId, dwelling.id), when))
    .orderBy(desc(p.fromDate))
    .limit(1)
    .as('current_period');
}
const districtJoin = and(eq(district.municipalityId, dwelling.municipalityId), eq(district.code, dwelling.districtCode));

function selectDwellings(tx: Tx, asOf: string) {
  const current = currentPeriod(tx, asOf);
  return tx
    .select({
      ...getTableColumns(dwelling),
      districtName: district.name,
      currentStatus: current.status,
      currentFrom: current.fromDate,
      currentExpectedReadyOn: current.expectedReadyOn,
    })
    .from(dwelling)
    .leftJoinLateral(current, sql`true`)
    .leftJoin(district, districtJoin);
}

export type DwellingRow = Awaited<ReturnType<typeof findDwelling>> & object;

/** A dwelling with its status on `asOf`. */
export async function findDwelling(tx: Tx, municipalityId: number, id: string, asOf: string) {
  const [row] = await selectDwellings(tx, asOf).where(and(eq(dwelling.municipalityId, municipalityId), eq(dwelling.id, id)));
  return row;
}

/** LIKE pattern for free text: % and _ typed by the user match themselves. */
const containing = (q: string): string => `%${q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`;

/** Conditions for every filter except status (the status counts are taken under these). */
function filterConditions(municipalityId: number, q: DwellingListQuery): SQL[] {
  const conditions: SQL[] = [eq(dwelling.municipalityId, municipalityId)];
  if (q.district !== undefined) conditions.push(eq(dwelling.districtCode, q.district));
  if (q.bedroomsMin !== undefined) conditions.push(gte(dwelling.bedrooms, q.bedroomsMin));
  if (q.bedroomsMax !== undefined) conditions.push(lte(dwelling.bedrooms, q.bedroomsMax));
  if (q.wheelchair !== undefined) conditions.push(eq(dwelling.wheelchairAccessible, q.wheelchair));
  if (q.shared !== undefined) conditions.push(eq(dwelling.sharedHousing, q.shared));
  if (q.staffed !== undefined) conditions.push(eq(dwelling.staffed24h, q.staffed));
  if (q.disposalForm !== undefined) conditions.push(eq(dwelling.disposalForm, q.disposalForm));
  if (q.type !== undefined) conditions.push(eq(dwelling.dwellingType, q.type));
  if (q.q) {
    const address = sql`concat_ws(' ', ${dwelling.streetName}, ${dwelling.houseNumber} || ${dwelling.houseLetter}, ${dwelling.extraReference}, ${dwelling.unitNumber}, ${dwelling.postalCode}, ${dwelling.postalCity})`;
    conditions.push(ilike(address, containing(q.q)));
  }
  return conditions;
}

const addressOrder = [
  asc(dwelling.streetName),
  asc(sql`lpad(${dwelling.houseNumber}, 6, '0')`),
  asc(dwelling.houseLetter),
  asc(dwelling.unitNumber),
  asc(dwelling.extraReference),
  // Ties (one address on several matrikkel units) in matrikkel order, so the order is stable.
  asc(dwelling.gnr),
  asc(dwelling.bnr),
  asc(dwelling.fnr),
  asc(dwelling.snr),
  asc(dwelling.id),
];

/** One page of the stock list in address order, the total under every filter and the counts by status. */
export async function listDwellings(tx: Tx, municipalityId: number, q: DwellingListQuery, asOf: string) {
  const base = filterConditions(municipalityId, q);
  const current = currentPeriod(tx, asOf);
  const where = q.status === undefined ? and(...base) : and(...base, eq(current.status, q.status));
  const items = await selectDwellings(tx, asOf)
    .where(where)
    .orderBy(...addressOrder)
    .limit(q.limit)
    .offset(q.offset);
  const byStatus = await tx
    .select({ status: current.status, n: count() })
    .from(dwelling)
    .leftJoinLateral(current, sql`true`)
    .where(and(...base))
    .groupBy(current.status);
  const total = q.status === undefined ? byStatus.reduce((sum, s) => sum + s.n, 0) : (byStatus.find((s) => s.status === q.status)?.n ?? 0);
  return { items, total, byStatus };
}

/** Dwellings whose status on `asOf` is one of `statuses`, with every status period of theirs. */
export async function listByCurrentStatus(tx: Tx, municipalityId: number, statuses: readonly string[], asOf: string) {
  const current = currentPeriod(tx, asOf);
  const items = await selectDwellings(tx, asOf)
    .where(and(eq(dwelling.municipalityId, municipalityId), inArray(current.status, [...statuses])))
    .orderBy(...addressOrder);
  const ids = items.map((d) => d.id);
  const periods = ids.length === 0 ? [] : await listPeriods(tx, municipalityId, ids);
  return { items, periods };
}

/** Every dwelling with its current status, in address order (export). */
export function listAllDwellings(tx: Tx, municipalityId: number, asOf: string) {
  return selectDwellings(tx, asOf)
    .where(eq(dwelling.municipalityId, municipalityId))
    .orderBy(...addressOrder);
}

export function listPeriods(tx: Tx, municipalityId: number, dwellingIds: readonly string[]) {
  return tx
    .select()
    .from(dwellingStatusPeriod)
    .where(and(eq(dwellingStatusPeriod.municipalityId, municipalityId), inArray(dwellingStatusPeriod.dwellingId, [...dwellingIds])))
    .orderBy(desc(dwellingStatusPeriod.fromDate));
}
export type PeriodRow = Awaited<ReturnType<typeof listPeriods>>[number];

/** The open period of a dwelling, locked so concurrent status changes queue behind each other. */
export async function lockOpenPeriod(tx: Tx, municipalityId: number, dwellingId: string) {
  const [row] = await tx
    .select()
    .from(dwellingStatusPeriod)
    .where(
      and(eq(dwellingStatusPeriod.municipalityId, municipalityId), eq(dwellingStatusPeriod.dwellingId, dwellingId), isNull(dwellingStatusPeriod.toDate)),
    )
    .for('update');
  return row;
}

export async function closePeriod(tx: Tx, municipalityId: number, periodId: string, toDate: string): Promise<void> {
  await tx
    .update(dwellingStatusPeriod)
    .set({ toDate })
    .where(and(eq(dwellingStatusPeriod.municipalityId, municipalityId), eq(dwellingStatusPeriod.id, periodId)));
}

export async function insertPeriods(tx: Tx, values: Array<typeof dwellingStatusPeriod.$inferInsert>): Promise<void> {
  if (values.length > 0) await tx.insert(dwellingStatusPeriod).values(values);
}

export async function insertDwelling(tx: Tx, values: typeof dwelling.$inferInsert): Promise<string> {
  const [row] = await tx.insert(dwelling).values(values).returning({ id: dwelling.id });
  if (!row) throw new Error('insert returned no row');
  return row.id;
}

export async function updateDwelling(tx: Tx, municipalityId: number, id: string, values: Partial<typeof dwelling.$inferInsert>): Promise<void> {
  await tx
    .update(dwelling)
    .set(values)
    .where(and(eq(dwelling.municipalityId, municipalityId), eq(dwelling.id, id)));
}

export async function districtCodes(tx: Tx, municipalityId: number): Promise<Set<string>> {
  const rows = await tx.select({ code: district.code }).from(district).where(eq(district.municipalityId, municipalityId));
  return new Set(rows.map((r) => r.code));
}

/** Counts by current status, disposal form, type and district, and of wheelchair-accessible dwellings; aggregates only. */
export async function countBy(tx: Tx, municipalityId: number, asOf: string) {
  const where = eq(dwelling.municipalityId, municipalityId);
  const current = currentPeriod(tx, asOf);
  const group = (column: typeof dwelling.disposalForm | typeof dwelling.dwellingType | typeof dwelling.districtCode) =>
    tx.select({ key: column, n: count() }).from(dwelling).where(where).groupBy(column);
  const [wheelchair] = await tx
    .select({ n: count() })
    .from(dwelling)
    .where(and(where, eq(dwelling.wheelchairAccessible, true)));
  return {
    byStatus: await tx.select({ key: current.status, n: count() }).from(dwelling).leftJoinLateral(current, sql`true`).where(where).groupBy(current.status),
    byDisposalForm: await group(dwelling.disposalForm),
    byType: await group(dwelling.dwellingType),
    byDistrict: await group(dwelling.districtCode),
    wheelchair: wheelchair?.n ?? 0,
  };
}
