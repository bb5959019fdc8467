import { and, asc, count, desc, eq, gte, max, or, sql, type SQL } from 'drizzle-orm';
import { buildingActivity, caretakerTask } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Building activities and caretaker tasks. Never opens a transaction. */

export type ActivityRow = typeof buildingActivity.$inferSelect;
export type TaskRow = typeof caretakerTask.$inferSelect;

export async function insertActivity(tx: Tx, values: typeof buildingActivity.$inferInsert): Promise<ActivityRow> {
  const [row] = await tx.insert(buildingActivity).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** A building's activities held on or after `since`, newest first. */
export function listActivities(tx: Tx, municipalityId: number, buildingKey: string, since: string): Promise<ActivityRow[]> {
  return tx
    .select()
    .from(buildingActivity)
    .where(and(eq(buildingActivity.municipalityId, municipalityId), eq(buildingActivity.buildingKey, buildingKey), gte(buildingActivity.heldOn, since)))
    .orderBy(desc(buildingActivity.heldOn), desc(buildingActivity.createdAt));
}

/** Per building: activities held in the year and the date of the last one ever. */
export async function activityStatsByBuilding(tx: Tx, municipalityId: number, year: number): Promise<Map<string, { thisYear: number; lastOn: string | null }>> {
  const found = await tx
    .select({
      key: buildingActivity.buildingKey,
      thisYear: sql<number>`count(*) filter (where ${buildingActivity.heldOn} >= ${`${year}-01-01`} and ${buildingActivity.heldOn} <= ${`${year}-12-31`})::int`,
      lastOn: max(buildingActivity.heldOn),
    })
    .from(buildingActivity)
    .where(eq(buildingActivity.municipalityId, municipalityId))
    .groupBy(buildingActivity.buildingKey);
  return new Map(found.map((r) => [r.key, { thisYear: Number(r.thisYear), lastOn: r.lastOn ?? null }]));
}

export async function insertTask(tx: Tx, values: typeof caretakerTask.$inferInsert): Promise<TaskRow> {
  const [row] = await tx.insert(caretakerTask).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findTask(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<TaskRow | undefined> {
  const query = tx
    .select()
    .from(caretakerTask)
    .where(and(eq(caretakerTask.municipalityId, municipalityId), eq(caretakerTask.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function completeTask(tx: Tx, municipalityId: number, id: string, doneOn: string, residentsTookPart: boolean): Promise<void> {
  await tx
    .update(caretakerTask)
    .set({ status: 'done', doneOn, residentsTookPart })
    .where(and(eq(caretakerTask.municipalityId, municipalityId), eq(caretakerTask.id, id)));
}

export interface TaskFilter {
  status: 'open' | 'done' | 'all';
  buildingKey?: string;
  /** With status `all` for a building: done tasks only from this day (open ones always). */
  doneSince?: string;
}

function taskWhere(municipalityId: number, filter: TaskFilter): SQL | undefined {
  return and(
    eq(caretakerTask.municipalityId, municipalityId),
    filter.buildingKey === undefined ? undefined : eq(caretakerTask.buildingKey, filter.buildingKey),
    filter.status === 'all' ? undefined : eq(caretakerTask.status, filter.status),
    filter.doneSince === undefined ? undefined : or(eq(caretakerTask.status, 'open'), gte(caretakerTask.doneOn, filter.doneSince)),
  );
}

/** Tasks by the filter: open ones first, oldest first (they have waited longest); done ones newest first. */
export async function listTasks(tx: Tx, municipalityId: number, filter: TaskFilter, page: { limit: number; offset: number }): Promise<{ items: TaskRow[]; total: number }> {
  const where = taskWhere(municipalityId, filter);
  const items = await tx
    .select()
    .from(caretakerTask)
    .where(where)
    .orderBy(
      sql`case when ${caretakerTask.status} = 'open' then 0 else 1 end`,
      sql`case when ${caretakerTask.status} = 'open' then ${caretakerTask.createdOn} end asc`,
      desc(caretakerTask.doneOn),
      asc(caretakerTask.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(caretakerTask).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Open caretaker tasks per building. */
export async function openTasksByBuilding(tx: Tx, municipalityId: number): Promise<Map<string, number>> {
  const found = await tx
    .select({ key: caretakerTask.buildingKey, n: count() })
    .from(caretakerTask)
    .where(and(eq(caretakerTask.municipalityId, municipalityId), eq(caretakerTask.status, 'open')))
    .groupBy(caretakerTask.buildingKey);
  return new Map(found.map((r) => [r.key, Number(r.n)]));
}
