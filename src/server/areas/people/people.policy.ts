import { canSeeAddress, canSeeCase, canUsePersonRegister, type AccessFacts } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import type { AddressProtection, ConsentRecipient } from '../../../domain/cases/case-types.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for persons and households, on top of domain/access/person-access.ts.
 * Area-level denial is 403; a record the actor may not see is 404 (docs/adr/0004).
 */

/** What decides whether a role may see a person (or a household). The service gathers it. */
export interface PersonAccessFacts {
  /**
   * Cases that involve the person — as the case's person or as a current member of the
   * case's household — each with the consents in force of the case's person.
   * For a household: the household's cases.
   */
  cases: readonly AccessFacts[];
  /** Recipients of the person's own consents in force today (for a household: the head's). */
  consentsInForce: readonly ConsentRecipient[];
}

/**
 * The agency whose consent alone opens a person's record to a role, with or without a case
 * (fvl. § 13a nr. 1): NAV sees a person who has consented to NAV, the follow-up team one who
 * has consented to the team.
 */
const OWN_AGENCY: Partial<Record<Role, ConsentRecipient>> = { nav_adviser: 'nav', followup: 'followup_team' };

/** Whether the role may use the person register at all (403 otherwise). */
export const canUseRegister = (role: Role): boolean => canUsePersonRegister(role);

/**
 * Whether the role may see this person's (or household's) record: the caseworker sees every
 * person of the municipality; NAV and the follow-up team a person in a case they may see
 * (canSeeCase) or who has consented to their agency. Withdrawal ends access at once.
 */
export function canSeePerson(role: Role, facts: PersonAccessFacts): boolean {
  if (!canUsePersonRegister(role)) return false;
  if (role === 'caseworker') return true;
  const agency = OWN_AGENCY[role];
  return facts.cases.some((c) => canSeeCase(role, c)) || (agency !== undefined && facts.consentsInForce.includes(agency));
}

/**
 * Whether the role may enter or change an address, or change the protection level from
 * `from` to `to`. Roles that may see a fortrolig address may write any address — a strengt
 * fortrolig one is write-only for them; others only an unprotected address that stays so.
 */
export function canChangeAddress(role: Role, from: AddressProtection, to: AddressProtection): boolean {
  if (canSeeAddress(role, 'fortrolig')) return true;
  return from === 'none' && to === 'none' && canSeeAddress(role, 'none');
}

/**
 * Only the housing office registers consents: it is the body that shares its information, and
 * a role that registered consents to its own agency would be granting itself access.
 */
export const canRegisterConsent = (role: Role): boolean => role === 'caseworker';

/**
 * The caseworker may withdraw any consent; NAV and the follow-up team a consent to their own
 * agency (the person may tell whoever receives the information; withdrawal only narrows access).
 */
export const canWithdrawConsent = (role: Role, recipient: ConsentRecipient): boolean =>
  role === 'caseworker' || OWN_AGENCY[role] === recipient;

/** Merging two persons rewrites case references: a reviewed step for the housing office only. */
export const canMergePersons = (role: Role): boolean => role === 'caseworker';

/** "Who has read this file" is answered by the housing office (GDPR art. 15 requests). */
export const canReadPersonAccessLog = (role: Role): boolean => role === 'caseworker';

export function assertAllowed(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
