import type {
  AdoptBody,
  CreatePlanBody,
  Dashboard,
  DiffEntryDto,
  PlanDto,
  PlanList,
  PlanSummary,
  RevisionDto,
  RevisionList,
  UpdateMeasureBody,
  UpdatePlanBody,
} from '../../../contracts/plan.js';
import { findIndicator } from '../../../domain/indicators/definitions.js';
import { quotaGroupLabel } from '../../../domain/plan/quotas.js';
import { diffSnapshots, type PlanSnapshot } from '../../../domain/plan/revision-diff.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { fieldMessageKey, type MessageKey } from '../../platform/i18n.js';
import { planFigures, suppressFigures } from './plan-figures.js';
import { assertAllowed, canEditPlan, canReadPlan } from './plan.policy.js';
import * as repo from './plan.repo.js';

/**
 * The social-housing action plan (issue 7 § 2) and the dashboard (§ 9). The manager edits, the
 * politician reads. Every change runs in one transaction that also adds one to the plan's revision
 * and stores the revision (a summary in bokmål and the whole plan after the change), and is
 * audited — so a change that fails leaves neither the change nor a revision.
 */

type Problem = { path: string; code: string; messageKey: MessageKey };
const problem = (path: string, code: string): Problem => ({ path, code, messageKey: fieldMessageKey(code, 'plan') });
const invalid = (problems: Problem[]): AppError => new AppError('validation_failed', 'error.validation_failed', problems);

const summaryOf = (p: repo.PlanRow): PlanSummary => ({
  id: p.id,
  title: p.title,
  fromYear: p.fromYear,
  toYear: p.toYear,
  status: p.status,
  adoptedOn: p.adoptedOn,
  adoptedRef: p.adoptedRef,
  revision: p.revision,
  updatedAt: p.updatedAt.toISOString(),
});

const dtoOf = (p: repo.PlanRow, snapshot: PlanSnapshot, canEdit: boolean): PlanDto => ({
  ...snapshot,
  goals: snapshot.goals.map((g) => ({ ...g, measures: [...g.measures] })),
  targets: [...snapshot.targets],
  quotas: [...snapshot.quotas],
  id: p.id,
  revision: p.revision,
  updatedAt: p.updatedAt.toISOString(),
  canEdit,
});

function checkYears(fromYear: number, toYear: number): Problem[] {
  if (toYear < fromYear) return [problem('toYear', 'to_before_from')];
  if (toYear - fromYear > 20) return [problem('toYear', 'span_too_long')];
  return [];
}

const num = (n: number): string => String(n).replace('.', ',');
const DIRECTION_NB = { at_most: 'høyst', at_least: 'minst' } as const;

export async function listPlans(ctx: ServiceContext): Promise<PlanList> {
  assertAllowed(ctx.actor, canReadPlan);
  return ctx.transaction(async (tx) => ({ plans: (await repo.listPlans(tx, ctx.actor.municipalityId)).map(summaryOf), canEdit: canEditPlan(ctx.actor.role) }));
}

async function loadDto(tx: Tx, ctx: ServiceContext, id: string): Promise<PlanDto> {
  const plan = await repo.findPlan(tx, ctx.actor.municipalityId, id);
  if (!plan) throw notFound();
  return dtoOf(plan, await repo.loadSnapshot(tx, ctx.actor.municipalityId, plan), canEditPlan(ctx.actor.role));
}

export async function getPlan(ctx: ServiceContext, id: string): Promise<PlanDto> {
  assertAllowed(ctx.actor, canReadPlan);
  return ctx.transaction((tx) => loadDto(tx, ctx, id));
}

export async function createPlan(ctx: ServiceContext, body: CreatePlanBody): Promise<PlanDto> {
  assertAllowed(ctx.actor, canEditPlan);
  const problems = checkYears(body.fromYear, body.toYear);
  if (problems.length > 0) throw invalid(problems);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const now = ctx.clock.now();
    const plan = await repo.insertPlan(tx, { municipalityId, title: body.title, fromYear: body.fromYear, toYear: body.toYear, createdBy: userId, createdAt: now, updatedAt: now });
    const snapshot = await repo.loadSnapshot(tx, municipalityId, plan);
    await repo.insertRevision(tx, { municipalityId, planId: plan.id, revision: plan.revision, revisedBy: userId, revisedAt: now, summary: `Plan opprettet: ${plan.title}`, snapshot: { ...snapshot } });
    await recordEvent(tx, ctx, { type: 'action_plan.created', subjectType: 'action_plan', subjectId: plan.id, data: { revision: plan.revision } });
    return dtoOf(plan, snapshot, true);
  });
}

interface ChangeResult {
  /** The revision's summary, in bokmål (stored as written). */
  summary: string;
  /** Audit event type suffix, e.g. `goal_added`. */
  event: string;
  data?: Record<string, unknown>;
}

/** Writes the revision of a plan after a change in `tx`: one more revision number, the snapshot and the summary, audited. */
async function writeRevision(tx: Tx, ctx: ServiceContext, planId: string, result: ChangeResult): Promise<void> {
  const { municipalityId, userId } = ctx.actor;
  const now = ctx.clock.now();
  const revision = await repo.bumpRevision(tx, municipalityId, planId, now);
  const plan = (await repo.findPlan(tx, municipalityId, planId))!;
  const snapshot = await repo.loadSnapshot(tx, municipalityId, plan);
  await repo.insertRevision(tx, { municipalityId, planId, revision, revisedBy: userId, revisedAt: now, summary: result.summary, snapshot: { ...snapshot } });
  await recordEvent(tx, ctx, { type: `action_plan.${result.event}`, subjectType: 'action_plan', subjectId: planId, data: { revision, ...result.data } });
}

/**
 * Runs one change of a plan (locked for update) and its revision in one transaction; returns the
 * plan after it. An archived plan cannot change (422).
 */
async function change(ctx: ServiceContext, planId: string, fn: (tx: Tx, plan: repo.PlanRow) => Promise<ChangeResult>, options: { allowArchived?: boolean } = {}): Promise<PlanDto> {
  assertAllowed(ctx.actor, canEditPlan);
  return ctx.transaction(async (tx) => {
    const plan = await repo.findPlan(tx, ctx.actor.municipalityId, planId, true);
    if (!plan) throw notFound();
    if (plan.status === 'archived' && !options.allowArchived) throw new AppError('rule_violation', 'error.plan.archived');
    const result = await fn(tx, plan);
    await writeRevision(tx, ctx, planId, result);
    return loadDto(tx, ctx, planId);
  });
}

export function updatePlan(ctx: ServiceContext, id: string, body: UpdatePlanBody): Promise<PlanDto> {
  return change(ctx, id, async (tx, plan) => {
    const fromYear = body.fromYear ?? plan.fromYear;
    const toYear = body.toYear ?? plan.toYear;
    const problems = checkYears(fromYear, toYear);
    if (problems.length === 0 && (fromYear !== plan.fromYear || toYear !== plan.toYear)) {
      const outside = (await repo.listTargets(tx, ctx.actor.municipalityId, id)).some((t) => t.year < fromYear || t.year > toYear);
      if (outside) problems.push(problem(body.fromYear !== undefined && fromYear > plan.fromYear ? 'fromYear' : 'toYear', 'targets_outside_years'));
    }
    if (problems.length > 0) throw invalid(problems);
    const title = body.title ?? plan.title;
    await repo.updatePlan(tx, ctx.actor.municipalityId, id, { title, fromYear, toYear });
    const parts = [title !== plan.title ? `tittel «${title}»` : null, fromYear !== plan.fromYear || toYear !== plan.toYear ? `år ${fromYear}–${toYear}` : null].filter(Boolean);
    return { summary: `Plan endret: ${parts.length > 0 ? parts.join(', ') : 'ingen endring'}`, event: 'updated' };
  });
}

/**
 * Adopts the plan (draft or archived). A plan adopted before it is archived in the same
 * transaction, with its own revision, so one plan is adopted at a time.
 */
export function adoptPlan(ctx: ServiceContext, id: string, body: AdoptBody): Promise<PlanDto> {
  if (body.adoptedOn > todayOf(ctx)) throw invalid([problem('adoptedOn', 'in_future')]);
  return change(
    ctx,
    id,
    async (tx, plan) => {
      if (plan.status === 'adopted') throw new AppError('rule_violation', 'error.plan.already_adopted');
      const previous = await repo.findAdopted(tx, ctx.actor.municipalityId, true);
      if (previous) {
        await repo.updatePlan(tx, ctx.actor.municipalityId, previous.id, { status: 'archived' });
        await writeRevision(tx, ctx, previous.id, { summary: `Plan arkivert: erstattet av «${plan.title}»`, event: 'archived', data: { replacedBy: plan.id } });
      }
      await repo.updatePlan(tx, ctx.actor.municipalityId, id, { status: 'adopted', adoptedOn: body.adoptedOn, adoptedRef: body.adoptedRef });
      return { summary: `Plan vedtatt ${body.adoptedOn} (${body.adoptedRef})`, event: 'adopted', data: { adoptedOn: body.adoptedOn, archived: previous?.id ?? null } };
    },
    { allowArchived: true },
  );
}

export function archivePlan(ctx: ServiceContext, id: string): Promise<PlanDto> {
  return change(ctx, id, async (tx, plan) => {
    // Only an adopted plan is archived (a draft has no adoption to keep; the schema wants one for every non-draft plan).
    if (plan.status !== 'adopted') throw new AppError('rule_violation', 'error.plan.not_adopted');
    await repo.updatePlan(tx, ctx.actor.municipalityId, id, { status: 'archived' });
    return { summary: 'Plan arkivert', event: 'archived' };
  });
}

/* ---------- Goals ---------- */

export function addGoal(ctx: ServiceContext, id: string, body: { title: string; description: string }): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const goal = await repo.insertGoal(tx, { municipalityId: ctx.actor.municipalityId, planId: id, title: body.title, description: body.description });
    return { summary: `Mål lagt til: ${goal.title}`, event: 'goal_added', data: { goalId: goal.id } };
  });
}

async function goalOf(tx: Tx, ctx: ServiceContext, planId: string, goalId: string): Promise<repo.GoalRow> {
  const goal = await repo.findGoal(tx, ctx.actor.municipalityId, planId, goalId);
  if (!goal) throw notFound();
  return goal;
}

export function updateGoal(ctx: ServiceContext, id: string, goalId: string, body: { title?: string | undefined; description?: string | undefined }): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const goal = await goalOf(tx, ctx, id, goalId);
    const title = body.title ?? goal.title;
    await repo.updateGoal(tx, ctx.actor.municipalityId, goalId, { title, description: body.description ?? goal.description });
    return { summary: `Mål endret: ${title}`, event: 'goal_updated', data: { goalId } };
  });
}

export function removeGoal(ctx: ServiceContext, id: string, goalId: string): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const goal = await goalOf(tx, ctx, id, goalId);
    await repo.deleteGoal(tx, ctx.actor.municipalityId, goalId);
    return { summary: `Mål fjernet: ${goal.title}`, event: 'goal_removed', data: { goalId } };
  });
}

export function reorderGoals(ctx: ServiceContext, id: string, goalIds: readonly string[]): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const goals = await repo.listGoals(tx, ctx.actor.municipalityId, id);
    const same = goalIds.length === goals.length && new Set(goalIds).size === goalIds.length && goals.every((g) => goalIds.includes(g.id));
    if (!same) throw invalid([problem('goalIds', 'goal_order_mismatch')]);
    for (const [i, goalId] of goalIds.entries()) await repo.updateGoal(tx, ctx.actor.municipalityId, goalId, { position: i + 1 });
    return { summary: 'Mål omordnet', event: 'goals_reordered' };
  });
}

/* ---------- Measures ---------- */

export function addMeasure(
  ctx: ServiceContext,
  id: string,
  goalId: string,
  body: { title: string; owner: string; deadline: string | null; status: repo.MeasureRow['status']; note: string },
): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    await goalOf(tx, ctx, id, goalId);
    const measure = await repo.insertMeasure(tx, { municipalityId: ctx.actor.municipalityId, planId: id, goalId, ...body });
    return { summary: `Tiltak lagt til: ${measure.title}`, event: 'measure_added', data: { measureId: measure.id } };
  });
}

export function updateMeasure(ctx: ServiceContext, id: string, measureId: string, body: UpdateMeasureBody): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const measure = await repo.findMeasure(tx, ctx.actor.municipalityId, id, measureId);
    if (!measure) throw notFound();
    const changes: Parameters<typeof repo.updateMeasure>[3] = {};
    if (body.title !== undefined) changes.title = body.title;
    if (body.owner !== undefined) changes.owner = body.owner;
    if (body.deadline !== undefined) changes.deadline = body.deadline;
    if (body.status !== undefined) changes.status = body.status;
    if (body.note !== undefined) changes.note = body.note;
    if (body.goalId !== undefined && body.goalId !== measure.goalId) {
      if (!(await repo.findGoal(tx, ctx.actor.municipalityId, id, body.goalId))) throw invalid([problem('goalId', 'unknown_goal')]);
      changes.goalId = body.goalId;
      changes.position = await repo.nextMeasurePosition(tx, ctx.actor.municipalityId, body.goalId);
    }
    await repo.updateMeasure(tx, ctx.actor.municipalityId, measureId, changes);
    return { summary: `Tiltak endret: ${changes.title ?? measure.title}`, event: 'measure_updated', data: { measureId } };
  });
}

export function removeMeasure(ctx: ServiceContext, id: string, measureId: string): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    const measure = await repo.findMeasure(tx, ctx.actor.municipalityId, id, measureId);
    if (!measure) throw notFound();
    await repo.deleteMeasure(tx, ctx.actor.municipalityId, measureId);
    return { summary: `Tiltak fjernet: ${measure.title}`, event: 'measure_removed', data: { measureId } };
  });
}

/* ---------- Targets and quotas ---------- */

export function setTarget(
  ctx: ServiceContext,
  id: string,
  body: { indicatorId: string; year: number; goalId: string | null; direction: 'at_most' | 'at_least'; target: number; tolerance: number },
): Promise<PlanDto> {
  return change(ctx, id, async (tx, plan) => {
    const problems: Problem[] = [];
    const indicator = findIndicator(body.indicatorId);
    if (!indicator) problems.push(problem('indicatorId', 'unknown_indicator'));
    if (body.year < plan.fromYear || body.year > plan.toYear) problems.push(problem('year', 'year_outside_plan'));
    if (body.goalId !== null && !(await repo.findGoal(tx, ctx.actor.municipalityId, id, body.goalId))) problems.push(problem('goalId', 'unknown_goal'));
    if (problems.length > 0) throw invalid(problems);
    const before = await repo.upsertTarget(tx, { municipalityId: ctx.actor.municipalityId, planId: id, ...body });
    const what = `${indicator!.name.nb} ${body.year} (${DIRECTION_NB[body.direction]} ${num(body.target)})`;
    return { summary: `Målverdi ${before ? 'endret' : 'satt'}: ${what}`, event: 'target_set', data: { indicatorId: body.indicatorId, year: body.year } };
  });
}

export function removeTarget(ctx: ServiceContext, id: string, indicatorId: string, year: number): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    if (!(await repo.deleteTarget(tx, ctx.actor.municipalityId, id, indicatorId, year))) throw notFound();
    return { summary: `Målverdi fjernet: ${findIndicator(indicatorId)?.name.nb ?? indicatorId} ${year}`, event: 'target_removed', data: { indicatorId, year } };
  });
}

export function setQuota(ctx: ServiceContext, id: string, body: { groupKey: string; sharePercent: number; minUnits: number }): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    await repo.upsertQuota(tx, { municipalityId: ctx.actor.municipalityId, planId: id, ...body });
    return { summary: `Kvote satt: ${quotaGroupLabel(body.groupKey, 'nb')} ${num(body.sharePercent)} % i prosjekter fra ${body.minUnits} boliger`, event: 'quota_set', data: { groupKey: body.groupKey } };
  });
}

export function removeQuota(ctx: ServiceContext, id: string, groupKey: string): Promise<PlanDto> {
  return change(ctx, id, async (tx) => {
    if (!(await repo.deleteQuota(tx, ctx.actor.municipalityId, id, groupKey))) throw notFound();
    return { summary: `Kvote fjernet: ${quotaGroupLabel(groupKey, 'nb')}`, event: 'quota_removed', data: { groupKey } };
  });
}

/* ---------- Revisions ---------- */

export async function listRevisions(ctx: ServiceContext, id: string): Promise<RevisionList> {
  assertAllowed(ctx.actor, canReadPlan);
  return ctx.transaction(async (tx) => {
    if (!(await repo.findPlan(tx, ctx.actor.municipalityId, id))) throw notFound();
    const revisions = await repo.listRevisions(tx, ctx.actor.municipalityId, id);
    return { revisions: revisions.map((r) => ({ ...r, revisedAt: r.revisedAt.toISOString() })) };
  });
}

/** One revision's snapshot and what changed from the revision before it (everything added for the first). */
export async function getRevision(ctx: ServiceContext, id: string, revision: number): Promise<RevisionDto> {
  assertAllowed(ctx.actor, canReadPlan);
  return ctx.transaction(async (tx) => {
    const found = await repo.findRevisions(tx, ctx.actor.municipalityId, id, revision > 1 ? [revision, revision - 1] : [revision]);
    const current = found.find((r) => r.revision === revision);
    if (!current) throw notFound();
    const previous = found.find((r) => r.revision === revision - 1);
    const snapshot = current.snapshot as unknown as PlanSnapshot;
    const diff: DiffEntryDto[] = diffSnapshots(previous ? (previous.snapshot as unknown as PlanSnapshot) : null, snapshot).map((d) => ({ ...d, fields: [...d.fields] }));
    return { revision: current.revision, revisedAt: current.revisedAt.toISOString(), revisedBy: current.revisedBy, summary: current.summary, snapshot: snapshot as RevisionDto['snapshot'], diff };
  });
}

/* ---------- Dashboard ---------- */

/**
 * The adopted plan's figures for the year to date (1 January of `date`'s year to `date`, measured
 * to today at the latest), counts 1–4 suppressed. No adopted plan: no figures.
 */
export async function getDashboard(ctx: ServiceContext, date?: string): Promise<Dashboard> {
  assertAllowed(ctx.actor, canReadPlan);
  const today = todayOf(ctx);
  const day = date ?? today;
  const asOf = day < today ? day : today;
  return ctx.transaction(async (tx) => {
    const plan = await repo.findAdopted(tx, ctx.actor.municipalityId);
    const canEdit = canEditPlan(ctx.actor.role);
    if (!plan) return { date: day, plan: null, goals: [], figures: null, canEdit };
    const goals = (await repo.listGoals(tx, ctx.actor.municipalityId, plan.id)).map((g) => ({ id: g.id, title: g.title }));
    const period = { from: `${day.slice(0, 4)}-01-01`, to: day };
    const figures = period.from > asOf ? null : suppressFigures(await planFigures(tx, { planId: plan.id, period, asOf }));
    return { date: day, plan: summaryOf(plan), goals, figures: figures as Dashboard['figures'], canEdit };
  });
}
