import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  adoptBodySchema,
  createPlanBodySchema,
  dashboardQuerySchema,
  dashboardSchema,
  goalBodySchema,
  goalParams,
  measureBodySchema,
  measureParams,
  planIdParams,
  planListSchema,
  planSchema,
  quotaBodySchema,
  quotaParams,
  reorderGoalsBodySchema,
  revisionListSchema,
  revisionParams,
  revisionSchema,
  targetBodySchema,
  targetParams,
  updateGoalBodySchema,
  updateMeasureBodySchema,
  updatePlanBodySchema,
} from '../../../contracts/plan.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as plans from './plan.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const tags = ['plan'];
const plan = { 200: planSchema, ...errors };

/** The action plan (manager edits, politician reads) and the dashboard of the adopted plan's figures. */
export function registerPlanRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/plan/dashboard',
    { schema: { tags, summary: "The adopted plan's indicators for the year to date against their targets, with 8 quarters; counts 1–4 as «<5»", querystring: dashboardQuerySchema, response: { 200: dashboardSchema, ...errors } } },
    async (req) => plans.getDashboard(ctxOf(req), req.query.date),
  );

  app.get('/api/plan/plans', { schema: { tags, summary: 'The action plans, the adopted one first', response: { 200: planListSchema, ...errors } } }, async (req) => plans.listPlans(ctxOf(req)));

  app.post(
    '/api/plan/plans',
    { schema: { tags, summary: 'Create a draft plan (revision 1)', body: createPlanBodySchema, response: { 201: planSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await plans.createPlan(ctxOf(req), req.body)),
  );

  app.get('/api/plan/plans/:id', { schema: { tags, summary: 'One plan with goals, measures, targets and quotas', params: planIdParams, response: plan } }, async (req) => plans.getPlan(ctxOf(req), req.params.id));

  app.patch(
    '/api/plan/plans/:id',
    { schema: { tags, summary: "Change the plan's title or years", params: planIdParams, body: updatePlanBodySchema, response: plan } },
    async (req) => plans.updatePlan(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/plan/plans/:id/adopt',
    { schema: { tags, summary: 'Adopt the plan (council decision); the plan adopted before is archived in the same transaction', params: planIdParams, body: adoptBodySchema, response: plan } },
    async (req) => plans.adoptPlan(ctxOf(req), req.params.id, req.body),
  );

  app.post('/api/plan/plans/:id/archive', { schema: { tags, summary: 'Archive the adopted plan', params: planIdParams, response: plan } }, async (req) => plans.archivePlan(ctxOf(req), req.params.id));

  app.post('/api/plan/plans/:id/goals', { schema: { tags, summary: 'Add a goal (last)', params: planIdParams, body: goalBodySchema, response: plan } }, async (req) => plans.addGoal(ctxOf(req), req.params.id, req.body));

  app.put(
    '/api/plan/plans/:id/goal-order',
    { schema: { tags, summary: "Reorder the plan's goals (every goal once)", params: planIdParams, body: reorderGoalsBodySchema, response: plan } },
    async (req) => plans.reorderGoals(ctxOf(req), req.params.id, req.body.goalIds),
  );

  app.patch(
    '/api/plan/plans/:id/goals/:goalId',
    { schema: { tags, summary: 'Change a goal', params: goalParams, body: updateGoalBodySchema, response: plan } },
    async (req) => plans.updateGoal(ctxOf(req), req.params.id, req.params.goalId, req.body),
  );

  app.delete(
    '/api/plan/plans/:id/goals/:goalId',
    { schema: { tags, summary: 'Remove a goal and its measures (its targets stay, without a goal)', params: goalParams, response: plan } },
    async (req) => plans.removeGoal(ctxOf(req), req.params.id, req.params.goalId),
  );

  app.post(
    '/api/plan/plans/:id/goals/:goalId/measures',
    { schema: { tags, summary: 'Add a measure under a goal', params: goalParams, body: measureBodySchema, response: plan } },
    async (req) => plans.addMeasure(ctxOf(req), req.params.id, req.params.goalId, req.body),
  );

  app.patch(
    '/api/plan/plans/:id/measures/:measureId',
    { schema: { tags, summary: 'Change a measure (or move it to another goal)', params: measureParams, body: updateMeasureBodySchema, response: plan } },
    async (req) => plans.updateMeasure(ctxOf(req), req.params.id, req.params.measureId, req.body),
  );

  app.delete(
    '/api/plan/plans/:id/measures/:measureId',
    { schema: { tags, summary: 'Remove a measure', params: measureParams, response: plan } },
    async (req) => plans.removeMeasure(ctxOf(req), req.params.id, req.params.measureId),
  );

  app.put(
    '/api/plan/plans/:id/targets',
    { schema: { tags, summary: 'Set the target for an indicator and year (replaces one set before)', params: planIdParams, body: targetBodySchema, response: plan } },
    async (req) => plans.setTarget(ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/plan/plans/:id/targets/:indicatorId/:year',
    { schema: { tags, summary: 'Remove a target', params: targetParams, response: plan } },
    async (req) => plans.removeTarget(ctxOf(req), req.params.id, req.params.indicatorId, req.params.year),
  );

  app.put(
    '/api/plan/plans/:id/quotas',
    { schema: { tags, summary: 'Set the quota for a group in building projects (replaces one set before)', params: planIdParams, body: quotaBodySchema, response: plan } },
    async (req) => plans.setQuota(ctxOf(req), req.params.id, req.body),
  );

  app.delete(
    '/api/plan/plans/:id/quotas/:groupKey',
    { schema: { tags, summary: 'Remove a quota', params: quotaParams, response: plan } },
    async (req) => plans.removeQuota(ctxOf(req), req.params.id, req.params.groupKey),
  );

  app.get(
    '/api/plan/plans/:id/revisions',
    { schema: { tags, summary: "The plan's revisions, newest first", params: planIdParams, response: { 200: revisionListSchema, ...errors } } },
    async (req) => plans.listRevisions(ctxOf(req), req.params.id),
  );

  app.get(
    '/api/plan/plans/:id/revisions/:revision',
    { schema: { tags, summary: "One revision's snapshot and its difference from the revision before", params: revisionParams, response: { 200: revisionSchema, ...errors } } },
    async (req) => plans.getRevision(ctxOf(req), req.params.id, req.params.revision),
  );
}

