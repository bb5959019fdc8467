import {
  adjustmentBodySchema,
  alarmListSchema,
  arrearsListSchema,
  createLeaseBodySchema,
  endLeaseBodySchema,
  evictionStepBodySchema,
  expiringListSchema,
  expiringQuerySchema,
  idParamsSchema,
  leaseDetailSchema,
  leaseListQuerySchema,
  leaseListSchema,
  ledgerSchema,
  moveInBodySchema,
  moveOutBodySchema,
  noticeBodySchema,
  reasonBodySchema,
  signalsRunSchema,
  signLeaseBodySchema,
} from '../../../contracts/leases.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { adjustRent } from './adjustments.service.js';
import { getLedger, listArrears } from './arrears.service.js';
import { leaseErrors as errors, tags, type ContextOf } from './leases.http.js';
import { cancelLease, createLease, getLease, listLeases, signLease } from './leases.service.js';
import { registerRentRoutes } from './rent.routes.js';
import { listAlarms, listExpiring, runLeaseSignals } from './signals.service.js';
import { addEvictionStep, endLease, giveNotice, recordMoveIn, recordMoveOut } from './tenancy.service.js';

/** Leases, their lifecycle, the caseworker's lists, the rent ledger and renewals (docs/adr/0007). */
export function registerLeaseRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf: ContextOf = (req) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
  const detail = { 200: leaseDetailSchema, ...errors };
  const params = idParamsSchema;

  app.post(
    '/api/leases',
    { schema: { tags, summary: 'Draft a lease (end date by the length rule when left out)', body: createLeaseBodySchema, response: { 201: leaseDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createLease(ctxOf(req), req.body)),
  );
  app.get(
    '/api/leases',
    { schema: { tags, summary: 'Leases by dwelling, household or status', querystring: leaseListQuerySchema, response: { 200: leaseListSchema, ...errors } } },
    async (req) => listLeases(ctxOf(req), req.query),
  );
  app.get(
    '/api/leases/expiring',
    { schema: { tags, summary: 'Running leases ending within N months (default 6)', querystring: expiringQuerySchema, response: { 200: expiringListSchema, ...errors } } },
    async (req) => listExpiring(ctxOf(req), req.query.within),
  );
  app.get('/api/leases/alarms', { schema: { tags, summary: '§ 9-2 (3) alarms: past the end date without written notice', response: { 200: alarmListSchema, ...errors } } }, async (req) =>
    listAlarms(ctxOf(req)),
  );
  app.get('/api/leases/arrears', { schema: { tags, summary: 'Leases in arrears today, largest first', response: { 200: arrearsListSchema, ...errors } } }, async (req) =>
    listArrears(ctxOf(req)),
  );
  app.post('/api/leases/signals/run', { schema: { tags, summary: 'Run the daily lease job now (renewals, § 9-2 alarms, arrears)', response: { 200: signalsRunSchema, ...errors } } }, async (req) =>
    runLeaseSignals(ctxOf(req)),
  );
  app.get('/api/leases/:id', { schema: { tags, summary: 'The lease page (logged as a read)', params, response: detail } }, async (req) => getLease(ctxOf(req), req.params.id));
  app.post('/api/leases/:id/sign', { schema: { tags, summary: 'Sign a draft (§ 11-1 needs the written notice)', params, body: signLeaseBodySchema, response: detail } }, async (req) =>
    signLease(ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/leases/:id/cancel', { schema: { tags, summary: 'Cancel a draft', params, body: reasonBodySchema, response: detail } }, async (req) =>
    cancelLease(ctxOf(req), req.params.id, req.body.reason),
  );
  app.post('/api/leases/:id/move-in', { schema: { tags, summary: 'Move-in with the inventory checklist', params, body: moveInBodySchema, response: detail } }, async (req) =>
    recordMoveIn(ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/leases/:id/move-out', { schema: { tags, summary: 'Move-out inspection and deposit settlement', params, body: moveOutBodySchema, response: detail } }, async (req) =>
    recordMoveOut(ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/leases/:id/notice', { schema: { tags, summary: 'Written notice to leave at expiry (§ 9-2 (3))', params, body: noticeBodySchema, response: detail } }, async (req) =>
    giveNotice(ctxOf(req), req.params.id, req.body),
  );
  app.post('/api/leases/:id/end', { schema: { tags, summary: 'End the lease', params, body: endLeaseBodySchema, response: detail } }, async (req) =>
    endLease(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/leases/:id/eviction-steps',
    { schema: { tags, summary: 'Record a notice, termination or eviction step', params, body: evictionStepBodySchema, response: { 201: leaseDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await addEvictionStep(ctxOf(req), req.params.id, req.body)),
  );
  app.post(
    '/api/leases/:id/adjustments',
    { schema: { tags, summary: 'Adjust the rent (KPI § 4-2 or gjengs § 4-3)', params, body: adjustmentBodySchema, response: { 201: leaseDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await adjustRent(ctxOf(req), req.params.id, req.body)),
  );
  app.get('/api/leases/:id/ledger', { schema: { tags, summary: 'Charges, payments, balance and arrears (logged as a read)', params, response: { 200: ledgerSchema, ...errors } } }, async (req) =>
    getLedger(ctxOf(req), req.params.id),
  );
  registerRentRoutes(app, ctxOf);
}
