import type { z } from 'zod';
import type { appealActionResultSchema, AppealOutcomeBody, RegisterAppealBody, ReviewAppealBody } from '../../../contracts/cases.js';
import { caseEventForAppealOutcome } from '../../../domain/cases/appeals.js';
import { transition } from '../../../domain/cases/case-status.js';
import type { CaseType } from '../../../domain/cases/case-types.js';
import { isAppealInTime } from '../../../domain/deadlines/deadlines.js';
import { buildAppealCoverLetter } from '../../../domain/letters/other-letters.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { getHandleableCase, todayOf } from './case-access.js';
import * as records from './case-records.repo.js';
import type { AppealRow, DecisionRow } from './case-records.repo.js';
import { assertCaseArea } from './cases.policy.js';
import { caseStatusOf, legalBasisOf } from './cases.present.js';
import type { CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import { contentOf } from './decision-letter.js';
import * as decisionsRepo from './decisions.repo.js';
import { invalidTransition } from './decisions.service.js';
import { letterIncomplete, letterParties, storeLetter } from './letters.js';
import { presentAppeal, presentDecisionSummary, presentLetter } from './records.present.js';

/** Appeals (klage): registration with the in-time check, the first instance's review, the appeal body's outcome. */

type AppealResult = z.infer<typeof appealActionResultSchema>;
const problem = (path: string, code: string) => ({ path, code, messageKey: `field.${code}` as MessageKey });

/** Registers an appeal against a sent decision; a late one is flagged with the days late and fvl. § 31. */
export async function registerAppeal(ctx: ServiceContext, caseId: string, body: RegisterAppealBody): Promise<AppealResult> {
  assertCaseArea(ctx.actor);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const kase = await getHandleableCase(ctx, tx, caseId);
    const decision = await decisionsRepo.findDecision(tx, municipalityId, kase.id, body.decisionId);
    if (!decision) throw new AppError('validation_failed', 'error.validation_failed', [problem('decisionId', 'not_found')]);
    if (decision.status !== 'sent' || !decision.appealDeadline || !decision.decidedOn) {
      throw new AppError('rule_violation', 'error.rule_violation', [problem('decisionId', 'decision_not_sent')]);
    }
    const problems = [
      ...(body.submittedOn > today ? [problem('submittedOn', 'in_future')] : body.submittedOn < decision.decidedOn ? [problem('submittedOn', 'before_received')] : []),
      ...(body.receivedOn > today ? [problem('receivedOn', 'in_future')] : body.receivedOn < body.submittedOn ? [problem('receivedOn', 'before_submitted')] : []),
    ];
    if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
    const moved = transition(caseStatusOf(kase), 'register_appeal');
    if (!moved.ok) throw invalidTransition();

    const timeliness = isAppealInTime(body.submittedOn, decision.appealDeadline, { decidedOn: decision.decidedOn });
    const row = await decisionsRepo.insertAppeal(tx, {
      municipalityId,
      caseId: kase.id,
      decisionId: decision.id,
      submittedOn: body.submittedOn,
      receivedOn: body.receivedOn,
      grounds: body.grounds,
      inTime: timeliness.inTime ? 'yes' : 'no',
      lateByDays: timeliness.inTime ? null : timeliness.lateBy,
      status: 'registered',
    });
    await repo.updateCase(tx, municipalityId, kase.id, { status: moved.to });
    await recordEvent(tx, ctx, {
      type: 'appeal.registered',
      subjectType: 'case',
      subjectId: kase.id,
      data: {
        appealId: row.id,
        decisionId: decision.id,
        appealDeadline: decision.appealDeadline,
        submittedOn: body.submittedOn,
        ...(timeliness.inTime ? { inTime: true } : { inTime: false, lateByDays: timeliness.lateBy, mayBeConsidered: timeliness.mayBeConsidered, basis: timeliness.basis }),
      },
    });
    return { appeal: presentAppeal(row, decision), decision: null, letter: null };
  });
}

/** The appeal, its case (locked, the actor may handle it) and the decision appealed. @throws AppError not_found, forbidden. */
async function openAppeal(ctx: ServiceContext, tx: Tx, appealId: string): Promise<{ kase: CaseRow; appeal: AppealRow; decision: DecisionRow }> {
  const { municipalityId } = ctx.actor;
  const caseId = await decisionsRepo.caseIdOfAppeal(tx, municipalityId, appealId);
  if (!caseId) throw notFound();
  const kase = await getHandleableCase(ctx, tx, caseId);
  const appeal = await decisionsRepo.findAppealForUpdate(tx, municipalityId, appealId);
  const decision = appeal ? await decisionsRepo.findDecision(tx, municipalityId, kase.id, appeal.decisionId) : undefined;
  if (!appeal || !decision) throw notFound();
  return { kase, appeal, decision };
}

async function reverse(ctx: ServiceContext, tx: Tx, kase: CaseRow, appeal: AppealRow, decision: DecisionRow, body: ReviewAppealBody): Promise<AppealResult> {
  const { municipalityId, userId } = ctx.actor;
  const today = todayOf(ctx);
  const updated = await decisionsRepo.updateAppeal(tx, municipalityId, appeal.id, { status: 'reversed', reviewNote: body.note, reviewedOn: today });
  // The new decision starts from the old one's content; the caseworker rewrites it before sending (fvl. § 33 second paragraph).
  const draft = await decisionsRepo.insertDecision(tx, {
    municipalityId,
    caseId: kase.id,
    outcome: 'approved',
    status: 'draft',
    language: decision.language,
    content: contentOf(decision),
    decidedBy: userId,
  });
  await recordEvent(tx, ctx, { type: 'appeal.reviewed', subjectType: 'case', subjectId: kase.id, reason: body.note, data: { appealId: appeal.id, outcome: 'reverse', newDecisionId: draft.id } });
  await recordEvent(tx, ctx, { type: 'decision.drafted', subjectType: 'case', subjectId: kase.id, data: { decisionId: draft.id, outcome: draft.outcome, fromAppealId: appeal.id } });
  const staff = await repo.staffByIds(tx, municipalityId, [userId]);
  return { appeal: presentAppeal(updated, decision), decision: presentDecisionSummary(draft, staff), letter: null };
}

async function uphold(ctx: ServiceContext, tx: Tx, kase: CaseRow, appeal: AppealRow, decision: DecisionRow, body: ReviewAppealBody): Promise<AppealResult> {
  const { municipalityId } = ctx.actor;
  const today = todayOf(ctx);
  const moved = transition(caseStatusOf(kase), 'forward_appeal');
  if (!moved.ok) throw invalidTransition();
  const parties = await letterParties(ctx, tx, kase, today);
  const documents = await records.listDocuments(tx, municipalityId, kase.id);
  const language = decision.language;
  const result = buildAppealCoverLetter({
    language,
    municipality: parties.municipality,
    caseNumber: kase.caseNumber,
    caseType: kase.caseType as CaseType,
    sentOn: today,
    appellant: { name: parties.person.name, ...(parties.recipientKind === 'representative' ? { representativeName: parties.recipient.name } : {}) },
    decision: { decidedOn: decision.decidedOn ?? today, summary: contentOf(decision).conclusion, ...(decision.noticeSentOn ? { noticeSentOn: decision.noticeSentOn } : {}) },
    appeal: { submittedOn: appeal.submittedOn, receivedOn: appeal.receivedOn, claims: appeal.grounds },
    ...(body.lateAppealAssessment ? { lateAppealAssessment: body.lateAppealAssessment } : {}),
    assessment: body.note,
    documents: [
      { title: 'Vedtaket', ...(decision.decidedOn ? { date: decision.decidedOn } : {}) },
      { title: language === 'nn' ? 'Klaga' : 'Klagen', date: appeal.receivedOn },
      ...documents.map((d) => ({ title: d.filename, date: d.uploadedAt.toISOString().slice(0, 10) })),
    ],
    caseworker: { name: ctx.actor.displayName },
  });
  if (!result.ok) throw letterIncomplete(result.missing);
  const appealBody = legalBasisOf(kase).appealBody[language];
  const letterRow = await storeLetter(ctx, tx, kase, result.letter, { kind: 'appeal_body', name: appealBody }, today);
  const updated = await decisionsRepo.updateAppeal(tx, municipalityId, appeal.id, {
    status: 'forwarded',
    reviewNote: body.note,
    reviewedOn: today,
    forwardedOn: today,
    appealBody,
  });
  await repo.updateCase(tx, municipalityId, kase.id, { status: moved.to });
  await recordEvent(tx, ctx, { type: 'appeal.reviewed', subjectType: 'case', subjectId: kase.id, reason: body.note, data: { appealId: appeal.id, outcome: 'uphold' } });
  await recordEvent(tx, ctx, { type: 'appeal.forwarded', subjectType: 'case', subjectId: kase.id, data: { appealId: appeal.id, appealBody, letterId: letterRow.id } });
  return { appeal: presentAppeal(updated, decision), decision: null, letter: presentLetter(letterRow) };
}

/**
 * The first instance's review (fvl. § 33): reverse (a new decision draft) or uphold and forward
 * the appeal to the appeal body with the cover sheet.
 * @throws AppError forbidden, not_found, rule_violation (not waiting for review; cover sheet incomplete).
 */
export async function reviewAppeal(ctx: ServiceContext, appealId: string, body: ReviewAppealBody): Promise<AppealResult> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const { kase, appeal, decision } = await openAppeal(ctx, tx, appealId);
    if (appeal.status !== 'registered') throw invalidTransition();
    return body.outcome === 'reverse' ? reverse(ctx, tx, kase, appeal, decision, body) : uphold(ctx, tx, kase, appeal, decision, body);
  });
}

/**
 * Records the appeal body's outcome; a remand sends the case back for a new decision.
 * @throws AppError forbidden, not_found, validation_failed (date), rule_violation (not at the appeal body).
 */
export async function recordAppealOutcome(ctx: ServiceContext, appealId: string, body: AppealOutcomeBody): Promise<AppealResult> {
  assertCaseArea(ctx.actor);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const { kase, appeal, decision } = await openAppeal(ctx, tx, appealId);
    if (appeal.status !== 'forwarded') throw invalidTransition();
    if (body.decidedOn > today) throw new AppError('validation_failed', 'error.validation_failed', [problem('decidedOn', 'in_future')]);
    if (appeal.forwardedOn && body.decidedOn < appeal.forwardedOn) throw new AppError('validation_failed', 'error.validation_failed', [problem('decidedOn', 'before_received')]);
    const moved = transition(caseStatusOf(kase), caseEventForAppealOutcome(body.outcome));
    if (!moved.ok) throw invalidTransition();
    const updated = await decisionsRepo.updateAppeal(tx, municipalityId, appeal.id, { status: 'decided', bodyOutcome: body.outcome, bodyDecidedOn: body.decidedOn });
    await repo.updateCase(tx, municipalityId, kase.id, { status: moved.to });
    await recordEvent(tx, ctx, {
      type: 'appeal.decided',
      subjectType: 'case',
      subjectId: kase.id,
      data: { appealId: appeal.id, outcome: body.outcome, decidedOn: body.decidedOn, status: { from: moved.from, to: moved.to } },
    });
    return { appeal: presentAppeal(updated, decision), decision: null, letter: null };
  });
}
