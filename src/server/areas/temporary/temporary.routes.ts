import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  createPlaceBodySchema,
  createProviderBodySchema,
  createStayBodySchema,
  kostraQuerySchema,
  kostraSummarySchema,
  placeSchema,
  providerListSchema,
  providerSchema,
  signalRunSchema,
  stayIdParamsSchema,
  stayListQuerySchema,
  stayListSchema,
  staySchema,
  updatePlaceBodySchema,
  updateProviderBodySchema,
  updateStayBodySchema,
} from '../../../contracts/temporary.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as providers from './providers.service.js';
import { runSignals } from './signals.service.js';
import { getKostraSummary, getStay, listStays } from './stays-read.service.js';
import { registerStay, updateStay } from './stays.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
const idParams = z.object({ id: z.uuid() });
const tags = ['temporary'];

/** Temporary accommodation (midlertidig botilbud, sosialtjenesteloven § 27): providers, places, stays, the long-stay signal, KOSTRA figures. */
export function registerTemporaryRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get('/api/temporary/providers', { schema: { tags, summary: 'Providers with their places (NAV, caseworker)', response: { 200: providerListSchema, ...errors } } }, async (req) => ({
    items: await providers.listProviders(ctxOf(req)),
  }));

  app.post(
    '/api/temporary/providers',
    { schema: { tags, summary: 'Register a provider; a private overnight operator needs contract terms and a start date', body: createProviderBodySchema, response: { 201: providerSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await providers.createProvider(ctxOf(req), req.body)),
  );

  app.get('/api/temporary/providers/:id', { schema: { tags, summary: 'One provider', params: idParams, response: { 200: providerSchema, ...errors } } }, async (req) =>
    providers.getProvider(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/temporary/providers/:id',
    { schema: { tags, summary: 'Change a provider (null clears a field)', params: idParams, body: updateProviderBodySchema, response: { 200: providerSchema, ...errors } } },
    async (req) => providers.updateProvider(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/temporary/providers/:id/places',
    { schema: { tags, summary: 'Add a place with its quality checklist', params: idParams, body: createPlaceBodySchema, response: { 201: placeSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await providers.createPlace(ctxOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/temporary/places/:id',
    { schema: { tags, summary: "Change a place's label or checklist", params: idParams, body: updatePlaceBodySchema, response: { 200: placeSchema, ...errors } } },
    async (req) => providers.updatePlace(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/temporary/stays',
    {
      schema: {
        tags,
        summary: "Stays with days so far and KOSTRA's flags (open ones by default); a NAV adviser's listing runs the long-stay signal first",
        querystring: stayListQuerySchema,
        response: { 200: stayListSchema, ...errors },
      },
    },
    async (req) => listStays(ctxOf(req), req.query),
  );

  app.post(
    '/api/temporary/stays',
    { schema: { tags, summary: "Register a household's stay under its § 27 case (NAV adviser)", body: createStayBodySchema, response: { 201: staySchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await registerStay(ctxOf(req), req.body)),
  );

  app.get('/api/temporary/stays/:id', { schema: { tags, summary: 'One stay (logged as a read)', params: stayIdParamsSchema, response: { 200: staySchema, ...errors } } }, async (req) =>
    getStay(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/temporary/stays/:id',
    {
      schema: {
        tags,
        summary: 'End a stay, record the cooperation agreement or the cleaning offer, children present, the housing case (NAV adviser)',
        params: stayIdParamsSchema,
        body: updateStayBodySchema,
        response: { 200: staySchema, ...errors },
      },
    },
    async (req) => updateStay(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/temporary/signals/run',
    { schema: { tags, summary: 'Raise a task for every household in temporary accommodation past three months (NAV adviser)', response: { 200: signalRunSchema, ...errors } } },
    async (req) => runSignals(ctxOf(req)),
  );

  app.get(
    '/api/temporary/kostra',
    { schema: { tags, summary: "KOSTRA's household figures for a calendar year (NAV, caseworker)", querystring: kostraQuerySchema, response: { 200: kostraSummarySchema, ...errors } } },
    async (req) => getKostraSummary(ctxOf(req), req.query.year),
  );
}
