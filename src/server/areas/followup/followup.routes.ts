import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  addNoteBodySchema,
  addServiceBodySchema,
  createPlanBodySchema,
  endPlanBodySchema,
  endServiceBodySchema,
  myDaySchema,
  planContactBodySchema,
  planListQuerySchema,
  planListSchema,
  planSchema,
  recordContactBodySchema,
  sharingOverviewSchema,
  updatePlanBodySchema,
  workerListSchema,
} from '../../../contracts/followup.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { planContact, recordContact } from './contacts.service.js';
import { getMyDay } from './my-day.service.js';
import { getSharingOverview } from './person-overview.service.js';
import { addNote, addService, endService } from './plan-items.service.js';
import { createPlan, endPlan, getPlan, listPlans, listWorkers, updatePlan } from './plans.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
const idParams = z.object({ id: z.uuid() });
const tags = ['followup'];

/**
 * Follow-up (oppfølging, issue 6 §§ 1, 6, 9): plans, services, visits and contacts, notes, a
 * worker's day; and the person's own overview of consents and reads (innsyn).
 */
export function registerFollowupRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get('/api/followup/my-day', { schema: { tags, summary: "My day: my households (overdue first), today's visits, my open tasks", response: { 200: myDaySchema, ...errors } } }, async (req) =>
    getMyDay(ctxOf(req)),
  );

  app.get(
    '/api/followup/plans',
    { schema: { tags, summary: 'Plans of the households I may see (consent register), the most urgent first', querystring: planListQuerySchema, response: { 200: planListSchema, ...errors } } },
    async (req) => listPlans(ctxOf(req), req.query),
  );

  app.post(
    '/api/followup/plans',
    { schema: { tags, summary: 'Open a plan for a household (one open plan per household: 409 otherwise)', body: createPlanBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createPlan(ctxOf(req), req.body)),
  );

  app.get('/api/followup/plans/:id', { schema: { tags, summary: "A household's plan (access-logged)", params: idParams, response: { 200: planSchema, ...errors } } }, async (req) =>
    getPlan(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/followup/plans/:id',
    { schema: { tags, summary: 'Change the team, the responsible worker, the goals or the visit frequency', params: idParams, body: updatePlanBodySchema, response: { 200: planSchema, ...errors } } },
    async (req) => updatePlan(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/followup/plans/:id/end',
    { schema: { tags, summary: 'End a plan with a reason', params: idParams, body: endPlanBodySchema, response: { 200: planSchema, ...errors } } },
    async (req) => endPlan(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/followup/plans/:id/services',
    { schema: { tags, summary: 'Add a service the household receives', params: idParams, body: addServiceBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await addService(ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/followup/services/:id/end',
    { schema: { tags, summary: 'End a service', params: idParams, body: endServiceBodySchema, response: { 200: planSchema, ...errors } } },
    async (req) => endService(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/followup/plans/:id/contacts',
    { schema: { tags, summary: 'Plan a visit or contact', params: idParams, body: planContactBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await planContact(ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/followup/contacts/:id/record',
    {
      schema: {
        tags,
        summary: 'Record a planned contact as held (a held move-in visit closes its task), missed or cancelled',
        params: idParams,
        body: recordContactBodySchema,
        response: { 200: planSchema, ...errors },
      },
    },
    async (req) => recordContact(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/followup/plans/:id/notes',
    { schema: { tags, summary: 'Add a note (flag health or substance use)', params: idParams, body: addNoteBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await addNote(ctxOf(req), req.params.id, req.body)),
  );

  app.get('/api/followup/workers', { schema: { tags, summary: "The follow-up team's active staff", response: { 200: workerListSchema, ...errors } } }, async (req) =>
    listWorkers(ctxOf(req)),
  );

  app.get(
    '/api/persons/:id/sharing-overview',
    {
      schema: {
        tags: ['persons'],
        summary: "The person's own overview: consents and who has read the file (caseworker; access-logged)",
        params: idParams,
        response: { 200: sharingOverviewSchema, ...errors },
      },
    },
    async (req) => getSharingOverview(ctxOf(req), req.params.id),
  );
}
