import type { AddNoteBody, AddServiceBody, EndServiceBody, FollowupPlan } from '../../../contracts/followup.js';
import { canSeeFollowupNote } from '../../../domain/access/followup-access.js';
import { addDays, compareDates } from '../../../domain/deadlines/calendar.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import { assertFollowupWriter } from './followup.policy.js';
import * as repo from './followup.repo.js';
import { getVisiblePlan } from './plan-access.js';
import { loadPlan } from './plans.service.js';
import { assertOpen, problem, refuseIfAny, type Problem } from './problems.js';

/** A plan's services (add, end) and notes (add, with the sensitivity flag). */

/** Days. A service is registered at most a year before it starts [I]. */
const START_AHEAD_DAYS = 366;

/**
 * Adds a service the household receives under an open plan.
 * @throws AppError forbidden, not_found, validation_failed (start too far ahead), rule_violation (plan ended).
 */
export async function addService(ctx: ServiceContext, planId: string, body: AddServiceBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { plan } = await getVisiblePlan(ctx, tx, planId, { forUpdate: true });
    assertOpen(plan, today);
    refuseIfAny(compareDates(body.startedOn, addDays(today, START_AHEAD_DAYS)) > 0 ? [problem('startedOn', 'too_far_ahead')] : []);
    const row = await repo.insertService(tx, { municipalityId, planId, kind: body.kind, provider: body.provider, startedOn: body.startedOn });
    await recordEvent(tx, ctx, {
      type: 'followup_service.added',
      subjectType: 'followup_plan',
      subjectId: planId,
      data: { serviceId: row.id, kind: row.kind, provider: row.provider, startedOn: row.startedOn },
    });
    return loadPlan(ctx, tx, planId);
  });
}

/**
 * Ends a running service.
 * @throws AppError forbidden, not_found, validation_failed (before its start, ahead of today),
 *   rule_violation (already ended, or the plan has ended).
 */
export async function endService(ctx: ServiceContext, serviceId: string, body: EndServiceBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const service = await repo.findService(tx, municipalityId, serviceId);
    if (!service) throw notFound();
    const { plan } = await getVisiblePlan(ctx, tx, service.planId, { forUpdate: true });
    assertOpen(plan, today);
    if (service.endedOn !== null) throw new AppError('rule_violation', 'error.rule_violation', [problem('endedOn', 'service_already_ended')]);
    const problems: Problem[] = [];
    if (compareDates(body.endedOn, service.startedOn) < 0) problems.push(problem('endedOn', 'end_before_start'));
    if (compareDates(body.endedOn, today) > 0) problems.push(problem('endedOn', 'in_future'));
    refuseIfAny(problems);
    await repo.endService(tx, municipalityId, serviceId, body.endedOn);
    await recordEvent(tx, ctx, { type: 'followup_service.ended', subjectType: 'followup_plan', subjectId: plan.id, data: { serviceId, kind: service.kind, endedOn: body.endedOn } });
    return loadPlan(ctx, tx, plan.id);
  });
}

/**
 * Adds a note, flagged `health` or `substance_use` when it is special-category data (GDPR art. 9);
 * the flag decides who reads it (followup-access.ts canSeeFollowupNote). Notes may be added to an
 * ended plan too (what happened after it ended belongs with it). The audit event has the flag, not the text.
 * @throws AppError forbidden, not_found, validation_failed (a flag the actor's role may not read).
 */
export async function addNote(ctx: ServiceContext, planId: string, body: AddNoteBody): Promise<FollowupPlan> {
  assertFollowupWriter(ctx.actor);
  const { municipalityId, userId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { plan } = await getVisiblePlan(ctx, tx, planId);
    refuseIfAny(canSeeFollowupNote(role, body.sensitivity) ? [] : [problem('sensitivity', 'sensitivity_not_allowed')]);
    const row = await repo.insertNote(tx, { municipalityId, planId: plan.id, text: body.text, sensitivity: body.sensitivity, authorId: userId, createdAt: ctx.clock.now() });
    await recordEvent(tx, ctx, { type: 'followup_note.added', subjectType: 'followup_plan', subjectId: plan.id, data: { noteId: row.id, sensitivity: row.sensitivity } });
    return loadPlan(ctx, tx, plan.id);
  });
}
