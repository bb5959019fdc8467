import type { CaseActionResult, ForwardBody, PreliminaryReplyBody } from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import type { CaseType } from '../../../domain/cases/case-types.js';
import { transition, type CaseEvent } from '../../../domain/cases/case-status.js';
import { buildForwardingLetter, buildPreliminaryReply } from '../../../domain/letters/other-letters.js';
import type { LetterBaseInput, LetterResult } from '../../../domain/letters/types.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { getHandleableCase, todayOf } from './case-access.js';
import { assertCaseArea } from './cases.policy.js';
import { caseStatusOf, presentCaseSummary } from './cases.present.js';
import type { CaseChanges, CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import { invalidTransition } from './decisions.service.js';
import { letterIncomplete, letterParties, storeLetter } from './letters.js';
import { presentLetter } from './records.present.js';

/** Status changes of a case that send a letter to the person: the foreløpig svar and forwarding. */

interface LetterAction {
  event: CaseEvent;
  auditType: string;
  reason: string;
  build(base: LetterBaseInput & { caseType: CaseType }, kase: CaseRow, today: string): LetterResult;
  changes(kase: CaseRow, today: string): CaseChanges;
  data: Record<string, unknown>;
}

async function act(ctx: ServiceContext, tx: Tx, caseId: string, action: LetterAction, language: Language): Promise<CaseActionResult> {
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  const kase = await getHandleableCase(ctx, tx, caseId);
  const moved = transition(caseStatusOf(kase), action.event);
  if (!moved.ok) throw invalidTransition();
  const parties = await letterParties(ctx, tx, kase, today);
  const result = action.build(
    {
      language: parties.person.writtenLanguage,
      municipality: parties.municipality,
      caseNumber: kase.caseNumber,
      recipient: parties.recipient,
      person: { name: parties.person.name },
      caseworker: { name: ctx.actor.displayName },
      caseType: kase.caseType as CaseType,
    },
    kase,
    today,
  );
  if (!result.ok) throw letterIncomplete(result.missing);
  const letterRow = await storeLetter(ctx, tx, kase, result.letter, { kind: parties.recipientKind, name: parties.recipient.name }, today);
  const updated = await repo.updateCase(tx, municipalityId, kase.id, { status: moved.to, ...action.changes(kase, today) });
  await recordEvent(tx, ctx, {
    type: action.auditType,
    subjectType: 'case',
    subjectId: kase.id,
    reason: action.reason,
    data: { ...action.data, letterId: letterRow.id, recipientKind: parties.recipientKind, status: { from: moved.from, to: moved.to } },
  });
  const staff = await repo.staffByIds(tx, municipalityId, [updated.assignedToId]);
  return { case: presentCaseSummary(updated, staff, language), letter: presentLetter(letterRow) };
}

/**
 * Sends a foreløpig svar (fvl. § 11a): why the case takes longer and when to expect an answer.
 * A later one (a delay notice) keeps the date of the first.
 * @throws AppError forbidden, not_found, validation_failed (expectedBy not after today), rule_violation.
 */
export async function sendPreliminaryReply(ctx: ServiceContext, caseId: string, body: PreliminaryReplyBody, language: Language): Promise<CaseActionResult> {
  assertCaseArea(ctx.actor);
  if (body.expectedBy <= todayOf(ctx)) {
    throw new AppError('validation_failed', 'error.validation_failed', [{ path: 'expectedBy', code: 'in_past', messageKey: 'field.in_past' }]);
  }
  return ctx.transaction((tx) =>
    act(
      ctx,
      tx,
      caseId,
      {
        event: 'send_preliminary_reply',
        auditType: 'case.preliminary_reply_sent',
        reason: body.reason,
        data: { expectedBy: body.expectedBy },
        build: (base, kase, today) => buildPreliminaryReply({ ...base, sentOn: today, receivedOn: kase.receivedOn, reason: body.reason, expectedBy: body.expectedBy }),
        changes: (kase, today) => ({ preliminaryReplySentOn: kase.preliminaryReplySentOn ?? today }),
      },
      language,
    ),
  );
}

/**
 * Forwards the case to the competent unit with a letter to the person (fvl. § 11; the
 * Sivilombudet's Lillehammer case). @throws AppError forbidden, not_found, rule_violation.
 */
export async function forwardCase(ctx: ServiceContext, caseId: string, body: ForwardBody, language: Language): Promise<CaseActionResult> {
  assertCaseArea(ctx.actor);
  return ctx.transaction((tx) =>
    act(
      ctx,
      tx,
      caseId,
      {
        event: 'forward_case',
        auditType: 'case.forwarded',
        reason: body.reason,
        data: { unit: body.unit },
        build: (base, kase, today) => buildForwardingLetter({ ...base, sentOn: today, receivedOn: kase.receivedOn, forwardedTo: { name: body.unit }, reason: body.reason }),
        changes: (_kase, today) => ({ forwardedTo: body.unit, forwardedOn: today }),
      },
      language,
    ),
  );
}
