import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  agreementSchema,
  attendanceSchema,
  contactListSchema,
  createAgreementBodySchema,
  createLandlordBodySchema,
  createLeaseHelpBodySchema,
  createSettlementBodySchema,
  figuresQuerySchema,
  idParamsSchema,
  landlordDetailSchema,
  landlordListSchema,
  leaseHelpListQuerySchema,
  leaseHelpListSchema,
  leaseHelpSchema,
  recordAttendanceBodySchema,
  settlementDetailSchema,
  settlementListQuerySchema,
  settlementListSchema,
  updateLandlordBodySchema,
  updateLeaseHelpBodySchema,
  updateSettlementBodySchema,
  yearFiguresSchema,
} from '../../../contracts/private-rental.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { getFigures } from './figures.service.js';
import * as landlords from './landlords.service.js';
import * as helps from './lease-help.service.js';
import * as settlements from './settlements.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const tags = ['private-rental'];

/** Private rental partnerships (landlords, agreements, help into private leases) and refugee settlement with boligskole. */
export function registerPrivateRentalRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get('/api/private-rental/landlords', { schema: { tags, summary: 'The landlord register', response: { 200: landlordListSchema, ...errors } } }, async (req) =>
    landlords.listLandlords(ctxOf(req)),
  );

  app.post(
    '/api/private-rental/landlords',
    { schema: { tags, summary: 'Register a landlord (a company needs a valid organisation number)', body: createLandlordBodySchema, response: { 201: landlordDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await landlords.createLandlord(ctxOf(req), req.body)),
  );

  app.get(
    '/api/private-rental/landlords/:id',
    { schema: { tags, summary: 'One landlord: agreements, dwellings leased from it, households helped', params: idParamsSchema, response: { 200: landlordDetailSchema, ...errors } } },
    async (req) => landlords.getLandlord(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/private-rental/landlords/:id',
    { schema: { tags, summary: 'Change a landlord (null clears a field)', params: idParamsSchema, body: updateLandlordBodySchema, response: { 200: landlordDetailSchema, ...errors } } },
    async (req) => landlords.updateLandlord(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/private-rental/landlords/:id/agreements',
    { schema: { tags, summary: 'Add an agreement: rent guarantee (1–36 months), follow-up, contact person, terms, period', params: idParamsSchema, body: createAgreementBodySchema, response: { 201: agreementSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await landlords.createAgreement(ctxOf(req), req.params.id, req.body)),
  );

  app.get('/api/private-rental/contacts', { schema: { tags, summary: "Staff who may be a landlord's contact person", response: { 200: contactListSchema, ...errors } } }, async (req) =>
    landlords.listContacts(ctxOf(req)),
  );

  app.get(
    '/api/private-rental/lease-help',
    { schema: { tags, summary: 'Help into private leases: in progress first, then outcomes', querystring: leaseHelpListQuerySchema, response: { 200: leaseHelpListSchema, ...errors } } },
    async (req) => helps.listHelps(ctxOf(req), req.query),
  );

  app.post(
    '/api/private-rental/lease-help',
    { schema: { tags, summary: 'Register help into a private lease for a household', body: createLeaseHelpBodySchema, response: { 201: leaseHelpSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await helps.createHelp(ctxOf(req), req.body)),
  );

  app.get('/api/private-rental/lease-help/:id', { schema: { tags, summary: 'One help (logged)', params: idParamsSchema, response: { 200: leaseHelpSchema, ...errors } } }, async (req) =>
    helps.getHelp(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/private-rental/lease-help/:id',
    { schema: { tags, summary: 'Change a help or record its outcome (signed needs a landlord and the lease start)', params: idParamsSchema, body: updateLeaseHelpBodySchema, response: { 200: leaseHelpSchema, ...errors } } },
    async (req) => helps.updateHelp(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/private-rental/figures',
    { schema: { tags, summary: "The year's figures (helped, signed, refugees into private leases); the manager's small counts suppressed", querystring: figuresQuerySchema, response: { 200: yearFiguresSchema, ...errors } } },
    async (req) => getFigures(ctxOf(req), req.query.year),
  );

  app.get(
    '/api/private-rental/settlements',
    { schema: { tags, summary: 'Settled refugee households', querystring: settlementListQuerySchema, response: { 200: settlementListSchema, ...errors } } },
    async (req) => settlements.listSettlements(ctxOf(req), req.query),
  );

  app.post(
    '/api/private-rental/settlements',
    { schema: { tags, summary: "Register a household's settlement", body: createSettlementBodySchema, response: { 201: settlementDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await settlements.createSettlement(ctxOf(req), req.body)),
  );

  app.get(
    '/api/private-rental/settlements/:id',
    { schema: { tags, summary: 'One settlement with boligskole attendance (logged)', params: idParamsSchema, response: { 200: settlementDetailSchema, ...errors } } },
    async (req) => settlements.getSettlement(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/private-rental/settlements/:id',
    { schema: { tags, summary: 'Change a settlement', params: idParamsSchema, body: updateSettlementBodySchema, response: { 200: settlementDetailSchema, ...errors } } },
    async (req) => settlements.updateSettlement(ctxOf(req), req.params.id, req.body),
  );

  app.post(
    '/api/private-rental/settlements/:id/boligskole',
    { schema: { tags, summary: 'Record a boligskole session and whether the household attended', params: idParamsSchema, body: recordAttendanceBodySchema, response: { 201: attendanceSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await settlements.recordAttendance(ctxOf(req), req.params.id, req.body)),
  );
}
