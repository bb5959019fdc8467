/**
 * Appeals (klage): the first instance's review (fvl. § 33) and the appeal body's outcome
 * (fvl. § 34), and what each does to the case.
 */
import type { CaseEvent } from './case-status.js';

/** The first instance either reverses its own decision or upholds it and forwards the appeal (fvl. § 33). */
export const APPEAL_REVIEW_OUTCOMES = ['reverse', 'uphold'] as const;
export type AppealReviewOutcome = (typeof APPEAL_REVIEW_OUTCOMES)[number];

/**
 * The appeal body's outcome: upheld (stadfestet), reversed (omgjort), remanded (opphevet og
 * sendt tilbake), dismissed (avvist, e.g. too late under fvl. § 31).
 */
export const APPEAL_BODY_OUTCOMES = ['upheld', 'reversed', 'remanded', 'dismissed'] as const;
export type AppealBodyOutcome = (typeof APPEAL_BODY_OUTCOMES)[number];

export const APPEAL_STATUSES = ['registered', 'reversed', 'forwarded', 'decided', 'withdrawn'] as const;
export type AppealStatus = (typeof APPEAL_STATUSES)[number];

/** The case event an appeal body's outcome causes: only a remand sends the case back for a new decision. */
export function caseEventForAppealOutcome(outcome: AppealBodyOutcome): CaseEvent {
  return outcome === 'remanded' ? 'appeal_remanded' : 'appeal_decided';
}
