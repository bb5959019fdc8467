import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { acceptOfferBodySchema, createOfferBodySchema, offerListSchema, offerQuerySchema, offerSchema, refuseOfferBodySchema } from '../../../contracts/offers.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { acceptOffer, createOffer, listOffers, refuseOffer } from './offers.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
const idParams = z.object({ id: z.uuid() });

/** The waiting list, allocation rounds, offers and the fairness monitor (docs/adr/0013). */
export function registerAllocationRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  const tags = ['offers'];

  app.get('/api/offers', { schema: { tags, summary: 'The offers board (expires overdue offers first)', querystring: offerQuerySchema, response: { 200: offerListSchema, ...errors } } }, async (req) =>
    listOffers(ctxOf(req), req.query.status),
  );
  app.post(
    '/api/offers',
    { schema: { tags, summary: 'Offer a vacant dwelling to a household on the waiting list (reserves it; writes the offer letter)', body: createOfferBodySchema, response: { 201: offerSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createOffer(ctxOf(req), req.body)),
  );
  app.post('/api/offers/:id/accept', { schema: { tags, summary: 'Record the yes: drafts the lease', params: idParams, body: acceptOfferBodySchema, response: { 200: offerSchema, ...errors } } }, async (req) =>
    acceptOffer(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/offers/:id/refuse',
    { schema: { tags, summary: 'Record the no with a reason, judged by the municipality\'s rule; frees the dwelling', params: idParams, body: refuseOfferBodySchema, response: { 200: offerSchema, ...errors } } },
    async (req) => refuseOffer(ctxOf(req), req.params.id, req.body),
  );
}
