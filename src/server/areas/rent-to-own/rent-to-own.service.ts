import type { Candidate, CaseRef, CreatePlanBody, OutcomeBody, Plan, PlanList, PlanSummary, UpdatePlanBody } from '../../../contracts/rent-to-own.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { movedToOwnedIn, outcomeProblems, startProblems, type RentToOwnProblem } from '../../../domain/rent-to-own/plan.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertRentToOwn, maySeeAddress } from './rent-to-own.policy.js';
import * as repo from './rent-to-own.repo.js';

/**
 * Rent-to-own (leie til eie): the households on the path, starting a plan on a running lease of a
 * dwelling with rent-to-own potential, linking the start-loan case, and the outcome. Changes are
 * audited; reading a plan is a read of the household's file (access log).
 */

type Problem = { path: string; code: string; messageKey: MessageKey };
const problem = (path: string, code: string): Problem => ({ path, code, messageKey: `field.${code}` as MessageKey });
const ownProblem = (p: RentToOwnProblem | { path: string; code: string }): Problem => ({ path: p.path, code: p.code, messageKey: `field.rent_to_own.${p.code}` as MessageKey });
const invalid = (problems: Problem[]) => new AppError('validation_failed', 'error.validation_failed', problems);

const caseRef = (c: repo.CaseRefRow): CaseRef => ({ id: c.id, caseNumber: c.caseNumber, status: c.status, receivedOn: c.receivedOn });

function summary(row: repo.PlanRow, role: ServiceContext['actor']['role'], cases: ReadonlyMap<string, repo.CaseRefRow>): PlanSummary {
  const linked = row.startLoanCaseId === null ? undefined : cases.get(row.startLoanCaseId);
  return {
    id: row.id,
    householdId: row.householdId,
    leaseId: row.leaseId,
    dwellingId: row.dwellingId,
    name: `${row.givenName} ${row.familyName}`,
    address: maySeeAddress(role, row.addressProtection) ? row.address : null,
    status: row.status,
    startedOn: row.startedOn,
    targetOn: row.targetOn,
    outcomeOn: row.outcomeOn,
    startLoanCase: linked ? caseRef(linked) : null,
  };
}

async function load(ctx: ServiceContext, tx: Tx, id: string, purpose?: string): Promise<Plan> {
  const { municipalityId, role } = ctx.actor;
  const row = await repo.findPlan(tx, municipalityId, id);
  if (!row) throw notFound();
  if (purpose !== undefined) await logAccess(tx, ctx, { subjectType: 'household', subjectId: row.householdId, purpose });
  const cases = await repo.startLoanCasesOf(tx, municipalityId, [row.householdId]);
  return {
    ...summary(row, role, new Map(cases.map((c) => [c.id, c]))),
    plan: row.plan,
    outcomeNote: row.outcomeNote,
    leaseStartDate: row.leaseStartDate,
    monthlyRent: row.monthlyRent,
    startLoanCaseOptions: cases.map(caseRef),
    createdAt: row.createdAt,
  };
}

/** The start-loan case must be a `startlan` case of the household. */
async function checkStartLoanCase(tx: Tx, municipalityId: number, householdId: string, caseId: string, problems: Problem[]): Promise<void> {
  const found = await repo.findCase(tx, municipalityId, caseId);
  if (!found) problems.push(problem('startLoanCaseId', 'not_found'));
  else if (found.caseType !== 'startlan' || found.householdId !== householdId) problems.push(ownProblem({ path: 'startLoanCaseId', code: 'not_start_loan_case' }));
}

/** Households on the path (active plans by default), and how many moved to an owned home this year. @throws forbidden. */
export async function listPlans(ctx: ServiceContext, status: 'active' | 'all'): Promise<PlanList> {
  assertRentToOwn(ctx.actor);
  const { municipalityId, role } = ctx.actor;
  const year = Number(todayOf(ctx).slice(0, 4));
  return ctx.transaction(async (tx) => {
    const found = await repo.listPlans(tx, municipalityId, status === 'active');
    const cases = await repo.startLoanCasesOf(tx, municipalityId, found.map((p) => p.householdId));
    const byId = new Map(cases.map((c) => [c.id, c]));
    return { items: found.map((r) => summary(r, role, byId)), movedToOwnedThisYear: movedToOwnedIn(await repo.outcomes(tx, municipalityId), year) };
  });
}

/** Tenants who could start on the path: running leases of dwellings with rent-to-own potential, no active plan. @throws forbidden. */
export async function listCandidates(ctx: ServiceContext): Promise<{ items: Candidate[] }> {
  assertRentToOwn(ctx.actor);
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const found = await repo.candidates(tx, municipalityId);
    const cases = await repo.startLoanCasesOf(tx, municipalityId, found.map((c) => c.householdId));
    return {
      items: found.map((c) => ({
        leaseId: c.leaseId,
        householdId: c.householdId,
        name: `${c.givenName} ${c.familyName}`,
        address: maySeeAddress(role, c.addressProtection) ? c.address : null,
        leaseStartDate: c.leaseStartDate,
        monthlyRent: c.monthlyRent,
        startLoanCaseOptions: cases.filter((k) => k.householdId === c.householdId).map(caseRef),
      })),
    };
  });
}

function mapPlanConstraint(error: unknown): unknown {
  if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'rent_to_own_one_active') return new AppError('conflict', 'error.conflict', [ownProblem({ path: 'leaseId', code: 'already_on_path' })]);
  return error;
}

/**
 * Starts a plan for the tenant of a running lease whose dwelling has rent-to-own potential.
 * @throws AppError forbidden, validation_failed (no potential, lease not running, unknown lease,
 *   a case that is not the household's start-loan case, dates), conflict (an active plan exists).
 */
export async function createPlan(ctx: ServiceContext, body: CreatePlanBody): Promise<Plan> {
  assertRentToOwn(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  const startedOn = body.startedOn ?? today;
  return ctx.transaction(async (tx) => {
    const lease = await repo.findLeaseForPlan(tx, municipalityId, body.leaseId);
    if (!lease) throw invalid([problem('leaseId', 'not_found')]);
    const problems: Problem[] = startProblems({ leaseStatus: lease.status, rentToOwnPotential: lease.rentToOwnPotential }).map(ownProblem);
    if (compareDates(startedOn, today) > 0) problems.push(problem('startedOn', 'in_future'));
    if (body.targetOn && compareDates(body.targetOn, startedOn) < 0) problems.push(ownProblem({ path: 'targetOn', code: 'before_start' }));
    if (body.startLoanCaseId) await checkStartLoanCase(tx, municipalityId, lease.householdId, body.startLoanCaseId, problems);
    if (problems.length > 0) throw invalid(problems);
    const values = {
      municipalityId,
      householdId: lease.householdId,
      leaseId: lease.id,
      dwellingId: lease.dwellingId,
      startedOn,
      plan: body.plan,
      targetOn: body.targetOn ?? null,
      startLoanCaseId: body.startLoanCaseId ?? null,
      createdBy: userId,
    };
    let id: string;
    try {
      id = await repo.insertPlan(tx, values);
    } catch (error) {
      throw mapPlanConstraint(error);
    }
    await recordEvent(tx, ctx, {
      type: 'rent_to_own.plan_created',
      subjectType: 'rent_to_own_plan',
      subjectId: id,
      data: { householdId: values.householdId, leaseId: values.leaseId, dwellingId: values.dwellingId, startedOn, targetOn: values.targetOn, startLoanCaseId: values.startLoanCaseId },
    });
    return load(ctx, tx, id);
  });
}

/** One plan: a read of the household's file, logged. @throws forbidden, not_found. */
export async function getPlan(ctx: ServiceContext, id: string): Promise<Plan> {
  assertRentToOwn(ctx.actor);
  return ctx.transaction((tx) => load(ctx, tx, id, 'rent_to_own.plan.view'));
}

const notActive = () => new AppError('rule_violation', 'error.rule_violation', [ownProblem({ path: 'status', code: 'not_active' })]);

/**
 * Changes the plan's text, target date or start-loan case (null unlinks it).
 * @throws AppError forbidden, not_found, validation_failed, rule_violation (the plan has ended).
 */
export async function updatePlan(ctx: ServiceContext, id: string, body: UpdatePlanBody): Promise<Plan> {
  assertRentToOwn(ctx.actor);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findPlan(tx, municipalityId, id, true);
    if (!before) throw notFound();
    if (before.status !== 'active') throw notActive();
    const problems: Problem[] = [];
    if (body.targetOn && compareDates(body.targetOn, before.startedOn) < 0) problems.push(ownProblem({ path: 'targetOn', code: 'before_start' }));
    if (body.startLoanCaseId) await checkStartLoanCase(tx, municipalityId, before.householdId, body.startLoanCaseId, problems);
    if (problems.length > 0) throw invalid(problems);
    const requested: repo.PlanChanges = {
      ...(body.plan !== undefined ? { plan: body.plan } : {}),
      ...(body.targetOn !== undefined ? { targetOn: body.targetOn } : {}),
      ...(body.startLoanCaseId !== undefined ? { startLoanCaseId: body.startLoanCaseId } : {}),
    };
    const changed = Object.fromEntries(
      Object.entries(requested)
        .filter(([key, value]) => before[key as keyof repo.PlanChanges & keyof repo.PlanRow] !== value)
        .map(([key, value]) => [key, key === 'plan' ? { changed: true } : { from: before[key as keyof repo.PlanChanges & keyof repo.PlanRow], to: value }]),
    );
    if (Object.keys(changed).length > 0) {
      await repo.updatePlan(tx, municipalityId, id, requested);
      await recordEvent(tx, ctx, { type: 'rent_to_own.plan_updated', subjectType: 'rent_to_own_plan', subjectId: id, data: changed });
    }
    return load(ctx, tx, id);
  });
}

/**
 * Records the outcome: moved to an owned home (the indicator), or ended with a note.
 * @throws AppError forbidden, not_found, validation_failed (date before the start or ahead of
 *   today, no note for an ended plan), rule_violation (the plan has already ended).
 */
export async function recordOutcome(ctx: ServiceContext, id: string, body: OutcomeBody): Promise<Plan> {
  assertRentToOwn(ctx.actor);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findPlan(tx, municipalityId, id, true);
    if (!before) throw notFound();
    const note = body.note?.trim() ? body.note.trim() : null;
    const found = outcomeProblems(before, { outcome: body.outcome, outcomeOn: body.outcomeOn, note }, today);
    if (found.some((p) => p.code === 'not_active')) throw notActive();
    if (found.length > 0) throw invalid(found.map((p) => (p.code === 'in_future' ? problem(p.path, p.code) : ownProblem(p))));
    await repo.updatePlan(tx, municipalityId, id, { status: body.outcome, outcomeOn: body.outcomeOn, outcomeNote: note });
    await recordEvent(tx, ctx, {
      type: body.outcome === 'moved_to_owned' ? 'rent_to_own.moved_to_owned' : 'rent_to_own.ended',
      subjectType: 'rent_to_own_plan',
      subjectId: id,
      data: { householdId: before.householdId, outcomeOn: body.outcomeOn, note },
    });
    return load(ctx, tx, id);
  });
}
