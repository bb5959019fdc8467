import type {
  AddPartyBody,
  CloseNeighbourCaseBody,
  CreateNeighbourCaseBody,
  NeighbourCase,
  RecordAgreementBody,
  RecordMeetingBody,
} from '../../../contracts/neighbourhood.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { canNameTenant, checkCaseDate, closeWith, transition, type NeighbourCaseAction } from '../../../domain/neighbourhood/index.js';
import { recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { notFound } from '../../platform/errors.js';
import * as buildings from './buildings.repo.js';
import { loadCase } from './cases-read.service.js';
import * as repo from './cases.repo.js';
import { assertAllowed, canManageNeighbourCases } from './neighbourhood.policy.js';
import { problem, refused, throwIfProblems, type Problem } from './problems.js';
import { findStaff } from './staff.repo.js';

/**
 * Running a neighbour case (the neighbourhood team): open it, add the parties, record dialogue
 * meetings and the agreement, close it with an outcome. The status follows the pure machine in
 * domain/neighbourhood/case-status.ts; a step it refuses is 422 `rule_violation`. Every change is
 * audited with the case as subject; the answer is the case as read (and logged).
 */

const AUDIT = { subjectType: 'neighbour_case' } as const;

/** The case locked for the change, and the status after `action`. @throws AppError not_found, rule_violation. */
async function lockFor(ctx: ServiceContext, tx: Tx, id: string, action: NeighbourCaseAction) {
  const row = await repo.findCase(tx, ctx.actor.municipalityId, id, { forUpdate: true });
  if (!row) throw notFound();
  const next = transition(row.status, action);
  if (!next.ok) throw refused(next.reason);
  return { row, next: next.status };
}

/**
 * Opens a complaint or conflict case in a building from the dwelling register. The responsible
 * worker is the one opening it unless another team member is named.
 * @throws AppError forbidden (not the team), validation_failed (unknown building, a report date
 *   ahead of today, a responsible worker outside the team).
 */
export async function openCase(ctx: ServiceContext, body: CreateNeighbourCaseBody): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canManageNeighbourCases);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    const building = await buildings.findBuilding(tx, municipalityId, today, body.buildingKey);
    if (!building) problems.push(problem('buildingKey', 'unknown_building'));
    if (compareDates(body.reportedOn, today) > 0) problems.push(problem('reportedOn', 'in_future'));
    const responsibleWorkerId = body.responsibleWorkerId ?? userId;
    if (body.responsibleWorkerId !== undefined) {
      const worker = await findStaff(tx, municipalityId, body.responsibleWorkerId);
      if (!worker || !worker.active || worker.role !== 'neighbourhood') problems.push(problem('responsibleWorkerId', 'not_neighbourhood_worker'));
    }
    throwIfProblems(problems);
    if (!building) throw new Error('unreachable: building checked');
    const row = await repo.insertCase(tx, {
      municipalityId,
      kind: body.kind,
      buildingKey: building.key,
      buildingLabel: building.label,
      districtCode: building.districtCode,
      description: body.description,
      reportedOn: body.reportedOn,
      responsibleWorkerId,
      createdBy: userId,
    });
    await recordEvent(tx, ctx, { type: 'neighbour_case.opened', ...AUDIT, subjectId: row.id, data: { kind: row.kind, buildingKey: row.buildingKey, reportedOn: row.reportedOn, responsibleWorkerId } });
    return loadCase(ctx, tx, row.id);
  });
}

/**
 * Adds a party: a tenant of the building chosen by a lease running today (the household is kept,
 * so the early-warning run can see that a tenant is in a neighbour case), or a neighbour given
 * only a label. A tenant with a protected address is never named (domain/neighbourhood/access.ts).
 * @throws AppError forbidden, not_found, rule_violation (case closed), validation_failed (neither
 *   or both of lease and label, a lease not in the building today, the same party twice).
 */
export async function addParty(ctx: ServiceContext, id: string, body: AddPartyBody): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canManageNeighbourCases);
  const today = todayOf(ctx);
  const { municipalityId, role } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { row } = await lockFor(ctx, tx, id, 'add_party');
    if ((body.leaseId === undefined) === (body.label === undefined)) throwIfProblems([problem('leaseId', 'party_choice')]);
    const existing = await repo.listParties(tx, municipalityId, [id]);
    let values: { householdId: string | null; personId: string | null; leaseId: string | null; label: string };
    if (body.leaseId !== undefined) {
      const tenant = await buildings.findTenant(tx, municipalityId, today, row.buildingKey, body.leaseId);
      if (!tenant || !canNameTenant(role, tenant.addressProtection)) throwIfProblems([problem('leaseId', 'not_tenant_of_building')]);
      if (!tenant) throw new Error('unreachable: tenant checked');
      if (existing.some((p) => p.householdId === tenant.householdId)) throwIfProblems([problem('leaseId', 'party_exists')]);
      values = { householdId: tenant.householdId, personId: tenant.headPersonId, leaseId: tenant.leaseId, label: `${tenant.givenName} ${tenant.familyName}` };
    } else {
      const label = body.label ?? '';
      if (existing.some((p) => p.householdId === null && p.label.toLocaleLowerCase('nb') === label.toLocaleLowerCase('nb'))) throwIfProblems([problem('label', 'party_exists')]);
      values = { householdId: null, personId: null, leaseId: null, label };
    }
    const party = await repo.insertParty(tx, { municipalityId, caseId: id, role: body.role, ...values });
    await recordEvent(tx, ctx, {
      type: 'neighbour_case.party_added',
      ...AUDIT,
      subjectId: id,
      data: { partyId: party.id, role: party.role, known: party.householdId !== null, householdId: party.householdId, leaseId: party.leaseId },
    });
    return loadCase(ctx, tx, id);
  });
}

/**
 * Records a dialogue meeting held; the first one moves an open case to `dialogue`.
 * @throws AppError forbidden, not_found, rule_violation (closed), validation_failed (date before the report or ahead of today).
 */
export async function recordMeeting(ctx: ServiceContext, id: string, body: RecordMeetingBody): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canManageNeighbourCases);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { row, next } = await lockFor(ctx, tx, id, 'record_meeting');
    const dateProblem = checkCaseDate(body.heldOn, row.reportedOn, today);
    if (dateProblem) throwIfProblems([problem('heldOn', dateProblem)]);
    const event = await repo.insertEvent(tx, { municipalityId, caseId: id, kind: 'dialogue_meeting', heldOn: body.heldOn, summary: body.summary, recordedBy: userId });
    if (next !== row.status) await repo.updateCase(tx, municipalityId, id, { status: next });
    await recordEvent(tx, ctx, { type: 'neighbour_case.meeting_recorded', ...AUDIT, subjectId: id, data: { eventId: event.id, heldOn: event.heldOn, status: { from: row.status, to: next } } });
    return loadCase(ctx, tx, id);
  });
}

/**
 * Records what the parties agreed; the case moves to `agreement`. Needs a dialogue meeting first.
 * @throws AppError forbidden, not_found, rule_violation (closed, no meeting yet), validation_failed (date).
 */
export async function recordAgreement(ctx: ServiceContext, id: string, body: RecordAgreementBody): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canManageNeighbourCases);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const { row, next } = await lockFor(ctx, tx, id, 'record_agreement');
    const dateProblem = checkCaseDate(body.heldOn, row.reportedOn, today);
    if (dateProblem) throwIfProblems([problem('heldOn', dateProblem)]);
    const event = await repo.insertEvent(tx, {
      municipalityId,
      caseId: id,
      kind: 'agreement',
      heldOn: body.heldOn,
      summary: body.summary ?? '',
      agreementText: body.agreementText,
      recordedBy: userId,
    });
    if (next !== row.status) await repo.updateCase(tx, municipalityId, id, { status: next });
    await recordEvent(tx, ctx, { type: 'neighbour_case.agreement_recorded', ...AUDIT, subjectId: id, data: { eventId: event.id, heldOn: event.heldOn, status: { from: row.status, to: next } } });
    return loadCase(ctx, tx, id);
  });
}

/**
 * Closes the case with an outcome (and a closing note, when given). «Resolved by agreement» needs
 * a recorded agreement. @throws AppError forbidden, not_found, rule_violation (closed already,
 * no agreement for that outcome), validation_failed (date).
 */
export async function closeCase(ctx: ServiceContext, id: string, body: CloseNeighbourCaseBody): Promise<NeighbourCase> {
  assertAllowed(ctx.actor, canManageNeighbourCases);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const row = await repo.findCase(tx, municipalityId, id, { forUpdate: true });
    if (!row) throw notFound();
    const next = closeWith(row.status, body.outcome);
    if (!next.ok) throw refused(next.reason);
    const dateProblem = checkCaseDate(body.closedOn, row.reportedOn, today);
    if (dateProblem) throwIfProblems([problem('closedOn', dateProblem)]);
    if (body.note !== undefined) await repo.insertEvent(tx, { municipalityId, caseId: id, kind: 'note', heldOn: body.closedOn, summary: body.note, recordedBy: userId });
    await repo.updateCase(tx, municipalityId, id, { status: 'closed', outcome: body.outcome, closedOn: body.closedOn });
    await recordEvent(tx, ctx, { type: 'neighbour_case.closed', ...AUDIT, subjectId: id, data: { outcome: body.outcome, closedOn: body.closedOn, status: { from: row.status, to: 'closed' } } });
    return loadCase(ctx, tx, id);
  });
}
