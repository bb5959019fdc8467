import type { z } from 'zod';
import type { sendDecisionResultSchema } from '../../../contracts/cases.js';
import { transition } from '../../../domain/cases/case-status.js';
import { afterSend, checkAttestation } from '../../../domain/cases/decision-status.js';
import { renderLetterHtml } from '../../../domain/letters/render-html.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError } from '../../platform/errors.js';
import { getHandleableCase, todayOf } from './case-access.js';
import type { DecisionRow } from './case-records.repo.js';
import { assertCaseArea } from './cases.policy.js';
import { caseStatusOf } from './cases.present.js';
import type { CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import { buildLetterFor } from './decision-letter.js';
import * as decisionsRepo from './decisions.repo.js';
import { getDecisionRow, invalidTransition } from './decisions.service.js';
import { LETTER_CSS_HREF, letterIncomplete, storeLetter } from './letters.js';
import { presentDecisionSummary, presentLetter } from './records.present.js';

type SendResult = z.infer<typeof sendDecisionResultSchema>;

/**
 * Makes the decision: builds the final letter (signed by the author and, with attestation, the
 * attester), stores it as the letter sent to the person or their fullmektig, records the
 * decision date, the notice date, the klagefrist with assumed postal delivery (fvl. §§ 29–30)
 * and, for an approval, the validity; the case becomes decided. Everything in one transaction
 * with its audit events.
 */
async function finalize(ctx: ServiceContext, tx: Tx, kase: CaseRow, decision: DecisionRow, attestedById?: string): Promise<SendResult> {
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  const moved = transition(caseStatusOf(kase), 'send_decision');
  if (!moved.ok) throw invalidTransition();
  const { result, parties } = await buildLetterFor(ctx, tx, kase, decision, { decidedOn: today, noticeSentOn: today }, attestedById);
  if (!result.ok) throw letterIncomplete(result.missing);
  const { letter } = result;
  const letterRow = await storeLetter(ctx, tx, kase, letter, { kind: parties.recipientKind, name: parties.recipient.name }, today);
  const updated = await decisionsRepo.updateDecision(tx, municipalityId, decision.id, {
    status: 'sent',
    html: renderLetterHtml(letter, { stylesheetHref: LETTER_CSS_HREF }),
    content: { ...decision.content, sentLetter: letter },
    decidedOn: today,
    noticeSentOn: today,
    appealDeadline: letter.derived.appealDeadline ?? null,
    validUntil: letter.derived.validUntil ?? null,
    ...(attestedById ? { attestedBy: attestedById, attestedAt: ctx.clock.now() } : {}),
  });
  await repo.updateCase(tx, municipalityId, kase.id, { status: moved.to, decidedOn: today });
  if (attestedById) {
    await recordEvent(tx, ctx, { type: 'decision.attested', subjectType: 'case', subjectId: kase.id, data: { decisionId: decision.id, authorId: decision.decidedBy } });
  }
  await recordEvent(tx, ctx, {
    type: 'decision.sent',
    subjectType: 'case',
    subjectId: kase.id,
    data: {
      decisionId: decision.id,
      outcome: updated.outcome,
      decidedOn: today,
      noticeSentOn: today,
      appealDeadline: updated.appealDeadline,
      validUntil: updated.validUntil,
      letterId: letterRow.id,
      recipientKind: parties.recipientKind,
      legalBasis: letter.derived.legalBasisId ?? null,
      status: { from: moved.from, to: moved.to },
    },
  });
  const staff = await repo.staffByIds(tx, municipalityId, [updated.decidedBy, updated.attestedBy]);
  return { decision: presentDecisionSummary(updated, staff), letter: presentLetter(letterRow) };
}

/**
 * Sends a draft: refuses with the letter's missing blocks (422, fieldErrors `content.<field>`)
 * when the builder says something the law requires is missing; otherwise sends it, or — where
 * the municipality requires attestation — puts it in awaiting_attestation for another caseworker.
 * @throws AppError forbidden, not_found, rule_violation.
 */
export async function sendDecision(ctx: ServiceContext, caseId: string, decisionId: string): Promise<SendResult> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await getHandleableCase(ctx, tx, caseId);
    const decision = await getDecisionRow(ctx, tx, kase.id, decisionId, true);
    const { requireAttestation } = await repo.municipalitySettings(tx, ctx.actor.municipalityId);
    const next = afterSend(decision.status, requireAttestation);
    if (!next || !transition(caseStatusOf(kase), 'send_decision').ok) throw invalidTransition();
    if (next === 'sent') return finalize(ctx, tx, kase, decision);

    const today = todayOf(ctx);
    const { result } = await buildLetterFor(ctx, tx, kase, decision, { decidedOn: today, noticeSentOn: today });
    if (!result.ok) throw letterIncomplete(result.missing);
    const updated = await decisionsRepo.updateDecision(tx, ctx.actor.municipalityId, decision.id, { status: 'awaiting_attestation' });
    await recordEvent(tx, ctx, { type: 'decision.submitted_for_attestation', subjectType: 'case', subjectId: kase.id, data: { decisionId: decision.id } });
    const staff = await repo.staffByIds(tx, ctx.actor.municipalityId, [updated.decidedBy]);
    return { decision: presentDecisionSummary(updated, staff), letter: null };
  });
}

/**
 * Attests a decision awaiting attestation and sends it. The author cannot attest their own.
 * @throws AppError forbidden, not_found, rule_violation (field `decision` code `own_decision`, or `status`).
 */
export async function attestDecision(ctx: ServiceContext, caseId: string, decisionId: string): Promise<SendResult> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await getHandleableCase(ctx, tx, caseId);
    const decision = await getDecisionRow(ctx, tx, kase.id, decisionId, true);
    const check = checkAttestation(decision.status, decision.decidedBy, ctx.actor.userId);
    if (!check.ok && check.reason === 'own_decision') {
      throw new AppError('rule_violation', 'error.rule_violation', [{ path: 'decision', code: 'own_decision', messageKey: 'field.own_decision' }]);
    }
    if (!check.ok) throw invalidTransition();
    return finalize(ctx, tx, kase, decision, ctx.actor.userId);
  });
}
