import type { Attendance, CreateSettlementBody, RecordAttendanceBody, SettlementDetail, SettlementList, SettlementListQuery, UpdateSettlementBody } from '../../../contracts/private-rental.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { checkSettlement } from '../../../domain/private-rental/index.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getVisibleHousehold } from '../people/access.js';
import * as helps from './lease-help.repo.js';
import { presentHelp, presentSettlement } from './private-rental.present.js';
import { assertAllowed, canUsePrivateRental } from './private-rental.policy.js';
import { problem, problemsOf, throwIfProblems, type Problem } from './problems.js';
import * as repo from './settlements.repo.js';

/**
 * Refugee settlement (bosetting): the household's settlement, the introduction programme, its
 * housing (linked to the help into a private lease, when that housed it) and the housing-school
 * (boligskole) sessions it attended.
 */

/** One settlement with its sessions and the household's helps; the read of the household is logged. @throws AppError not_found. */
async function loadSettlement(ctx: ServiceContext, tx: Tx, id: string, today: string): Promise<SettlementDetail> {
  const { municipalityId } = ctx.actor;
  const row = await repo.findSettlementView(tx, municipalityId, id);
  if (!row) throw notFound();
  await logAccess(tx, ctx, { subjectType: 'household', subjectId: row.householdId, purpose: 'private_rental.settlement.view' });
  const attendance = await repo.listAttendance(tx, municipalityId, [id]);
  const householdHelps = await helps.listHelps(tx, municipalityId, { status: 'all', householdId: row.householdId }, { limit: 50, offset: 0 });
  return {
    settlement: presentSettlement(row, today),
    attendance: attendance.map((a) => ({ id: a.id, heldOn: a.heldOn, topic: a.topic, attended: a.attended, recordedBy: { id: a.recordedBy, name: a.recordedByName } })),
    leaseHelps: householdHelps.items.map((h) => presentHelp(h, [row.settledOn], today)),
  };
}

/** Settled refugee households, newest settlement first (or only those in the introduction programme today). @throws AppError forbidden. */
export async function listSettlements(ctx: ServiceContext, query: SettlementListQuery): Promise<SettlementList> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const filter = query.inIntroduction === 'true' ? { inIntroductionOn: today } : {};
    const { items, total } = await repo.listSettlements(tx, ctx.actor.municipalityId, filter, { limit: query.limit, offset: query.offset });
    return { total, today, items: items.map((s) => presentSettlement(s, today)) };
  });
}

/** One household's settlement (logged). @throws AppError forbidden, not_found. */
export async function getSettlement(ctx: ServiceContext, id: string): Promise<SettlementDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  return ctx.transaction((tx) => loadSettlement(ctx, tx, id, today));
}

/** A help linked to a settlement must be the same household's. */
async function checkHelpLink(tx: Tx, municipalityId: number, householdId: string, helpId: string | null, problems: Problem[]): Promise<void> {
  if (helpId === null) return;
  const help = await helps.findHelpView(tx, municipalityId, helpId);
  if (!help) problems.push(problem('privateLeaseHelpId', 'not_found'));
  else if (help.householdId !== householdId) problems.push(problem('privateLeaseHelpId', 'not_same_household'));
}

/**
 * Registers a household's settlement. A household is settled once.
 * @throws AppError forbidden, validation_failed (a household the user may not see, the dates, a
 *   help of another household or with other housing), conflict (already settled).
 */
export async function createSettlement(ctx: ServiceContext, body: CreateSettlementBody): Promise<SettlementDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    try {
      await getVisibleHousehold(ctx, tx, body.householdId);
    } catch (error) {
      if (!(error instanceof AppError) || error.code !== 'not_found') throw error;
      throwIfProblems([problem('householdId', 'not_found')]);
    }
    await repo.lockHousehold(tx, municipalityId, body.householdId);
    if ((await repo.settlementsOfHousehold(tx, municipalityId, body.householdId)).length > 0) {
      throw new AppError('conflict', 'error.conflict', [problem('householdId', 'already_settled')]);
    }
    const facts = {
      settledOn: body.settledOn,
      introductionFrom: body.introductionFrom ?? null,
      introductionTo: body.introductionTo ?? null,
      housing: body.housing,
      privateLeaseHelpId: body.privateLeaseHelpId ?? null,
    };
    problems.push(...problemsOf(checkSettlement(facts, today)));
    await checkHelpLink(tx, municipalityId, body.householdId, facts.privateLeaseHelpId, problems);
    throwIfProblems(problems);
    const row = await repo.insertSettlement(tx, { municipalityId, householdId: body.householdId, ...facts, createdBy: userId });
    await recordEvent(tx, ctx, { type: 'refugee_settlement.registered', subjectType: 'refugee_settlement', subjectId: row.id, data: { householdId: row.householdId, ...facts } });
    return loadSettlement(ctx, tx, row.id, today);
  });
}

/** Changes a settlement; the rules are checked on the result. @throws AppError forbidden, not_found, validation_failed. */
export async function updateSettlement(ctx: ServiceContext, id: string, body: UpdateSettlementBody): Promise<SettlementDetail> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findSettlementForUpdate(tx, municipalityId, id);
    if (!before) throw notFound();
    const changes: repo.SettlementChanges = Object.fromEntries(Object.entries(body).filter(([key, value]) => value !== undefined && before[key as keyof repo.SettlementChanges] !== value));
    const after = { ...before, ...changes };
    const problems = problemsOf(checkSettlement(after, today));
    if (changes.privateLeaseHelpId !== undefined) await checkHelpLink(tx, municipalityId, before.householdId, changes.privateLeaseHelpId, problems);
    throwIfProblems(problems);
    if (Object.keys(changes).length > 0) {
      await repo.updateSettlement(tx, municipalityId, id, changes);
      const data = Object.fromEntries(Object.entries(changes).map(([key, value]) => [key, { from: before[key as keyof repo.SettlementChanges], to: value }]));
      await recordEvent(tx, ctx, { type: 'refugee_settlement.updated', subjectType: 'refugee_settlement', subjectId: id, data });
    }
    return loadSettlement(ctx, tx, id, today);
  });
}

/**
 * Records a boligskole session for the household: the day, the topic, whether it attended.
 * @throws AppError forbidden, not_found, validation_failed (a day ahead of today or before the settlement).
 */
export async function recordAttendance(ctx: ServiceContext, settlementId: string, body: RecordAttendanceBody): Promise<Attendance> {
  assertAllowed(ctx.actor, canUsePrivateRental);
  const today = todayOf(ctx);
  const { municipalityId, userId, displayName } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const settlement = await repo.findSettlementForUpdate(tx, municipalityId, settlementId);
    if (!settlement) throw notFound();
    if (compareDates(body.heldOn, today) > 0) throwIfProblems([problem('heldOn', 'in_future')]);
    if (compareDates(body.heldOn, settlement.settledOn) < 0) throwIfProblems([problem('heldOn', 'before_settled_session')]);
    const row = await repo.insertAttendance(tx, { municipalityId, settlementId, heldOn: body.heldOn, topic: body.topic, attended: body.attended, recordedBy: userId });
    await recordEvent(tx, ctx, { type: 'boligskole_attendance.recorded', subjectType: 'refugee_settlement', subjectId: settlementId, data: { attendanceId: row.id, heldOn: row.heldOn, topic: row.topic, attended: row.attended } });
    return { id: row.id, heldOn: row.heldOn, topic: row.topic, attended: row.attended, recordedBy: { id: userId, name: displayName } };
  });
}
