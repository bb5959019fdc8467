import multipart from '@fastify/multipart';
import { z } from 'zod';
import {
  addNoteBodySchema,
  caseDetailSchema,
  caseIdParamsSchema,
  caseSummarySchema,
  evaluateBodySchema,
  evaluationSchema,
  intakeBodySchema,
  intakeResultSchema,
  noteSchema,
  rulesQuerySchema,
  ruleSetTextSchema,
  worklistSchema,
} from '../../../contracts/cases.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getCase } from './case-read.service.js';
import { caseErrors, tags, type ContextOf } from './cases.http.js';
import { registerDecisionRoutes } from './decisions.routes.js';
import { registerDocumentRoutes } from './documents.routes.js';
import { MAX_DOCUMENT_BYTES } from './documents.service.js';
import { evaluateCase, getRules } from './eligibility.service.js';
import { registerIntake } from './intake.service.js';
import { addNote } from './notes.service.js';
import { getWorklist } from './worklist.service.js';
import { listPersonCases } from './person-cases.service.js';


/**
 * Cases: intake, the case page, the work list, notes, documents, eligibility, decisions,
 * appeals, preliminary replies and forwarding. Registered as one encapsulated plugin so the
 * multipart parser (document upload) exists only here.
 */
export function registerCaseRoutes(app: HuslyApp, deps: AppDeps): void {
  void app.register(async (scope: HuslyApp) => {
    // One file per request, at most MAX_DOCUMENT_BYTES; a larger file fails with 413 before anything is stored.
    await scope.register(multipart, { limits: { fileSize: MAX_DOCUMENT_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 } });
    const ctxOf: ContextOf = (req) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
    registerCoreRoutes(scope, ctxOf);
    registerDocumentRoutes(scope, ctxOf);
    registerDecisionRoutes(scope, ctxOf);
  });
}

function registerCoreRoutes(app: HuslyApp, ctxOf: ContextOf): void {
  app.post(
    '/api/cases/intake',
    {
      schema: {
        tags,
        summary: 'Register a request for help and open one or more cases for an existing household',
        body: intakeBodySchema,
        response: { 201: intakeResultSchema, ...caseErrors },
      },
    },
    async (req, reply) => reply.status(201).send(await registerIntake(ctxOf(req), req.body, req.language)),
  );

  app.get(
    '/api/worklist',
    { schema: { tags, summary: 'The work list of the logged-in caseworker or NAV adviser, with counts', response: { 200: worklistSchema, ...caseErrors } } },
    async (req) => getWorklist(ctxOf(req)),
  );

  app.get(
    '/api/rules',
    {
      schema: {
        tags,
        summary: 'The eligibility rule set in force, as text in the response language (admin, caseworker)',
        querystring: rulesQuerySchema,
        response: { 200: ruleSetTextSchema, ...caseErrors },
      },
    },
    async (req) => getRules(ctxOf(req), req.language, req.query.date),
  );

  app.get(
    '/api/persons/:id/cases',
    {
      schema: {
        tags,
        summary: "A person's cases (as main person or household member) that the user may see",
        params: caseIdParamsSchema,
        response: { 200: z.object({ items: z.array(caseSummarySchema) }), ...caseErrors },
      },
    },
    async (req) => ({ items: await listPersonCases(ctxOf(req), req.params.id, req.language) }),
  );

  app.get(
    '/api/cases/:id',
    { schema: { tags, summary: 'The case page (logged as a read)', params: caseIdParamsSchema, response: { 200: caseDetailSchema, ...caseErrors } } },
    async (req) => getCase(ctxOf(req), req.params.id, req.language),
  );

  app.post(
    '/api/cases/:id/eligibility',
    {
      schema: {
        tags,
        summary: 'Evaluate eligibility for a rental-dwelling case; overrides need a written reason',
        params: caseIdParamsSchema,
        body: evaluateBodySchema,
        response: { 201: evaluationSchema, ...caseErrors },
      },
    },
    async (req, reply) => reply.status(201).send(await evaluateCase(ctxOf(req), req.params.id, req.body, req.language)),
  );

  app.post(
    '/api/cases/:id/notes',
    { schema: { tags, summary: 'Add a note (sensitivity: none, health, substance_use)', params: caseIdParamsSchema, body: addNoteBodySchema, response: { 201: noteSchema, ...caseErrors } } },
    async (req, reply) => reply.status(201).send(await addNote(ctxOf(req), req.params.id, req.body)),
  );
}
