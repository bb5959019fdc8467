import {
  appealActionResultSchema,
  appealOutcomeBodySchema,
  appealParamsSchema,
  caseActionResultSchema,
  caseIdParamsSchema,
  createDecisionBodySchema,
  decisionParamsSchema,
  decisionSchema,
  forwardBodySchema,
  letterParamsSchema,
  preliminaryReplyBodySchema,
  registerAppealBodySchema,
  reviewAppealBodySchema,
  sendDecisionResultSchema,
  updateDecisionBodySchema,
} from '../../../contracts/cases.js';
import { LETTER_CSS } from '../../../domain/letters/render-html.js';
import type { HuslyApp } from '../../platform/http.js';
import { recordAppealOutcome, registerAppeal, reviewAppeal } from './appeals.service.js';
import { forwardCase, sendPreliminaryReply } from './case-actions.service.js';
import { caseErrors, tags, type ContextOf } from './cases.http.js';
import { attestDecision, sendDecision } from './decisions.send.js';
import { createDecision, decisionPdf, getDecision, previewDecision, updateDecision } from './decisions.service.js';
import { attachmentHeader } from './file-content.js';
import { getLetterHtml } from './letters.service.js';

const HTML = 'text/html; charset=utf-8';

/** Decisions, letters, the foreløpig svar, forwarding and appeals. */
export function registerDecisionRoutes(app: HuslyApp, ctxOf: ContextOf): void {
  const path = '/api/cases/:id/decisions/:decisionId';
  app.post(
    '/api/cases/:id/decisions',
    { schema: { tags, summary: 'Start a decision draft', params: caseIdParamsSchema, body: createDecisionBodySchema, response: { 201: decisionSchema, ...caseErrors } } },
    async (req, reply) => reply.status(201).send(await createDecision(ctxOf(req), req.params.id, req.body)),
  );
  app.get(path, { schema: { tags, summary: 'A decision with its content and missing letter blocks', params: decisionParamsSchema, response: { 200: decisionSchema, ...caseErrors } } }, async (req) =>
    getDecision(ctxOf(req), req.params.id, req.params.decisionId),
  );
  app.put(
    path,
    { schema: { tags, summary: 'Edit a draft', params: decisionParamsSchema, body: updateDecisionBodySchema, response: { 200: decisionSchema, ...caseErrors } } },
    async (req) => updateDecision(ctxOf(req), req.params.id, req.params.decisionId, req.body),
  );
  app.get(`${path}/preview.html`, { schema: { tags, summary: 'The letter as HTML (the sent text, or the draft as it would be sent today)', params: decisionParamsSchema } }, async (req, reply) =>
    reply.type(HTML).header('cache-control', 'no-store').send(await previewDecision(ctxOf(req), req.params.id, req.params.decisionId)),
  );
  app.get(`${path}/letter.pdf`, { schema: { tags, summary: 'The letter as a tagged PDF (PDF/UA)', params: decisionParamsSchema } }, async (req, reply) => {
    const { pdf, filename } = await decisionPdf(ctxOf(req), req.params.id, req.params.decisionId);
    return reply.type('application/pdf').header('content-disposition', attachmentHeader(filename)).header('cache-control', 'no-store').send(pdf);
  });
  app.post(
    `${path}/send`,
    { schema: { tags, summary: 'Send the decision (or submit it for attestation); 422 lists missing letter blocks', params: decisionParamsSchema, response: { 200: sendDecisionResultSchema, ...caseErrors } } },
    async (req) => sendDecision(ctxOf(req), req.params.id, req.params.decisionId),
  );
  app.post(
    `${path}/attest`,
    { schema: { tags, summary: 'Attest and send a decision written by another caseworker', params: decisionParamsSchema, response: { 200: sendDecisionResultSchema, ...caseErrors } } },
    async (req) => attestDecision(ctxOf(req), req.params.id, req.params.decisionId),
  );

  app.get('/api/cases/:id/letters/:letterId', { schema: { tags, summary: 'A sent letter as HTML (logged as a read)', params: letterParamsSchema } }, async (req, reply) =>
    reply.type(HTML).header('cache-control', 'no-store').send(await getLetterHtml(ctxOf(req), req.params.id, req.params.letterId)),
  );
  app.get('/api/letters/letter.css', { schema: { hide: true } }, async (_req, reply) => reply.type('text/css; charset=utf-8').send(LETTER_CSS));

  app.post(
    '/api/cases/:id/preliminary-reply',
    { schema: { tags, summary: 'Send a foreløpig svar (fvl. § 11a)', params: caseIdParamsSchema, body: preliminaryReplyBodySchema, response: { 200: caseActionResultSchema, ...caseErrors } } },
    async (req) => sendPreliminaryReply(ctxOf(req), req.params.id, req.body, req.language),
  );
  app.post(
    '/api/cases/:id/forward',
    { schema: { tags, summary: 'Forward the case to the competent unit, with a letter to the person', params: caseIdParamsSchema, body: forwardBodySchema, response: { 200: caseActionResultSchema, ...caseErrors } } },
    async (req) => forwardCase(ctxOf(req), req.params.id, req.body, req.language),
  );

  app.post(
    '/api/cases/:id/appeals',
    { schema: { tags, summary: 'Register an appeal (klage); late ones are flagged (fvl. § 31)', params: caseIdParamsSchema, body: registerAppealBodySchema, response: { 201: appealActionResultSchema, ...caseErrors } } },
    async (req, reply) => reply.status(201).send(await registerAppeal(ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/appeals/:id/review',
    { schema: { tags, summary: "The first instance's review: reverse (new draft) or uphold and forward", params: appealParamsSchema, body: reviewAppealBodySchema, response: { 200: appealActionResultSchema, ...caseErrors } } },
    async (req) => reviewAppeal(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/appeals/:id/outcome',
    { schema: { tags, summary: "The appeal body's outcome", params: appealParamsSchema, body: appealOutcomeBodySchema, response: { 200: appealActionResultSchema, ...caseErrors } } },
    async (req) => recordAppealOutcome(ctxOf(req), req.params.id, req.body),
  );
}
