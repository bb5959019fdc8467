import { compareDates, type IsoDate } from '../deadlines/calendar.js';

/**
 * A neighbour case (bomiljøsak) from complaint to outcome, as a pure state machine:
 *
 *   open ──first dialogue meeting──▶ dialogue ──agreement recorded──▶ agreement
 *     └──────────────┴──────────────────────┴──── close with an outcome ──▶ closed
 *
 * Parties may be added and meetings held until the case is closed; a later meeting or a revised
 * agreement keeps the status. An agreement needs a dialogue meeting first: it is what the parties
 * agreed in dialogue (Trondheim's bomiljøteam), not something written for them. A closed case is
 * final: a new complaint is a new case.
 */
export const NEIGHBOUR_CASE_KINDS = ['complaint', 'conflict'] as const;
export type NeighbourCaseKind = (typeof NEIGHBOUR_CASE_KINDS)[number];

export const NEIGHBOUR_CASE_STATUSES = ['open', 'dialogue', 'agreement', 'closed'] as const;
export type NeighbourCaseStatus = (typeof NEIGHBOUR_CASE_STATUSES)[number];

export const PARTY_ROLES = ['complainant', 'respondent', 'other'] as const;
export type PartyRole = (typeof PARTY_ROLES)[number];

/**
 * How a case ended [I]: resolved by the agreement (only from `agreement`), resolved without one
 * (the problem stopped), not resolved, withdrawn by the complainant, or referred elsewhere (the
 * landlord's side, mediation in the konfliktråd, the police).
 */
export const NEIGHBOUR_CASE_OUTCOMES = ['resolved_by_agreement', 'resolved_without_agreement', 'not_resolved', 'withdrawn', 'referred'] as const;
export type NeighbourCaseOutcome = (typeof NEIGHBOUR_CASE_OUTCOMES)[number];

export type NeighbourCaseAction = 'add_party' | 'record_meeting' | 'record_agreement' | 'close';
export const NEIGHBOUR_CASE_ACTIONS: readonly NeighbourCaseAction[] = ['add_party', 'record_meeting', 'record_agreement', 'close'];

/** Why an action is refused: the case is closed, or an agreement comes before any dialogue meeting. */
export type RefusalReason = 'case_closed' | 'meeting_first' | 'agreement_first';

export type Transition = { ok: true; status: NeighbourCaseStatus } | { ok: false; reason: RefusalReason };

/** The status after `action`, or why the action is not allowed now. */
export function transition(status: NeighbourCaseStatus, action: NeighbourCaseAction): Transition {
  if (status === 'closed') return { ok: false, reason: 'case_closed' };
  switch (action) {
    case 'add_party':
      return { ok: true, status };
    case 'record_meeting':
      return { ok: true, status: status === 'open' ? 'dialogue' : status };
    case 'record_agreement':
      return status === 'open' ? { ok: false, reason: 'meeting_first' } : { ok: true, status: 'agreement' };
    case 'close':
      return { ok: true, status: 'closed' };
  }
}

/** Closing with `outcome`: like `transition(…, 'close')`, and «resolved by agreement» needs a recorded agreement. */
export function closeWith(status: NeighbourCaseStatus, outcome: NeighbourCaseOutcome): Transition {
  const result = transition(status, 'close');
  if (result.ok && outcome === 'resolved_by_agreement' && status !== 'agreement') return { ok: false, reason: 'agreement_first' };
  return result;
}

/** The actions allowed in `status`, for the case page's forms. */
export function allowedActions(status: NeighbourCaseStatus): NeighbourCaseAction[] {
  return NEIGHBOUR_CASE_ACTIONS.filter((action) => transition(status, action).ok);
}

/**
 * A date of something that happened in the case (a meeting, an agreement, the close): not before
 * the complaint was reported, not ahead of today. Returns the field code, or null when fine.
 */
export function checkCaseDate(date: IsoDate, reportedOn: IsoDate, today: IsoDate): 'before_reported' | 'in_future' | null {
  if (compareDates(date, today) > 0) return 'in_future';
  if (compareDates(date, reportedOn) < 0) return 'before_reported';
  return null;
}
