import type { CreateStayBody, Stay, UpdateStayBody } from '../../../contracts/temporary.js';
import { compareDates } from '../../../domain/deadlines/calendar.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import * as caseFacts from './case-facts.repo.js';
import * as providers from './providers.repo.js';
import { loadStay } from './stays-read.service.js';
import * as repo from './stays.repo.js';
import { assertAllowed, canHandleStays } from './temporary.policy.js';
import { todayOf } from '../../platform/context.js';

/** Registering and changing a household's stay (NAV's § 27 work). */

type Problem = { path: string; code: string; messageKey: MessageKey };
const problem = (path: string, code: string, messageKey?: MessageKey): Problem => ({ path, code, messageKey: messageKey ?? (`field.${code}` as MessageKey) });
const temporaryProblem = (path: string, code: string): Problem => problem(path, code, `field.temporary.${code}` as MessageKey);

const inFuture = (date: string | null | undefined, today: string) => date != null && compareDates(date, today) > 0;

/** The housing case to link must be a rental-dwelling or housing-help case of the same household. */
async function checkHousingCase(tx: Tx, municipalityId: number, householdId: string, id: string, problems: Problem[]): Promise<void> {
  const found = await caseFacts.findCaseFact(tx, municipalityId, id);
  if (!found) problems.push(problem('housingCaseId', 'not_found'));
  else if (found.householdId !== householdId || !(caseFacts.HOUSING_CASE_TYPES as readonly string[]).includes(found.caseType)) {
    problems.push(temporaryProblem('housingCaseId', 'not_housing_case'));
  }
}

/** Every reference of a new stay, checked together so all field errors come at once. */
async function checkReferences(tx: Tx, municipalityId: number, body: CreateStayBody, problems: Problem[]) {
  if (!(await repo.lockHousehold(tx, municipalityId, body.householdId))) problems.push(problem('householdId', 'not_found'));
  const provider = await providers.findProvider(tx, municipalityId, body.providerId);
  if (!provider) problems.push(problem('providerId', 'not_found'));
  if (body.placeId) {
    const place = await providers.findPlace(tx, municipalityId, body.placeId);
    if (!place) problems.push(problem('placeId', 'not_found'));
    else if (place.providerId !== body.providerId) problems.push(temporaryProblem('placeId', 'place_not_at_provider'));
  }
  const found = await caseFacts.findCaseFact(tx, municipalityId, body.caseId);
  if (!found) problems.push(problem('caseId', 'not_found'));
  else if (found.caseType !== 'temporary_accommodation' || found.householdId !== body.householdId) problems.push(temporaryProblem('caseId', 'not_temporary_case'));
  if (body.housingCaseId) await checkHousingCase(tx, municipalityId, body.householdId, body.housingCaseId, problems);
  return provider;
}

const overlapping = (): AppError => new AppError('conflict', 'error.conflict', [temporaryProblem('startDate', 'overlapping_stay')]);

/**
 * Registers a household's stay under its § 27 case. The household's open housing case is
 * linked when none is named; the response's `permanentHousingCase` is null when there is none,
 * so NAV sees at once that the work on a permanent home has not begun. The night-shelter flag
 * is copied from the provider, so the stay keeps it if the provider changes later.
 * @throws AppError forbidden (not a NAV adviser), validation_failed (unknown or wrong references,
 *   dates ahead of today), conflict (the household already has a stay in that time).
 */
export async function registerStay(ctx: ServiceContext, body: CreateStayBody): Promise<Stay> {
  assertAllowed(ctx.actor, canHandleStays);
  const today = todayOf(ctx);
  const { municipalityId, userId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const problems: Problem[] = [];
    if (inFuture(body.startDate, today)) problems.push(problem('startDate', 'in_future'));
    if (inFuture(body.cooperationAgreementSignedOn, today)) problems.push(problem('cooperationAgreementSignedOn', 'in_future'));
    const provider = await checkReferences(tx, municipalityId, body, problems);
    if (problems.length > 0 || !provider) throw new AppError('validation_failed', 'error.validation_failed', problems);
    if (await repo.findOverlapping(tx, municipalityId, body.householdId, body.startDate, null)) throw overlapping();

    const housingCaseId = body.housingCaseId ?? (await caseFacts.openHousingCases(tx, municipalityId, [body.householdId])).get(body.householdId)?.id ?? null;
    const row = await repo.insertStay(tx, {
      municipalityId,
      householdId: body.householdId,
      providerId: body.providerId,
      placeId: body.placeId ?? null,
      caseId: body.caseId,
      housingCaseId,
      startDate: body.startDate,
      childrenPresent: body.childrenPresent,
      nightShelter: provider.nightShelter,
      cooperationAgreementSignedOn: body.cooperationAgreementSignedOn ?? null,
      cleaningOffered: body.cleaningOffered ?? false,
      createdBy: userId,
    });
    await recordEvent(tx, ctx, {
      type: 'temp_stay.registered',
      subjectType: 'temp_stay',
      subjectId: row.id,
      data: {
        householdId: row.householdId,
        caseId: row.caseId,
        housingCaseId,
        providerId: row.providerId,
        placeId: row.placeId,
        startDate: row.startDate,
        childrenPresent: row.childrenPresent,
        nightShelter: row.nightShelter,
      },
    });
    return loadStay(ctx, tx, row.id, today);
  });
}

/**
 * Changes a stay: the day of departure (null reopens it), the cooperation agreement, the
 * cleaning offer, whether children are present, the linked housing case.
 * @throws AppError forbidden, not_found, validation_failed (end before start, dates ahead,
 *   a wrong housing case), conflict (the new dates overlap another stay of the household).
 */
export async function updateStay(ctx: ServiceContext, id: string, body: UpdateStayBody): Promise<Stay> {
  assertAllowed(ctx.actor, canHandleStays);
  const today = todayOf(ctx);
  const { municipalityId } = ctx.actor;
  return ctx.transaction(async (tx) => {
    const before = await repo.findStayForUpdate(tx, municipalityId, id);
    if (!before) throw notFound();
    const problems: Problem[] = [];
    if (body.endDate != null && compareDates(body.endDate, before.startDate) < 0) problems.push(temporaryProblem('endDate', 'end_before_start'));
    if (inFuture(body.endDate, today)) problems.push(problem('endDate', 'in_future'));
    if (inFuture(body.cooperationAgreementSignedOn, today)) problems.push(problem('cooperationAgreementSignedOn', 'in_future'));
    if (body.housingCaseId) await checkHousingCase(tx, municipalityId, before.householdId, body.housingCaseId, problems);
    if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);

    const requested: repo.StayChanges = {
      ...(body.endDate !== undefined ? { endDate: body.endDate } : {}),
      ...(body.cooperationAgreementSignedOn !== undefined ? { cooperationAgreementSignedOn: body.cooperationAgreementSignedOn } : {}),
      ...(body.cleaningOffered !== undefined ? { cleaningOffered: body.cleaningOffered } : {}),
      ...(body.childrenPresent !== undefined ? { childrenPresent: body.childrenPresent } : {}),
      ...(body.housingCaseId !== undefined ? { housingCaseId: body.housingCaseId } : {}),
    };
    const changed = Object.fromEntries(
      Object.entries(requested)
        .filter(([key, value]) => before[key as keyof repo.StayChanges] !== value)
        .map(([key, value]) => [key, { from: before[key as keyof repo.StayChanges], to: value }]),
    );
    if ('endDate' in changed) {
      const end = body.endDate ?? null;
      await repo.lockHousehold(tx, municipalityId, before.householdId);
      if (await repo.findOverlapping(tx, municipalityId, before.householdId, before.startDate, end, id)) {
        throw new AppError('conflict', 'error.conflict', [temporaryProblem('endDate', 'overlapping_stay')]);
      }
    }
    if (Object.keys(changed).length > 0) {
      await repo.updateStay(tx, municipalityId, id, requested);
      const ended = before.endDate === null && body.endDate != null;
      await recordEvent(tx, ctx, { type: ended ? 'temp_stay.ended' : 'temp_stay.updated', subjectType: 'temp_stay', subjectId: id, data: changed });
    }
    return loadStay(ctx, tx, id, today);
  });
}
