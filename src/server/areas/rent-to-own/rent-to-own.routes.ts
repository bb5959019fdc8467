import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { candidateListSchema, createPlanBodySchema, outcomeBodySchema, planListQuerySchema, planListSchema, planSchema, updatePlanBodySchema } from '../../../contracts/rent-to-own.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { createPlan, getPlan, listCandidates, listPlans, recordOutcome, updatePlan } from './rent-to-own.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const idParams = z.object({ id: z.uuid() });
const tags = ['rent-to-own'];

/** Rent-to-own (leie til eie): households on the path, plans, start-loan cases and outcomes. */
export function registerRentToOwnRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/rent-to-own/plans',
    { schema: { tags, summary: 'Households on the path to an owned home (active plans by default)', querystring: planListQuerySchema, response: { 200: planListSchema, ...errors } } },
    async (req) => listPlans(ctxOf(req), req.query.status),
  );

  app.get(
    '/api/rent-to-own/candidates',
    { schema: { tags, summary: 'Running leases of dwellings with rent-to-own potential and no active plan', response: { 200: candidateListSchema, ...errors } } },
    async (req) => listCandidates(ctxOf(req)),
  );

  app.post(
    '/api/rent-to-own/plans',
    { schema: { tags, summary: 'Start a plan on a running lease whose dwelling has rent-to-own potential', body: createPlanBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createPlan(ctxOf(req), req.body)),
  );

  app.get(
    '/api/rent-to-own/plans/:id',
    { schema: { tags, summary: "One plan (logged as a read of the household's file)", params: idParams, response: { 200: planSchema, ...errors } } },
    async (req) => getPlan(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/rent-to-own/plans/:id',
    { schema: { tags, summary: "Change the plan's text, target date or start-loan case", params: idParams, body: updatePlanBodySchema, response: { 200: planSchema, ...errors } } },
    async (req) => updatePlan(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/rent-to-own/plans/:id/outcome',
    { schema: { tags, summary: 'Record the outcome: moved to an owned home, or ended with a note', params: idParams, body: outcomeBodySchema, response: { 200: planSchema, ...errors } } },
    async (req) => recordOutcome(ctxOf(req), req.params.id, req.body),
  );
}
