import { z } from 'zod';
import {
  checkBodySchema,
  checkParamsSchema,
  createProjectBodySchema,
  projectListQuerySchema,
  projectListSchema,
  projectSchema,
  quotaUnitsBodySchema,
  statusBodySchema,
  updateProjectBodySchema,
} from '../../../contracts/building-projects.js';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as service from './building-projects.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema };
const idParams = z.object({ id: z.uuid() });
const tags = ['building-projects'];

/** Zoning plans and building projects against the action plan's quotas (manager, property manager). */
export function registerBuildingProjectRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/building-projects',
    { schema: { tags, summary: 'Projects with status and quota compliance against the adopted plan', querystring: projectListQuerySchema, response: { 200: projectListSchema, ...errors } } },
    async (req) => service.listProjects(ctxOf(req), req.query.status),
  );
  app.post(
    '/api/building-projects',
    { schema: { tags, summary: 'Register a zoning plan or building project', body: createProjectBodySchema, response: { 201: projectSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createProject(ctxOf(req), req.body)),
  );
  app.get(
    '/api/building-projects/:id',
    { schema: { tags, summary: "One project with the plan's quota check and the start-up meeting checklist", params: idParams, response: { 200: projectSchema, ...errors } } },
    async (req) => service.getProject(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/building-projects/:id',
    { schema: { tags, summary: "Change the project's fields", params: idParams, body: updateProjectBodySchema, response: { 200: projectSchema, ...errors } } },
    async (req) => service.updateProject(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/building-projects/:id/status',
    { schema: { tags, summary: 'Move the project to the next status or cancel it (409 with the reason when refused)', params: idParams, body: statusBodySchema, response: { 200: projectSchema, ...errors } } },
    async (req) => service.changeStatus(ctxOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/building-projects/:id/quotas',
    { schema: { tags, summary: 'Set the units the project plans per quota group', params: idParams, body: quotaUnitsBodySchema, response: { 200: projectSchema, ...errors } } },
    async (req) => service.setQuotaUnits(ctxOf(req), req.params.id, req.body),
  );
  app.put(
    '/api/building-projects/:id/checklist/:itemKey',
    { schema: { tags, summary: 'Tick or untick a checklist item with a note', params: checkParamsSchema, body: checkBodySchema, response: { 200: projectSchema, ...errors } } },
    async (req) => service.setCheck(ctxOf(req), req.params.id, req.params.itemKey, req.body),
  );
}
