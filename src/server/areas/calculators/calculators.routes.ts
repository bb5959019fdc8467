import { addParameterBodySchema, bostotteBodySchema, bostotteResultSchema, calculatorParameterListSchema, startlanBodySchema, startlanResultSchema } from '../../../contracts/calculators.js';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { calculateBostotte, calculateStartlan } from './calculators.service.js';
import { addParameter, listParameters } from './parameters.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };

/** Startlån affordability and the bostøtte estimate: calculations with their workings; nothing is stored. */
export function registerCalculatorRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  const tags = ['calculators'];

  app.post(
    '/api/calculators/startlan',
    {
      schema: {
        tags,
        summary: 'Startlån affordability: margin, largest loan at styringsrente + 2.5 pp, payments, frarådning with reasons',
        body: startlanBodySchema,
        response: { 200: startlanResultSchema, ...errors },
      },
    },
    async (req) => calculateStartlan(ctxOf(req), req.body, req.language),
  );
  app.post(
    '/api/calculators/bostotte',
    {
      schema: {
        tags,
        summary: 'Bostøtte estimate with every step of the formula (Husbanken decides)',
        body: bostotteBodySchema,
        response: { 200: bostotteResultSchema, ...errors },
      },
    },
    async (req) => calculateBostotte(ctxOf(req), req.body, req.language),
  );
  app.get(
    '/api/calculators/parameters',
    {
      schema: {
        tags,
        summary: "Every parameter with the value in force today and its source, and the municipality's own dated values",
        response: { 200: calculatorParameterListSchema, ...errors },
      },
    },
    async (req) => listParameters(ctxOf(req)),
  );
  app.post(
    '/api/calculators/parameters',
    {
      schema: {
        tags,
        summary: "Add the municipality's own value of a parameter from a date (the admin); checked per key",
        body: addParameterBodySchema,
        response: { 201: calculatorParameterListSchema, ...errors },
      },
    },
    async (req, reply) => reply.status(201).send(await addParameter(ctxOf(req), req.body)),
  );
}
