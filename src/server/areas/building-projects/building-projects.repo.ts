import { and, asc, eq } from 'drizzle-orm';
import { actionPlan, actionPlanQuota, buildingProject, buildingProjectCheck, buildingProjectQuota, district, staffUser } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Building projects' reads and writes. Never opens a transaction. */

export type ProjectRow = typeof buildingProject.$inferSelect;
export type ProjectInsert = typeof buildingProject.$inferInsert;

export async function listProjects(tx: Tx, municipalityId: number): Promise<ProjectRow[]> {
  return tx.select().from(buildingProject).where(eq(buildingProject.municipalityId, municipalityId)).orderBy(asc(buildingProject.name), asc(buildingProject.id));
}

export async function findProject(tx: Tx, municipalityId: number, id: string, forUpdate = false): Promise<ProjectRow | undefined> {
  const query = tx.select().from(buildingProject).where(and(eq(buildingProject.municipalityId, municipalityId), eq(buildingProject.id, id)));
  const [row] = forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertProject(tx: Tx, values: ProjectInsert): Promise<string> {
  const [row] = await tx.insert(buildingProject).values(values).returning({ id: buildingProject.id });
  return row!.id;
}

export async function updateProject(tx: Tx, municipalityId: number, id: string, values: Partial<ProjectInsert>, now: Date): Promise<void> {
  await tx
    .update(buildingProject)
    .set({ ...values, updatedAt: now })
    .where(and(eq(buildingProject.municipalityId, municipalityId), eq(buildingProject.id, id)));
}

export async function districts(tx: Tx, municipalityId: number): Promise<Array<{ code: string; name: string }>> {
  return tx.select({ code: district.code, name: district.name }).from(district).where(eq(district.municipalityId, municipalityId)).orderBy(asc(district.name));
}

/** The adopted action plan with its quotas, or null. */
export async function adoptedPlan(tx: Tx, municipalityId: number) {
  const [plan] = await tx
    .select({ id: actionPlan.id, title: actionPlan.title, adoptedRef: actionPlan.adoptedRef })
    .from(actionPlan)
    .where(and(eq(actionPlan.municipalityId, municipalityId), eq(actionPlan.status, 'adopted')));
  if (!plan) return null;
  const quotas = await tx
    .select({ groupKey: actionPlanQuota.groupKey, sharePercent: actionPlanQuota.sharePercent, minUnits: actionPlanQuota.minUnits })
    .from(actionPlanQuota)
    .where(and(eq(actionPlanQuota.municipalityId, municipalityId), eq(actionPlanQuota.planId, plan.id)))
    .orderBy(asc(actionPlanQuota.groupKey));
  return { ...plan, quotas: quotas.map((q) => ({ ...q, sharePercent: Number(q.sharePercent) })) };
}

export async function quotaUnits(tx: Tx, municipalityId: number, projectIds?: string[]) {
  const rows = await tx
    .select({ projectId: buildingProjectQuota.projectId, groupKey: buildingProjectQuota.groupKey, plannedUnits: buildingProjectQuota.plannedUnits })
    .from(buildingProjectQuota)
    .where(eq(buildingProjectQuota.municipalityId, municipalityId));
  return projectIds ? rows.filter((r) => projectIds.includes(r.projectId)) : rows;
}

export async function setQuotaUnits(tx: Tx, municipalityId: number, projectId: string, groupKey: string, plannedUnits: number): Promise<void> {
  await tx
    .insert(buildingProjectQuota)
    .values({ municipalityId, projectId, groupKey, plannedUnits })
    .onConflictDoUpdate({ target: [buildingProjectQuota.municipalityId, buildingProjectQuota.projectId, buildingProjectQuota.groupKey], set: { plannedUnits } });
}

export async function checks(tx: Tx, municipalityId: number, projectId?: string) {
  return tx
    .select({
      projectId: buildingProjectCheck.projectId,
      itemKey: buildingProjectCheck.itemKey,
      done: buildingProjectCheck.done,
      note: buildingProjectCheck.note,
      checkedAt: buildingProjectCheck.checkedAt,
      checkedByName: staffUser.displayName,
    })
    .from(buildingProjectCheck)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, buildingProjectCheck.municipalityId), eq(staffUser.id, buildingProjectCheck.checkedBy)))
    .where(and(eq(buildingProjectCheck.municipalityId, municipalityId), projectId === undefined ? undefined : eq(buildingProjectCheck.projectId, projectId)));
}

export async function setCheck(tx: Tx, municipalityId: number, projectId: string, itemKey: string, done: boolean, note: string, userId: string, now: Date): Promise<void> {
  await tx
    .insert(buildingProjectCheck)
    .values({ municipalityId, projectId, itemKey, done, note, checkedBy: userId, checkedAt: now })
    .onConflictDoUpdate({
      target: [buildingProjectCheck.municipalityId, buildingProjectCheck.projectId, buildingProjectCheck.itemKey],
      set: { done, note, checkedBy: userId, checkedAt: now },
    });
}

