import type { Task } from '../../../contracts/tasks.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { arrearsWarningHolds } from '../leases/arrears.service.js';
import { closeGuardFor, refreshQueue } from './task-hooks.js';
import { assertTaskArea, isMine } from './tasks.policy.js';
import * as repo from './tasks.repo.js';

/** The actor's open tasks and closing one with an outcome. */

const ARREARS_KINDS = new Set(['arrears', 'arrears_followup']);

function present(t: repo.TaskRow): Task {
  return {
    id: t.id,
    kind: t.kind,
    signalKey: t.signalKey,
    subjectType: t.subjectType,
    subjectId: t.subjectId,
    assignedRole: t.assignedRole,
    assignedToId: t.assignedToId,
    reason: t.reason,
    data: t.data,
    createdOn: t.createdOn,
    dueOn: t.dueOn,
    closedOn: t.closedOn,
    outcome: t.outcome,
  };
}

/** Open tasks for the actor's role (or the actor by name), the earliest due first; the registered refreshers raise today's tasks first. @throws forbidden. */
export async function listMyTasks(ctx: ServiceContext, kind?: string): Promise<Task[]> {
  assertTaskArea(ctx.actor);
  await refreshQueue(ctx);
  const rows = await ctx.transaction((tx) => repo.listOpenTasks(tx, ctx.actor.municipalityId, ctx.actor.role, ctx.actor.userId, kind));
  return rows.map(present);
}

/**
 * Closes an open task in the actor's queue with an outcome (and an optional note, kept in the
 * task's data). An arrears task closes only when the early-warning rule no longer applies (the
 * arrears are paid down) — field `outcome`, code `arrears_outstanding` otherwise; a close guard
 * registered for the task's signal key (task-hooks.ts) may refuse too.
 * @throws forbidden, not_found, rule_violation, and what the guard throws.
 */
export async function closeMyTask(ctx: ServiceContext, id: string, outcome: string, note?: string): Promise<Task> {
  assertTaskArea(ctx.actor);
  const today = osloDate(ctx.clock.now());
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const row = await repo.findTask(tx, municipalityId, id, { forUpdate: true });
    if (!row || !isMine(ctx.actor, row)) throw notFound();
    if (row.closedOn !== null) throw new AppError('rule_violation', 'error.rule_violation', [{ path: 'outcome', code: 'already_recorded', messageKey: 'field.lease.already_recorded' }]);
    if (ARREARS_KINDS.has(row.kind) && row.subjectType === 'lease' && (await arrearsWarningHolds(ctx, tx, row.subjectId))) {
      throw new AppError('rule_violation', 'error.rule_violation', [{ path: 'outcome', code: 'arrears_outstanding', messageKey: 'field.lease.arrears_outstanding' }]);
    }
    await closeGuardFor(row.signalKey)?.(ctx, tx, row, { outcome, note });
    await repo.closeTask(tx, municipalityId, id, today, outcome, note);
    await recordEvent(tx, ctx, { type: 'task.closed', subjectType: row.subjectType, subjectId: row.subjectId, data: { taskId: id, kind: row.kind, outcome, ...(note ? { note } : {}) } });
    const closed = await repo.findTask(tx, municipalityId, id);
    if (!closed) throw new Error('task vanished inside its transaction');
    return present(closed);
  });
}
