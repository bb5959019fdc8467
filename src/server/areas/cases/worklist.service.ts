import type { Worklist, WorklistItem } from '../../../contracts/cases.js';
import { CASE_TYPES, type CaseType, type RentalKind } from '../../../domain/cases/case-types.js';
import { AWAITING_CASEWORKER, awaitsCaseworker, awaitsFirstAnswer, CASE_STATUSES } from '../../../domain/cases/case-status.js';
import { VALIDITY_WARNING_DAYS, validityRunsOutSoon } from '../../../domain/cases/worklist.js';
import { addDays } from '../../../domain/deadlines/calendar.js';
import type { ServiceContext } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';
import { todayOf } from './case-access.js';
import { canUseWorklist, mayHandleCase } from './cases.policy.js';
import { caseStatusOf, deadlineOf, staffRef } from './cases.present.js';
import * as repo from './cases.repo.js';
import * as worklistRepo from './worklist.repo.js';

type Extra = Partial<Pick<WorklistItem, 'decisionId' | 'validUntil' | 'appealId' | 'appealInTime'>>;

/**
 * The actor's work list (issue 3 § 7): my cases that wait for me; every case of the types the actor handles
 * that is in warning or overdue for the foreløpig svar, whoever it is assigned to, so nothing
 * older than a month without a reply can be missed; approvals running out within
 * VALIDITY_WARNING_DAYS; appeals waiting for review or at the appeal body; decisions awaiting
 * attestation; forwarded cases; and the counts for the start page. A NAV adviser gets the § 27
 * cases, a caseworker all others (canHandleCase).
 * @throws AppError forbidden for roles that handle no case type.
 */
export async function getWorklist(ctx: ServiceContext): Promise<Worklist> {
  if (!canUseWorklist(ctx.actor.role)) throw forbidden();
  const { municipalityId, role, userId } = ctx.actor;
  const today = todayOf(ctx);
  const types = CASE_TYPES.filter((t) => mayHandleCase(role, t));
  const horizon = addDays(today, VALIDITY_WARNING_DAYS);

  const { cases, decisions, appeals, staff } = await ctx.transaction(async (tx) => {
    const shared = CASE_STATUSES.filter((st) => awaitsFirstAnswer(st) || st === 'forwarded');
    const c = await worklistRepo.listCaseCandidates(tx, municipalityId, types, { id: userId, statuses: AWAITING_CASEWORKER }, shared);
    const d = await worklistRepo.listDecisionCandidates(tx, municipalityId, types, today, horizon);
    const a = await worklistRepo.listAppealCandidates(tx, municipalityId, types);
    const s = await repo.staffByIds(tx, municipalityId, [...c, ...d, ...a].map((r) => r.assignedToId));
    return { cases: c, decisions: d, appeals: a, staff: s };
  });

  const item = (r: worklistRepo.CaseItemRow, extra: Extra = {}): WorklistItem => ({
    caseId: r.caseId,
    caseNumber: r.caseNumber,
    caseType: r.caseType as CaseType,
    rentalKind: (r.rentalKind as RentalKind | null) ?? null,
    status: caseStatusOf(r),
    receivedOn: r.receivedOn,
    personName: `${r.givenName} ${r.familyName}`,
    assignedTo: staffRef(staff, r.assignedToId),
    deadline: deadlineOf(r, today),
    decisionId: extra.decisionId ?? null,
    validUntil: extra.validUntil ?? null,
    appealId: extra.appealId ?? null,
    appealInTime: extra.appealInTime ?? null,
  });

  const myCases = cases.filter((r) => r.assignedToId === userId && awaitsCaseworker(caseStatusOf(r))).map((r) => item(r));
  const preliminaryReply = cases
    .filter((r) => awaitsFirstAnswer(caseStatusOf(r)))
    .map((r) => item(r))
    .filter((i) => i.deadline.state === 'warning' || i.deadline.state === 'overdue')
    .sort(
      (x, y) =>
        x.deadline.preliminaryReplyDue.localeCompare(y.deadline.preliminaryReplyDue) ||
        x.receivedOn.localeCompare(y.receivedOn) ||
        x.caseNumber.localeCompare(y.caseNumber),
    );
  const forwarded = cases.filter((r) => r.status === 'forwarded').map((r) => item(r));
  const expiringDecisions = decisions
    .filter((r) => r.decisionStatus === 'sent' && r.validUntil !== null && validityRunsOutSoon(r.validUntil, today))
    .map((r) => item(r, { decisionId: r.decisionId, validUntil: r.validUntil }));
  // Attestation is a second person's task: the author's own decisions are not on their list.
  const awaitingAttestation = decisions
    .filter((r) => r.decisionStatus === 'awaiting_attestation' && r.authorId !== userId)
    .map((r) => item(r, { decisionId: r.decisionId }));
  const appealItem = (r: (typeof appeals)[number]) => item(r, { appealId: r.appealId, appealInTime: r.inTime === 'yes' });
  const appealsWaiting = appeals.filter((r) => r.appealStatus === 'registered').map(appealItem);
  const appealsAtAppealBody = appeals.filter((r) => r.appealStatus === 'forwarded').map(appealItem);

  return {
    today,
    myCases,
    preliminaryReply,
    expiringDecisions,
    appealsWaiting,
    awaitingAttestation,
    forwarded,
    appealsAtAppealBody,
    counts: {
      myCases: myCases.length,
      preliminaryReply: preliminaryReply.length,
      preliminaryReplyOverdue: preliminaryReply.filter((i) => i.deadline.state === 'overdue').length,
      expiringDecisions: expiringDecisions.length,
      appealsWaiting: appealsWaiting.length,
      awaitingAttestation: awaitingAttestation.length,
      forwarded: forwarded.length,
      appealsAtAppealBody: appealsAtAppealBody.length,
    },
  };
}
