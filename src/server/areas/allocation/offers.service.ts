import { randomUUID } from 'node:crypto';
import type { AcceptOfferBody, CreateOfferBody, OfferDto, RefuseOfferBody } from '../../../contracts/offers.js';
import { compareDates, daysBetween } from '../../../domain/deadlines/calendar.js';
import { buildOfferLetter } from '../../../domain/letters/offer-letter.js';
import { isExpired, judgeRefusal, offerDates, offerRulesFor, type RefusalConsequence, type RefusalReason } from '../../../domain/offers/rules.js';
import { recordEvent } from '../../platform/audit.js';
import { inTransaction, todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound, pgConstraint, pgErrorCode } from '../../platform/errors.js';
import { fieldMessageKey, type MessageKey } from '../../platform/i18n.js';
import { letterIncomplete, letterParties, storeLetter } from '../cases/letters.js';
import { findCase } from '../cases/cases.repo.js';
import { reserveDwelling } from '../leases/dwelling-status.js';
import { createLease } from '../leases/leases.service.js';
import { raiseTask } from '../tasks/tasks.repo.js';
import { assertAllocation } from './allocation.policy.js';
import * as repo from './allocation.repo.js';

/**
 * Offers (tilbud): sending one reserves the dwelling under a row lock, and the partial unique
 * indexes offer_one_pending_per_dwelling / _per_case make a second reservation impossible under
 * any concurrency (docs/adr/0013). Accepting drafts the lease through the leases area in the
 * same transaction; refusing is judged by the municipality's offer rules and frees the dwelling.
 */

/** A field error: the shared `field.<code>` message when there is one, else the offers catalogue's `field.offer.<code>`. */
function field(path: string, code: string): { path: string; code: string; messageKey: MessageKey } {
  return { path, code, messageKey: fieldMessageKey(code, 'offer') };
}

const refuse = (path: string, code: string, kind: 'validation_failed' | 'rule_violation' = 'rule_violation'): AppError =>
  new AppError(kind, 'error.validation_failed', [field(path, code)]);

function mapOfferConstraint(error: unknown): unknown {
  const constraint = pgConstraint(error);
  if (pgErrorCode(error) === '23505' && constraint === 'offer_one_pending_per_dwelling') return new AppError('conflict', 'error.offer.dwelling_taken', [field('dwellingId', 'dwelling_taken')]);
  if (pgErrorCode(error) === '23505' && constraint === 'offer_one_pending_per_case') return new AppError('conflict', 'error.conflict', [field('caseId', 'case_has_pending_offer')]);
  if (pgErrorCode(error) === '23P01' && constraint === 'dwelling_status_period_no_overlap') return new AppError('conflict', 'error.offer.dwelling_taken', [field('dwellingId', 'dwelling_taken')]);
  return error;
}

/**
 * Sends one offer inside the caller's transaction: locks the dwelling, checks it is still a
 * vacancy and the case still on the waiting list, writes the letter, reserves the dwelling.
 * Returns the offer id. @throws conflict when the dwelling or the case already has a pending offer.
 */
export async function sendOfferIn(ctx: ServiceContext, tx: Tx, body: CreateOfferBody & { roundId?: string | null }): Promise<string> {
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  if (!(await repo.lockDwelling(tx, municipalityId, body.dwellingId))) throw new AppError('validation_failed', 'error.validation_failed', [field('dwellingId', 'not_found')]);
  const vacancy = (await repo.vacancies(tx, municipalityId, today)).find((v) => v.dwellingId === body.dwellingId);
  if (!vacancy) {
    const pending = (await repo.listOffers(tx, municipalityId, 'pending')).some((o) => o.dwellingId === body.dwellingId);
    if (pending) throw new AppError('conflict', 'error.offer.dwelling_taken', [field('dwellingId', 'dwelling_taken')]);
    throw refuse('dwellingId', 'not_vacant');
  }
  const waiting = (await repo.waitingList(tx, municipalityId, today)).find((w) => w.caseId === body.caseId);
  if (!waiting) throw refuse('caseId', 'not_waiting');
  if (waiting.pendingOfferId) throw new AppError('conflict', 'error.conflict', [field('caseId', 'case_has_pending_offer')]);

  const rules = offerRulesFor(ctx.actor.kommunenummer, today);
  const dates = offerDates(rules, today);
  const moveInDate = body.moveInDate ?? dates.earliestMoveIn;
  if (compareDates(moveInDate, today) < 0) throw refuse('moveInDate', 'before_offer', 'validation_failed');

  const kase = await findCase(tx, municipalityId, body.caseId);
  if (!kase) throw notFound();
  const parties = await letterParties(ctx, tx, kase, today);
  const leaseYears = typeof waiting.decisionContent.leaseYears === 'number' ? waiting.decisionContent.leaseYears : undefined;
  const built = buildOfferLetter({
    language: parties.person.writtenLanguage,
    municipality: parties.municipality,
    caseNumber: kase.caseNumber,
    recipient: parties.recipient,
    person: { name: parties.person.name },
    caseworker: { name: ctx.actor.displayName },
    offeredOn: today,
    answerDeadline: dates.answerDeadline,
    moveInDate,
    dwelling: {
      address: vacancy.address,
      bedrooms: vacancy.bedrooms,
      ...(vacancy.usableAreaM2 === null ? {} : { usableAreaM2: Math.round(Number(vacancy.usableAreaM2)) }),
      ...(vacancy.floor === null ? {} : { floor: vacancy.floor }),
      hasLift: vacancy.hasLift,
      wheelchairAccessible: vacancy.wheelchairAccessible,
      sharedHousing: vacancy.sharedHousing,
    },
    monthlyRent: vacancy.monthlyRent,
    ...(vacancy.deposit ? { deposit: vacancy.deposit } : {}),
    ...(leaseYears === undefined ? {} : { leaseYears }),
    unreasonableRefusal: rules.unreasonable[0] ?? { kind: 'none' },
    contact: parties.municipality.unit,
  });
  if (!built.ok) throw letterIncomplete(built.missing);
  const stored = await storeLetter(ctx, tx, kase, built.letter, { kind: parties.recipientKind, name: parties.recipient.name }, today);

  const id = randomUUID();
  await repo.insertOffer(tx, {
    municipalityId,
    id,
    roundId: body.roundId ?? null,
    dwellingId: body.dwellingId,
    householdId: waiting.householdId,
    caseId: body.caseId,
    decisionId: waiting.decisionId,
    status: 'pending',
    offeredOn: today,
    answerDeadline: dates.answerDeadline,
    moveInDate,
    monthlyRent: vacancy.monthlyRent,
    language: parties.person.writtenLanguage,
    letterId: stored.id,
    createdBy: ctx.actor.userId,
  });
  await reserveDwelling(ctx, tx, body.dwellingId, 'reserved', today, id);
  await recordEvent(tx, ctx, {
    type: 'offer.sent',
    subjectType: 'offer',
    subjectId: id,
    data: { dwellingId: body.dwellingId, caseId: body.caseId, roundId: body.roundId ?? null, answerDeadline: dates.answerDeadline, rules: `${rules.id}/${rules.version}`, letterId: stored.id },
  });
  return id;
}

/** Sends one offer outside a round. @throws forbidden, validation_failed, rule_violation, conflict. */
export async function createOffer(ctx: ServiceContext, body: CreateOfferBody): Promise<OfferDto> {
  assertAllocation(ctx.actor);
  try {
    return await ctx.transaction(async (tx) => {
      const id = await sendOfferIn(ctx, tx, body);
      return readOffer(ctx, tx, id);
    });
  } catch (error) {
    throw mapOfferConstraint(error);
  }
}

export { mapOfferConstraint };

async function readOffer(ctx: ServiceContext, tx: Tx, id: string): Promise<OfferDto> {
  const [row] = await repo.listOffers(tx, ctx.actor.municipalityId, null, id);
  if (!row) throw notFound();
  return present(row, todayOf(ctx));
}

function present(row: repo.OfferListRow, today: string): OfferDto {
  return {
    id: row.id,
    status: row.status as OfferDto['status'],
    dwellingId: row.dwellingId,
    address: row.address,
    districtCode: row.districtCode,
    householdId: row.householdId,
    caseId: row.caseId,
    caseNumber: row.caseNumber,
    name: `${row.givenName} ${row.familyName}`,
    offeredOn: row.offeredOn,
    answerDeadline: row.answerDeadline,
    moveInDate: row.moveInDate,
    monthlyRent: row.monthlyRent,
    answeredOn: row.answeredOn,
    refusalReason: row.refusalReason as OfferDto['refusalReason'],
    refusalReasonable: row.refusalReasonable,
    refusalConsequence: row.refusalConsequence,
    leaseId: row.leaseId,
    roundId: row.roundId,
    daysToAnswer: row.status === 'pending' ? daysBetween(today, row.answerDeadline) : null,
  };
}

/** Expires pending offers past their last day to answer and frees their dwellings. Returns how many. */
export async function expireOffersIn(ctx: ServiceContext, tx: Tx): Promise<number> {
  const today = todayOf(ctx);
  const overdue = await repo.overdueOffers(tx, ctx.actor.municipalityId, today);
  for (const o of overdue) {
    await repo.updateOffer(tx, ctx.actor.municipalityId, o.id, { status: 'expired' });
    await reserveDwelling(ctx, tx, o.dwellingId, 'vacant', today, o.id);
    await recordEvent(tx, ctx, { type: 'offer.expired', subjectType: 'offer', subjectId: o.id, data: { dwellingId: o.dwellingId } });
  }
  return overdue.length;
}

/** The offers board: expires what is overdue, then lists offers by status (all when left out). */
export async function listOffers(ctx: ServiceContext, status: OfferDto['status'] | undefined): Promise<{ items: OfferDto[]; expired: number }> {
  assertAllocation(ctx.actor);
  return ctx.transaction(async (tx) => {
    const expired = await expireOffersIn(ctx, tx);
    const today = todayOf(ctx);
    const items = (await repo.listOffers(tx, ctx.actor.municipalityId, status ?? null)).map((r) => present(r, today));
    return { items, expired };
  });
}

async function pendingOffer(ctx: ServiceContext, tx: Tx, id: string, answeredOn: string): Promise<repo.OfferRow> {
  const offer = await repo.findOffer(tx, ctx.actor.municipalityId, id, true);
  if (!offer) throw notFound();
  if (offer.status !== 'pending') throw new AppError('conflict', 'error.offer.status');
  if (compareDates(answeredOn, offer.offeredOn) < 0) throw refuse('answeredOn', 'before_offer', 'validation_failed');
  if (compareDates(answeredOn, todayOf(ctx)) > 0) throw refuse('answeredOn', 'in_future', 'validation_failed');
  if (isExpired(offer.answerDeadline, answeredOn)) throw new AppError('conflict', 'error.offer.status', [field('answeredOn', 'after_deadline')]);
  return offer;
}

/**
 * Records the household's yes: the lease is drafted in the leases area (same transaction) from
 * the move-in date with the dwelling's rent; the dwelling stays reserved until the lease is signed.
 */
export async function acceptOffer(ctx: ServiceContext, id: string, body: AcceptOfferBody): Promise<OfferDto> {
  assertAllocation(ctx.actor);
  return ctx.transaction(async (tx) => {
    const offer = await pendingOffer(ctx, tx, id, body.answeredOn);
    const startDate = body.moveInDate ?? offer.moveInDate;
    if (compareDates(startDate, offer.offeredOn) < 0) throw refuse('moveInDate', 'before_offer', 'validation_failed');
    const deposit = (await repo.vacancyDeposit(tx, ctx.actor.municipalityId, offer.dwellingId)) ?? 0;
    const lease = await createLease(inTransaction(ctx, tx), {
      dwellingId: offer.dwellingId,
      householdId: offer.householdId,
      decisionId: offer.decisionId,
      startDate,
      section111: body.section111,
      section111NoticeOn: null,
      shortTermReason: null,
      depositType: deposit > 0 ? body.depositType : 'none',
      depositAmount: body.depositType === 'none' ? 0 : deposit,
      rentModel: body.rentModel,
      monthlyRent: offer.monthlyRent,
    });
    await repo.updateOffer(tx, ctx.actor.municipalityId, id, { status: 'accepted', answeredOn: body.answeredOn, leaseId: lease.id, moveInDate: startDate });
    await recordEvent(tx, ctx, { type: 'offer.accepted', subjectType: 'offer', subjectId: id, data: { leaseId: lease.id, startDate } });
    return readOffer(ctx, tx, id);
  });
}

const consequenceText = (c: RefusalConsequence): string => JSON.stringify(c);

/**
 * Records the household's no with a structured reason, judged by the municipality's rule (the
 * caseworker may judge otherwise with a written justification); the dwelling goes back to the
 * pool. A pause-and-review consequence opens a task for the caseworker: a lapse of the approval
 * is a new enkeltvedtak, never automatic.
 */
export async function refuseOffer(ctx: ServiceContext, id: string, body: RefuseOfferBody): Promise<OfferDto> {
  assertAllocation(ctx.actor);
  if (body.judgedReasonable !== undefined && body.justification.length < 10) throw refuse('justification', 'justification_required', 'validation_failed');
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const offer = await pendingOffer(ctx, tx, id, body.answeredOn);
    const earlier = await repo.unreasonableRefusals(tx, municipalityId, offer.decisionId);
    const rules = offerRulesFor(ctx.actor.kommunenummer, offer.offeredOn);
    const judged = judgeRefusal(rules, body.reason as RefusalReason, earlier);
    const reasonable = body.judgedReasonable ?? judged.reasonable;
    const consequence: RefusalConsequence =
      body.judgedReasonable === undefined ? judged.consequence : reasonable ? (body.reason === 'found_own_dwelling' ? rules.foundOwnDwelling : { kind: 'none' }) : judgeRefusal({ ...rules, reasonable: [] }, body.reason as RefusalReason, earlier).consequence;
    const today = todayOf(ctx);
    await repo.updateOffer(tx, municipalityId, id, {
      status: 'refused',
      answeredOn: body.answeredOn,
      refusalReason: body.reason,
      refusalNote: [body.note, body.justification].filter((s) => s.length > 0).join('\n\n') || null,
      refusalReasonable: reasonable,
      refusalConsequence: consequenceText(consequence),
    });
    await reserveDwelling(ctx, tx, offer.dwellingId, 'vacant', today, id);
    if (consequence.kind !== 'none') {
      await raiseTask(tx, {
        municipalityId,
        kind: 'offer_refused',
        signalKey: `offer_refused:${offer.decisionId}`,
        subjectType: 'case',
        subjectId: offer.caseId,
        assignedRole: 'caseworker',
        reason:
          consequence.kind === 'leaves_list'
            ? 'Husstanden har takket nei fordi den har skaffet bolig selv. Vurder å avslutte saken.'
            : `Husstanden har takket nei uten saklig grunn etter kommunens regel. Vurder om innvilgelsen skal falle bort (nytt enkeltvedtak med klagerett). Pause i ${consequence.days} dager.`,
        data: { offerId: id, consequence },
        createdOn: today,
      });
    }
    await recordEvent(tx, ctx, {
      type: 'offer.refused',
      subjectType: 'offer',
      subjectId: id,
      ...(body.judgedReasonable === undefined ? {} : { reason: body.justification }),
      data: { reason: body.reason, reasonable, byRule: judged.reasonable, consequence, rules: judged.rulesVersion },
    });
    return readOffer(ctx, tx, id);
  });
}
