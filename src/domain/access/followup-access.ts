import type { ConsentRecipient, NoteSensitivity } from '../cases/case-types.js';
import { canSeeNote } from './person-access.js';
import type { Role } from './roles.js';

/**
 * Who may see and write a household's follow-up (issue 6 § 6; domain.md § 9.1). Sharing a
 * household's follow-up with another agency needs the person's consent (fvl. § 13a nr. 1;
 * helsepersonelloven § 22 for the specialist health service), so the consent register decides.
 * Pure: the service gathers the facts — the consents of the household's head in force today, read
 * inside the request's transaction, so a withdrawal takes effect on the next request — and asks.
 * A household the actor may not see is answered 404, not 403 (docs/adr/0004).
 */
export interface FollowupAccessFacts {
  /** Recipients the household's head has a consent in force to today. */
  consentsInForce: readonly ConsentRecipient[];
  /** The actor is the plan's responsible worker. */
  isResponsibleWorker: boolean;
}

/**
 * - caseworker (boligkontoret, which runs the follow-up): every household;
 * - followup: a household whose head has consented to the follow-up team, or whose plan the worker
 *   is responsible for — the team's own work, which it needs to do the visits it was given;
 * - nav_adviser: only while the head's consent to NAV is in force;
 * - specialist_health: only while the head's consent to the specialist health service is in force;
 * - everyone else: never.
 */
export function canSeeFollowup(role: Role, facts: FollowupAccessFacts): boolean {
  switch (role) {
    case 'caseworker':
      return true;
    case 'followup':
      return facts.isResponsibleWorker || facts.consentsInForce.includes('followup_team');
    case 'nav_adviser':
      return facts.consentsInForce.includes('nav');
    case 'specialist_health':
      return facts.consentsInForce.includes('specialist_health');
    default:
      return false;
  }
}

/** Roles that may create plans at all (area-level; 403 for the others). */
export const canCreateFollowupPlans = (role: Role): boolean => role === 'caseworker' || role === 'followup';

/**
 * May change the plan — services, visits, notes, the end: the caseworker and the follow-up team,
 * each only for a household it may see. NAV and the specialist health service read only: their
 * own records live in their own systems.
 */
export function canWriteFollowup(role: Role, facts: FollowupAccessFacts): boolean {
  return canCreateFollowupPlans(role) && canSeeFollowup(role, facts);
}

/**
 * A follow-up note by its sensitivity flag, for a role that may see the plan. The cases area's
 * rule (person-access.ts canSeeNote) decides for its roles: the caseworker and the follow-up team
 * see every note, NAV never a flagged one. The specialist health service, which the cases area
 * never shows notes to, sees here:
 * - unflagged notes, and notes flagged `health`: the person consented to share the follow-up with
 *   the health service treating them, and health notes are what that cooperation is about
 *   (helsepersonelloven §§ 22 and 25);
 * - never notes flagged `substance_use`. Observations of drug or alcohol use made in the person's
 *   home are the most stigmatising category, and once in a health worker's hands they can trigger
 *   the health worker's own duties — notice to the county governor about fitness to drive
 *   (helsepersonelloven § 34), to the child welfare service (§ 33) — and end up in the hospital's
 *   records. A general consent to share the follow-up is not an informed consent to that; the person
 *   can tell the specialist themselves, or give a consent that names it. Least privilege.
 */
export function canSeeFollowupNote(role: Role, sensitivity: NoteSensitivity): boolean {
  if (role === 'specialist_health') return sensitivity === 'none' || sensitivity === 'health';
  return canSeeNote(role, sensitivity);
}
