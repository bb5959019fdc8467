import type { Dwelling, StatusChangeBody } from '../../../contracts/dwellings.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import { checkStatusChange, isDwellingStatus, type StatusChange } from '../../../domain/dwellings/status.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgErrorCode } from '../../platform/errors.js';
import { statusRefused } from './dwellings.messages.js';
import { assertManage } from './dwellings.policy.js';
import * as repo from './dwellings.repo.js';
import { getPresented } from './register.service.js';

/**
 * Gives a dwelling a new status from `change.fromDate`: closes the open period that day and
 * opens the new one, in the caller's transaction, with the audit event. For other areas'
 * services too (a signed lease lets the dwelling); they authorise the actor themselves.
 * The open period is locked first, so concurrent changes queue; the exclusion constraint on
 * the periods is the last guard. @throws AppError not_found, rule_violation, validation_failed.
 */
export async function applyStatusChange(
  tx: Tx,
  ctx: Pick<ServiceContext, 'actor' | 'clock' | 'requestId'>,
  dwellingId: string,
  change: StatusChange & { reason?: string | undefined },
): Promise<void> {
  const { municipalityId } = ctx.actor;
  const today = osloDate(ctx.clock.now());
  if (!(await repo.findDwelling(tx, municipalityId, dwellingId, today))) throw notFound();
  const open = await repo.lockOpenPeriod(tx, municipalityId, dwellingId);
  if (open && !isDwellingStatus(open.status)) throw new Error(`unknown dwelling status in the database: ${open.status}`);
  const current = open ? { status: open.status as StatusChange['status'], fromDate: open.fromDate } : undefined;
  const problems = checkStatusChange(current, change, today);
  if (problems.length > 0) throw statusRefused(problems);
  if (open) await repo.closePeriod(tx, municipalityId, open.id, change.fromDate);
  const expectedReadyOn = change.expectedReadyOn ?? null;
  await repo.insertPeriods(tx, [
    { municipalityId, dwellingId, status: change.status, fromDate: change.fromDate, expectedReadyOn, reason: change.reason ?? null },
  ]);
  await recordEvent(tx, ctx, {
    type: 'dwelling.status_changed',
    subjectType: 'dwelling',
    subjectId: dwellingId,
    ...(change.reason ? { reason: change.reason } : {}),
    data: { from: open?.status ?? null, to: change.status, fromDate: change.fromDate, expectedReadyOn },
  });
}

/**
 * The property manager's status change (POST /api/dwellings/:id/status).
 * @throws AppError forbidden, not_found, rule_violation (refused transition or date), validation_failed,
 * conflict (a concurrent change made the periods overlap).
 */
export async function changeStatus(ctx: ServiceContext, dwellingId: string, body: StatusChangeBody): Promise<Dwelling> {
  assertManage(ctx.actor);
  try {
    return await ctx.transaction(async (tx) => {
      await applyStatusChange(tx, ctx, dwellingId, body);
      return getPresented(tx, ctx, dwellingId);
    });
  } catch (error) {
    // 23P01: exclusion_violation — dwelling_status_period_no_overlap.
    if (pgErrorCode(error) === '23P01') throw new AppError('conflict', 'error.conflict');
    throw error;
  }
}
