import type { EndLeaseBody, EvictionStepBody, LeaseDetail, MoveInBody, MoveOutBody } from '../../../contracts/leases.js';
import { addDays, compareDates } from '../../../domain/deadlines/calendar.js';
import { checkEvictionStep, type EvictionStep } from '../../../domain/leases/eviction.js';
import { checkChecklist, checkDepositSettlement } from '../../../domain/leases/inspections.js';
import type { EndReason } from '../../../domain/leases/lease-status.js';
import type { Problem } from '../../../domain/leases/terms.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { moveDwellingStatus } from './dwelling-status.js';
import { getLeaseRow, getRunningLease, statusError, todayOf } from './lease-access.js';
import * as records from './lease-records.repo.js';
import { closeSignalTask, signalKeys } from './lease-tasks.js';
import { refuseIf } from './leases.http.js';
import { assertLeaseArea } from './leases.policy.js';
import * as repo from './leases.repo.js';
import { mapLeaseConstraint, readDetail } from './leases.service.js';

/** Move-in, move-out inspection, the notice to leave, eviction steps and the end of a lease. */

const inFuture = (path: string, date: string, today: string): Problem[] => (compareDates(date, today) > 0 ? [{ path, code: 'in_future' }] : []);

/** Records the move-in with the standard inventory checklist (once). @throws not_found, validation_failed, rule_violation. */
export async function recordMoveIn(ctx: ServiceContext, id: string, body: MoveInBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  refuseIf('validation_failed', [...checkChecklist(body.items), ...inFuture('movedInOn', body.movedInOn, today)]);
  return ctx.transaction(async (tx) => {
    const row = await getRunningLease(ctx, tx, id);
    if (row.moveInChecklist) refuseIf('rule_violation', [{ path: 'movedInOn', code: 'already_recorded' }]);
    const record = { ...body, recordedBy: ctx.actor.userId, recordedOn: today };
    await repo.updateLease(tx, ctx.actor.municipalityId, id, { moveInChecklist: record });
    await recordEvent(tx, ctx, { type: 'lease.moved_in', subjectType: 'lease', subjectId: id, data: { movedInOn: body.movedInOn, keysHandedOver: body.keysHandedOver } });
    return readDetail(ctx, tx, id);
  });
}

/** Records the move-out inspection and the deposit settlement (once). @throws not_found, validation_failed, rule_violation. */
export async function recordMoveOut(ctx: ServiceContext, id: string, body: MoveOutBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  refuseIf('validation_failed', [...checkChecklist(body.items), ...inFuture('inspectedOn', body.inspectedOn, today)]);
  return ctx.transaction(async (tx) => {
    const row = await getLeaseRow(ctx, tx, id, { forUpdate: true });
    if (row.status === 'draft' || row.status === 'cancelled') throw statusError();
    if (row.moveOutInspection) refuseIf('rule_violation', [{ path: 'inspectedOn', code: 'already_recorded' }]);
    refuseIf('rule_violation', checkDepositSettlement(row, body.depositSettlement));
    const damagesTotal = body.damages.reduce((sum, d) => sum + d.amount, 0);
    await repo.updateLease(tx, ctx.actor.municipalityId, id, { moveOutInspection: { ...body, damagesTotal, recordedBy: ctx.actor.userId, recordedOn: today } });
    await recordEvent(tx, ctx, {
      type: 'lease.move_out_inspected',
      subjectType: 'lease',
      subjectId: id,
      data: { inspectedOn: body.inspectedOn, condition: body.condition, damagesTotal, depositSettlement: body.depositSettlement },
    });
    return readDetail(ctx, tx, id);
  });
}

/**
 * Records the landlord's written demand that the tenant move out when the lease ends
 * (husleieloven § 9-2 (3)); the § 9-2 alarm and its task end with it. @throws not_found, rule_violation.
 */
export async function giveNotice(ctx: ServiceContext, id: string, body: { givenOn: string; note: string | null }): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  refuseIf('validation_failed', inFuture('givenOn', body.givenOn, today));
  return ctx.transaction(async (tx) => {
    const row = await getRunningLease(ctx, tx, id);
    if (row.noticeGivenOn) refuseIf('rule_violation', [{ path: 'givenOn', code: 'already_recorded' }]);
    await repo.updateLease(tx, ctx.actor.municipalityId, id, { noticeGivenOn: body.givenOn });
    await recordEvent(tx, ctx, { type: 'lease.notice_given', subjectType: 'lease', subjectId: id, data: { givenOn: body.givenOn, note: body.note } });
    await closeSignalTask(tx, ctx, signalKeys.section92(id), today, 'Skriftlig varsel om fraflytting er gitt');
    return readDetail(ctx, tx, id);
  });
}

/**
 * Ends a running lease on `endedOn` (its last day): the lease's period is cut (or stretched) to
 * that day so the dwelling can be let again from the next, which becomes `vacant` unless another
 * lease carries on. Renewal and § 9-2 tasks are closed.
 */
async function endInTx(ctx: ServiceContext, tx: Tx, row: repo.LeaseRow, endedOn: string, reason: EndReason, note: string | null): Promise<void> {
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  refuseIf('validation_failed', [...inFuture('endedOn', endedOn, today), ...(compareDates(endedOn, row.startDate) <= 0 ? [{ path: 'endedOn', code: 'before_start' }] : [])]);
  await repo.updateLease(tx, municipalityId, row.id, { status: 'ended', endedOn, endReason: reason, endDate: endedOn });
  const nextDay = addDays(endedOn, 1);
  if (!(await repo.otherLeaseCovering(tx, municipalityId, row.dwellingId, row.id, nextDay))) {
    await moveDwellingStatus(ctx, tx, row.dwellingId, 'vacant', nextDay, row.id);
  }
  await recordEvent(tx, ctx, { type: 'lease.ended', subjectType: 'lease', subjectId: row.id, data: { endedOn, reason, agreedEndDate: row.endDate, note } });
  await closeSignalTask(tx, ctx, signalKeys.renewal(row.id), today, 'Leieforholdet er avsluttet');
  await closeSignalTask(tx, ctx, signalKeys.section92(row.id), today, 'Leieforholdet er avsluttet');
}

/** Ends a lease. @throws not_found, validation_failed, rule_violation, conflict (another lease starts before the day). */
export async function endLease(ctx: ServiceContext, id: string, body: EndLeaseBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  try {
    return await ctx.transaction(async (tx) => {
      await endInTx(ctx, tx, await getRunningLease(ctx, tx, id), body.endedOn, body.reason, body.note);
      return readDetail(ctx, tx, id);
    });
  } catch (error) {
    throw mapLeaseConstraint(error);
  }
}

/**
 * Records a notice, termination or eviction step in the lawful order. A termination makes the
 * lease `terminated`; cancelling the process makes it `signed` again; a carried-out eviction
 * (fravikelse) ends the lease that day. @throws not_found, rule_violation (order, dates).
 */
export async function addEvictionStep(ctx: ServiceContext, id: string, body: EvictionStepBody): Promise<LeaseDetail> {
  assertLeaseArea(ctx.actor);
  const { municipalityId } = ctx.actor;
  try {
    return await ctx.transaction(async (tx) => {
      const row = await getRunningLease(ctx, tx, id);
      const steps = await records.listEvictionSteps(tx, municipalityId, id);
      const recorded = steps.map((s) => ({ step: s.step as EvictionStep, stepOn: s.stepOn }));
      refuseIf('rule_violation', checkEvictionStep(recorded, { step: body.step, stepOn: body.stepOn }, todayOf(ctx)));
      await records.insertEvictionStep(tx, { municipalityId, leaseId: id, step: body.step, stepOn: body.stepOn, note: body.note });
      await recordEvent(tx, ctx, { type: `lease.eviction.${body.step}`, subjectType: 'lease', subjectId: id, data: { step: body.step, stepOn: body.stepOn } });
      if (body.step === 'termination_notice') await repo.updateLease(tx, municipalityId, id, { status: 'terminated' });
      if (body.step === 'cancelled' && row.status === 'terminated') await repo.updateLease(tx, municipalityId, id, { status: 'signed' });
      if (body.step === 'eviction_carried_out') await endInTx(ctx, tx, row, body.stepOn, 'eviction', body.note);
      return readDetail(ctx, tx, id);
    });
  } catch (error) {
    throw mapLeaseConstraint(error);
  }
}
