import multipart from '@fastify/multipart';
import type { FastifyRequest } from 'fastify';
import {
  createDwellingBodySchema,
  dwellingIdParamsSchema,
  dwellingListQuerySchema,
  dwellingListSchema,
  dwellingPageSchema,
  dwellingSchema,
  dwellingStatsSchema,
  importFailedSchema,
  importResultSchema,
  statusChangeBodySchema,
  updateDwellingBodySchema,
  vacancyBoardSchema,
} from '../../../contracts/dwellings.js';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { serviceContext, type ServiceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import { message } from '../../platform/i18n.js';
import { exportDwellings, type ExportFormat } from './export.service.js';
import { importDwellings, MAX_IMPORT_BYTES, type ImportFile } from './import.service.js';
import { getDwellingPage, getDwellingStats, getVacancyBoard } from './read.service.js';
import { createDwelling, listDwellings, updateDwelling } from './register.service.js';
import { changeStatus } from './status.service.js';

const errors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  413: errorResponseSchema,
  422: errorResponseSchema,
};
const tags = ['dwellings'];

/** The one file of a multipart upload (field name free); undefined when none was sent. */
async function readUpload(req: FastifyRequest): Promise<ImportFile | undefined> {
  let file: ImportFile | undefined;
  for await (const part of req.parts()) {
    if (part.type === 'file') file = { filename: part.filename, content: await part.toBuffer() };
  }
  return file;
}

/**
 * The dwelling register: stock list, dwelling page, status changes, vacancy board, counts,
 * import and export. One encapsulated plugin, so its multipart parser (import) exists only here.
 */
export function registerDwellingRoutes(app: HuslyApp, deps: AppDeps): void {
  void app.register(async (scope: HuslyApp) => {
    // One file per request; a larger one fails with 413 before anything is read.
    await scope.register(multipart, { limits: { fileSize: MAX_IMPORT_BYTES, files: 1, fields: 5, fieldSize: 1000, parts: 6 } });
    const ctxOf = (req: FastifyRequest): ServiceContext => serviceContext(deps.db, requireActor(req), deps.clock, req.id);
    registerRegisterRoutes(scope, ctxOf);
    registerFileRoutes(scope, ctxOf);
  });
}

function registerRegisterRoutes(app: HuslyApp, ctxOf: (req: FastifyRequest) => ServiceContext): void {
  app.get(
    '/api/dwellings',
    { schema: { tags, summary: 'Stock list with filters, total and counts by status', querystring: dwellingListQuerySchema, response: { 200: dwellingListSchema, ...errors } } },
    async (req) => listDwellings(ctxOf(req), req.query),
  );
  app.post(
    '/api/dwellings',
    { schema: { tags, summary: 'Register a dwelling with its first status', body: createDwellingBodySchema, response: { 201: dwellingSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await createDwelling(ctxOf(req), req.body)),
  );
  app.get(
    '/api/dwellings/stats',
    { schema: { tags, summary: 'Aggregate counts of the stock (manager, property manager, caseworker)', response: { 200: dwellingStatsSchema, ...errors } } },
    async (req) => getDwellingStats(ctxOf(req)),
  );
  app.get(
    '/api/dwellings/vacancies',
    { schema: { tags, summary: 'Vacancy board: dwellings standing empty, longest first', response: { 200: vacancyBoardSchema, ...errors } } },
    async (req) => getVacancyBoard(ctxOf(req)),
  );
  app.get(
    '/api/dwellings/:id',
    {
      schema: {
        tags,
        summary: 'Dwelling page: fields, status history, leases, vacancy days and lost rent',
        params: dwellingIdParamsSchema,
        response: { 200: dwellingPageSchema, ...errors },
      },
    },
    async (req) => getDwellingPage(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/dwellings/:id',
    { schema: { tags, summary: 'Change registered fields', params: dwellingIdParamsSchema, body: updateDwellingBodySchema, response: { 200: dwellingSchema, ...errors } } },
    async (req) => updateDwelling(ctxOf(req), req.params.id, req.body),
  );
  app.post(
    '/api/dwellings/:id/status',
    {
      schema: {
        tags,
        summary: 'New status from a date: closes the current period and opens the next',
        params: dwellingIdParamsSchema,
        body: statusChangeBodySchema,
        response: { 200: dwellingSchema, ...errors },
      },
    },
    async (req) => changeStatus(ctxOf(req), req.params.id, req.body),
  );
}

function registerFileRoutes(app: HuslyApp, ctxOf: (req: FastifyRequest) => ServiceContext): void {
  app.post(
    '/api/dwellings/import',
    {
      schema: {
        tags,
        summary: 'Import a Kobo dwelling sheet (multipart: one file, .xlsx or .csv, at most 20 MiB). All or nothing; 400 lists every error',
        consumes: ['multipart/form-data'],
        response: { 200: importResultSchema, ...errors, 400: importFailedSchema },
      },
    },
    async (req, reply) => {
      const outcome = await importDwellings(ctxOf(req), () => readUpload(req));
      const list = outcome.errors.map((e) => ({ row: e.row, column: e.column, code: e.code, message: message(req.language, e.messageKey) }));
      if (list.length === 0) return reply.send({ imported: outcome.imported, updated: outcome.updated, errors: [] });
      return reply.status(400).send({
        error: { code: 'validation_failed' as const, message: message(req.language, 'error.dwelling.import_invalid'), requestId: req.id },
        imported: 0,
        updated: 0,
        errors: list,
      });
    },
  );
  for (const format of ['xlsx', 'csv'] as const satisfies readonly ExportFormat[]) {
    app.get(`/api/dwellings/export.${format}`, { schema: { tags, summary: `The register as .${format}, with the import's columns` } }, async (req, reply) => {
      const file = await exportDwellings(ctxOf(req), format);
      return reply
        .header('content-type', file.contentType)
        .header('content-disposition', `attachment; filename="${file.filename}"`)
        .header('cache-control', 'no-store')
        .send(file.content);
    });
  }
}
