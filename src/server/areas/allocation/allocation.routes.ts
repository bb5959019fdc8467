import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { acceptOfferBodySchema, createOfferBodySchema, offerListSchema, offerQuerySchema, offerSchema, refuseOfferBodySchema } from '../../../contracts/offers.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import {
  fairnessQuerySchema,
  fairnessSchema,
  overrideBodySchema,
  replaySchema,
  roundListSchema,
  roundSchema,
  sendOffersBodySchema,
  sendOffersResultSchema,
  waitingListSchema,
  waitingPlaceSchema,
  waitingQuerySchema,
} from '../../../contracts/allocation.js';
import { getRound, getWaitingEntry, getWaitingList, listRounds, replayRound, runRound, sendRoundOffers, setPriorityOverride } from './allocation.service.js';
import { getFairness } from './fairness.service.js';
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
  const allocation = ['allocation'];

  app.get(
    '/api/waiting-list',
    { schema: { tags: allocation, summary: 'The waiting list in priority order with each household\'s reasons', querystring: waitingQuerySchema, response: { 200: waitingListSchema, ...errors } } },
    async (req) => getWaitingList(ctxOf(req), req.query),
  );
  app.get(
    '/api/waiting-list/:id',
    { schema: { tags: allocation, summary: 'One household\'s status and place on the waiting list, by case (logged as a read)', params: idParams, response: { 200: waitingPlaceSchema, ...errors } } },
    async (req) => getWaitingEntry(ctxOf(req), req.params.id),
  );
  app.put(
    '/api/waiting-list/:id/override',
    { schema: { tags: allocation, summary: 'Set or remove a caseworker\'s priority override (written reason, audited)', params: idParams, body: overrideBodySchema, response: { 204: z.null(), ...errors } } },
    async (req, reply) => {
      await setPriorityOverride(ctxOf(req), req.params.id, req.body);
      return reply.status(204).send(null);
    },
  );
  app.get('/api/allocation/rounds', { schema: { tags: allocation, summary: 'Allocation rounds, newest first', response: { 200: roundListSchema, ...errors } } }, async (req) => listRounds(ctxOf(req)));
  app.post(
    '/api/allocation/rounds',
    { schema: { tags: allocation, summary: 'Run an allocation round over all current vacancies (stored with seed, rule versions and input hash)', response: { 201: roundSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await runRound(ctxOf(req))),
  );
  app.get('/api/allocation/rounds/:id', { schema: { tags: allocation, summary: 'One round with proposals, candidates and explanations', params: idParams, response: { 200: roundSchema, ...errors } } }, async (req) =>
    getRound(ctxOf(req), req.params.id),
  );
  app.post('/api/allocation/rounds/:id/replay', { schema: { tags: allocation, summary: 'Re-run the stored round and compare (appeals, audits)', params: idParams, response: { 200: replaySchema, ...errors } } }, async (req) =>
    replayRound(ctxOf(req), req.params.id),
  );
  app.post(
    '/api/allocation/rounds/:id/offers',
    { schema: { tags: allocation, summary: 'Send the offers the meeting chose (all or none)', params: idParams, body: sendOffersBodySchema, response: { 201: sendOffersResultSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await sendRoundOffers(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/api/fairness', { schema: { tags: allocation, summary: 'Fairness monitor: waits and outcomes by group (aggregates, < 5 suppressed)', querystring: fairnessQuerySchema, response: { 200: fairnessSchema, ...errors } } }, async (req) =>
    getFairness(ctxOf(req), req.query),
  );

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
