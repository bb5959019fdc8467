import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  activitySchema,
  addPartyBodySchema,
  buildingDetailSchema,
  buildingListSchema,
  buildingSlugParamsSchema,
  buildingTenantListSchema,
  caretakerTaskListQuerySchema,
  caretakerTaskListSchema,
  caretakerTaskSchema,
  closeNeighbourCaseBodySchema,
  completeCaretakerTaskBodySchema,
  createActivityBodySchema,
  createCaretakerTaskBodySchema,
  createNeighbourCaseBodySchema,
  neighbourCaseIdParamsSchema,
  neighbourCaseListQuerySchema,
  neighbourCaseListSchema,
  neighbourCaseSchema,
  neighbourhoodStaffSchema,
  recordAgreementBodySchema,
  recordMeetingBodySchema,
} from '../../../contracts/neighbourhood.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as activities from './activities.service.js';
import * as buildings from './buildings.service.js';
import { getCase, listCases } from './cases-read.service.js';
import * as cases from './cases.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const tags = ['neighbourhood'];
const idParams = z.object({ id: z.uuid() });

/** Neighbourhood work (bomiljø): buildings, activities, the caretaker's tasks and neighbour cases. */
export function registerNeighbourhoodRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/neighbourhood/buildings',
    { schema: { tags, summary: 'Buildings with municipal dwellings, with activities, open caretaker tasks and (team) active cases', response: { 200: buildingListSchema, ...errors } } },
    async (req) => buildings.listBuildings(ctxOf(req)),
  );

  app.get(
    '/api/neighbourhood/buildings/:slug',
    { schema: { tags, summary: "One building: activity summary, activities, caretaker tasks, (team) its cases", params: buildingSlugParamsSchema, response: { 200: buildingDetailSchema, ...errors } } },
    async (req) => buildings.getBuilding(ctxOf(req), req.params.slug),
  );

  app.get(
    '/api/neighbourhood/buildings/:slug/tenants',
    { schema: { tags, summary: 'Tenants of the building who may be named as parties (team; never a protected address)', params: buildingSlugParamsSchema, response: { 200: buildingTenantListSchema, ...errors } } },
    async (req) => buildings.listTenants(ctxOf(req), req.params.slug),
  );

  app.get(
    '/api/neighbourhood/staff',
    { schema: { tags, summary: 'The neighbourhood team and property managers, to choose a responsible worker or caretaker', response: { 200: neighbourhoodStaffSchema, ...errors } } },
    async (req) => buildings.listStaff(ctxOf(req)),
  );

  app.post(
    '/api/neighbourhood/activities',
    { schema: { tags, summary: "Record a building activity with households invited and attending (team)", body: createActivityBodySchema, response: { 201: activitySchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await activities.recordActivity(ctxOf(req), req.body)),
  );

  app.get(
    '/api/neighbourhood/caretaker-tasks',
    { schema: { tags, summary: "The caretaker's tasks (open by default), for a building or all", querystring: caretakerTaskListQuerySchema, response: { 200: caretakerTaskListSchema, ...errors } } },
    async (req) => activities.listCaretakerTasks(ctxOf(req), req.query),
  );

  app.post(
    '/api/neighbourhood/caretaker-tasks',
    { schema: { tags, summary: "Add a task to a building's caretaker list", body: createCaretakerTaskBodySchema, response: { 201: caretakerTaskSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await activities.createCaretakerTask(ctxOf(req), req.body)),
  );

  app.post(
    '/api/neighbourhood/caretaker-tasks/:id/done',
    { schema: { tags, summary: 'Mark a caretaker task done, with whether residents took part', params: idParams, body: completeCaretakerTaskBodySchema, response: { 200: caretakerTaskSchema, ...errors } } },
    async (req) => activities.completeCaretakerTask(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/neighbourhood/cases',
    { schema: { tags, summary: 'Neighbour cases (team): active ones by default, with counts by status', querystring: neighbourCaseListQuerySchema, response: { 200: neighbourCaseListSchema, ...errors } } },
    async (req) => listCases(ctxOf(req), req.query),
  );

  app.post(
    '/api/neighbourhood/cases',
    { schema: { tags, summary: 'Open a complaint or conflict case in a building (team)', body: createNeighbourCaseBodySchema, response: { 201: neighbourCaseSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await cases.openCase(ctxOf(req), req.body)),
  );

  app.get(
    '/api/neighbourhood/cases/:id',
    { schema: { tags, summary: "One case with parties and events (team; each tenant household named is logged as read)", params: neighbourCaseIdParamsSchema, response: { 200: neighbourCaseSchema, ...errors } } },
    async (req) => getCase(ctxOf(req), req.params.id),
  );

  app.post(
    '/api/neighbourhood/cases/:id/parties',
    { schema: { tags, summary: 'Add a party: a tenant of the building (leaseId) or a neighbour by label', params: neighbourCaseIdParamsSchema, body: addPartyBodySchema, response: { 200: neighbourCaseSchema, ...errors } } },
    async (req) => cases.addParty(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/neighbourhood/cases/:id/meetings',
    { schema: { tags, summary: 'Record a dialogue meeting (the first moves the case to dialogue)', params: neighbourCaseIdParamsSchema, body: recordMeetingBodySchema, response: { 200: neighbourCaseSchema, ...errors } } },
    async (req) => cases.recordMeeting(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/neighbourhood/cases/:id/agreements',
    { schema: { tags, summary: 'Record the agreement (needs a dialogue meeting first)', params: neighbourCaseIdParamsSchema, body: recordAgreementBodySchema, response: { 200: neighbourCaseSchema, ...errors } } },
    async (req) => cases.recordAgreement(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/neighbourhood/cases/:id/close',
    { schema: { tags, summary: 'Close the case with an outcome', params: neighbourCaseIdParamsSchema, body: closeNeighbourCaseBodySchema, response: { 200: neighbourCaseSchema, ...errors } } },
    async (req) => cases.closeCase(ctxOf(req), req.params.id, req.body),
  );
}
