import { and, asc, eq, gte, inArray, lte, ne, or } from 'drizzle-orm';
import { appeal, decision, housingCase, person } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * Candidate rows for the work list. The SQL only narrows by status and date ranges the domain
 * gives it; which case is in warning or overdue is decided by domain/deadlines afterwards.
 */

const caseColumns = {
  caseId: housingCase.id,
  caseNumber: housingCase.caseNumber,
  caseType: housingCase.caseType,
  rentalKind: housingCase.rentalKind,
  status: housingCase.status,
  receivedOn: housingCase.receivedOn,
  preliminaryReplySentOn: housingCase.preliminaryReplySentOn,
  decidedOn: housingCase.decidedOn,
  assignedToId: housingCase.assignedToId,
  givenName: person.givenName,
  familyName: person.familyName,
};

const personJoin = and(eq(person.municipalityId, housingCase.municipalityId), eq(person.id, housingCase.personId));

/** Cases assigned to `assignee.id` in one of its statuses, and every case in one of `anyoneStatuses`. */
export function listCaseCandidates(
  tx: Tx,
  municipalityId: number,
  caseTypes: readonly string[],
  assignee: { id: string; statuses: readonly string[] },
  anyoneStatuses: readonly string[],
) {
  return tx
    .select(caseColumns)
    .from(housingCase)
    .innerJoin(person, personJoin)
    .where(
      and(
        eq(housingCase.municipalityId, municipalityId),
        inArray(housingCase.caseType, [...caseTypes]),
        or(and(eq(housingCase.assignedToId, assignee.id), inArray(housingCase.status, [...assignee.statuses])), inArray(housingCase.status, [...anyoneStatuses])),
      ),
    )
    .orderBy(asc(housingCase.receivedOn), asc(housingCase.caseNumber));
}

/** Decisions awaiting attestation, and sent decisions valid until a day in [from, to]. */
export function listDecisionCandidates(tx: Tx, municipalityId: number, caseTypes: readonly string[], from: string, to: string) {
  return tx
    .select({ ...caseColumns, decisionId: decision.id, decisionStatus: decision.status, validUntil: decision.validUntil, authorId: decision.decidedBy })
    .from(decision)
    .innerJoin(housingCase, and(eq(housingCase.municipalityId, decision.municipalityId), eq(housingCase.id, decision.caseId)))
    .innerJoin(person, personJoin)
    .where(
      and(
        eq(decision.municipalityId, municipalityId),
        inArray(housingCase.caseType, [...caseTypes]),
        or(
          eq(decision.status, 'awaiting_attestation'),
          and(eq(decision.status, 'sent'), ne(decision.outcome, 'refused'), gte(decision.validUntil, from), lte(decision.validUntil, to)),
        ),
      ),
    )
    .orderBy(asc(decision.validUntil), asc(housingCase.caseNumber));
}

/** Appeals registered and not reviewed, and appeals waiting at the appeal body. */
export function listAppealCandidates(tx: Tx, municipalityId: number, caseTypes: readonly string[]) {
  return tx
    .select({ ...caseColumns, appealId: appeal.id, appealStatus: appeal.status, inTime: appeal.inTime, appealReceivedOn: appeal.receivedOn })
    .from(appeal)
    .innerJoin(housingCase, and(eq(housingCase.municipalityId, appeal.municipalityId), eq(housingCase.id, appeal.caseId)))
    .innerJoin(person, personJoin)
    .where(and(eq(appeal.municipalityId, municipalityId), inArray(housingCase.caseType, [...caseTypes]), inArray(appeal.status, ['registered', 'forwarded'])))
    .orderBy(asc(appeal.receivedOn), asc(housingCase.caseNumber));
}

export type CaseItemRow = Awaited<ReturnType<typeof listCaseCandidates>>[number];
