import { and, count, desc, eq, gt, inArray, isNull, or, type SQL } from 'drizzle-orm';
import { accessLog, caseDocument, consent, householdMember, housingCase } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * The facts person-access decisions need, gathered in a few set-based queries so a search
 * result of fifty persons costs the same as one record.
 */

export interface CaseFact {
  /** The person or household the case was found for. */
  subjectId: string;
  caseType: string;
  /** The case's own person (hovedsøker), whose consents decide access to the case. */
  casePersonId: string;
}

/** Cases where each person is the case's person or a current member of the case's household. */
export async function listCasesInvolving(tx: Tx, municipalityId: number, personIds: readonly string[], today: string): Promise<CaseFact[]> {
  if (personIds.length === 0) return [];
  const ids = [...personIds];
  const direct = await tx
    .select({ subjectId: housingCase.personId, caseType: housingCase.caseType, casePersonId: housingCase.personId })
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), inArray(housingCase.personId, ids)));
  const viaHousehold = await tx
    .select({ subjectId: householdMember.personId, caseType: housingCase.caseType, casePersonId: housingCase.personId })
    .from(householdMember)
    .innerJoin(
      housingCase,
      and(eq(housingCase.municipalityId, householdMember.municipalityId), eq(housingCase.householdId, householdMember.householdId)),
    )
    .where(
      and(
        eq(householdMember.municipalityId, municipalityId),
        inArray(householdMember.personId, ids),
        or(isNull(householdMember.leftOn), gt(householdMember.leftOn, today)),
      ),
    );
  return [...direct, ...viaHousehold];
}

/** The cases of each household. */
export function listCasesOfHouseholds(tx: Tx, municipalityId: number, householdIds: readonly string[]): Promise<CaseFact[]> {
  if (householdIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ subjectId: housingCase.householdId, caseType: housingCase.caseType, casePersonId: housingCase.personId })
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), inArray(housingCase.householdId, [...householdIds])));
}

export interface ConsentFact {
  personId: string;
  recipient: string;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: Date | null;
}

/** Every consent of the given persons, in force or not; the service decides with consentInForce(). */
export function listConsentFacts(tx: Tx, municipalityId: number, personIds: readonly string[]): Promise<ConsentFact[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      personId: consent.personId,
      recipient: consent.recipient,
      validFrom: consent.validFrom,
      validTo: consent.validTo,
      withdrawnAt: consent.withdrawnAt,
    })
    .from(consent)
    .where(and(eq(consent.municipalityId, municipalityId), inArray(consent.personId, [...personIds])));
}

/** Households the persons belong or belonged to, the cases of those households and of the persons, and the cases' documents. */
export async function listRelatedSubjects(tx: Tx, municipalityId: number, personIds: readonly string[]) {
  const ids = [...personIds];
  const households = await tx
    .selectDistinct({ id: householdMember.householdId })
    .from(householdMember)
    .where(and(eq(householdMember.municipalityId, municipalityId), inArray(householdMember.personId, ids)));
  const householdIds = households.map((h) => h.id);
  const caseCondition = householdIds.length > 0 ? or(inArray(housingCase.personId, ids), inArray(housingCase.householdId, householdIds)) : inArray(housingCase.personId, ids);
  const cases = await tx
    .select({ id: housingCase.id })
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), caseCondition));
  const caseIds = cases.map((c) => c.id);
  const documents =
    caseIds.length > 0
      ? await tx
          .select({ id: caseDocument.id })
          .from(caseDocument)
          .where(and(eq(caseDocument.municipalityId, municipalityId), inArray(caseDocument.caseId, caseIds)))
      : [];
  return { householdIds, caseIds, documentIds: documents.map((d) => d.id) };
}

export interface SubjectIds {
  personIds: readonly string[];
  householdIds: readonly string[];
  caseIds: readonly string[];
  documentIds: readonly string[];
}

/** Access-log rows about any of the subjects, newest first. */
export async function listAccessFor(tx: Tx, municipalityId: number, subjects: SubjectIds, page: { limit: number; offset: number }) {
  const bySubject = (type: string, ids: readonly string[]): SQL[] =>
    ids.length > 0 ? [and(eq(accessLog.subjectType, type), inArray(accessLog.subjectId, [...ids])) as SQL] : [];
  const where = and(
    eq(accessLog.municipalityId, municipalityId),
    or(...bySubject('person', subjects.personIds), ...bySubject('household', subjects.householdIds), ...bySubject('case', subjects.caseIds), ...bySubject('case_document', subjects.documentIds)),
  );
  const items = await tx
    .select()
    .from(accessLog)
    .where(where)
    .orderBy(desc(accessLog.occurredAt), desc(accessLog.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(accessLog).where(where);
  return { items, total: total?.n ?? 0 };
}
