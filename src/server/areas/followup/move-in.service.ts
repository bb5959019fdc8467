import { addDays } from '../../../domain/deadlines/calendar.js';
import { MOVE_IN_VISIT_KIND } from '../../../domain/followup/early-warning-close.js';
import { signalReasonText } from '../../../domain/followup/early-warning-text.js';
import { MOVE_IN_LOOKBACK_DAYS, moveInVisitsDue } from '../../../domain/followup/move-in.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { raiseTask } from '../tasks/tasks.repo.js';
import { assigneeOf, FOLLOWUP_TEAM } from './early-warning.policy.js';
import type { OpenPlanRow } from './early-warning.repo.js';
import * as repo from './move-in.repo.js';

/**
 * The home visit after move-in (Trondheim's «Ny Vri»; domain/followup/move-in.ts), part of the
 * follow-up signals run: each lease whose visit has fallen due (within the look-back) gets one task,
 * ever — `move-in-visit:<leaseId>`, which the follow-up area's «record move-in visit» closes. With an
 * open plan the task is the plan's worker's and the visit is planned in the plan (a followup_contact of
 * kind move_in_visit on the lease); without one it is the follow-up team's (no one named).
 */

/** Raises the due move-in visits in the caller's transaction; returns how many tasks were raised. */
export async function runMoveInVisitsIn(ctx: ServiceContext, tx: Tx, plans: readonly OpenPlanRow[], afterDays: number, today: string): Promise<number> {
  const { municipalityId } = ctx.actor;
  // Move-ins whose visit falls due between today − look-back and today.
  const candidates = await repo.recentMoveIns(tx, municipalityId, addDays(today, -afterDays - MOVE_IN_LOOKBACK_DAYS), addDays(today, -afterDays));
  const due = moveInVisitsDue(candidates, afterDays, today);
  const raisedBefore = await repo.keysEverRaised(tx, municipalityId, due.map((d) => d.signalKey));
  const visited = await repo.leasesWithMoveInVisit(tx, municipalityId, due.map((d) => d.leaseId));
  const planOf = new Map(plans.map((p) => [p.householdId, p]));
  let raised = 0;
  for (const visit of due) {
    if (raisedBefore.has(visit.signalKey) || visited.has(visit.leaseId)) continue;
    const plan = planOf.get(visit.householdId);
    const assignee = plan ? assigneeOf(plan) : FOLLOWUP_TEAM;
    const taskId = await raiseTask(tx, {
      municipalityId,
      kind: MOVE_IN_VISIT_KIND,
      signalKey: visit.signalKey,
      subjectType: 'lease',
      subjectId: visit.leaseId,
      ...assignee,
      reason: signalReasonText(visit.reason, 'nb'),
      data: { leaseId: visit.leaseId, householdId: visit.householdId, reason: visit.reason, ...(plan ? { planId: plan.planId } : {}) },
      createdOn: today,
      dueOn: visit.dueOn,
    });
    if (taskId === undefined) continue;
    raised++;
    // Planned for today: the run raises a visit on its due day, or on the first day it runs after.
    const plannedOn = today;
    const contactId = plan ? await repo.planMoveInVisit(tx, { municipalityId, planId: plan.planId, workerId: plan.workerId, leaseId: visit.leaseId, plannedOn }) : null;
    await recordEvent(tx, ctx, {
      type: 'task.raised',
      subjectType: 'lease',
      subjectId: visit.leaseId,
      data: { taskId, kind: MOVE_IN_VISIT_KIND, signalKey: visit.signalKey, ...assignee, ...(contactId ? { contactId, planId: plan?.planId, plannedOn } : {}) },
    });
  }
  return raised;
}
