import { z } from 'zod';
import { errorResponseSchema } from '../../../contracts/errors.js';
import { createReportBodySchema, reportComparisonSchema, reportDetailSchema, reportListSchema, reportModelSchema, updateReportBodySchema } from '../../../contracts/reports.js';
import { serviceContext } from '../../platform/context.js';
import { requireActor, type AppDeps, type HuslyApp } from '../../platform/http.js';
import * as reports from './reports.service.js';

const errors = { 400: errorResponseSchema, 401: errorResponseSchema, 403: errorResponseSchema, 404: errorResponseSchema, 409: errorResponseSchema, 422: errorResponseSchema };
const idParams = z.object({ id: z.uuid() });
const tags = ['reports'];

/** inline; filename="…" with an ASCII fallback and the UTF-8 name. */
const inlineHeader = (filename: string): string => `inline; filename="${filename.replace(/[^\x20-\x7e]/g, '_')}"; filename*=UTF-8''${encodeURIComponent(filename)}`;

/** The council reports: drafts and narrative (manager), publishing, the archive, the PDF and the comparison (manager, politician). */
export function registerReportRoutes(app: HuslyApp, deps: AppDeps): void {
  const ctxOf = (req: Parameters<typeof requireActor>[0]) => serviceContext(deps.db, requireActor(req), deps.clock, req.id);

  app.get('/api/reports', { schema: { tags, summary: 'Published reports (the archive) and, for the manager, the drafts', response: { 200: reportListSchema, ...errors } } }, async (req) =>
    reports.listReports(ctxOf(req)),
  );
  app.post(
    '/api/reports',
    { schema: { tags, summary: 'A new draft for a quarter (year, quarter) or a period (from, to), linked to the adopted plan', body: createReportBodySchema, response: { 201: reportDetailSchema, ...errors } } },
    async (req, reply) => reply.status(201).send(await reports.createReport(ctxOf(req), req.body)),
  );
  app.get('/api/reports/:id', { schema: { tags, summary: 'A report: a draft (manager) or a published one with its snapshot', params: idParams, response: { 200: reportDetailSchema, ...errors } } }, async (req) =>
    reports.getReport(ctxOf(req), req.params.id),
  );
  app.patch(
    '/api/reports/:id',
    { schema: { tags, summary: "Edit a draft's title and narrative; 409 once published", params: idParams, body: updateReportBodySchema, response: { 200: reportDetailSchema, ...errors } } },
    async (req) => reports.updateReport(ctxOf(req), req.params.id, req.body),
  );
  app.delete('/api/reports/:id', { schema: { tags, summary: 'Delete a draft; 409 once published', params: idParams, response: { 204: z.null(), ...errors } } }, async (req, reply) => {
    await reports.deleteReport(ctxOf(req), req.params.id);
    return reply.status(204).send(null);
  });
  app.get(
    '/api/reports/:id/preview',
    { schema: { tags, summary: "The report's figures computed live as of today (a published report: its snapshot), counts 1–4 as <5", params: idParams, response: { 200: reportModelSchema, ...errors } } },
    async (req) => reports.previewReport(ctxOf(req), req.params.id),
  );
  app.post(
    '/api/reports/:id/publish',
    { schema: { tags, summary: 'Publish: snapshot, data version and tagged PDF stored in one transaction; immutable afterwards', params: idParams, response: { 200: reportDetailSchema, ...errors } } },
    async (req) => reports.publishReport(ctxOf(req), req.params.id),
  );
  app.get(
    '/api/reports/:id/comparison',
    { schema: { tags, summary: 'The published report against the previous published one (null for the first)', params: idParams, response: { 200: z.object({ comparison: reportComparisonSchema.nullable() }), ...errors } } },
    async (req) => ({ comparison: await reports.compareWithPrevious(ctxOf(req), req.params.id) }),
  );
  app.get('/api/reports/:id/report.pdf', { schema: { tags, summary: 'The published report as the tagged PDF stored when it was published', params: idParams } }, async (req, reply) => {
    const { pdf, filename } = await reports.reportPdf(ctxOf(req), req.params.id);
    return reply.type('application/pdf').header('content-disposition', inlineHeader(filename)).header('cache-control', 'no-store').send(pdf);
  });
}
