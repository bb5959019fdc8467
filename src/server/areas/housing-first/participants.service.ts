import type { ChoiceOptions, EnrolBody, ExitBody, HousedBody, Participant, ParticipantList, ParticipantSummary, UpdateParticipantBody } from '../../../contracts/housing-first.js';
import { compareDates, daysBetween } from '../../../domain/deadlines/calendar.js';
import type { DwellingType } from '../../../domain/dwellings/kinds.js';
import { statusOn, type HousingFirstExitReason, type HousingFirstReferralSource } from '../../../domain/followup/housing-first.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { assertAllowed, canManageHousingFirst } from './housing-first.policy.js';
import * as repo from './housing-first.repo.js';

/**
 * Housing First participants: enrolment (consent required), the participant's own choice,
 * housed, exit; one active enrolment per person (partial unique index housing_first_one_active).
 * The follow-up team and the caseworker only (the manager sees aggregates, programme.service.ts).
 */

type Problem = { path: string; code: string; messageKey: MessageKey };
const problem = (path: string, code: string): Problem => ({ path, code, messageKey: `field.${code}` as MessageKey });
const hfProblem = (path: string, code: string): Problem => ({ path, code, messageKey: `field.housing_first.${code}` as MessageKey });
const invalid = (problems: Problem[]) => new AppError('validation_failed', 'error.validation_failed', problems);
const inFuture = (date: string, today: string) => compareDates(date, today) > 0;
const unique = <T>(items: readonly T[]): T[] => [...new Set(items)];

export function presentSummary(row: repo.ParticipantListRow, today: string): ParticipantSummary {
  const status = statusOn({ ...row, exitReason: row.exitReason as HousingFirstExitReason | null }, today) ?? 'waiting';
  return {
    id: row.id,
    personId: row.personId,
    householdId: row.householdId,
    name: `${row.givenName} ${row.familyName}`,
    status,
    enrolledOn: row.enrolledOn,
    housedOn: row.housedOn,
    exitedOn: row.exitedOn,
    exitReason: row.exitReason as HousingFirstExitReason | null,
    team: row.team,
    daysToHousing: row.housedOn !== null ? daysBetween(row.enrolledOn, row.housedOn) : row.exitedOn === null ? Math.max(0, daysBetween(row.enrolledOn, today)) : null,
  };
}

async function present(tx: Tx, municipalityId: number, row: repo.ParticipantListRow, today: string): Promise<Participant> {
  const names = new Map((await repo.districts(tx, municipalityId)).map((d) => [d.code, d.name]));
  const leases = await repo.leasesOfHousehold(tx, municipalityId, row.householdId);
  const lease = row.leaseId === null ? null : (leases.find((l) => l.id === row.leaseId) ?? (await repo.findLease(tx, municipalityId, row.leaseId)) ?? null);
  const strip = (l: repo.LeaseOptionRow) => ({ id: l.id, address: l.address, startDate: l.startDate, status: l.status });
  return {
    ...presentSummary(row, today),
    referredBy: row.referredBy as HousingFirstReferralSource,
    consentGivenOn: row.consentGivenOn,
    chosenDistricts: row.chosenDistricts.map((code) => ({ code, name: names.get(code) ?? null })),
    chosenDwellingTypes: row.chosenDwellingTypes as DwellingType[],
    chosenDwellings: await repo.dwellingsByIds(tx, municipalityId, row.chosenDwellingIds),
    lease: lease ? strip(lease) : null,
    leaseOptions: leases.map(strip),
    createdAt: row.createdAt.toISOString(),
  };
}

/** Loads and presents a participant in the caller's transaction; with `purpose` the read goes to the access log. */
async function load(ctx: ServiceContext, tx: Tx, id: string, purpose?: string): Promise<Participant> {
  const row = await repo.findParticipant(tx, ctx.actor.municipalityId, id);
  if (!row) throw notFound();
  if (purpose !== undefined) await logAccess(tx, ctx, { subjectType: 'person', subjectId: row.personId, purpose });
  return present(tx, ctx.actor.municipalityId, row, todayOf(ctx));
}

/** The districts and dwellings of a choice must exist; field errors otherwise. */
async function checkChoice(tx: Tx, municipalityId: number, choice: { chosenDistricts?: string[] | undefined; chosenDwellingIds?: string[] | undefined }, problems: Problem[]) {
  if (choice.chosenDistricts && choice.chosenDistricts.length > 0) {
    const known = new Set((await repo.districts(tx, municipalityId)).map((d) => d.code));
    if (choice.chosenDistricts.some((c) => !known.has(c))) problems.push(hfProblem('chosenDistricts', 'unknown_district'));
  }
  if (choice.chosenDwellingIds && choice.chosenDwellingIds.length > 0) {
    const found = await repo.dwellingsByIds(tx, municipalityId, unique(choice.chosenDwellingIds));
    if (found.length !== unique(choice.chosenDwellingIds).length) problems.push(problem('chosenDwellingIds', 'not_found'));
  }
}

/** The person's active enrolment hit the partial unique index: a clear conflict on the person. */
function mapEnrolConstraint(error: unknown): unknown {
  if (pgErrorCode(error) === '23505' && pgConstraint(error) === 'housing_first_one_active') return new AppError('conflict', 'error.conflict', [hfProblem('personId', 'already_enrolled')]);
  return error;
}

/**
 * Enrols a person (with their household) in the programme. The consent date is required by the
 * contract (400 without it) and may not be after the enrolment.
 * @throws AppError forbidden, validation_failed (dates ahead of today, consent after enrolment,
 *   the person not in the household, unknown districts or dwellings), conflict (already enrolled).
 */
export async function enrol(ctx: ServiceContext, body: EnrolBody): Promise<Participant> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    if (inFuture(body.enrolledOn, today)) problems.push(problem('enrolledOn', 'in_future'));
    if (inFuture(body.consentGivenOn, today)) problems.push(problem('consentGivenOn', 'in_future'));
    else if (compareDates(body.consentGivenOn, body.enrolledOn) > 0) problems.push(hfProblem('consentGivenOn', 'consent_after_enrolment'));
    const membership = await repo.isCurrentMember(tx, municipalityId, body.householdId, body.personId, today);
    if (!membership.person) problems.push(problem('personId', 'not_found'));
    else if (!membership.member) problems.push(problem('householdId', 'not_in_household'));
    await checkChoice(tx, municipalityId, body, problems);
    if (problems.length > 0) throw invalid(problems);

    const values = {
      municipalityId,
      personId: body.personId,
      householdId: body.householdId,
      enrolledOn: body.enrolledOn,
      referredBy: body.referredBy,
      consentGivenOn: body.consentGivenOn,
      team: body.team,
      chosenDistricts: unique(body.chosenDistricts),
      chosenDwellingTypes: unique(body.chosenDwellingTypes),
      chosenDwellingIds: unique(body.chosenDwellingIds),
      createdBy: userId,
    };
    let id: string;
    try {
      id = await repo.insertParticipant(tx, values);
    } catch (error) {
      throw mapEnrolConstraint(error);
    }
    const { municipalityId: _m, createdBy: _c, ...data } = values;
    await recordEvent(tx, ctx, { type: 'housing_first.enrolled', subjectType: 'housing_first_participant', subjectId: id, data });
    return load(ctx, tx, id);
  });
}

/** Participants (active by default) with status; list reads are not logged row by row (docs/adr/0006). @throws forbidden. */
export async function listParticipants(ctx: ServiceContext, status: 'active' | 'all'): Promise<ParticipantList> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const today = todayOf(ctx);
  const found = await ctx.transaction((tx) => repo.listParticipants(tx, ctx.actor.municipalityId, status === 'active'));
  return { today, items: found.map((r) => presentSummary(r, today)) };
}

/** One participant (a read of the person, logged). @throws forbidden, not_found. */
export async function getParticipant(ctx: ServiceContext, id: string): Promise<Participant> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  return ctx.transaction((tx) => load(ctx, tx, id, 'housing_first.participant.view'));
}

/** The districts and the dwellings vacant today, for the choice. @throws forbidden. */
export async function getChoiceOptions(ctx: ServiceContext): Promise<ChoiceOptions> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => ({ districts: await repo.districts(tx, municipalityId), dwellings: await repo.vacantDwellings(tx, municipalityId, today) }));
}

const exitedProblem = () => new AppError('rule_violation', 'error.rule_violation', [hfProblem('status', 'exited')]);

type Changes = repo.ParticipantChanges;

/** Writes the changes that differ from `before` with their audit event; nothing when nothing changed. */
async function applyChanges(ctx: ServiceContext, tx: Tx, before: repo.ParticipantListRow, changes: Changes, type: string): Promise<void> {
  const changed = Object.fromEntries(
    Object.entries(changes)
      .filter(([key, value]) => JSON.stringify(before[key as keyof Changes]) !== JSON.stringify(value))
      .map(([key, value]) => [key, { from: before[key as keyof Changes], to: value }]),
  );
  if (Object.keys(changed).length === 0) return;
  await repo.updateParticipant(tx, ctx.actor.municipalityId, before.id, changes);
  await recordEvent(tx, ctx, { type, subjectType: 'housing_first_participant', subjectId: before.id, data: changed });
}

/**
 * Changes the team, the referral source or the participant's choice (passed to the next
 * allocation round). @throws AppError forbidden, not_found, validation_failed (unknown districts or
 * dwellings), rule_violation (the participant has left the programme).
 */
export async function updateParticipant(ctx: ServiceContext, id: string, body: UpdateParticipantBody): Promise<Participant> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findParticipant(tx, municipalityId, id, true);
    if (!before) throw notFound();
    if (before.exitedOn !== null) throw exitedProblem();
    const problems: Problem[] = [];
    await checkChoice(tx, municipalityId, body, problems);
    if (problems.length > 0) throw invalid(problems);
    const changes: Changes = {
      ...(body.team !== undefined ? { team: body.team } : {}),
      ...(body.referredBy !== undefined ? { referredBy: body.referredBy } : {}),
      ...(body.chosenDistricts !== undefined ? { chosenDistricts: unique(body.chosenDistricts) } : {}),
      ...(body.chosenDwellingTypes !== undefined ? { chosenDwellingTypes: unique(body.chosenDwellingTypes) } : {}),
      ...(body.chosenDwellingIds !== undefined ? { chosenDwellingIds: unique(body.chosenDwellingIds) } : {}),
    };
    await applyChanges(ctx, tx, before, changes, 'housing_first.updated');
    return load(ctx, tx, id);
  });
}

/**
 * Records the day the participant was housed, with the household's lease when the municipality
 * lets the dwelling. @throws AppError forbidden, not_found, validation_failed (before enrolment,
 * ahead of today, a lease of another household), conflict (already housed), rule_violation (exited).
 */
export async function recordHoused(ctx: ServiceContext, id: string, body: HousedBody): Promise<Participant> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findParticipant(tx, municipalityId, id, true);
    if (!before) throw notFound();
    if (before.exitedOn !== null) throw exitedProblem();
    if (before.housedOn !== null) throw new AppError('conflict', 'error.conflict', [hfProblem('housedOn', 'already_housed')]);
    const problems: Problem[] = [];
    if (compareDates(body.housedOn, before.enrolledOn) < 0) problems.push(hfProblem('housedOn', 'before_enrolment'));
    if (inFuture(body.housedOn, today)) problems.push(problem('housedOn', 'in_future'));
    if (body.leaseId) {
      const lease = await repo.findLease(tx, municipalityId, body.leaseId);
      if (!lease) problems.push(problem('leaseId', 'not_found'));
      else if (lease.householdId !== before.householdId) problems.push(hfProblem('leaseId', 'lease_not_household'));
    }
    if (problems.length > 0) throw invalid(problems);
    await applyChanges(ctx, tx, before, { housedOn: body.housedOn, leaseId: body.leaseId ?? null }, 'housing_first.housed');
    return load(ctx, tx, id);
  });
}

/**
 * The participant leaves the programme on `exitedOn` for a reason of the domain's list.
 * @throws AppError forbidden, not_found, validation_failed (before enrolment or housing, ahead of
 *   today), rule_violation (already exited).
 */
export async function recordExit(ctx: ServiceContext, id: string, body: ExitBody): Promise<Participant> {
  assertAllowed(ctx.actor, canManageHousingFirst);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findParticipant(tx, municipalityId, id, true);
    if (!before) throw notFound();
    if (before.exitedOn !== null) throw exitedProblem();
    const problems: Problem[] = [];
    if (compareDates(body.exitedOn, before.enrolledOn) < 0) problems.push(hfProblem('exitedOn', 'before_enrolment'));
    else if (before.housedOn !== null && compareDates(body.exitedOn, before.housedOn) < 0) problems.push(hfProblem('exitedOn', 'before_housed'));
    if (inFuture(body.exitedOn, today)) problems.push(problem('exitedOn', 'in_future'));
    if (problems.length > 0) throw invalid(problems);
    await applyChanges(ctx, tx, before, { exitedOn: body.exitedOn, exitReason: body.exitReason }, 'housing_first.exited');
    return load(ctx, tx, id);
  });
}

/**
 * For the allocation round: the own choice of the active participants in each household (their
 * chosen dwellings and districts, merged when several members take part). Not a read of any one
 * person's file — the round is logged as the allocation area logs it. No role check: the caller
 * (allocation.service) has authorised the round; join its transaction with inTransaction.
 * Dwelling types are not passed: the suitability rules have no dwelling type to match.
 */
export async function housingFirstChoicesFor(
  ctx: ServiceContext,
  householdIds: readonly string[],
  today: string,
): Promise<Map<string, { dwellingIds: string[]; districtCodes: string[] }>> {
  if (householdIds.length === 0) return new Map();
  const found = await ctx.transaction((tx) => repo.activeChoicesOfHouseholds(tx, ctx.actor.municipalityId, householdIds, today));
  const out = new Map<string, { dwellingIds: string[]; districtCodes: string[] }>();
  for (const r of found) {
    const entry = out.get(r.householdId) ?? { dwellingIds: [], districtCodes: [] };
    out.set(r.householdId, { dwellingIds: unique([...entry.dwellingIds, ...r.dwellingIds]), districtCodes: unique([...entry.districtCodes, ...r.districts]) });
  }
  for (const [key, value] of out) if (value.dwellingIds.length + value.districtCodes.length === 0) out.delete(key);
  return out;
}
