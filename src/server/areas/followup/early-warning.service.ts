import type { FollowupSignalsRun } from '../../../contracts/followup-signals.js';
import { closeRefusals, isFollowupTaskKind, type CloseRefusal } from '../../../domain/followup/early-warning-close.js';
import { signalReasonText } from '../../../domain/followup/early-warning-text.js';
import { earlyWarningSignals, mayRaiseAgain, type EarlyWarningSignal, type FollowupThresholds, type HouseholdSignalFacts } from '../../../domain/followup/early-warning.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { continuousChains } from '../../../domain/temporary/chains.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { arrearsOf } from '../leases/arrears.service.js';
import type { CloseAttempt } from '../tasks/task-hooks.js';
import { raiseTask, type TaskRow } from '../tasks/tasks.repo.js';
import { assertAllowed, assigneeOf, canRunFollowupSignals } from './early-warning.policy.js';
import * as repo from './early-warning.repo.js';
import { runMoveInVisitsIn } from './move-in.service.js';
import { thresholdsOn } from './settings.service.js';

/**
 * The follow-up signals run (docs/adr/0014): for every open follow-up plan, the early-warning
 * signals (domain/followup/early-warning.ts) become one task each for the plan's responsible worker,
 * and due move-in visits become tasks too (move-in.service.ts). No timers, as the lease job: it runs
 * on POST /api/followup/signals/run and at most once a day per municipality before anyone's task
 * queue is listed (the tasks area's refresher hook). One open task per key; a closed task's signal
 * raises a new task only as mayRaiseAgain allows (never the same day).
 */

/** The facts of every open plan's household today, in a few queries over all plans. */
async function householdFacts(ctx: ServiceContext, tx: Tx, plans: readonly repo.OpenPlanRow[], today: string): Promise<HouseholdSignalFacts[]> {
  const { municipalityId } = ctx.actor;
  const leases = await repo.runningLeasesOfPlans(tx, municipalityId);
  const arrears = await arrearsOf(ctx, tx, leases.map((l) => l.id), today);
  const cases = await repo.openNeighbourCasesOfPlans(tx, municipalityId);
  const visits = await repo.recordedVisitsOfOpenPlans(tx, municipalityId, today);
  const chains = continuousChains(await repo.staysOfPlans(tx, municipalityId)).filter((c) => c.endDate === null || compareDates(c.endDate, today) > 0);
  const group = <T, K>(items: readonly T[], key: (t: T) => K) => {
    const map = new Map<K, T[]>();
    for (const item of items) map.set(key(item), [...(map.get(key(item)) ?? []), item]);
    return map;
  };
  const leasesBy = group(leases, (l) => l.householdId);
  const casesBy = group(cases, (c) => c.householdId);
  const visitsBy = group(visits, (v) => v.planId);
  const chainBy = new Map(chains.map((c) => [c.householdId, c]));
  return plans.map((p) => {
    const chain = chainBy.get(p.householdId);
    return {
      planId: p.planId,
      householdId: p.householdId,
      leases: (leasesBy.get(p.householdId) ?? []).map((l) => ({ leaseId: l.id, endDate: l.endDate, arrearsKroner: arrears.get(l.id)?.result.arrears ?? 0 })),
      openNeighbourCases: (casesBy.get(p.householdId) ?? []).map((c) => ({ caseId: c.caseId, kind: c.kind, reportedOn: c.reportedOn })),
      contactsLatestFirst: visitsBy.get(p.planId) ?? [],
      temporaryStay: chain ? { stayId: chain.firstStayId, startDate: chain.startDate } : null,
    };
  });
}

async function raiseSignalTask(ctx: ServiceContext, tx: Tx, plan: repo.OpenPlanRow, signal: EarlyWarningSignal, today: string): Promise<boolean> {
  const assignee = assigneeOf(plan);
  const taskId = await raiseTask(tx, {
    municipalityId: ctx.actor.municipalityId,
    kind: signal.kind,
    signalKey: signal.signalKey,
    subjectType: signal.subjectType,
    subjectId: signal.subjectId,
    ...assignee,
    // The worker's language may be any; the stored text is bokmål and the web renders `data.reason`.
    reason: signalReasonText(signal.reason, 'nb'),
    data: { planId: plan.planId, householdId: plan.householdId, reason: signal.reason },
    createdOn: today,
    dueOn: signal.dueOn,
  });
  if (taskId === undefined) return false;
  await recordEvent(tx, ctx, {
    type: 'task.raised',
    subjectType: signal.subjectType,
    subjectId: signal.subjectId,
    data: { taskId, kind: signal.kind, signalKey: signal.signalKey, ...assignee },
  });
  return true;
}

async function raiseEarlyWarningsIn(ctx: ServiceContext, tx: Tx, plans: readonly repo.OpenPlanRow[], thresholds: FollowupThresholds, today: string): Promise<number> {
  const facts = await householdFacts(ctx, tx, plans, today);
  const due = plans.flatMap((plan, i) => earlyWarningSignals(facts[i]!, thresholds, today).map((signal) => ({ plan, signal })));
  const state = await repo.taskStateOf(tx, ctx.actor.municipalityId, due.map((d) => d.signal.signalKey));
  let raised = 0;
  for (const { plan, signal } of due) {
    const s = state.get(signal.signalKey);
    if (s?.open || !mayRaiseAgain(s?.lastClosed, today)) continue;
    if (await raiseSignalTask(ctx, tx, plan, signal, today)) raised++;
  }
  return raised;
}

/** The run inside the caller's transaction, serialised per municipality. */
export async function runFollowupSignalsIn(ctx: ServiceContext, tx: Tx, today: string): Promise<FollowupSignalsRun> {
  const { municipalityId } = ctx.actor;
  await repo.lockRun(tx, municipalityId);
  const { thresholds, validFrom } = await thresholdsOn(tx, municipalityId, today);
  const plans = await repo.openPlans(tx, municipalityId);
  const earlyWarningTasksRaised = await raiseEarlyWarningsIn(ctx, tx, plans, thresholds, today);
  const moveInVisitTasksRaised = await runMoveInVisitsIn(ctx, tx, plans, thresholds.moveInVisitAfterDays, today);
  const result = { today, plans: plans.length, earlyWarningTasksRaised, moveInVisitTasksRaised };
  await recordEvent(tx, ctx, { type: repo.RUN_EVENT, subjectType: 'municipality', subjectId: String(municipalityId), data: { ...result, thresholds, thresholdsFrom: validFrom } });
  return result;
}

/** Runs the follow-up signals now. @throws forbidden for roles other than caseworker, follow-up and admin. */
export async function runFollowupSignals(ctx: ServiceContext): Promise<FollowupSignalsRun> {
  assertAllowed(ctx.actor, canRunFollowupSignals);
  return ctx.transaction((tx) => runFollowupSignalsIn(ctx, tx, todayOf(ctx)));
}

/** Runs the follow-up signals unless they have run today for the municipality (its audit event says so). */
export async function ensureFollowupSignalsToday(ctx: ServiceContext): Promise<void> {
  const today = todayOf(ctx);
  await ctx.transaction(async (tx) => {
    await repo.lockRun(tx, ctx.actor.municipalityId);
    const since = new Date(ctx.clock.now().getTime() - 36 * 3600_000);
    if (!(await repo.signalsRanOn(tx, ctx.actor.municipalityId, today, since))) await runFollowupSignalsIn(ctx, tx, today);
  });
}

const FIELD_MESSAGES: Readonly<Record<Extract<CloseRefusal, { kind: 'field' }>['code'], MessageKey>> = {
  invalid_outcome: 'field.followup.invalid_outcome',
  note_required: 'field.followup.note_required',
};

/**
 * The close guard for early-warning and move-in-visit tasks (registered with the tasks area): the
 * outcome must be one the kind offers, with a note unless it says the signal is gone; an arrears
 * task is not `resolved` while today's arrears on its lease are at or above today's threshold
 * (409 conflict, `outcome: arrears_outstanding`). @throws validation_failed, conflict.
 */
export async function guardFollowupTaskClose(ctx: ServiceContext, tx: Tx, task: TaskRow, attempt: CloseAttempt): Promise<void> {
  if (!isFollowupTaskKind(task.kind)) return;
  let arrears: { kroner: number; threshold: number } | undefined;
  if (task.kind === 'ew_arrears' && attempt.outcome === 'resolved') {
    const today = todayOf(ctx);
    const found = (await arrearsOf(ctx, tx, [task.subjectId], today)).get(task.subjectId);
    arrears = { kroner: found?.result.arrears ?? 0, threshold: (await thresholdsOn(tx, ctx.actor.municipalityId, today)).thresholds.arrearsKroner };
  }
  const refusals = closeRefusals({ kind: task.kind, outcome: attempt.outcome, note: attempt.note, arrears });
  const conflict = refusals.find((r) => r.kind === 'conflict');
  if (conflict) {
    throw new AppError('conflict', 'error.followup.arrears_outstanding', [{ path: 'outcome', code: conflict.code, messageKey: 'field.followup.arrears_outstanding' }]);
  }
  const fields = refusals.flatMap((r) => (r.kind === 'field' ? [{ path: r.path, code: r.code, messageKey: FIELD_MESSAGES[r.code] }] : []));
  if (fields.length > 0) throw new AppError('validation_failed', 'error.validation_failed', fields);
}
