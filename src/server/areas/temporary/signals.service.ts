import type { SignalRun } from '../../../contracts/temporary.js';
import { LONG_STAY_SIGNAL_KIND, longStaySignals } from '../../../domain/temporary/index.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { raiseTask } from '../tasks/tasks.repo.js';
import * as repo from './stays.repo.js';
import { assertAllowed, canHandleStays } from './temporary.policy.js';
import { todayOf } from '../../platform/context.js';

/**
 * The long-stay signal (domain/temporary/signals.ts): every household still in temporary
 * accommodation past three months gets one task for the NAV advisers. It runs when NAV asks
 * (POST /api/temporary/signals/run, for a nightly job later) and whenever a NAV adviser lists the
 * open stays, so the task exists by the time anyone looks. A signal key that has ever had a task
 * is not raised again, even after the task was closed: one task per continuous stay.
 */

/**
 * Raises the missing long-stay tasks in the caller's transaction, each with an audit event.
 * Returns how many households are past three months and the tasks raised now.
 */
export async function raiseLongStayTasks(tx: Tx, ctx: Pick<ServiceContext, 'actor' | 'clock' | 'requestId'>, today: string): Promise<Omit<SignalRun, 'today'>> {
  const { municipalityId } = ctx.actor;
  const signals = longStaySignals(await repo.staysOfOpenHouseholds(tx, municipalityId, today), today);
  const seen = await repo.signalKeysSeen(tx, municipalityId, signals.map((s) => s.signalKey));
  const raised: SignalRun['raised'] = [];
  for (const signal of signals) {
    if (seen.has(signal.signalKey)) continue;
    const taskId = await raiseTask(tx, {
      municipalityId,
      kind: LONG_STAY_SIGNAL_KIND,
      signalKey: signal.signalKey,
      subjectType: 'temp_stay',
      subjectId: signal.stayId,
      assignedRole: 'nav_adviser',
      reason: signal.reason,
      data: { householdId: signal.householdId, firstStayId: signal.firstStayId, since: signal.since, overSince: signal.overSince, childrenPresent: signal.childrenPresent },
      createdOn: today,
    });
    // Another request raised it a moment ago (the open-task index decided); nothing more to do.
    if (taskId === undefined) continue;
    await recordEvent(tx, ctx, {
      type: 'temp_stay.long_stay_signalled',
      subjectType: 'temp_stay',
      subjectId: signal.stayId,
      data: { taskId, signalKey: signal.signalKey, since: signal.since, childrenPresent: signal.childrenPresent },
    });
    raised.push({ taskId, stayId: signal.stayId, householdId: signal.householdId, childrenPresent: signal.childrenPresent });
  }
  return { overThreeMonths: signals.length, raised };
}

/** Runs the long-stay signal now. Throws forbidden for roles other than the NAV adviser. */
export async function runSignals(ctx: ServiceContext): Promise<SignalRun> {
  assertAllowed(ctx.actor, canHandleStays);
  const today = todayOf(ctx);
  const result = await ctx.transaction((tx) => raiseLongStayTasks(tx, ctx, today));
  return { today, ...result };
}
