import { and, asc, count, desc, eq, max } from 'drizzle-orm';
import { accessLog, appeal, auditEvent, caseDocument, caseNote, decision, eligibilityEvaluation, letter } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** What hangs on a case, for the case page: decisions, appeals, letters, documents, notes, evaluations, logs. */

export type DecisionRow = typeof decision.$inferSelect;
export type AppealRow = typeof appeal.$inferSelect;
export type LetterRow = typeof letter.$inferSelect;
export type NoteRow = typeof caseNote.$inferSelect;
export type EvaluationRow = typeof eligibilityEvaluation.$inferSelect;

export function listDecisions(tx: Tx, municipalityId: number, caseId: string): Promise<DecisionRow[]> {
  return tx
    .select()
    .from(decision)
    .where(and(eq(decision.municipalityId, municipalityId), eq(decision.caseId, caseId)))
    .orderBy(asc(decision.createdAt), asc(decision.id));
}

export function listAppeals(tx: Tx, municipalityId: number, caseId: string): Promise<AppealRow[]> {
  return tx
    .select()
    .from(appeal)
    .where(and(eq(appeal.municipalityId, municipalityId), eq(appeal.caseId, caseId)))
    .orderBy(asc(appeal.createdAt), asc(appeal.id));
}

const letterMeta = {
  id: letter.id,
  caseId: letter.caseId,
  kind: letter.kind,
  language: letter.language,
  recipientKind: letter.recipientKind,
  recipientName: letter.recipientName,
  sentOn: letter.sentOn,
  createdAt: letter.createdAt,
};
export type LetterMetaRow = { [K in keyof typeof letterMeta]: LetterRow[K] };

export function listLetters(tx: Tx, municipalityId: number, caseId: string): Promise<LetterMetaRow[]> {
  return tx
    .select(letterMeta)
    .from(letter)
    .where(and(eq(letter.municipalityId, municipalityId), eq(letter.caseId, caseId)))
    .orderBy(asc(letter.createdAt), asc(letter.id));
}

export async function findLetter(tx: Tx, municipalityId: number, caseId: string, id: string): Promise<LetterRow | undefined> {
  const [row] = await tx
    .select()
    .from(letter)
    .where(and(eq(letter.municipalityId, municipalityId), eq(letter.caseId, caseId), eq(letter.id, id)));
  return row;
}

export async function insertLetter(tx: Tx, values: typeof letter.$inferInsert): Promise<LetterMetaRow> {
  const [row] = await tx.insert(letter).values(values).returning(letterMeta);
  if (!row) throw new Error('insert returned no row');
  return row;
}

const documentMeta = {
  id: caseDocument.id,
  caseId: caseDocument.caseId,
  checklistItem: caseDocument.checklistItem,
  filename: caseDocument.filename,
  mimeType: caseDocument.mimeType,
  sizeBytes: caseDocument.sizeBytes,
  sha256: caseDocument.sha256,
  uploadedBy: caseDocument.uploadedBy,
  uploadedAt: caseDocument.uploadedAt,
};
export type DocumentMetaRow = { [K in keyof typeof documentMeta]: (typeof caseDocument.$inferSelect)[K] };

/** Document metadata only; the content is read one file at a time. */
export function listDocuments(tx: Tx, municipalityId: number, caseId: string): Promise<DocumentMetaRow[]> {
  return tx
    .select(documentMeta)
    .from(caseDocument)
    .where(and(eq(caseDocument.municipalityId, municipalityId), eq(caseDocument.caseId, caseId)))
    .orderBy(asc(caseDocument.uploadedAt), asc(caseDocument.id));
}

export async function insertDocument(tx: Tx, values: typeof caseDocument.$inferInsert): Promise<DocumentMetaRow> {
  const [row] = await tx.insert(caseDocument).values(values).returning(documentMeta);
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findDocument(tx: Tx, municipalityId: number, caseId: string, id: string) {
  const [row] = await tx
    .select()
    .from(caseDocument)
    .where(and(eq(caseDocument.municipalityId, municipalityId), eq(caseDocument.caseId, caseId), eq(caseDocument.id, id)));
  return row;
}

export function listNotes(tx: Tx, municipalityId: number, caseId: string): Promise<NoteRow[]> {
  return tx
    .select()
    .from(caseNote)
    .where(and(eq(caseNote.municipalityId, municipalityId), eq(caseNote.caseId, caseId)))
    .orderBy(desc(caseNote.createdAt), desc(caseNote.id));
}

export async function insertNote(tx: Tx, values: typeof caseNote.$inferInsert): Promise<NoteRow> {
  const [row] = await tx.insert(caseNote).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function latestEvaluation(tx: Tx, municipalityId: number, caseId: string): Promise<EvaluationRow | undefined> {
  const [row] = await tx
    .select()
    .from(eligibilityEvaluation)
    .where(and(eq(eligibilityEvaluation.municipalityId, municipalityId), eq(eligibilityEvaluation.caseId, caseId)))
    .orderBy(desc(eligibilityEvaluation.createdAt), desc(eligibilityEvaluation.id))
    .limit(1);
  return row;
}

export async function insertEvaluation(tx: Tx, values: typeof eligibilityEvaluation.$inferInsert): Promise<EvaluationRow> {
  const [row] = await tx.insert(eligibilityEvaluation).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** Every audit event about the case, oldest first (events are recorded with the case as subject). */
export function listTimeline(tx: Tx, municipalityId: number, caseId: string) {
  return tx
    .select()
    .from(auditEvent)
    .where(and(eq(auditEvent.municipalityId, municipalityId), eq(auditEvent.subjectType, 'case'), eq(auditEvent.subjectId, caseId)))
    .orderBy(asc(auditEvent.occurredAt), asc(auditEvent.id))
    .limit(1000);
}

/** Who has read the case, from the access log: one row per reader with the number of reads and the last. */
export function listReaders(tx: Tx, municipalityId: number, caseId: string) {
  return tx
    .select({ actorUsername: accessLog.actorUsername, actorRole: accessLog.actorRole, reads: count(), lastReadAt: max(accessLog.occurredAt) })
    .from(accessLog)
    .where(and(eq(accessLog.municipalityId, municipalityId), eq(accessLog.subjectType, 'case'), eq(accessLog.subjectId, caseId)))
    .groupBy(accessLog.actorId, accessLog.actorUsername, accessLog.actorRole)
    .orderBy(desc(max(accessLog.occurredAt)));
}
