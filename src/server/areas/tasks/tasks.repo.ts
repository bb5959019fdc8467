import { and, asc, eq, isNull, or, sql } from 'drizzle-orm';
import { task } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

export interface RaiseTaskInput {
  municipalityId: number;
  /** What kind of signal: `arrears`, `lease_renewal`, `lease_9_2_alarm`, `temp_stay_3_months`, … */
  kind: string;
  /** One open task per key, e.g. `arrears:<leaseId>`. */
  signalKey: string;
  subjectType: string;
  subjectId: string;
  assignedRole: string;
  assignedToId?: string | null;
  /** Why the task exists, in plain words for the worker. */
  reason: string;
  data?: Record<string, unknown>;
  createdOn: string;
  dueOn?: string | null;
}

/**
 * Opens a task for a signal unless one is already open for the same key (the partial unique
 * index task_one_open_per_signal makes this safe under concurrency). Returns the new task's id,
 * or undefined when a task was already open — so a signal seen every night floods nobody.
 */
export async function raiseTask(tx: Tx, input: RaiseTaskInput): Promise<string | undefined> {
  const inserted = await tx
    .insert(task)
    .values({
      municipalityId: input.municipalityId,
      kind: input.kind,
      signalKey: input.signalKey,
      subjectType: input.subjectType,
      subjectId: input.subjectId,
      assignedRole: input.assignedRole,
      assignedToId: input.assignedToId ?? null,
      reason: input.reason,
      data: input.data ?? {},
      createdOn: input.createdOn,
      dueOn: input.dueOn ?? null,
    })
    .onConflictDoNothing({ target: [task.municipalityId, task.signalKey], where: sql`${task.closedOn} is null` })
    .returning({ id: task.id });
  return inserted[0]?.id;
}

/** The open task for a signal key, if any. */
export async function findOpenTask(tx: Tx, municipalityId: number, signalKey: string) {
  const [row] = await tx
    .select()
    .from(task)
    .where(and(eq(task.municipalityId, municipalityId), eq(task.signalKey, signalKey), isNull(task.closedOn)));
  return row;
}

/** Closes an open task with its outcome (and a note, kept in `data.closeNote`). Returns false when it was not open. */
export async function closeTask(tx: Tx, municipalityId: number, id: string, closedOn: string, outcome: string, note?: string): Promise<boolean> {
  const rows = await tx
    .update(task)
    .set({ closedOn, outcome, ...(note ? { data: sql`${task.data} || ${JSON.stringify({ closeNote: note })}::jsonb` } : {}) })
    .where(and(eq(task.municipalityId, municipalityId), eq(task.id, id), isNull(task.closedOn)))
    .returning({ id: task.id });
  return rows.length > 0;
}

export type TaskRow = typeof task.$inferSelect;

/** Open tasks for a role (those not assigned to someone by name) or assigned to the user, the earliest due first. */
export function listOpenTasks(tx: Tx, municipalityId: number, role: string, userId: string, kind?: string): Promise<TaskRow[]> {
  return tx
    .select()
    .from(task)
    .where(
      and(
        eq(task.municipalityId, municipalityId),
        isNull(task.closedOn),
        or(and(eq(task.assignedRole, role), isNull(task.assignedToId)), eq(task.assignedToId, userId)),
        kind ? eq(task.kind, kind) : undefined,
      ),
    )
    .orderBy(sql`${task.dueOn} asc nulls last`, asc(task.createdOn), asc(task.id))
    .limit(500);
}

export async function findTask(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<TaskRow | undefined> {
  const query = tx.select().from(task).where(and(eq(task.municipalityId, municipalityId), eq(task.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}
