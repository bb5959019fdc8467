import type { Appeal, CaseNote, DecisionSummary, DocumentMeta, Evaluation, LetterMeta } from '../../../contracts/cases.js';
import type { Language } from '../../../contracts/common.js';
import type { AppealBodyOutcome } from '../../../domain/cases/appeals.js';
import type { NoteSensitivity } from '../../../domain/cases/case-types.js';
import { isAppealInTime } from '../../../domain/deadlines/deadlines.js';
import type { EligibilityReason } from '../../../domain/eligibility/types.js';
import type { AppealRow, DecisionRow, DocumentMetaRow, EvaluationRow, LetterMetaRow, NoteRow } from './case-records.repo.js';
import type { StaffRef } from './cases.repo.js';
import { staffRef } from './cases.present.js';

/** Row → DTO mappers for what hangs on a case. */

export function presentDecisionSummary(row: DecisionRow, staff: ReadonlyMap<string, StaffRef>): DecisionSummary {
  return {
    id: row.id,
    caseId: row.caseId,
    outcome: row.outcome,
    status: row.status,
    language: row.language,
    decidedOn: row.decidedOn,
    noticeSentOn: row.noticeSentOn,
    appealDeadline: row.appealDeadline,
    validUntil: row.validUntil,
    author: staffRef(staff, row.decidedBy) ?? { id: row.decidedBy, displayName: '–' },
    attestedBy: staffRef(staff, row.attestedBy),
    attestedAt: row.attestedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
  };
}

/** Late-appeal facts recomputed from the stored dates (fvl. § 31), so the rule's current reading is shown. */
function lateOf(row: AppealRow, decision: DecisionRow | undefined): Appeal['late'] {
  if (row.inTime === 'yes') return null;
  if (!decision?.appealDeadline) return { lateByDays: row.lateByDays ?? 0, mayBeConsidered: true, basis: 'fvl. § 31' };
  const t = isAppealInTime(row.submittedOn, decision.appealDeadline, decision.decidedOn ? { decidedOn: decision.decidedOn } : {});
  return t.inTime ? null : { lateByDays: t.lateBy, mayBeConsidered: t.mayBeConsidered, basis: t.basis };
}

export function presentAppeal(row: AppealRow, decision: DecisionRow | undefined): Appeal {
  return {
    id: row.id,
    caseId: row.caseId,
    decisionId: row.decisionId,
    submittedOn: row.submittedOn,
    receivedOn: row.receivedOn,
    grounds: row.grounds,
    inTime: row.inTime === 'yes',
    late: lateOf(row, decision),
    status: row.status,
    reviewNote: row.reviewNote,
    reviewedOn: row.reviewedOn,
    forwardedOn: row.forwardedOn,
    appealBody: row.appealBody,
    bodyOutcome: (row.bodyOutcome as AppealBodyOutcome | null) ?? null,
    bodyDecidedOn: row.bodyDecidedOn,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentLetter(row: LetterMetaRow): LetterMeta {
  return {
    id: row.id,
    kind: row.kind,
    language: row.language,
    recipientKind: row.recipientKind,
    recipientName: row.recipientName,
    sentOn: row.sentOn,
    createdAt: row.createdAt.toISOString(),
  };
}

export function presentDocument(row: DocumentMetaRow, staff: ReadonlyMap<string, StaffRef>): DocumentMeta {
  return {
    id: row.id,
    checklistItem: row.checklistItem,
    filename: row.filename,
    mimeType: row.mimeType as DocumentMeta['mimeType'],
    sizeBytes: row.sizeBytes,
    sha256: row.sha256,
    uploadedAt: row.uploadedAt.toISOString(),
    uploadedBy: staffRef(staff, row.uploadedBy) ?? { id: row.uploadedBy, displayName: '–' },
  };
}

export function presentNote(row: NoteRow, staff: ReadonlyMap<string, StaffRef>): CaseNote {
  return {
    id: row.id,
    body: row.body,
    sensitivity: row.sensitivity as NoteSensitivity,
    createdAt: row.createdAt.toISOString(),
    createdBy: staffRef(staff, row.createdBy) ?? { id: row.createdBy, displayName: '–' },
  };
}

/** The stored evaluation with each reason's explanation in the response language. */
export function presentEvaluation(row: EvaluationRow, language: Language): Evaluation {
  const result = row.result as { validUntil?: string; reasons?: EligibilityReason[] };
  return {
    id: row.id,
    ruleSet: { id: row.ruleSetId, version: row.ruleSetVersion },
    evaluatedOn: row.evaluatedOn,
    outcome: row.outcome as Evaluation['outcome'],
    validUntil: result.validUntil ?? null,
    reasons: (result.reasons ?? []).map((r) => ({
      ruleId: r.ruleId,
      kind: r.kind,
      outcome: r.outcome,
      explanation: r.explanation[language],
      source: r.source,
      values: { ...r.values },
      missingFacts: [...r.missingFacts],
      ...(r.override ? { override: r.override } : {}),
    })),
    overrides: row.overrides,
    evaluatedBy: row.evaluatedBy,
    createdAt: row.createdAt.toISOString(),
  };
}
