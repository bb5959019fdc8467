/**
 * A decision's own small state machine: a draft is edited freely; sending it either sends it at
 * once or, where the municipality requires a second person's approval (attestation), waits for
 * a caseworker other than the author.
 *
 *   draft ──send (no attestation)──▶ sent
 *   draft ──send (attestation)──▶ awaiting_attestation ──attest (not the author)──▶ sent
 *   awaiting_attestation ──return_to_draft──▶ draft
 */

export const DECISION_STATUSES = ['draft', 'awaiting_attestation', 'sent'] as const;
export type DecisionStatus = (typeof DECISION_STATUSES)[number];

export const DECISION_OUTCOMES = ['approved', 'partly_approved', 'refused'] as const;
export type DecisionOutcome = (typeof DECISION_OUTCOMES)[number];

/** Approval outcomes get a validity date and the dwelling specification. */
export const isApproval = (outcome: DecisionOutcome): boolean => outcome !== 'refused';

export const canEditDecision = (status: DecisionStatus): boolean => status === 'draft';

/** What sending a draft leads to. */
export function afterSend(status: DecisionStatus, requireAttestation: boolean): DecisionStatus | undefined {
  if (status !== 'draft') return undefined;
  return requireAttestation ? 'awaiting_attestation' : 'sent';
}

export type AttestationCheck = { readonly ok: true } | { readonly ok: false; readonly reason: 'not_awaiting' | 'own_decision' };

/** A decision awaiting attestation may be attested by anyone but its author (second-person approval). */
export function checkAttestation(status: DecisionStatus, authorId: string, attesterId: string): AttestationCheck {
  if (status !== 'awaiting_attestation') return { ok: false, reason: 'not_awaiting' };
  if (authorId === attesterId) return { ok: false, reason: 'own_decision' };
  return { ok: true };
}
