import { createHash } from 'node:crypto';
import type { DocumentMeta } from '../../../contracts/cases.js';
import { recordEvent, logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError, notFound } from '../../platform/errors.js';
import type { MessageKey } from '../../platform/i18n.js';
import { getHandleableCase, getVisibleCase } from './case-access.js';
import * as records from './case-records.repo.js';
import { assertCaseArea } from './cases.policy.js';
import { applicationOf } from './cases.present.js';
import * as repo from './cases.repo.js';
import { detectFileType, normaliseMimeType, safeFilename } from './file-content.js';
import { presentDocument } from './records.present.js';

/** Bytes. The largest document accepted: 10 MiB, enough for a scanned multi-page PDF [I]. */
export const MAX_DOCUMENT_BYTES = 10 * 1024 * 1024;

export interface UploadInput {
  checklistItem: string | undefined;
  file: { filename: string | undefined; declaredType: string; content: Buffer } | undefined;
}

const problem = (path: string, code: string) => ({ path, code, messageKey: `field.${code}` as MessageKey });

/** Checks the upload by content; every problem at once. Returns the detected type. */
function checkUpload(input: UploadInput): { checklistItem: string; type: string; content: Buffer; filename: string } {
  const problems = [];
  const item = input.checklistItem?.trim() ?? '';
  if (item === '') problems.push(problem('checklistItem', 'required'));
  else if (!/^[a-z0-9_]{1,50}$/.test(item)) problems.push(problem('checklistItem', 'invalid_format'));
  const file = input.file;
  if (!file) problems.push(problem('file', 'required'));
  else if (file.content.length === 0) problems.push(problem('file', 'empty_file'));
  else {
    const detected = detectFileType(file.content);
    if (!detected) problems.push(problem('file', 'unsupported_file_type'));
    else if (normaliseMimeType(file.declaredType) !== detected) problems.push(problem('file', 'file_type_mismatch'));
  }
  if (problems.length > 0 || !file) throw new AppError('validation_failed', 'error.validation_failed', problems);
  if (file.content.length > MAX_DOCUMENT_BYTES) throw new AppError('payload_too_large', 'error.payload_too_large');
  return { checklistItem: item, type: detectFileType(file.content) as string, content: file.content, filename: safeFilename(file.filename) };
}

/**
 * Stores a document for a checklist item after checking its content: only PDF, JPEG and PNG by
 * their magic bytes, and the declared type must match the content. The checklist item is
 * marked received. @throws AppError forbidden, not_found, validation_failed, payload_too_large.
 */
export async function uploadDocument(ctx: ServiceContext, caseId: string, input: UploadInput): Promise<DocumentMeta> {
  assertCaseArea(ctx.actor);
  const upload = checkUpload(input);
  const sha256 = createHash('sha256').update(upload.content).digest('hex');
  return ctx.transaction(async (tx) => {
    const { municipalityId, userId } = ctx.actor;
    const kase = await getHandleableCase(ctx, tx, caseId);
    const row = await records.insertDocument(tx, {
      municipalityId,
      caseId: kase.id,
      checklistItem: upload.checklistItem,
      filename: upload.filename,
      mimeType: upload.type,
      sizeBytes: upload.content.length,
      sha256,
      content: upload.content,
      uploadedBy: userId,
    });
    const application = applicationOf(kase);
    const documentation = application.documentation.some((d) => d.item === upload.checklistItem)
      ? application.documentation.map((d) => (d.item === upload.checklistItem ? { ...d, status: 'received' as const } : d))
      : [...application.documentation, { item: upload.checklistItem, status: 'received' as const }];
    await repo.updateCase(tx, municipalityId, kase.id, { application: { ...application, documentation } });
    await recordEvent(tx, ctx, {
      type: 'document.uploaded',
      subjectType: 'case',
      subjectId: kase.id,
      data: { documentId: row.id, checklistItem: row.checklistItem, mimeType: row.mimeType, sizeBytes: row.sizeBytes, sha256 },
    });
    return presentDocument(row, await repo.staffByIds(tx, municipalityId, [userId]));
  });
}

/** One document's content for download, the read written to the access log (case and document). @throws AppError forbidden, not_found. */
export async function getDocument(ctx: ServiceContext, caseId: string, documentId: string): Promise<{ filename: string; mimeType: string; content: Buffer }> {
  assertCaseArea(ctx.actor);
  return ctx.transaction(async (tx) => {
    const kase = await getVisibleCase(ctx, tx, caseId);
    const row = await records.findDocument(tx, ctx.actor.municipalityId, kase.id, documentId);
    if (!row) throw notFound();
    // A read of the case (it shows among the case's readers) and of this document (which one was opened).
    await logAccess(tx, ctx, { subjectType: 'case', subjectId: kase.id, purpose: 'case.document.view' });
    await logAccess(tx, ctx, { subjectType: 'case_document', subjectId: row.id, purpose: 'case.document.view' });
    return { filename: row.filename, mimeType: row.mimeType, content: row.content };
  });
}
