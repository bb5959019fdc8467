/**
 * The life of a case (sak) as a pure state machine. A case moves only by these events;
 * the service asks {@link transition} and refuses the change when the answer is not ok.
 *
 *   received ──send_preliminary_reply──▶ preliminary_reply_sent (again for a delay notice)
 *   received | preliminary_reply_sent | remanded ──send_decision──▶ decided
 *   received | preliminary_reply_sent | remanded ──forward_case──▶ forwarded (Lillehammer lesson)
 *   decided | closed ──register_appeal──▶ appealed
 *   appealed ──send_decision──▶ decided            (the first instance reversed its decision, fvl. § 33)
 *   appealed ──forward_appeal──▶ appeal_forwarded  (upheld and sent to the appeal body)
 *   appeal_forwarded ──appeal_decided──▶ decided   (upheld, reversed or dismissed by the appeal body)
 *   appeal_forwarded ──appeal_remanded──▶ remanded (opphevet: the municipality decides again)
 *   decided | forwarded ──close──▶ closed
 */

export const CASE_STATUSES = [
  /** Registered; no decision or foreløpig svar yet (fvl. § 11a clock running). */
  'received',
  /** A foreløpig svar (or a later delay notice) has been sent; waiting for the decision. */
  'preliminary_reply_sent',
  /** A decision (enkeltvedtak) has been sent. */
  'decided',
  /** An appeal (klage) has been registered and awaits the first instance's review (fvl. § 33). */
  'appealed',
  /** The first instance upheld its decision and sent the appeal to the appeal body. */
  'appeal_forwarded',
  /** The appeal body set the decision aside and sent the case back for a new decision. */
  'remanded',
  /** Sent to the competent unit, with a letter to the person. */
  'forwarded',
  'closed',
] as const;
export type CaseStatus = (typeof CASE_STATUSES)[number];

export const CASE_EVENTS = [
  'send_preliminary_reply',
  'send_decision',
  'forward_case',
  'register_appeal',
  'forward_appeal',
  'appeal_decided',
  'appeal_remanded',
  'close',
] as const;
export type CaseEvent = (typeof CASE_EVENTS)[number];

const TRANSITIONS: Readonly<Record<CaseEvent, { readonly from: readonly CaseStatus[]; readonly to: CaseStatus }>> = {
  send_preliminary_reply: { from: ['received', 'preliminary_reply_sent'], to: 'preliminary_reply_sent' },
  send_decision: { from: ['received', 'preliminary_reply_sent', 'remanded', 'appealed'], to: 'decided' },
  forward_case: { from: ['received', 'preliminary_reply_sent', 'remanded'], to: 'forwarded' },
  register_appeal: { from: ['decided', 'closed'], to: 'appealed' },
  forward_appeal: { from: ['appealed'], to: 'appeal_forwarded' },
  appeal_decided: { from: ['appeal_forwarded'], to: 'decided' },
  appeal_remanded: { from: ['appeal_forwarded'], to: 'remanded' },
  close: { from: ['decided', 'forwarded'], to: 'closed' },
};

export type TransitionResult =
  | { readonly ok: true; readonly from: CaseStatus; readonly to: CaseStatus }
  | { readonly ok: false; readonly from: CaseStatus; readonly event: CaseEvent; readonly allowedFrom: readonly CaseStatus[] };

/** The status after `event`, or why the event is not allowed in `status`. Never throws. */
export function transition(status: CaseStatus, event: CaseEvent): TransitionResult {
  const rule = TRANSITIONS[event];
  return rule.from.includes(status)
    ? { ok: true, from: status, to: rule.to }
    : { ok: false, from: status, event, allowedFrom: rule.from };
}

/** The events allowed in `status`, for the case page's actions. */
export function allowedEvents(status: CaseStatus): CaseEvent[] {
  return CASE_EVENTS.filter((event) => TRANSITIONS[event].from.includes(status));
}

/** True for a stored status string Husly knows (data from the database is checked, not cast). */
export function isCaseStatus(value: unknown): value is CaseStatus {
  return typeof value === 'string' && (CASE_STATUSES as readonly string[]).includes(value);
}

/**
 * Whether a caseworker may start a new decision draft in `status`. After an appeal, a draft is
 * made only by the first instance's review (reverse), never directly.
 */
export function canDraftDecision(status: CaseStatus): boolean {
  return status === 'received' || status === 'preliminary_reply_sent' || status === 'remanded';
}

/**
 * Whether the fvl. § 11a clock still runs: the case waits for a first answer. Forwarded and
 * closed cases have left the unit; decided ones are answered.
 */
export function awaitsFirstAnswer(status: CaseStatus): boolean {
  return status === 'received';
}

/**
 * Statuses in which the case waits for its caseworker: a first answer, a decision, or the review
 * of an appeal. A decided case, or one at the appeal body or forwarded, waits for someone else.
 */
export const AWAITING_CASEWORKER: readonly CaseStatus[] = ['received', 'preliminary_reply_sent', 'appealed', 'remanded'];

export function awaitsCaseworker(status: CaseStatus): boolean {
  return AWAITING_CASEWORKER.includes(status);
}
