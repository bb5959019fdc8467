import { errorResponseSchema } from '../../../contracts/errors.js';
import { countQuerySchema, homelessnessCountSchema, submitCountBodySchema } from '../../../contracts/homelessness.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getCount, submitCount } from './homelessness.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 409: errorResponseSchema };
const tags = ['homelessness-count'];

/** The homelessness count helper (week 48): figures, households (caseworker, NAV adviser), the submitted count. */
export function registerHomelessnessRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/homelessness-count',
    {
      schema: {
        tags,
        summary: "The week's figures by category (the manager: <5 suppressed), the households for the caseworker and NAV adviser (access-logged), the submitted count",
        querystring: countQuerySchema,
        response: { 200: homelessnessCountSchema, ...errors },
      },
    },
    async (req) => getCount(ctxOf(req), req.query.year, req.query.week),
  );
  app.post(
    '/api/homelessness-count',
    { schema: { tags, summary: "Submit the week's figures (once; a submitted count is final)", body: submitCountBodySchema, response: { 201: homelessnessCountSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await submitCount(ctxOf(req), req.body)),
  );
}
