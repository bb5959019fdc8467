import type { MyDay } from '../../../contracts/followup.js';
import { compareByUrgency } from '../../../domain/followup/visits.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import { listMyTasks } from '../tasks/tasks.service.js';
import { assertFollowupArea } from './followup.policy.js';
import { byPlan, presentContact, presentHousehold, presentSummary } from './followup.present.js';
import * as repo from './followup.repo.js';
import { filterVisiblePlans } from './plan-access.js';

/**
 * A follow-up worker's day (issue 6 § 9): the households the worker is responsible for, the most
 * urgent first (overdue by the agreed frequency); the worker's visits and contacts planned for
 * today; the worker's open tasks with their reasons (tasks area). Households the worker may no
 * longer see are left out. Not written to the access log plan by plan, like the work list
 * (docs/adr/0006). @throws AppError forbidden (role).
 */
export async function getMyDay(ctx: ServiceContext): Promise<MyDay> {
  assertFollowupArea(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId, userId, role } = ctx.actor;
  // First, in its own transactions: listing the queue raises the day's tasks (tasks/task-hooks.ts).
  const tasks = await listMyTasks(ctx);
  return ctx.transaction(async (tx) => {
    const mine = await repo.listPlans(tx, municipalityId, { status: 'open', today, responsibleWorkerId: userId });
    const todays = await repo.listWorkerContactsOn(tx, municipalityId, userId, today);
    const planRows = [...mine, ...(await repo.listPlansByIds(tx, municipalityId, todays.map((c) => c.planId).filter((id) => !mine.some((p) => p.id === id))))];
    const { plans, households } = await filterVisiblePlans(ctx, tx, planRows);
    const visible = new Map(plans.map((p) => [p.id, p]));
    const responsible = plans.filter((p) => p.responsibleWorkerId === userId && mine.some((m) => m.id === p.id));

    const ids = responsible.map((p) => p.id);
    const services = byPlan(await repo.listServices(tx, municipalityId, ids));
    const contacts = byPlan(await repo.listContacts(tx, municipalityId, ids, { visitsOnly: true }));
    const names = await repo.staffNames(tx, municipalityId, [userId, ...plans.map((p) => p.responsibleWorkerId)]);
    const summaries = responsible
      .map((plan) => presentSummary({ plan, household: households.get(plan.householdId)!, services: services.get(plan.id) ?? [], contacts: contacts.get(plan.id) ?? [], names, role, today }))
      .sort((a, b) => compareByUrgency(a.visit, b.visit) || a.household.headName.localeCompare(b.household.headName, 'nb'));

    const visits = todays.flatMap((c) => {
      const plan = visible.get(c.planId);
      const household = plan && households.get(plan.householdId);
      return household ? [{ ...presentContact(c, names), household: presentHousehold(household, role) }] : [];
    });
    return { today, households: summaries, visits, tasks };
  });
}
