import type { Activity, CaretakerTask, CaretakerTaskList, CaretakerTaskListQuery, CompleteCaretakerTaskBody, CreateActivityBody, CreateCaretakerTaskBody } from '../../../contracts/neighbourhood.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { checkAttendance, checkTaskDone } from '../../../domain/neighbourhood/index.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import * as repo from './activities.repo.js';
import * as buildings from './buildings.repo.js';
import { assertAllowed, canManageCaretakerTasks, canReadBuildings, canRecordActivities } from './neighbourhood.policy.js';
import { presentActivity, presentTask } from './neighbourhood.present.js';
import { problem, throwIfProblems, type Problem } from './problems.js';
import { findStaff, staffNames } from './staff.repo.js';

/** Building activities (the team) and the caretaker's task list (the team and the property manager). */

/** The building for a key from the client, or a field problem on `buildingKey`. */
async function buildingOf(tx: Tx, municipalityId: number, today: string, key: string, problems: Problem[]) {
  const building = await buildings.findBuilding(tx, municipalityId, today, key);
  if (!building) problems.push(problem('buildingKey', 'unknown_building'));
  return building;
}

/**
 * Records a residents' meeting, dugnad, party or other activity with the households invited and
 * attending. @throws AppError forbidden (not the team), validation_failed (unknown building,
 * a date ahead of today, more households attending than invited).
 */
export async function recordActivity(ctx: ServiceContext, body: CreateActivityBody): Promise<Activity> {
  assertAllowed(ctx.actor, canRecordActivities);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    const building = await buildingOf(tx, municipalityId, today, body.buildingKey, problems);
    if (compareDates(body.heldOn, today) > 0) problems.push(problem('heldOn', 'in_future'));
    const invited = body.householdsInvited ?? null;
    problems.push(...checkAttendance(invited, body.householdsAttended).map((p) => problem(p.path, p.code)));
    throwIfProblems(problems);
    if (!building) throw new Error('unreachable: building checked');
    const row = await repo.insertActivity(tx, {
      municipalityId,
      buildingKey: building.key,
      buildingLabel: building.label,
      kind: body.kind,
      heldOn: body.heldOn,
      householdsInvited: invited,
      householdsAttended: body.householdsAttended,
      note: body.note ?? null,
      recordedBy: userId,
    });
    await recordEvent(tx, ctx, {
      type: 'building_activity.recorded',
      subjectType: 'building_activity',
      subjectId: row.id,
      data: { buildingKey: row.buildingKey, kind: row.kind, heldOn: row.heldOn, householdsInvited: invited, householdsAttended: row.householdsAttended },
    });
    return presentActivity(row, await staffNames(tx, municipalityId, [userId]));
  });
}

/** The caretaker's tasks: open ones by default, for one building or all. @throws AppError forbidden. */
export async function listCaretakerTasks(ctx: ServiceContext, query: CaretakerTaskListQuery): Promise<CaretakerTaskList> {
  assertAllowed(ctx.actor, canReadBuildings);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { items, total } = await repo.listTasks(tx, municipalityId, { status: query.status, buildingKey: query.building }, { limit: query.limit, offset: query.offset });
    const names = await staffNames(tx, municipalityId, items.map((t) => t.assignedToId));
    return { total, items: items.map((t) => presentTask(t, names)) };
  });
}

/**
 * Adds a task to a building's list (small repair, order, outdoor), optionally for a named
 * caretaker. @throws AppError forbidden, validation_failed (unknown building, a date ahead of
 * today, a caretaker who is not on the team or a property manager).
 */
export async function createCaretakerTask(ctx: ServiceContext, body: CreateCaretakerTaskBody): Promise<CaretakerTask> {
  assertAllowed(ctx.actor, canManageCaretakerTasks);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    const building = await buildingOf(tx, municipalityId, today, body.buildingKey, problems);
    const createdOn = body.createdOn ?? today;
    if (compareDates(createdOn, today) > 0) problems.push(problem('createdOn', 'in_future'));
    const assignedToId = body.assignedToId ?? null;
    if (assignedToId !== null) {
      const worker = await findStaff(tx, municipalityId, assignedToId);
      if (!worker || !worker.active || (worker.role !== 'neighbourhood' && worker.role !== 'property_manager')) problems.push(problem('assignedToId', 'not_assignable'));
    }
    throwIfProblems(problems);
    if (!building) throw new Error('unreachable: building checked');
    const row = await repo.insertTask(tx, {
      municipalityId,
      buildingKey: building.key,
      buildingLabel: building.label,
      kind: body.kind,
      description: body.description,
      createdOn,
      assignedToId,
      createdBy: userId,
    });
    await recordEvent(tx, ctx, { type: 'caretaker_task.created', subjectType: 'caretaker_task', subjectId: row.id, data: { buildingKey: row.buildingKey, kind: row.kind, createdOn, assignedToId } });
    return presentTask(row, await staffNames(tx, municipalityId, [assignedToId]));
  });
}

/**
 * Marks a task done on a date, and whether residents took part.
 * @throws AppError forbidden, not_found, rule_violation (done already), validation_failed (date before the task or ahead of today).
 */
export async function completeCaretakerTask(ctx: ServiceContext, id: string, body: CompleteCaretakerTaskBody): Promise<CaretakerTask> {
  assertAllowed(ctx.actor, canManageCaretakerTasks);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const row = await repo.findTask(tx, municipalityId, id, { forUpdate: true });
    if (!row) throw notFound();
    const refusal = checkTaskDone(row, body.doneOn, today);
    if (refusal?.code === 'already_done') throw new AppError('rule_violation', 'error.neighbourhood.task_done', [{ ...problem('status', 'already_done'), messageKey: 'error.neighbourhood.task_done' }]);
    if (refusal) throwIfProblems([problem(refusal.path, refusal.code)]);
    await repo.completeTask(tx, municipalityId, id, body.doneOn, body.residentsTookPart);
    await recordEvent(tx, ctx, { type: 'caretaker_task.done', subjectType: 'caretaker_task', subjectId: id, data: { doneOn: body.doneOn, residentsTookPart: body.residentsTookPart } });
    const done = { ...row, status: 'done' as const, doneOn: body.doneOn, residentsTookPart: body.residentsTookPart };
    return presentTask(done, await staffNames(tx, municipalityId, [row.assignedToId]));
  });
}
