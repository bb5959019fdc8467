import { canHandleCase, canSeeCase, canSeeNote, canUsePersonRegister, consentInForce } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import { CASE_TYPES, CONSENT_RECIPIENTS, type CaseType, type ConsentRecipient, type NoteSensitivity } from '../../../domain/cases/case-types.js';
import { osloDate } from '../../../domain/deadlines/calendar.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the cases area (docs/adr/0004): a role that cannot use cases at all
 * gets 403 on every endpoint; a case the actor may not see is 404; a case the actor may see
 * but not change (a NAV adviser reading a rental case with consent) is 403 on changes.
 */

/** Roles that work with cases at all: caseworker, NAV adviser, follow-up team. */
export const canUseCases = (role: Role): boolean => canUsePersonRegister(role);

/** The work list is for roles that handle cases of some type (caseworker, NAV adviser); 403 for others. */
export const canUseWorklist = (role: Role): boolean => CASE_TYPES.some((t) => canHandleCase(role, t));

/** The active eligibility rules as text: the admin who maintains them and the caseworker who applies them. */
export const canReadRules = (role: Role): boolean => role === 'admin' || role === 'caseworker';

export function assertCaseArea(actor: Actor): void {
  if (!canUseCases(actor.role)) throw forbidden();
}

export const isCaseType = (value: string): value is CaseType => (CASE_TYPES as readonly string[]).includes(value);
const isRecipient = (value: string): value is ConsentRecipient => (CONSENT_RECIPIENTS as readonly string[]).includes(value);

export interface ConsentFact {
  recipient: string;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: Date | null;
}

/** The recipients with a consent in force on `today`; withdrawal counts from its Oslo date. */
export function recipientsInForce(consents: readonly ConsentFact[], today: string): ConsentRecipient[] {
  return consents
    .filter((c) => consentInForce({ validFrom: c.validFrom, validTo: c.validTo, withdrawnOn: c.withdrawnAt ? osloDate(c.withdrawnAt) : null }, today))
    .map((c) => c.recipient)
    .filter(isRecipient);
}

/** Whether the role may see a case of this type given the person's consents today. */
export function maySeeCase(role: Role, caseType: string, consents: readonly ConsentFact[], today: string): boolean {
  return isCaseType(caseType) && canSeeCase(role, { caseType, consentsInForce: recipientsInForce(consents, today) });
}

export function mayHandleCase(role: Role, caseType: string): boolean {
  return isCaseType(caseType) && canHandleCase(role, caseType);
}

export function maySeeNote(role: Role, sensitivity: NoteSensitivity): boolean {
  return canSeeNote(role, sensitivity);
}
