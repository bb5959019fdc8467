import { errorResponseSchema } from '../../../contracts/errors.js';
import { indicatorsQuerySchema, indicatorsSchema, kostraParamsSchema, kostraSchema } from '../../../contracts/indicators.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getIndicators } from './indicators.service.js';
import { getKostra, getKostraCsv } from './kostra.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema };

/** The indicators for a period and KOSTRA skjema 13 for a year (manager and politician; aggregates only). */
export function registerIndicatorRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/indicators',
    {
      schema: {
        tags: ['indicators'],
        summary: 'Every indicator for the period (default this year to today): the municipality, each district and the unassigned facts, with definitions; counts 1–4 as «<5»',
        querystring: indicatorsQuerySchema,
        response: { 200: indicatorsSchema, ...errors },
      },
    },
    async (req) => getIndicators(ctxOf(req), req.query),
  );

  app.get(
    '/api/kostra/:year.csv',
    { schema: { tags: ['kostra'], summary: 'KOSTRA skjema 13 for the year as CSV (semicolon-separated, UTF-8 with BOM)', params: kostraParamsSchema } },
    async (req, reply) => {
      const file = await getKostraCsv(ctxOf(req), req.params.year);
      return reply
        .header('content-type', 'text/csv; charset=utf-8')
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    },
  );

  app.get(
    '/api/kostra/:year',
    {
      schema: {
        tags: ['kostra'],
        summary: "KOSTRA skjema 13 for the year: the form's rows, the validation findings (manager) and last year beside it; the politician's counts 1–4 as «<5»",
        params: kostraParamsSchema,
        response: { 200: kostraSchema, ...errors },
      },
    },
    async (req) => getKostra(ctxOf(req), req.params.year),
  );
}
