import type {
  AddNoteBody,
  Appeal,
  AppealOutcomeBody,
  CaseActionResult,
  CaseDetail,
  CaseNote,
  CreateDecisionBody,
  Decision,
  DecisionContentInput,
  DecisionSummary,
  DocumentMeta,
  EvaluateBody,
  Evaluation,
  ForwardBody,
  IntakeBody,
  IntakeResult,
  LetterMeta,
  PreliminaryReplyBody,
  RegisterAppealBody,
  ReviewAppealBody,
  UpdateDecisionBody,
} from '../../../contracts/cases';
import { api } from '../../app/api';

const id = encodeURIComponent;
const casePath = (caseId: string) => `/api/cases/${id(caseId)}`;
const decisionPath = (caseId: string, decisionId: string) => `${casePath(caseId)}/decisions/${id(decisionId)}`;

type AppealActionResult = { appeal: Appeal; decision: DecisionSummary | null; letter: LetterMeta | null };

/** Registers a request for help and opens one case per chosen type. */
export function registerIntake(body: IntakeBody): Promise<IntakeResult> {
  return api.post<IntakeResult>('/api/cases/intake', body);
}

/** The case page; the read is written to the access log. */
export function getCase(caseId: string, signal: AbortSignal): Promise<CaseDetail> {
  return api.get<CaseDetail>(casePath(caseId), signal);
}

export function evaluateCase(caseId: string, body: EvaluateBody): Promise<Evaluation> {
  return api.post<Evaluation>(`${casePath(caseId)}/eligibility`, body);
}

export function addNote(caseId: string, body: AddNoteBody): Promise<CaseNote> {
  return api.post<CaseNote>(`${casePath(caseId)}/notes`, body);
}

/** multipart: `checklistItem` and one `file`. Refused by content, not extension (field `file`). */
export function uploadDocument(caseId: string, checklistItem: string, file: File): Promise<DocumentMeta> {
  const form = new FormData();
  form.append('checklistItem', checklistItem);
  form.append('file', file, file.name);
  return api.postForm<DocumentMeta>(`${casePath(caseId)}/documents`, form);
}

export const documentUrl = (caseId: string, docId: string): string => `${casePath(caseId)}/documents/${id(docId)}`;
export const letterUrl = (caseId: string, letterId: string): string => `${casePath(caseId)}/letters/${id(letterId)}`;
export const decisionPreviewUrl = (caseId: string, decisionId: string): string => `${decisionPath(caseId, decisionId)}/preview.html`;
export const decisionPdfUrl = (caseId: string, decisionId: string): string => `${decisionPath(caseId, decisionId)}/letter.pdf`;

export function sendPreliminaryReply(caseId: string, body: PreliminaryReplyBody): Promise<CaseActionResult> {
  return api.post<CaseActionResult>(`${casePath(caseId)}/preliminary-reply`, body);
}

export function forwardCase(caseId: string, body: ForwardBody): Promise<CaseActionResult> {
  return api.post<CaseActionResult>(`${casePath(caseId)}/forward`, body);
}

/** `content` may be left out: the draft starts empty and is written in the decision editor. */
export function createDecision(caseId: string, body: Omit<CreateDecisionBody, 'content'> & { content?: DecisionContentInput }): Promise<Decision> {
  return api.post<Decision>(`${casePath(caseId)}/decisions`, body);
}

export function getDecision(caseId: string, decisionId: string, signal: AbortSignal): Promise<Decision> {
  return api.get<Decision>(decisionPath(caseId, decisionId), signal);
}

export function updateDecision(
  caseId: string,
  decisionId: string,
  body: Omit<UpdateDecisionBody, 'content'> & { content?: DecisionContentInput },
): Promise<Decision> {
  return api.put<Decision>(decisionPath(caseId, decisionId), body);
}

/** 422 rule_violation with `content.<field>` field errors (code `missing_block`) when the letter lacks a required block. */
export function sendDecision(caseId: string, decisionId: string): Promise<{ decision: DecisionSummary; letter: LetterMeta | null }> {
  return api.post(`${decisionPath(caseId, decisionId)}/send`, {});
}

export function attestDecision(caseId: string, decisionId: string): Promise<{ decision: DecisionSummary; letter: LetterMeta | null }> {
  return api.post(`${decisionPath(caseId, decisionId)}/attest`, {});
}

export function registerAppeal(caseId: string, body: RegisterAppealBody): Promise<AppealActionResult> {
  return api.post<AppealActionResult>(`${casePath(caseId)}/appeals`, body);
}

export function reviewAppeal(appealId: string, body: ReviewAppealBody): Promise<AppealActionResult> {
  return api.post<AppealActionResult>(`/api/appeals/${id(appealId)}/review`, body);
}

export function recordAppealOutcome(appealId: string, body: AppealOutcomeBody): Promise<AppealActionResult> {
  return api.post<AppealActionResult>(`/api/appeals/${id(appealId)}/outcome`, body);
}
