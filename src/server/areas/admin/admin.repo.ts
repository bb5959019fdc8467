import { and, count, desc, eq, gte, lt, type SQL } from 'drizzle-orm';
import type { AccessLogQuery, AuditQuery } from '../../../contracts/admin.js';
import { accessLog, auditEvent, staffUser } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

const userColumns = {
  id: staffUser.id,
  username: staffUser.username,
  displayName: staffUser.displayName,
  role: staffUser.role,
  language: staffUser.language,
  active: staffUser.active,
  createdAt: staffUser.createdAt,
};

export type StaffUserRow = { [K in keyof typeof userColumns]: (typeof staffUser.$inferSelect)[K] };

export function listUsers(tx: Tx): Promise<StaffUserRow[]> {
  return tx.select(userColumns).from(staffUser).orderBy(staffUser.username);
}

export async function findUser(tx: Tx, municipalityId: number, id: string): Promise<StaffUserRow | undefined> {
  const [row] = await tx
    .select(userColumns)
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, id)));
  return row;
}

export async function insertUser(tx: Tx, values: typeof staffUser.$inferInsert): Promise<StaffUserRow> {
  const [row] = await tx.insert(staffUser).values(values).returning(userColumns);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function updateUser(
  tx: Tx,
  municipalityId: number,
  id: string,
  values: Partial<Pick<typeof staffUser.$inferInsert, 'displayName' | 'role' | 'active'>>,
): Promise<StaffUserRow | undefined> {
  const [row] = await tx
    .update(staffUser)
    .set(values)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, id)))
    .returning(userColumns);
  return row;
}

/** Conditions for a from–to day filter (both inclusive, whole UTC days). */
function dayRange(column: typeof auditEvent.occurredAt | typeof accessLog.occurredAt, from?: string, to?: string): SQL[] {
  const conditions: SQL[] = [];
  if (from) conditions.push(gte(column, new Date(`${from}T00:00:00Z`)));
  if (to) conditions.push(lt(column, new Date(new Date(`${to}T00:00:00Z`).getTime() + 86_400_000)));
  return conditions;
}

/** One page of a log table, newest first, with the total count under the same filter. */
async function pageOfLog<T extends typeof auditEvent | typeof accessLog>(tx: Tx, table: T, conditions: SQL[], page: { limit: number; offset: number }) {
  const where = conditions.length > 0 ? and(...conditions) : undefined;
  const items = await tx
    .select()
    .from(table as typeof auditEvent)
    .where(where)
    .orderBy(desc(table.occurredAt), desc(table.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(table as typeof auditEvent).where(where);
  return { items: items as Array<T['$inferSelect']>, total: total?.n ?? 0 };
}

export function listAuditEvents(tx: Tx, q: AuditQuery) {
  return pageOfLog(
    tx,
    auditEvent,
    [
      ...(q.type ? [eq(auditEvent.type, q.type)] : []),
      ...(q.actor ? [eq(auditEvent.actorUsername, q.actor)] : []),
      ...(q.subjectId ? [eq(auditEvent.subjectId, q.subjectId)] : []),
      ...dayRange(auditEvent.occurredAt, q.from, q.to),
    ],
    q,
  );
}

export function listAccessLog(tx: Tx, q: AccessLogQuery) {
  return pageOfLog(
    tx,
    accessLog,
    [
      ...(q.actor ? [eq(accessLog.actorUsername, q.actor)] : []),
      ...(q.subjectType ? [eq(accessLog.subjectType, q.subjectType)] : []),
      ...(q.subjectId ? [eq(accessLog.subjectId, q.subjectId)] : []),
      ...dayRange(accessLog.occurredAt, q.from, q.to),
    ],
    q,
  );
}
