import type { CreatePlanBody, EndPlanBody, FollowupPlan, PlanList, PlanListQuery, StaffRef, UpdatePlanBody } from '../../../contracts/followup.js';
import { canSeeFollowupNote, canWriteFollowup } from '../../../domain/access/followup-access.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { compareByUrgency } from '../../../domain/followup/visits.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { assertFollowupArea, assertFollowupWriter } from './followup.policy.js';
import { byPlan, presentContact, presentNote, presentService, presentSummary } from './followup.present.js';
import * as repo from './followup.repo.js';
import { filterVisiblePlans, getVisibleHousehold, getVisiblePlan } from './plan-access.js';
import { assertOpen, problem, refuseIfAny, type Problem } from './problems.js';

/** A household's follow-up plan: create, read (logged), list, change, end. */

/** The responsible worker must be an active member of the follow-up team. */
async function checkWorker(tx: Tx, municipalityId: number, workerId: string, problems: Problem[]): Promise<void> {
  const staff = await repo.findStaff(tx, municipalityId, workerId);
  if (!staff || !staff.active || staff.role !== 'followup') problems.push(problem('responsibleWorkerId', 'not_followup_worker'));
}

/** Planned contacts first (earliest first), then the recorded ones (latest first). */
function contactOrder(a: repo.ContactRow, b: repo.ContactRow): number {
  const planned = Number(b.status === 'planned') - Number(a.status === 'planned');
  if (planned !== 0) return planned;
  if (a.status === 'planned') return compareDates(a.plannedOn, b.plannedOn) || (a.plannedTime ?? '99').localeCompare(b.plannedTime ?? '99');
  return compareDates(b.heldOn ?? b.plannedOn, a.heldOn ?? a.plannedOn);
}

/**
 * The whole plan as the actor may see it, in the caller's transaction; with a `purpose` the read is
 * written to the access log, as a read of the household (so it shows in the person's overview).
 * @throws AppError not_found.
 */
export async function loadPlan(ctx: ServiceContext, tx: Tx, id: string, purpose?: string): Promise<FollowupPlan> {
  const { municipalityId, role } = ctx.actor;
  const today = todayOf(ctx);
  const { plan, household, facts } = await getVisiblePlan(ctx, tx, id);
  const [services, contacts, notes, leases] = [
    await repo.listServices(tx, municipalityId, [plan.id]),
    await repo.listContacts(tx, municipalityId, [plan.id]),
    (await repo.listNotes(tx, municipalityId, plan.id)).filter((n) => canSeeFollowupNote(role, n.sensitivity)),
    await repo.listHouseholdLeases(tx, municipalityId, plan.householdId),
  ];
  const names = await repo.staffNames(tx, municipalityId, [plan.responsibleWorkerId, ...contacts.map((c) => c.workerId), ...notes.map((n) => n.authorId)]);
  if (purpose !== undefined) await logAccess(tx, ctx, { subjectType: 'household', subjectId: plan.householdId, purpose });
  return {
    ...presentSummary({ plan, household, services, contacts, names, role, today }),
    goals: plan.goals,
    endReason: plan.endReason,
    createdAt: plan.createdAt.toISOString(),
    services: services.map((s) => presentService(s, today)),
    contacts: [...contacts].sort(contactOrder).map((c) => presentContact(c, names)),
    notes: notes.map((n) => presentNote(n, names)),
    leases,
    canWrite: canWriteFollowup(role, facts),
  };
}

/** One plan (logged as a read of the household). @throws AppError forbidden (role), not_found. */
export async function getPlan(ctx: ServiceContext, id: string): Promise<FollowupPlan> {
  assertFollowupArea(ctx.actor);
  return ctx.transaction((tx) => loadPlan(ctx, tx, id, 'followup.plan.view'));
}

/**
 * Opens a plan for a household the actor may see. One open plan per household: a second is a
 * conflict (the partial unique index followup_plan_one_open decides, also under concurrency).
 * @throws AppError forbidden (role), not_found (household), validation_failed (start ahead of
 *   today, not a follow-up worker), conflict (the household already has an open plan).
 */
export async function createPlan(ctx: ServiceContext, body: CreatePlanBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  try {
    return await ctx.transaction(async (tx) => {
      await getVisibleHousehold(ctx, tx, body.householdId);
      const problems: Problem[] = [];
      if (compareDates(body.startedOn, today) > 0) problems.push(problem('startedOn', 'in_future'));
      await checkWorker(tx, municipalityId, body.responsibleWorkerId, problems);
      refuseIfAny(problems);
      const row = await repo.insertPlan(tx, {
        municipalityId,
        householdId: body.householdId,
        responsibleTeam: body.responsibleTeam,
        responsibleWorkerId: body.responsibleWorkerId,
        goals: body.goals,
        visitEveryDays: body.visitEveryDays ?? null,
        startedOn: body.startedOn,
        createdBy: userId,
        createdAt: ctx.clock.now(),
      });
      await recordEvent(tx, ctx, {
        type: 'followup_plan.created',
        subjectType: 'followup_plan',
        subjectId: row.id,
        data: { householdId: row.householdId, responsibleTeam: row.responsibleTeam, responsibleWorkerId: row.responsibleWorkerId, visitEveryDays: row.visitEveryDays, startedOn: row.startedOn },
      });
      return loadPlan(ctx, tx, row.id);
    });
  } catch (error) {
    if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'followup_plan_one_open') {
      throw new AppError('conflict', 'error.followup.plan_exists', [problem('householdId', 'plan_exists')]);
    }
    throw error;
  }
}

/**
 * Changes the team, the responsible worker, the goals or the agreed frequency of an open plan.
 * @throws AppError forbidden, not_found, validation_failed (not a follow-up worker), rule_violation (ended).
 */
export async function updatePlan(ctx: ServiceContext, id: string, body: UpdatePlanBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { plan } = await getVisiblePlan(ctx, tx, id, { forUpdate: true });
    assertOpen(plan, todayOf(ctx));
    const problems: Problem[] = [];
    if (body.responsibleWorkerId !== undefined) await checkWorker(tx, municipalityId, body.responsibleWorkerId, problems);
    refuseIfAny(problems);
    const requested: repo.PlanChanges = {
      ...(body.responsibleTeam !== undefined ? { responsibleTeam: body.responsibleTeam } : {}),
      ...(body.responsibleWorkerId !== undefined ? { responsibleWorkerId: body.responsibleWorkerId } : {}),
      ...(body.goals !== undefined ? { goals: body.goals } : {}),
      ...(body.visitEveryDays !== undefined ? { visitEveryDays: body.visitEveryDays } : {}),
    };
    const changed = Object.fromEntries(
      Object.entries(requested)
        .filter(([key, value]) => JSON.stringify(plan[key as keyof repo.PlanChanges]) !== JSON.stringify(value))
        .map(([key, value]) => [key, key === 'goals' ? { count: (value as string[]).length } : { from: plan[key as keyof repo.PlanChanges], to: value }]),
    );
    if (Object.keys(changed).length > 0) {
      await repo.updatePlan(tx, municipalityId, id, requested);
      // The goals are the household's own words: the event says that they changed, not what they say.
      await recordEvent(tx, ctx, { type: 'followup_plan.updated', subjectType: 'followup_plan', subjectId: id, data: changed });
    }
    return loadPlan(ctx, tx, id);
  });
}

/**
 * Ends an open plan with a reason. Services still running end the same day; visits planned after
 * it are cancelled, so they leave the worker's day.
 * @throws AppError forbidden, not_found, validation_failed (end before start or ahead of today), rule_violation (already ended).
 */
export async function endPlan(ctx: ServiceContext, id: string, body: EndPlanBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { plan } = await getVisiblePlan(ctx, tx, id, { forUpdate: true });
    assertOpen(plan, today);
    const problems: Problem[] = [];
    if (compareDates(body.endedOn, plan.startedOn) < 0) problems.push(problem('endedOn', 'end_before_start'));
    if (compareDates(body.endedOn, today) > 0) problems.push(problem('endedOn', 'in_future'));
    refuseIfAny(problems);
    await repo.updatePlan(tx, municipalityId, id, { endedOn: body.endedOn, endReason: body.reason });
    let servicesEnded = 0;
    for (const s of await repo.listServices(tx, municipalityId, [id])) {
      if (s.endedOn !== null && compareDates(s.endedOn, body.endedOn) <= 0) continue;
      await repo.endService(tx, municipalityId, s.id, compareDates(s.startedOn, body.endedOn) > 0 ? s.startedOn : body.endedOn);
      servicesEnded += 1;
    }
    let visitsCancelled = 0;
    for (const c of await repo.listContacts(tx, municipalityId, [id])) {
      if (c.status !== 'planned' || compareDates(c.plannedOn, body.endedOn) <= 0) continue;
      await repo.recordContact(tx, municipalityId, c.id, { status: 'cancelled', heldOn: null, summary: c.summary, checklist: c.checklist });
      visitsCancelled += 1;
    }
    await recordEvent(tx, ctx, { type: 'followup_plan.ended', subjectType: 'followup_plan', subjectId: id, reason: body.reason, data: { endedOn: body.endedOn, servicesEnded, visitsCancelled } });
    return loadPlan(ctx, tx, id);
  });
}

/**
 * The plans the actor may see (open ones by default), the most urgent first, then by name. List
 * reads are not written to the access log plan by plan, like the work list (docs/adr/0006).
 * @throws AppError forbidden (role).
 */
export async function listPlans(ctx: ServiceContext, query: PlanListQuery): Promise<PlanList> {
  assertFollowupArea(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId, role, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const rows = await repo.listPlans(tx, municipalityId, {
      status: query.status,
      today,
      ...(query.householdId ? { householdId: query.householdId } : {}),
      ...(query.scope === 'mine' ? { responsibleWorkerId: userId } : {}),
    });
    const { plans, households } = await filterVisiblePlans(ctx, tx, rows);
    const ids = plans.map((p) => p.id);
    const services = byPlan(await repo.listServices(tx, municipalityId, ids));
    const contacts = byPlan(await repo.listContacts(tx, municipalityId, ids, { visitsOnly: true }));
    const names = await repo.staffNames(tx, municipalityId, plans.map((p) => p.responsibleWorkerId));
    const summaries = plans
      .map((plan) => presentSummary({ plan, household: households.get(plan.householdId)!, services: services.get(plan.id) ?? [], contacts: contacts.get(plan.id) ?? [], names, role, today }))
      .sort((a, b) => compareByUrgency(a.visit, b.visit) || a.household.headName.localeCompare(b.household.headName, 'nb'));
    return { total: summaries.length, items: summaries.slice(query.offset, query.offset + query.limit) };
  });
}

/** The follow-up team's active staff, for choosing a responsible worker. @throws AppError forbidden (role). */
export async function listWorkers(ctx: ServiceContext): Promise<{ items: StaffRef[] }> {
  assertFollowupArea(ctx.actor);
  return { items: await ctx.transaction((tx) => repo.listFollowupWorkers(tx, ctx.actor.municipalityId)) };
}
