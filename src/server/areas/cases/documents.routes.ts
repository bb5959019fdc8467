import { caseDocumentParamsSchema, caseIdParamsSchema, documentMetaSchema } from '../../../contracts/cases.js';
import type { HuslyApp } from '../../platform/http.js';
import { caseErrors, tags, type ContextOf } from './cases.http.js';
import { getDocument, uploadDocument, type UploadInput } from './documents.service.js';
import { attachmentHeader } from './file-content.js';

/** Upload (multipart: `checklistItem` and one `file`) and download of a case's documents. */
export function registerDocumentRoutes(app: HuslyApp, ctxOf: ContextOf): void {
  app.post(
    '/api/cases/:id/documents',
    {
      schema: {
        tags,
        summary: 'Upload a document (multipart/form-data: checklistItem, file). PDF, JPEG or PNG by content; at most 10 MiB',
        consumes: ['multipart/form-data'],
        params: caseIdParamsSchema,
        response: { 201: documentMetaSchema, ...caseErrors },
      },
    },
    async (req, reply) => {
      const ctx = ctxOf(req);
      const input: UploadInput = { checklistItem: undefined, file: undefined };
      for await (const part of req.parts()) {
        if (part.type === 'file') {
          input.file = { filename: part.filename, declaredType: part.mimetype, content: await part.toBuffer() };
        } else if (part.fieldname === 'checklistItem') {
          input.checklistItem = String(part.value);
        }
      }
      return reply.status(201).send(await uploadDocument(ctx, req.params.id, input));
    },
  );

  app.get(
    '/api/cases/:id/documents/:docId',
    { schema: { tags, summary: 'Download a document (logged as a read); the file with its content type', params: caseDocumentParamsSchema } },
    async (req, reply) => {
      const doc = await getDocument(ctxOf(req), req.params.id, req.params.docId);
      return reply
        .header('content-type', doc.mimeType)
        .header('content-disposition', attachmentHeader(doc.filename))
        .header('cache-control', 'no-store')
        .send(doc.content);
    },
  );
}
