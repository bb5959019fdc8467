import type { CreateLeaseHelpBody, LeaseHelp, LeaseHelpList, LeaseHelpListQuery, UpdateLeaseHelpBody } from '../../../contracts/private-rental.js';
import { checkLeaseHelp, type LeaseHelpState } from '../../../domain/private-rental/index.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getVisibleHousehold } from '../people/access.js';
import * as landlords from './landlords.repo.js';
import * as repo from './lease-help.repo.js';
import { presentHelp } from './private-rental.present.js';
import { assertAllowed, canUsePrivateRental } from './private-rental.policy.js';
import { problem, problemsOf, throwIfProblems, type Problem } from './problems.js';

/**
 * Households helped into private leases directly (NAV's housing adviser): the help, the landlord
 * (once known), the deposit guarantee and rent, and the outcome (domain/private-rental/lease-help.ts).
 */

/** One help in the caller's transaction; the read of the household goes to the access log. @throws AppError not_found. */
async function loadHelp(ctx: ServiceContext, tx: Tx, id: string, today: string): Promise<LeaseHelp> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findHelpView(tx, municipalityId, id);
  if (!row) throw notFound();
  await logAccess(tx, ctx, { subjectType: 'household', subjectId: row.householdId, purpose: 'private_rental.lease_help.view' });
  const settled = await repo.settlementDates(tx, municipalityId, [row.householdId]);
  return presentHelp(row, settled.get(row.householdId) ?? [], today);
}

/** The helps: those in progress first, then outcomes newest first. A list is not logged household by household. @throws AppError forbidden. */
export async function listHelps(ctx: ServiceContext, query: LeaseHelpListQuery): Promise<LeaseHelpList> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { items, total } = await repo.listHelps(tx, municipalityId, { status: query.status, landlordId: query.landlordId, householdId: query.householdId }, { limit: query.limit, offset: query.offset });
    const settled = await repo.settlementDates(tx, municipalityId, items.map((h) => h.householdId));
    return { total, items: items.map((h) => presentHelp(h, settled.get(h.householdId) ?? [], today)) };
  });
}

/** One help (logged as a read of the household). @throws AppError forbidden, not_found. */
export async function getHelp(ctx: ServiceContext, id: string): Promise<LeaseHelp> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => loadHelp(ctx, tx, id, today));
}

/** A household the actor may see (person access: the NAV adviser needs consent or a case of its own), else a field problem. */
async function checkHousehold(ctx: ServiceContext, tx: Tx, householdId: string, problems: Problem[]): Promise<void> {
  try {
    await getVisibleHousehold(ctx, tx, householdId);
  } catch (error) {
    if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
    problems.push(problem('householdId', 'not_found'));
  }
}

async function checkLandlord(tx: Tx, municipalityId: number, landlordId: string | null, problems: Problem[]): Promise<void> {
  if (landlordId !== null && !(await landlords.findLandlord(tx, municipalityId, landlordId))) problems.push(problem('landlordId', 'not_found'));
}

/**
 * Registers help for a household, in progress, the adviser being the one registering.
 * @throws AppError forbidden, validation_failed (a household the adviser may not see, an unknown landlord, a start ahead of today).
 */
export async function createHelp(ctx: ServiceContext, body: CreateLeaseHelpBody): Promise<LeaseHelp> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    await checkHousehold(ctx, tx, body.householdId, problems);
    const landlordId = body.landlordId ?? null;
    await checkLandlord(tx, municipalityId, landlordId, problems);
    const state: LeaseHelpState = { status: 'in_progress', startedOn: body.startedOn, landlordId, leaseStartsOn: null, outcomeOn: null };
    problems.push(...problemsOf(checkLeaseHelp(null, state, today)));
    throwIfProblems(problems);
    const row = await repo.insertHelp(tx, {
      municipalityId,
      householdId: body.householdId,
      landlordId,
      helpedById: userId,
      startedOn: body.startedOn,
      depositGuarantee: body.depositGuarantee,
      monthlyRent: body.monthlyRent ?? null,
      note: body.note ?? null,
    });
    await recordEvent(tx, ctx, {
      type: 'private_lease_help.registered',
      subjectType: 'private_lease_help',
      subjectId: row.id,
      data: { householdId: row.householdId, landlordId, startedOn: row.startedOn, depositGuarantee: row.depositGuarantee, monthlyRent: row.monthlyRent },
    });
    return loadHelp(ctx, tx, row.id, today);
  });
}

/**
 * Changes a help or records its outcome: signed (with the landlord and the lease's start), not
 * found or ended, each with its date. An outcome is final.
 * @throws AppError forbidden, not_found, validation_failed (the rules of checkLeaseHelp, an unknown landlord).
 */
export async function updateHelp(ctx: ServiceContext, id: string, body: UpdateLeaseHelpBody): Promise<LeaseHelp> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findHelpForUpdate(tx, municipalityId, id);
    if (!before) throw notFound();
    const changes: repo.HelpChanges = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== undefined && before[key as keyof repo.HelpChanges] !== value));
    const after = { ...before, ...changes };
    const problems: Problem[] = [];
    if (changes.landlordId !== undefined) await checkLandlord(tx, municipalityId, changes.landlordId, problems);
    problems.push(...problemsOf(checkLeaseHelp(before, after, today)));
    throwIfProblems(problems);
    if (Object.keys(changes).length > 0) {
      await repo.updateHelp(tx, municipalityId, id, changes);
      const data = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, { from: before[key as keyof repo.HelpChanges], to: value }]));
      const outcome = changes.status !== undefined && changes.status !== 'in_progress';
      await recordEvent(tx, ctx, { type: outcome ? 'private_lease_help.outcome' : 'private_lease_help.updated', subjectType: 'private_lease_help', subjectId: id, data });
    }
    return loadHelp(ctx, tx, id, today);
  });
}
