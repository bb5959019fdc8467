import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import {
  consentListSchema,
  consentSchema,
  createConsentBodySchema,
  createdPersonSchema,
  createPersonBodySchema,
  createRepresentativeBodySchema,
  duplicateListSchema,
  endRepresentativeBodySchema,
  mergePersonBodySchema,
  personAccessLogQuerySchema,
  personAccessLogSchema,
  personSchema,
  personSearchQuerySchema,
  personSearchResultSchema,
  representativeSchema,
  updatePersonBodySchema,
  withdrawConsentBodySchema,
} from '../../../contracts/people.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { listPersonAccessLog } from './access-log.service.js';
import * as consents from './consents.service.js';
import { listDuplicates, mergePerson } from './duplicates.service.js';
import { registerHouseholdRoutes } from './households.routes.js';
import * as people from './people.service.js';
import * as representatives from './representatives.service.js';
import { searchPersons } from './search.service.js';

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

/** Persons and households (issue «Households, applications, lawful decisions» § 1, § 9). */
export function registerPeopleRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get(
    '/api/persons',
    {
      schema: {
        tags,
        summary: 'Search by name, national id or case number (each person returned is access-logged)',
        querystring: personSearchQuerySchema,
        response: { 200: personSearchResultSchema, ...errors },
      },
    },
    async (req) => searchPersons(ctxOf(req), req.query),
  );

  app.post(
    '/api/persons',
    { schema: { tags, summary: 'Register a person', body: createPersonBodySchema, response: { 201: createdPersonSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await people.createPerson(ctxOf(req), req.body)),
  );

  app.get(
    '/api/persons/:id',
    { schema: { tags, summary: "A person's record (access-logged)", params: idParams, response: { 200: personSchema, ...errors } } },
    async (req) => people.getPerson(ctxOf(req), req.params.id),
  );

  app.patch(
    '/api/persons/:id',
    { schema: { tags, summary: 'Change a person', params: idParams, body: updatePersonBodySchema, response: { 200: personSchema, ...errors } } },
    async (req) => people.updatePerson(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/persons/:id/duplicates',
    { schema: { tags, summary: 'Possible duplicates (close name, same birth date)', params: idParams, response: { 200: duplicateListSchema, ...errors } } },
    async (req) => listDuplicates(ctxOf(req), req.params.id),
  );

  app.post(
    '/api/persons/:id/merge',
    {
      schema: { tags, summary: 'Merge this person into another (caseworker)', params: idParams, body: mergePersonBodySchema, response: { 200: personSchema, ...errors } },
    },
    async (req) => mergePerson(ctxOf(req), req.params.id, req.body),
  );

  app.get(
    '/api/persons/:id/access-log',
    {
      schema: {
        tags,
        summary: "Who has read this person's file (caseworker)",
        params: idParams,
        querystring: personAccessLogQuerySchema,
        response: { 200: personAccessLogSchema, ...errors },
      },
    },
    async (req) => listPersonAccessLog(ctxOf(req), req.params.id, req.query),
  );

  app.get(
    '/api/persons/:id/consents',
    { schema: { tags, summary: 'Consents (access-logged)', params: idParams, response: { 200: consentListSchema, ...errors } } },
    async (req) => consents.listConsents(ctxOf(req), req.params.id),
  );

  app.post(
    '/api/persons/:id/consents',
    { schema: { tags, summary: 'Register a consent (caseworker)', params: idParams, body: createConsentBodySchema, response: { 201: consentSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await consents.registerConsent(ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/persons/:id/consents/:consentId/withdraw',
    {
      schema: {
        tags,
        summary: 'Withdraw a consent now',
        params: z.object({ id: z.uuid(), consentId: z.uuid() }),
        body: withdrawConsentBodySchema.default({}),
        response: { 200: consentSchema, ...errors },
      },
    },
    async (req) => consents.withdrawConsent(ctxOf(req), req.params.id, req.params.consentId, req.body),
  );

  app.post(
    '/api/persons/:id/representatives',
    {
      schema: { tags, summary: 'Add a fullmektig or verge', params: idParams, body: createRepresentativeBodySchema, response: { 201: representativeSchema, ...errors } },
    },
    async (req, reply) => reply.status(201).send(await representatives.addRepresentative(ctxOf(req), req.params.id, req.body)),
  );

  app.post(
    '/api/persons/:id/representatives/:representativeId/end',
    {
      schema: {
        tags,
        summary: "End a representative's authority",
        params: z.object({ id: z.uuid(), representativeId: z.uuid() }),
        body: endRepresentativeBodySchema.default({}),
        response: { 200: representativeSchema, ...errors },
      },
    },
    async (req) => representatives.endRepresentative(ctxOf(req), req.params.id, req.params.representativeId, req.body),
  );

  registerHouseholdRoutes(app, deps);
}
