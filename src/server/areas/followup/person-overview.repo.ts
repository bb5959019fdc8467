import { and, count, desc, eq, inArray, or, type SQL } from 'drizzle-orm';
import { accessLog, staffUser } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';
import type { SubjectIds } from '../people/access.repo.js';

/** Reads of a person's file, with the reader's name, for the person's own overview. */

const subjectCondition = (subjects: SubjectIds): SQL | undefined => {
  const bySubject = (type: string, ids: readonly string[]): SQL[] =>
    ids.length > 0 ? [and(eq(accessLog.subjectType, type), inArray(accessLog.subjectId, [...ids])) as SQL] : [];
  return or(
    ...bySubject('person', subjects.personIds),
    ...bySubject('household', subjects.householdIds),
    ...bySubject('case', subjects.caseIds),
    ...bySubject('case_document', subjects.documentIds),
  );
};

/** The latest `limit` reads of any of the subjects, newest first, and how many there are in all. */
export async function listReads(tx: Tx, municipalityId: number, subjects: SubjectIds, limit: number) {
  const where = and(eq(accessLog.municipalityId, municipalityId), subjectCondition(subjects));
  const items = await tx
    .select({
      id: accessLog.id,
      occurredAt: accessLog.occurredAt,
      readerName: staffUser.displayName,
      readerRole: accessLog.actorRole,
      subjectType: accessLog.subjectType,
      purpose: accessLog.purpose,
    })
    .from(accessLog)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, accessLog.municipalityId), eq(staffUser.id, accessLog.actorId)))
    .where(where)
    .orderBy(desc(accessLog.occurredAt), desc(accessLog.id))
    .limit(limit);
  const [total] = await tx.select({ n: count() }).from(accessLog).where(where);
  return { items, total: total?.n ?? 0 };
}
