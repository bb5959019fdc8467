import { EARLY_WARNING_KINDS, type EarlyWarningKind } from './early-warning.js';

/**
 * How an early-warning or move-in-visit task is closed: with an outcome from a short list, and a
 * short note whenever the signal is not simply gone. An arrears task cannot be closed as resolved
 * while the arrears are still at or above the threshold: «resolved» must mean paid, or the record
 * would say the risk is gone when it is not. Pure; the server passes today's arrears and threshold.
 */

export const CLOSE_OUTCOMES = ['resolved', 'payment_plan', 'referred', 'no_action', 'visit_held', 'visit_declined'] as const;
export type CloseOutcome = (typeof CLOSE_OUTCOMES)[number];

export const MOVE_IN_VISIT_KIND = 'move_in_visit';
export type FollowupTaskKind = EarlyWarningKind | typeof MOVE_IN_VISIT_KIND;

/** The outcomes a task of this kind may be closed with, in the order the form offers them. */
export function outcomesFor(kind: FollowupTaskKind): readonly CloseOutcome[] {
  if (kind === 'ew_arrears') return ['resolved', 'payment_plan', 'referred', 'no_action'];
  if (kind === MOVE_IN_VISIT_KIND) return ['visit_held', 'visit_declined', 'no_action'];
  return ['resolved', 'referred', 'no_action'];
}

/** Outcomes that say the signal is gone (or the visit done); every other needs a note. */
const SELF_EXPLAINING: ReadonlySet<CloseOutcome> = new Set(['resolved', 'visit_held']);

export const noteRequired = (outcome: CloseOutcome): boolean => !SELF_EXPLAINING.has(outcome);

export function isFollowupTaskKind(kind: string): kind is FollowupTaskKind {
  return kind === MOVE_IN_VISIT_KIND || (EARLY_WARNING_KINDS as readonly string[]).includes(kind);
}

export interface CloseRequest {
  readonly kind: FollowupTaskKind;
  readonly outcome: string;
  readonly note: string | undefined;
  /** For `ew_arrears`: the lease's arrears today and the threshold in force today. */
  readonly arrears?: { readonly kroner: number; readonly threshold: number };
}

export type CloseRefusal =
  | { readonly kind: 'field'; readonly path: 'outcome' | 'note'; readonly code: 'invalid_outcome' | 'note_required' }
  | { readonly kind: 'conflict'; readonly path: 'outcome'; readonly code: 'arrears_outstanding'; readonly arrears: number; readonly threshold: number };

/** Why the task may not be closed so, or an empty list when it may. Field problems come all at once; the arrears conflict only for an otherwise valid request. */
export function closeRefusals(request: CloseRequest): CloseRefusal[] {
  const allowed = outcomesFor(request.kind) as readonly string[];
  if (!allowed.includes(request.outcome)) return [{ kind: 'field', path: 'outcome', code: 'invalid_outcome' }];
  const outcome = request.outcome as CloseOutcome;
  if (noteRequired(outcome) && !request.note?.trim()) return [{ kind: 'field', path: 'note', code: 'note_required' }];
  if (request.kind === 'ew_arrears' && outcome === 'resolved' && request.arrears) {
    const { kroner, threshold } = request.arrears;
    if (kroner > 0 && kroner >= threshold) return [{ kind: 'conflict', path: 'outcome', code: 'arrears_outstanding', arrears: kroner, threshold }];
  }
  return [];
}
