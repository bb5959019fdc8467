import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { actionPlan, actionPlanGoal, actionPlanMeasure, actionPlanQuota, actionPlanRevision, actionPlanTarget, staffUser } from '../../../db/schema/index.js';
import type { PlanSnapshot } from '../../../domain/plan/revision-diff.js';
import type { Tx } from '../../platform/db.js';

/** The action plan's reads and writes. Never opens a transaction; every query runs in the caller's tenant transaction. */

export type PlanRow = typeof actionPlan.$inferSelect;
export type GoalRow = typeof actionPlanGoal.$inferSelect;
export type MeasureRow = typeof actionPlanMeasure.$inferSelect;
export type TargetRow = typeof actionPlanTarget.$inferSelect;

export function listPlans(tx: Tx, municipalityId: number): Promise<PlanRow[]> {
  return tx
    .select()
    .from(actionPlan)
    .where(eq(actionPlan.municipalityId, municipalityId))
    .orderBy(sql`case ${actionPlan.status} when 'adopted' then 0 when 'draft' then 1 else 2 end`, desc(actionPlan.fromYear), asc(actionPlan.title), asc(actionPlan.id));
}

export async function findPlan(tx: Tx, municipalityId: number, id: string, forUpdate = false): Promise<PlanRow | undefined> {
  const query = tx.select().from(actionPlan).where(and(eq(actionPlan.municipalityId, municipalityId), eq(actionPlan.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function findAdopted(tx: Tx, municipalityId: number, forUpdate = false): Promise<PlanRow | undefined> {
  const query = tx.select().from(actionPlan).where(and(eq(actionPlan.municipalityId, municipalityId), eq(actionPlan.status, 'adopted')));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertPlan(tx: Tx, values: typeof actionPlan.$inferInsert): Promise<PlanRow> {
  const [row] = await tx.insert(actionPlan).values(values).returning();
  return row!;
}

export async function updatePlan(tx: Tx, municipalityId: number, id: string, changes: Partial<Pick<PlanRow, 'title' | 'fromYear' | 'toYear' | 'status' | 'adoptedOn' | 'adoptedRef'>>): Promise<void> {
  await tx.update(actionPlan).set(changes).where(and(eq(actionPlan.municipalityId, municipalityId), eq(actionPlan.id, id)));
}

/** Adds one to the plan's revision; returns the new number. */
export async function bumpRevision(tx: Tx, municipalityId: number, id: string, now: Date): Promise<number> {
  const [row] = await tx
    .update(actionPlan)
    .set({ revision: sql`${actionPlan.revision} + 1`, updatedAt: now })
    .where(and(eq(actionPlan.municipalityId, municipalityId), eq(actionPlan.id, id)))
    .returning({ revision: actionPlan.revision });
  return row!.revision;
}

export function listGoals(tx: Tx, municipalityId: number, planId: string): Promise<GoalRow[]> {
  return tx
    .select()
    .from(actionPlanGoal)
    .where(and(eq(actionPlanGoal.municipalityId, municipalityId), eq(actionPlanGoal.planId, planId)))
    .orderBy(asc(actionPlanGoal.position), asc(actionPlanGoal.id));
}

export async function findGoal(tx: Tx, municipalityId: number, planId: string, goalId: string): Promise<GoalRow | undefined> {
  const [row] = await tx
    .select()
    .from(actionPlanGoal)
    .where(and(eq(actionPlanGoal.municipalityId, municipalityId), eq(actionPlanGoal.planId, planId), eq(actionPlanGoal.id, goalId)));
  return row;
}

export async function insertGoal(tx: Tx, values: Omit<typeof actionPlanGoal.$inferInsert, 'position'>): Promise<GoalRow> {
  const [row] = await tx
    .insert(actionPlanGoal)
    .values({
      ...values,
      position: sql`(select coalesce(max(position), 0) + 1 from action_plan_goal where municipality_id = ${values.municipalityId} and plan_id = ${values.planId})`,
    })
    .returning();
  return row!;
}

export async function updateGoal(tx: Tx, municipalityId: number, goalId: string, changes: Partial<Pick<GoalRow, 'title' | 'description' | 'position'>>): Promise<void> {
  await tx.update(actionPlanGoal).set(changes).where(and(eq(actionPlanGoal.municipalityId, municipalityId), eq(actionPlanGoal.id, goalId)));
}

/** Deletes the goal and its measures; its targets stay in the plan without a goal. */
export async function deleteGoal(tx: Tx, municipalityId: number, goalId: string): Promise<void> {
  await tx.update(actionPlanTarget).set({ goalId: null }).where(and(eq(actionPlanTarget.municipalityId, municipalityId), eq(actionPlanTarget.goalId, goalId)));
  await tx.delete(actionPlanMeasure).where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.goalId, goalId)));
  await tx.delete(actionPlanGoal).where(and(eq(actionPlanGoal.municipalityId, municipalityId), eq(actionPlanGoal.id, goalId)));
}

export function listMeasures(tx: Tx, municipalityId: number, planId: string): Promise<MeasureRow[]> {
  return tx
    .select()
    .from(actionPlanMeasure)
    .where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.planId, planId)))
    .orderBy(asc(actionPlanMeasure.position), asc(actionPlanMeasure.id));
}

export async function findMeasure(tx: Tx, municipalityId: number, planId: string, measureId: string): Promise<MeasureRow | undefined> {
  const [row] = await tx
    .select()
    .from(actionPlanMeasure)
    .where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.planId, planId), eq(actionPlanMeasure.id, measureId)));
  return row;
}

export async function insertMeasure(tx: Tx, values: Omit<typeof actionPlanMeasure.$inferInsert, 'position'>): Promise<MeasureRow> {
  const [row] = await tx
    .insert(actionPlanMeasure)
    .values({
      ...values,
      position: sql`(select coalesce(max(position), 0) + 1 from action_plan_measure where municipality_id = ${values.municipalityId} and goal_id = ${values.goalId})`,
    })
    .returning();
  return row!;
}

export async function updateMeasure(
  tx: Tx,
  municipalityId: number,
  measureId: string,
  changes: Partial<Pick<MeasureRow, 'title' | 'owner' | 'deadline' | 'status' | 'note' | 'goalId' | 'position'>>,
): Promise<void> {
  await tx.update(actionPlanMeasure).set(changes).where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.id, measureId)));
}

export async function deleteMeasure(tx: Tx, municipalityId: number, measureId: string): Promise<void> {
  await tx.delete(actionPlanMeasure).where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.id, measureId)));
}

/** The next position under a goal (for a measure moved there). */
export async function nextMeasurePosition(tx: Tx, municipalityId: number, goalId: string): Promise<number> {
  const [row] = await tx
    .select({ next: sql<number>`coalesce(max(${actionPlanMeasure.position}), 0)::int + 1` })
    .from(actionPlanMeasure)
    .where(and(eq(actionPlanMeasure.municipalityId, municipalityId), eq(actionPlanMeasure.goalId, goalId)));
  return Number(row?.next ?? 1);
}

export function listTargets(tx: Tx, municipalityId: number, planId: string): Promise<TargetRow[]> {
  return tx
    .select()
    .from(actionPlanTarget)
    .where(and(eq(actionPlanTarget.municipalityId, municipalityId), eq(actionPlanTarget.planId, planId)))
    .orderBy(asc(actionPlanTarget.year), asc(actionPlanTarget.indicatorId));
}

/** Inserts or replaces the target for (indicator, year); returns the one it replaced. */
export async function upsertTarget(tx: Tx, values: typeof actionPlanTarget.$inferInsert): Promise<TargetRow | undefined> {
  const [before] = await tx
    .select()
    .from(actionPlanTarget)
    .where(
      and(
        eq(actionPlanTarget.municipalityId, values.municipalityId),
        eq(actionPlanTarget.planId, values.planId),
        eq(actionPlanTarget.indicatorId, values.indicatorId),
        eq(actionPlanTarget.year, values.year),
      ),
    )
    .for('update');
  await tx
    .insert(actionPlanTarget)
    .values(values)
    .onConflictDoUpdate({
      target: [actionPlanTarget.municipalityId, actionPlanTarget.planId, actionPlanTarget.indicatorId, actionPlanTarget.year],
      set: { goalId: values.goalId ?? null, direction: values.direction, target: values.target, tolerance: values.tolerance ?? 0 },
    });
  return before;
}

/** Deletes one target; false when there was none. */
export async function deleteTarget(tx: Tx, municipalityId: number, planId: string, indicatorId: string, year: number): Promise<boolean> {
  const gone = await tx
    .delete(actionPlanTarget)
    .where(and(eq(actionPlanTarget.municipalityId, municipalityId), eq(actionPlanTarget.planId, planId), eq(actionPlanTarget.indicatorId, indicatorId), eq(actionPlanTarget.year, year)))
    .returning({ year: actionPlanTarget.year });
  return gone.length > 0;
}

export function listQuotas(tx: Tx, municipalityId: number, planId: string) {
  return tx
    .select()
    .from(actionPlanQuota)
    .where(and(eq(actionPlanQuota.municipalityId, municipalityId), eq(actionPlanQuota.planId, planId)))
    .orderBy(asc(actionPlanQuota.groupKey));
}

export async function upsertQuota(tx: Tx, values: typeof actionPlanQuota.$inferInsert): Promise<void> {
  await tx
    .insert(actionPlanQuota)
    .values(values)
    .onConflictDoUpdate({ target: [actionPlanQuota.municipalityId, actionPlanQuota.planId, actionPlanQuota.groupKey], set: { sharePercent: values.sharePercent, minUnits: values.minUnits ?? 0 } });
}

export async function deleteQuota(tx: Tx, municipalityId: number, planId: string, groupKey: string): Promise<boolean> {
  const gone = await tx
    .delete(actionPlanQuota)
    .where(and(eq(actionPlanQuota.municipalityId, municipalityId), eq(actionPlanQuota.planId, planId), eq(actionPlanQuota.groupKey, groupKey)))
    .returning({ groupKey: actionPlanQuota.groupKey });
  return gone.length > 0;
}

/** The plan's content as it stands (goals with their measures in order, targets, quotas). */
export async function loadSnapshot(tx: Tx, municipalityId: number, plan: PlanRow): Promise<PlanSnapshot> {
  const [goals, measures, targets, quotas] = [
    await listGoals(tx, municipalityId, plan.id),
    await listMeasures(tx, municipalityId, plan.id),
    await listTargets(tx, municipalityId, plan.id),
    await listQuotas(tx, municipalityId, plan.id),
  ];
  return {
    title: plan.title,
    fromYear: plan.fromYear,
    toYear: plan.toYear,
    status: plan.status,
    adoptedOn: plan.adoptedOn,
    adoptedRef: plan.adoptedRef,
    goals: goals.map((g) => ({
      id: g.id,
      position: g.position,
      title: g.title,
      description: g.description,
      measures: measures
        .filter((m) => m.goalId === g.id)
        .map((m) => ({ id: m.id, position: m.position, title: m.title, owner: m.owner, deadline: m.deadline, status: m.status, note: m.note })),
    })),
    targets: targets.map((t) => ({ indicatorId: t.indicatorId, year: t.year, goalId: t.goalId, direction: t.direction, target: Number(t.target), tolerance: Number(t.tolerance) })),
    quotas: quotas.map((q) => ({ groupKey: q.groupKey, sharePercent: Number(q.sharePercent), minUnits: q.minUnits })),
  };
}

export async function insertRevision(tx: Tx, values: typeof actionPlanRevision.$inferInsert): Promise<void> {
  await tx.insert(actionPlanRevision).values(values);
}

export function listRevisions(tx: Tx, municipalityId: number, planId: string) {
  return tx
    .select({ revision: actionPlanRevision.revision, revisedAt: actionPlanRevision.revisedAt, revisedBy: staffUser.displayName, summary: actionPlanRevision.summary })
    .from(actionPlanRevision)
    .innerJoin(staffUser, and(eq(staffUser.municipalityId, actionPlanRevision.municipalityId), eq(staffUser.id, actionPlanRevision.revisedBy)))
    .where(and(eq(actionPlanRevision.municipalityId, municipalityId), eq(actionPlanRevision.planId, planId)))
    .orderBy(desc(actionPlanRevision.revision));
}

/** The revision and the one before it (when there is one). */
export function findRevisions(tx: Tx, municipalityId: number, planId: string, revisions: readonly number[]) {
  return tx
    .select({
      revision: actionPlanRevision.revision,
      revisedAt: actionPlanRevision.revisedAt,
      revisedBy: staffUser.displayName,
      summary: actionPlanRevision.summary,
      snapshot: actionPlanRevision.snapshot,
    })
    .from(actionPlanRevision)
    .innerJoin(staffUser, and(eq(staffUser.municipalityId, actionPlanRevision.municipalityId), eq(staffUser.id, actionPlanRevision.revisedBy)))
    .where(and(eq(actionPlanRevision.municipalityId, municipalityId), eq(actionPlanRevision.planId, planId), inArray(actionPlanRevision.revision, [...revisions])));
}
