import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { closeTaskBodySchema, taskListQuerySchema, taskListSchema, taskSchema } from '../../../contracts/tasks.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { closeMyTask, listMyTasks } from './tasks.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const tags = ['tasks'];

/** The actor's task queue: tasks raised by signals (arrears, renewals, § 9-2 alarms …). */
export function registerTaskRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  app.get('/api/tasks', { schema: { tags, summary: 'Open tasks for my role', querystring: taskListQuerySchema, response: { 200: taskListSchema, ...errors } } }, async (req) => ({
    items: await listMyTasks(ctxOf(req), req.query.kind),
  }));
  app.post(
    '/api/tasks/:id/close',
    { schema: { tags, summary: 'Close a task with an outcome', params: z.object({ id: z.uuid() }), body: closeTaskBodySchema, response: { 200: taskSchema, ...errors } } },
    async (req) => closeMyTask(ctxOf(req), req.params.id, req.body.outcome, req.body.note),
  );
}
