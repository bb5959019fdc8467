import { z } from 'zod';
import {
  accessLogListSchema,
  accessLogQuerySchema,
  auditEventListSchema,
  auditQuerySchema,
  createStaffUserBodySchema,
  staffUserListSchema,
  staffUserSchema,
  updateStaffUserBodySchema,
} from '../../../contracts/admin.js';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as service from './admin.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
const idParams = z.object({ id: z.uuid() });

export function registerAdminRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  const tags = ['admin'];

  app.get('/api/admin/users', { schema: { tags, summary: 'Staff accounts', response: { 200: staffUserListSchema, ...errors } } }, async (req) => ({
    items: await service.listUsers(ctxOf(req)),
  }));

  app.post(
    '/api/admin/users',
    { schema: { tags, summary: 'Create a staff account', body: createStaffUserBodySchema, response: { 201: staffUserSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await service.createUser(ctxOf(req), req.body)),
  );

  app.get(
    '/api/admin/users/:id',
    { schema: { tags, summary: 'One staff account (logged as a read)', params: idParams, response: { 200: staffUserSchema, ...errors } } },
    async (req) => service.getUser(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/admin/users/:id',
    {
      schema: {
        tags,
        summary: 'Change name, role or active flag (reason required)',
        params: idParams,
        body: updateStaffUserBodySchema,
        response: { 200: staffUserSchema, ...errors },
      },
    },
    async (req) => service.updateUser(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/admin/audit',
    { schema: { tags, summary: 'Audit log (hendelseslogg)', querystring: auditQuerySchema, response: { 200: auditEventListSchema, ...errors } } },
    async (req) => service.listAuditEvents(ctxOf(req), req.query),
  );

  app.get(
    '/api/admin/access-log',
    {
      schema: { tags, summary: 'Access log (innsynslogg)', querystring: accessLogQuerySchema, response: { 200: accessLogListSchema, ...errors } },
    },
    async (req) => service.listAccessLog(ctxOf(req), req.query),
  );
}
