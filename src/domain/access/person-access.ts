import type { AddressProtection, CaseType, ConsentRecipient, NoteSensitivity } from '../cases/case-types.js';
import type { Role } from './roles.js';

/**
 * Who may see a person's record, case by case (issue: cases § 9; docs/adr/0004).
 * Pure: the service gathers the facts (the case's type, the person's consents in force
 * today) and asks. A record the actor may not see is answered with 404, not 403.
 */
export interface AccessFacts {
  caseType: CaseType;
  /** Recipients with a consent in force today (given, not withdrawn, within from–to). */
  consentsInForce: readonly ConsentRecipient[];
}

/**
 * - caseworker (boligkontor): every case of the municipality;
 * - nav_adviser: temporary accommodation (NAV's own § 27 cases), other cases only while the
 *   person's consent to NAV is in force — withdrawal ends access on the next request;
 * - followup: cases of people who have consented to the follow-up team;
 * - everyone else (neighbourhood, property_manager, manager, admin): no case records.
 */
export function canSeeCase(role: Role, facts: AccessFacts): boolean {
  switch (role) {
    case 'caseworker':
      return true;
    case 'nav_adviser':
      return facts.caseType === 'temporary_accommodation' || facts.consentsInForce.includes('nav');
    case 'followup':
      return facts.consentsInForce.includes('followup_team');
    default:
      return false;
  }
}

/** Roles that may register and change cases, decisions and appeals for their own case type. */
export function canHandleCase(role: Role, caseType: CaseType): boolean {
  if (role === 'caseworker') return caseType !== 'temporary_accommodation';
  if (role === 'nav_adviser') return caseType === 'temporary_accommodation';
  return false;
}

/** Roles that may search for and register persons and households at all (area-level; 403 otherwise). */
export function canUsePersonRegister(role: Role): boolean {
  return role === 'caseworker' || role === 'nav_adviser' || role === 'followup';
}

/**
 * Notes flagged as health or substance use (special-category data, GDPR art. 9) are shown to
 * the caseworker handling housing and to the follow-up team, never to NAV through this system.
 */
export function canSeeNote(role: Role, sensitivity: NoteSensitivity): boolean {
  if (sensitivity === 'none') return role === 'caseworker' || role === 'nav_adviser' || role === 'followup';
  return role === 'caseworker' || role === 'followup';
}

/**
 * The address of a person with a protected address: fortrolig (kode 7) is shown only to the
 * caseworker and NAV adviser who must reach the person; strengt fortrolig (kode 6) to nobody —
 * Husly shows that the address is protected, and letters go through Folkeregisteret's routine.
 */
export function canSeeAddress(role: Role, protection: AddressProtection): boolean {
  if (protection === 'strengt_fortrolig') return false;
  if (protection === 'fortrolig') return role === 'caseworker' || role === 'nav_adviser';
  return role === 'caseworker' || role === 'nav_adviser' || role === 'followup';
}

/**
 * A consent is in force on `today` when it has started, has not ended and has not been withdrawn.
 * Dates are ISO calendar dates; `withdrawnOn` is the Oslo date of withdrawal.
 */
export function consentInForce(
  consent: { validFrom: string; validTo: string | null; withdrawnOn: string | null },
  today: string,
): boolean {
  if (consent.withdrawnOn !== null && consent.withdrawnOn <= today) return false;
  return consent.validFrom <= today && (consent.validTo === null || today <= consent.validTo);
}
