import {
  generateChargesBodySchema,
  generateChargesResultSchema,
  idParamsSchema,
  importPaymentsBodySchema,
  importPaymentsResultSchema,
  renewalListSchema,
  renewalOutcomeBodySchema,
  renewalOutcomeResultSchema,
  renewalsQuerySchema,
} from '../../../contracts/leases.js';
import type { HuslyApp } from '../../platform/http.js';
import { leaseErrors as errors, type ContextOf } from './leases.http.js';
import { listRenewals, recordRenewalOutcome } from './renewals.service.js';
import { generateCharges, importPayments } from './rent.service.js';

/** The rent ledger's batch endpoints and the renewal assessments. */
export function registerRentRoutes(app: HuslyApp, ctxOf: ContextOf): void {
  app.post(
    '/api/rent/charges/generate',
    { schema: { tags: ['rent'], summary: 'Generate monthly charges up to a date (idempotent)', body: generateChargesBodySchema, response: { 200: generateChargesResultSchema, ...errors } } },
    async (req) => generateCharges(ctxOf(req), req.body.upTo),
  );
  app.post(
    '/api/rent/payments/import',
    {
      schema: {
        tags: ['rent'],
        summary: 'Import payments from the accounting system CSV (all or nothing; idempotent by reference)',
        body: importPaymentsBodySchema,
        response: { 200: importPaymentsResultSchema, ...errors },
      },
    },
    async (req) => importPayments(ctxOf(req), req.body.csv),
  );
  app.get(
    '/api/renewals',
    { schema: { tags: ['leases'], summary: 'Renewal assessments (open by default)', querystring: renewalsQuerySchema, response: { 200: renewalListSchema, ...errors } } },
    async (req) => listRenewals(ctxOf(req), req.query.state),
  );
  app.post(
    '/api/renewals/:id/outcome',
    {
      schema: {
        tags: ['leases'],
        summary: 'Record the outcome of a renewal assessment (renew opens a renewal case)',
        params: idParamsSchema,
        body: renewalOutcomeBodySchema,
        response: { 200: renewalOutcomeResultSchema, ...errors },
      },
    },
    async (req) => recordRenewalOutcome(ctxOf(req), req.params.id, req.body),
  );
}
