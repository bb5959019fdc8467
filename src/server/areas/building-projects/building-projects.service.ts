import type { CheckBody, CreateProjectBody, Project, ProjectList, ProjectSummary, QuotaUnitsBody, StatusBody, UpdateProjectBody } from '../../../contracts/building-projects.js';
import { CHECKLIST_KEYS, isChecklistKey } from '../../../domain/building-projects/checklist.js';
import { checkQuotas } from '../../../domain/building-projects/quota-check.js';
import { allowedNext, isOpen, transition, type ProjectStatus } from '../../../domain/building-projects/status.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { isQuotaGroup, QUOTA_GROUPS } from '../../../domain/plan/quotas.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertBuildingProjects } from './building-projects.policy.js';
import * as repo from './building-projects.repo.js';

/**
 * Zoning plans and building projects (issue 7 § 6): registered and followed through the start-up
 * meeting to completion, checked against the adopted action plan's quotas, with the start-up
 * meeting's review checklist. Every write is audited.
 */

type Problem = { path: string; code: string; messageKey: MessageKey };
const bpProblem = (path: string, code: string): Problem => ({ path, code, messageKey: `field.building_project.${code}` as MessageKey });
const invalid = (problems: Problem[]) => new AppError('validation_failed', 'error.validation_failed', problems);

type Plan = Awaited<ReturnType<typeof repo.adoptedPlan>>;

function summary(row: repo.ProjectRow, plan: Plan, planned: Record<string, number>, doneCount: number, districtNames: Map<string, string>): ProjectSummary {
  const check = plan ? checkQuotas(row.unitsTotal, plan.quotas, planned) : null;
  return {
    id: row.id,
    kind: row.kind,
    name: row.name,
    reference: row.reference,
    developer: row.developer,
    districtCode: row.districtCode,
    districtName: row.districtCode === null ? null : (districtNames.get(row.districtCode) ?? null),
    unitsTotal: row.unitsTotal,
    status: row.status,
    startupMeetingOn: row.startupMeetingOn,
    expectedCompletionOn: row.expectedCompletionOn,
    completedOn: row.completedOn,
    quotaCompliant: check ? check.compliant : null,
    quotaShortCount: check ? check.shortCount : 0,
    checklistDone: doneCount,
    checklistTotal: CHECKLIST_KEYS.length,
  };
}

const plannedOf = (rows: Array<{ projectId: string; groupKey: string; plannedUnits: number }>, projectId: string): Record<string, number> =>
  Object.fromEntries(rows.filter((r) => r.projectId === projectId).map((r) => [r.groupKey, r.plannedUnits]));

/** Projects with their quota compliance against the adopted plan; `status`: one status, the open ones or all. @throws forbidden. */
export async function listProjects(ctx: ServiceContext, status: ProjectStatus | 'open' | 'all'): Promise<ProjectList> {
  assertBuildingProjects(ctx.actor);
  const m = ctx.actor.municipalityId;
  return ctx.transaction(async (tx) => {
    const all = await repo.listProjects(tx, m);
    const rows = all.filter((r) => status === 'all' || (status === 'open' ? isOpen(r.status) : r.status === status));
    const plan = await repo.adoptedPlan(tx, m);
    const units = await repo.quotaUnits(tx, m);
    const checks = await repo.checks(tx, m);
    const districts = await repo.districts(tx, m);
    const names = new Map(districts.map((d) => [d.code, d.name]));
    const doneCount = (id: string) => checks.filter((c) => c.projectId === id && c.done && isChecklistKey(c.itemKey)).length;
    return { items: rows.map((r) => summary(r, plan, plannedOf(units, r.id), doneCount(r.id), names)), districts };
  });
}

async function load(ctx: ServiceContext, tx: Tx, id: string): Promise<Project> {
  const m = ctx.actor.municipalityId;
  const row = await repo.findProject(tx, m, id);
  if (!row) throw notFound();
  const plan = await repo.adoptedPlan(tx, m);
  const planned = plannedOf(await repo.quotaUnits(tx, m, [id]), id);
  const checks = await repo.checks(tx, m, id);
  const districts = await repo.districts(tx, m);
  const byKey = new Map(checks.map((c) => [c.itemKey, c]));
  const base = summary(row, plan, planned, checks.filter((c) => c.done && isChecklistKey(c.itemKey)).length, new Map(districts.map((d) => [d.code, d.name])));
  const groups = [...QUOTA_GROUPS, ...Object.keys(planned).filter((k) => !isQuotaGroup(k))];
  return {
    ...base,
    note: row.note,
    allowedNext: allowedNext(row.status),
    plan: plan ? { id: plan.id, title: plan.title, adoptedRef: plan.adoptedRef } : null,
    quotaLines: plan ? [...checkQuotas(row.unitsTotal, plan.quotas, planned).lines] : [],
    plannedUnits: groups.map((groupKey) => ({ groupKey, plannedUnits: planned[groupKey] ?? 0 })),
    checklist: CHECKLIST_KEYS.map((key) => {
      const c = byKey.get(key);
      return { key, done: c?.done ?? false, note: c?.note ?? '', checkedByName: c?.checkedByName ?? null, checkedAt: c?.checkedAt ? c.checkedAt.toISOString() : null };
    }),
    districts,
    createdAt: row.createdAt.toISOString(),
    updatedAt: row.updatedAt.toISOString(),
  };
}

/** One project with the quota check and the checklist. @throws forbidden, not_found. */
export async function getProject(ctx: ServiceContext, id: string): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  return ctx.transaction((tx) => load(ctx, tx, id));
}

async function checkFields(tx: Tx, municipalityId: number, body: { districtCode?: string | null | undefined; startupMeetingOn?: string | null | undefined; expectedCompletionOn?: string | null | undefined }, problems: Problem[]) {
  if (body.districtCode) {
    const known = (await repo.districts(tx, municipalityId)).some((d) => d.code === body.districtCode);
    if (!known) problems.push(bpProblem('districtCode', 'unknown_district'));
  }
  if (body.startupMeetingOn && body.expectedCompletionOn && compareDates(body.expectedCompletionOn, body.startupMeetingOn) < 0) {
    problems.push(bpProblem('expectedCompletionOn', 'completion_before_meeting'));
  }
}

/** Registers a project (status registered). @throws forbidden, validation_failed (unknown district, completion before the meeting). */
export async function createProject(ctx: ServiceContext, body: CreateProjectBody): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    await checkFields(tx, municipalityId, body, problems);
    if (problems.length > 0) throw invalid(problems);
    const data = {
      kind: body.kind,
      name: body.name,
      reference: body.reference,
      developer: body.developer,
      districtCode: body.districtCode ?? null,
      unitsTotal: body.unitsTotal,
      startupMeetingOn: body.startupMeetingOn ?? null,
      expectedCompletionOn: body.expectedCompletionOn ?? null,
      note: body.note,
    };
    const id = await repo.insertProject(tx, { municipalityId, createdBy: userId, ...data });
    await recordEvent(tx, ctx, { type: 'building_project.created', subjectType: 'building_project', subjectId: id, data });
    return load(ctx, tx, id);
  });
}

/** Changes the project's fields (not its status). @throws forbidden, not_found, validation_failed (also: fewer units than planned for a quota group). */
export async function updateProject(ctx: ServiceContext, id: string, body: UpdateProjectBody): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  const m = ctx.actor.municipalityId;
  return ctx.transaction(async (tx) => {
    const row = await repo.findProject(tx, m, id, true);
    if (!row) throw notFound();
    const problems: Problem[] = [];
    await checkFields(
      tx,
      m,
      {
        districtCode: body.districtCode,
        startupMeetingOn: body.startupMeetingOn === undefined ? row.startupMeetingOn : body.startupMeetingOn,
        expectedCompletionOn: body.expectedCompletionOn === undefined ? row.expectedCompletionOn : body.expectedCompletionOn,
      },
      problems,
    );
    if (body.unitsTotal !== undefined) {
      // The units planned for a quota group cannot exceed the project's units (as setQuotaUnits checks).
      const mostPlanned = Math.max(0, ...(await repo.quotaUnits(tx, m, [id])).map((u) => u.plannedUnits));
      if (body.unitsTotal < mostPlanned) problems.push(bpProblem('unitsTotal', 'less_than_planned'));
    }
    if (problems.length > 0) throw invalid(problems);
    const changes = Object.fromEntries(Object.entries(body).filter(([, v]) => v !== undefined));
    if (Object.keys(changes).length > 0) {
      await repo.updateProject(tx, m, id, changes, ctx.clock.now());
      await recordEvent(tx, ctx, { type: 'building_project.updated', subjectType: 'building_project', subjectId: id, data: changes });
    }
    return load(ctx, tx, id);
  });
}

/**
 * Moves the project to a new status; completed sets the completion day (today unless given).
 * @throws forbidden, not_found, conflict (409) with the refusal reason as a field error on `status`,
 *   validation_failed (a completion day ahead of today).
 */
export async function changeStatus(ctx: ServiceContext, id: string, body: StatusBody): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  const m = ctx.actor.municipalityId;
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const row = await repo.findProject(tx, m, id, true);
    if (!row) throw notFound();
    const result = transition(row.status, body.status);
    if (!result.ok) throw new AppError('conflict', `error.building_project.${result.reason}` as MessageKey, [bpProblem('status', result.reason)]);
    if (body.completedOn !== undefined && body.status !== 'completed') throw invalid([bpProblem('completedOn', 'only_when_completed')]);
    if (body.completedOn !== undefined && compareDates(body.completedOn, today) > 0) throw invalid([{ path: 'completedOn', code: 'in_future', messageKey: 'field.in_future' }]);
    const completedOn = body.status === 'completed' ? (body.completedOn ?? today) : null;
    await repo.updateProject(tx, m, id, { status: body.status, completedOn }, ctx.clock.now());
    await recordEvent(tx, ctx, { type: 'building_project.status_changed', subjectType: 'building_project', subjectId: id, data: { from: row.status, to: body.status, completedOn } });
    return load(ctx, tx, id);
  });
}

/** Sets the units the project plans for quota groups. @throws forbidden, not_found, validation_failed (unknown group, more units than the project has). */
export async function setQuotaUnits(ctx: ServiceContext, id: string, body: QuotaUnitsBody): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  const m = ctx.actor.municipalityId;
  return ctx.transaction(async (tx) => {
    const row = await repo.findProject(tx, m, id, true);
    if (!row) throw notFound();
    const problems: Problem[] = [];
    body.units.forEach((u, i) => {
      if (!isQuotaGroup(u.groupKey)) problems.push(bpProblem(`units.${i}.groupKey`, 'unknown_group'));
      else if (u.plannedUnits > row.unitsTotal) problems.push(bpProblem(`units.${i}.plannedUnits`, 'more_than_total'));
    });
    if (new Set(body.units.map((u) => u.groupKey)).size !== body.units.length) problems.push(bpProblem('units', 'duplicate_group'));
    if (problems.length > 0) throw invalid(problems);
    for (const u of body.units) await repo.setQuotaUnits(tx, m, id, u.groupKey, u.plannedUnits);
    await repo.updateProject(tx, m, id, {}, ctx.clock.now());
    await recordEvent(tx, ctx, { type: 'building_project.quota_units_set', subjectType: 'building_project', subjectId: id, data: { units: body.units } });
    return load(ctx, tx, id);
  });
}

/** Ticks or unticks an item of the start-up meeting's checklist, with a note; records who and when. @throws forbidden, not_found. */
export async function setCheck(ctx: ServiceContext, id: string, itemKey: string, body: CheckBody): Promise<Project> {
  assertBuildingProjects(ctx.actor);
  const m = ctx.actor.municipalityId;
  if (!isChecklistKey(itemKey)) throw notFound();
  return ctx.transaction(async (tx) => {
    const row = await repo.findProject(tx, m, id, true);
    if (!row) throw notFound();
    await repo.setCheck(tx, m, id, itemKey, body.done, body.note, ctx.actor.userId, ctx.clock.now());
    await recordEvent(tx, ctx, { type: 'building_project.check_set', subjectType: 'building_project', subjectId: id, data: { itemKey, done: body.done, note: body.note } });
    return load(ctx, tx, id);
  });
}
