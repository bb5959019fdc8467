import { decisionContentSchema, type CreateDecisionBody, type Decision, type UpdateDecisionBody } from '../../../contracts/cases.js';
import { canDraftDecision } from '../../../domain/cases/case-status.js';
import { canEditDecision } from '../../../domain/cases/decision-status.js';
import { escapeHtml, renderLetterHtml } from '../../../domain/letters/render-html.js';
import type { Letter } from '../../../domain/letters/types.js';
import { logAccess, recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import { getHandleableCase, getVisibleCase, readCase, todayOf } from './case-access.js';
import type { DecisionRow } from './case-records.repo.js';
import { assertCaseArea } from './cases.policy.js';
import { caseStatusOf } from './cases.present.js';
import type { CaseRow } from './cases.repo.js';
import * as repo from './cases.repo.js';
import { buildLetterFor, contentOf } from './decision-letter.js';
import * as decisionsRepo from './decisions.repo.js';
import { LETTER_CSS_HREF, letterIncomplete, missingBlockPaths } from './letters.js';
import * as people from './people-facts.repo.js';
import { presentDecisionSummary } from './records.present.js';

/** Decision drafts (enkeltvedtak): create, edit, read, preview as HTML and PDF. Sending is in decisions.send.ts. */

export const invalidTransition = (): AppError =>
  new AppError('rule_violation', 'error.case_status', [{ path: 'status', code: 'invalid_transition', messageKey: 'field.invalid_transition' }]);

/** The sent letter kept with the decision, so its PDF is the letter that was sent. */
const sentLetterOf = (row: DecisionRow): Letter | undefined => (row.content as { sentLetter?: Letter }).sentLetter;

async function present(ctx: ServiceContext, tx: Tx, kase: CaseRow, row: DecisionRow): Promise<Decision> {
  const staff = await repo.staffByIds(tx, ctx.actor.municipalityId, [row.decidedBy, row.attestedBy]);
  let missingBlocks: string[] = [];
  if (row.status === 'draft') {
    const today = todayOf(ctx);
    const { result } = await buildLetterFor(ctx, tx, kase, row, { decidedOn: today, noticeSentOn: today });
    missingBlocks = result.ok ? [] : missingBlockPaths(result.missing);
  }
  return { ...presentDecisionSummary(row, staff), content: contentOf(row), missingBlocks };
}

export async function getDecisionRow(ctx: ServiceContext, tx: Tx, caseId: string, decisionId: string, forUpdate = false): Promise<DecisionRow> {
  const row = await decisionsRepo.findDecision(tx, ctx.actor.municipalityId, caseId, decisionId, forUpdate);
  if (!row) throw notFound();
  return row;
}

/**
 * Starts a decision draft on a case waiting for its decision (or sent back by the appeal body),
 * in the person's written language unless another is chosen.
 * @throws AppError forbidden, not_found, rule_violation (the case's status allows no new draft).
 */
export async function createDecision(ctx: ServiceContext, caseId: string, body: CreateDecisionBody): Promise<Decision> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    const kase = await getHandleableCase(ctx, tx, caseId);
    if (!canDraftDecision(caseStatusOf(kase))) throw invalidTransition();
    const person = await people.findPerson(tx, municipalityId, kase.personId);
    if (!person) throw notFound();
    const row = await decisionsRepo.insertDecision(tx, {
      municipalityId,
      caseId: kase.id,
      outcome: body.outcome,
      status: 'draft',
      language: body.language ?? person.writtenLanguage,
      content: body.content,
      decidedBy: userId,
    });
    await recordEvent(tx, ctx, { type: 'decision.drafted', subjectType: 'case', subjectId: kase.id, data: { decisionId: row.id, outcome: row.outcome } });
    return present(ctx, tx, kase, row);
  });
}

/** Changes a draft's outcome, language or content. @throws AppError forbidden, not_found, rule_violation (not a draft). */
export async function updateDecision(ctx: ServiceContext, caseId: string, decisionId: string, body: UpdateDecisionBody): Promise<Decision> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await getHandleableCase(ctx, tx, caseId);
    const row = await getDecisionRow(ctx, tx, kase.id, decisionId, true);
    if (!canEditDecision(row.status)) throw invalidTransition();
    const updated = await decisionsRepo.updateDecision(tx, ctx.actor.municipalityId, row.id, {
      ...(body.outcome ? { outcome: body.outcome } : {}),
      ...(body.language ? { language: body.language } : {}),
      ...(body.content ? { content: decisionContentSchema.parse(body.content) } : {}),
    });
    await recordEvent(tx, ctx, {
      type: 'decision.updated',
      subjectType: 'case',
      subjectId: kase.id,
      data: { decisionId: row.id, outcome: updated.outcome, language: updated.language, fields: Object.keys(body) },
    });
    return present(ctx, tx, kase, updated);
  });
}

/** One decision with its content and what the letter still lacks; the read is logged. @throws AppError forbidden, not_found. */
export async function getDecision(ctx: ServiceContext, caseId: string, decisionId: string): Promise<Decision> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await readCase(ctx, tx, caseId, 'case.decision.view');
    return present(ctx, tx, kase, await getDecisionRow(ctx, tx, kase.id, decisionId));
  });
}

function missingPage(language: 'nb' | 'nn', paths: readonly string[]): string {
  const heading = language === 'nn' ? 'Vedtaksbrevet manglar innhald' : 'Vedtaksbrevet mangler innhold';
  const items = paths.map((p) => `<li>${escapeHtml(p)}</li>`).join('');
  return `<!doctype html>\n<html lang="${language}">\n<head><meta charset="utf-8"><title>${heading}</title><link rel="stylesheet" href="${LETTER_CSS_HREF}"></head>\n<body><main><h1>${heading}</h1><ul>${items}</ul></main></body>\n</html>\n`;
}

/**
 * The letter as HTML: the sent text for a sent decision, else the draft as it would be sent
 * today — or, while blocks are missing, a page listing them. The read is logged.
 * @throws AppError forbidden, not_found.
 */
export async function previewDecision(ctx: ServiceContext, caseId: string, decisionId: string): Promise<string> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await readCase(ctx, tx, caseId, 'case.decision.preview');
    const row = await getDecisionRow(ctx, tx, kase.id, decisionId);
    if (row.status === 'sent' && row.html) return row.html;
    const today = todayOf(ctx);
    const { result } = await buildLetterFor(ctx, tx, kase, row, { decidedOn: today, noticeSentOn: today });
    return result.ok ? renderLetterHtml(result.letter, { stylesheetHref: LETTER_CSS_HREF }) : missingPage(row.language, missingBlockPaths(result.missing));
  });
}

/**
 * The decision letter as a tagged PDF: the letter that was sent, or a draft as it would be sent today.
 * @throws AppError forbidden, not_found, rule_violation (a draft with missing blocks).
 */
export async function decisionPdf(ctx: ServiceContext, caseId: string, decisionId: string): Promise<{ pdf: Buffer; filename: string }> {
  assertCaseArea(ctx.actor);
  const letter = await ctx.transaction(async (tx) => {
    const kase = await getVisibleCase(ctx, tx, caseId);
    await logAccess(tx, ctx, { subjectType: 'case', subjectId: kase.id, purpose: 'case.decision.pdf' });
    const row = await getDecisionRow(ctx, tx, kase.id, decisionId);
    const sent = sentLetterOf(row);
    if (row.status === 'sent' && sent) return { letter: sent, caseNumber: kase.caseNumber };
    const today = todayOf(ctx);
    const { result } = await buildLetterFor(ctx, tx, kase, row, { decidedOn: today, noticeSentOn: today });
    if (!result.ok) throw letterIncomplete(result.missing);
    return { letter: result.letter, caseNumber: kase.caseNumber };
  });
  // Rendering is CPU work outside the transaction, so the connection is not held while it runs.
  // pdfkit and its fonts load on the first PDF, not at start-up.
  const { renderLetterPdf } = await import('../../platform/pdf.js');
  return { pdf: await renderLetterPdf(letter.letter), filename: `vedtak-${letter.caseNumber}.pdf` };
}
