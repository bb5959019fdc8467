import type { FollowupPlan, PlanContactBody, RecordContactBody } from '../../../contracts/followup.js';
import { addDays, compareDates } from '../../../domain/deadlines/calendar.js';
import { checkMoveInChecklist } from '../../../domain/followup/move-in-checklist.js';
import { moveInVisitKey } from '../../../domain/followup/move-in.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { closeTask, findOpenTask } from '../tasks/tasks.repo.js';
import { assertFollowupWriter } from './followup.policy.js';
import * as repo from './followup.repo.js';
import { getVisiblePlan } from './plan-access.js';
import { loadPlan } from './plans.service.js';
import { assertOpen, problem, refuseIfAny, type Problem } from './problems.js';

/** Visits and contacts: plan one, then record it as held, missed or cancelled. */

/** Days. A visit is planned at most a year ahead [I]; further out it is a wish, not a plan. */
const PLAN_AHEAD_DAYS = 366;

/** The outcome a move-in visit's task is closed with when the visit is recorded as held. */
export const MOVE_IN_VISIT_HELD = 'visit_held';

/** Who goes: the actor, or an active member of the follow-up team. */
async function checkContactWorker(ctx: ServiceContext, tx: Tx, workerId: string, problems: Problem[]): Promise<void> {
  if (workerId === ctx.actor.userId) return;
  const staff = await repo.findStaff(tx, ctx.actor.municipalityId, workerId);
  if (!staff || !staff.active || staff.role !== 'followup') problems.push(problem('workerId', 'not_followup_worker'));
}

/** A move-in visit follows up one of the household's leases; no other kind names a lease. */
async function checkLease(tx: Tx, municipalityId: number, householdId: string, body: PlanContactBody, problems: Problem[]): Promise<void> {
  if (body.kind !== 'move_in_visit') {
    if (body.leaseId) problems.push(problem('leaseId', 'lease_move_in_only'));
    return;
  }
  if (!body.leaseId) {
    problems.push(problem('leaseId', 'lease_required'));
    return;
  }
  const leases = await repo.listHouseholdLeases(tx, municipalityId, householdId);
  if (!leases.some((l) => l.id === body.leaseId)) problems.push(problem('leaseId', 'lease_not_in_household'));
}

/**
 * Plans a visit or contact on an open plan. The worker defaults to the actor when on the follow-up
 * team, else to the plan's responsible worker.
 * @throws AppError forbidden, not_found, validation_failed (date before the plan or too far ahead,
 *   worker, lease), rule_violation (the plan has ended).
 */
export async function planContact(ctx: ServiceContext, planId: string, body: PlanContactBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId, userId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { plan } = await getVisiblePlan(ctx, tx, planId, { forUpdate: true });
    assertOpen(plan, today);
    const workerId = body.workerId ?? (role === 'followup' ? userId : plan.responsibleWorkerId);
    const problems: Problem[] = [];
    if (compareDates(body.plannedOn, plan.startedOn) < 0) problems.push(problem('plannedOn', 'before_plan_start'));
    if (compareDates(body.plannedOn, addDays(today, PLAN_AHEAD_DAYS)) > 0) problems.push(problem('plannedOn', 'too_far_ahead'));
    await checkContactWorker(ctx, tx, workerId, problems);
    await checkLease(tx, municipalityId, plan.householdId, body, problems);
    refuseIfAny(problems);
    const row = await repo.insertContact(tx, {
      municipalityId,
      planId,
      kind: body.kind,
      status: 'planned',
      plannedOn: body.plannedOn,
      plannedTime: body.plannedTime ?? null,
      workerId,
      leaseId: body.kind === 'move_in_visit' ? (body.leaseId ?? null) : null,
      createdAt: ctx.clock.now(),
    });
    await recordEvent(tx, ctx, {
      type: 'followup_contact.planned',
      subjectType: 'followup_plan',
      subjectId: planId,
      data: { contactId: row.id, kind: row.kind, plannedOn: row.plannedOn, plannedTime: row.plannedTime, workerId, leaseId: row.leaseId },
    });
    return loadPlan(ctx, tx, planId);
  });
}

/** The problems of a record request; the checklist only for a held move-in visit, and then all of it. */
function recordProblems(contact: repo.ContactRow, plan: repo.PlanRow, body: RecordContactBody, today: string): Problem[] {
  const problems: Problem[] = [];
  const held = body.status === 'held';
  if (contact.status !== 'planned') problems.push(problem('status', 'already_recorded'));
  if (held && !body.heldOn) problems.push(problem('heldOn', 'required'));
  if (!held && body.heldOn) problems.push(problem('heldOn', 'only_when_held'));
  if (held && body.heldOn && compareDates(body.heldOn, today) > 0) problems.push(problem('heldOn', 'in_future'));
  if (held && body.heldOn && compareDates(body.heldOn, plan.startedOn) < 0) problems.push(problem('heldOn', 'before_plan_start'));
  if (body.checklist !== undefined && contact.kind !== 'move_in_visit') problems.push(problem('checklist', 'checklist_move_in_only'));
  else if (body.checklist !== undefined && !held) problems.push(problem('checklist', 'only_when_held'));
  else if (held && contact.kind === 'move_in_visit') {
    if (body.checklist === undefined) problems.push(problem('checklist', 'checklist_required'));
    else problems.push(...checkMoveInChecklist(body.checklist).map((p) => problem(p.path, p.code)));
  }
  return problems;
}

/**
 * Records a planned contact as held (with the day, a summary and, for a move-in visit, the
 * checklist), missed or cancelled. A held move-in visit closes the lease's open task
 * `move-in-visit:<leaseId>` (domain/followup/move-in.ts) with outcome `visit_held`, in the same
 * transaction.
 * @throws AppError forbidden, not_found, validation_failed (missing or wrong fields, checklist),
 *   rule_violation (the plan has ended).
 */
export async function recordContact(ctx: ServiceContext, contactId: string, body: RecordContactBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const contact = await repo.findContact(tx, municipalityId, contactId);
    if (!contact) throw notFound();
    const { plan } = await getVisiblePlan(ctx, tx, contact.planId, { forUpdate: true });
    assertOpen(plan, today);
    const problems = recordProblems(contact, plan, body, today);
    if (problems.some((p) => p.code === 'already_recorded')) throw new AppError('rule_violation', 'error.rule_violation', problems);
    refuseIfAny(problems);
    const held = body.status === 'held';
    const recorded = await repo.recordContact(tx, municipalityId, contactId, {
      status: body.status,
      heldOn: held ? (body.heldOn ?? null) : null,
      summary: body.summary ?? null,
      checklist: held && contact.kind === 'move_in_visit' ? (body.checklist ?? null) : null,
    });
    const taskClosed = held && recorded.kind === 'move_in_visit' && recorded.leaseId ? await closeMoveInTask(ctx, tx, recorded.leaseId, today) : false;
    await recordEvent(tx, ctx, {
      type: 'followup_contact.recorded',
      subjectType: 'followup_plan',
      subjectId: plan.id,
      data: { contactId, kind: recorded.kind, status: recorded.status, heldOn: recorded.heldOn, checklist: recorded.checklist, taskClosed },
    });
    return loadPlan(ctx, tx, plan.id);
  });
}

/** Closes the lease's open move-in visit task, if there is one, with its audit event. */
async function closeMoveInTask(ctx: ServiceContext, tx: Tx, leaseId: string, today: string): Promise<boolean> {
  const { municipalityId } = ctx.actor;
  const open = await findOpenTask(tx, municipalityId, moveInVisitKey(leaseId));
  if (!open || !(await closeTask(tx, municipalityId, open.id, today, MOVE_IN_VISIT_HELD))) return false;
  await recordEvent(tx, ctx, { type: 'task.closed', subjectType: open.subjectType, subjectId: open.subjectId, data: { taskId: open.id, kind: open.kind, outcome: MOVE_IN_VISIT_HELD } });
  return true;
}
