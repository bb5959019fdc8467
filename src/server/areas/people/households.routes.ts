import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  addMemberBodySchema,
  createHouseholdBodySchema,
  householdSchema,
  removeMemberBodySchema,
  updateMemberBodySchema,
} from '../../../contracts/people.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as households from './households.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
const tags = ['persons'];
const idParams = z.object({ id: z.uuid() });
const memberParams = z.object({ id: z.uuid(), personId: z.uuid() });

/** Households and their members; registered by registerPeopleRoutes. */
export function registerHouseholdRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.post(
    '/api/households',
    { schema: { tags, summary: 'Create a household with its head', body: createHouseholdBodySchema, response: { 201: householdSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await households.createHousehold(ctxOf(req), req.body)),
  );

  app.get(
    '/api/households/:id',
    { schema: { tags, summary: 'A household and its members (access-logged)', params: idParams, response: { 200: householdSchema, ...errors } } },
    async (req) => households.getHousehold(ctxOf(req), req.params.id),
  );

  app.post(
    '/api/households/:id/members',
    { schema: { tags, summary: 'Add a member', params: idParams, body: addMemberBodySchema, response: { 201: householdSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await households.addMember(ctxOf(req), req.params.id, req.body)),
  );

  app.patch(
    '/api/households/:id/members/:personId',
    { schema: { tags, summary: "Change a member's relation or income", params: memberParams, body: updateMemberBodySchema, response: { 200: householdSchema, ...errors } } },
    async (req) => households.updateMember(ctxOf(req), req.params.id, req.params.personId, req.body),
  );

  app.post(
    '/api/households/:id/members/:personId/remove',
    { schema: { tags, summary: 'End a membership (kept as history)', params: memberParams, body: removeMemberBodySchema.default({}), response: { 200: householdSchema, ...errors } } },
    async (req) => households.removeMember(ctxOf(req), req.params.id, req.params.personId, req.body),
  );
}
