import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Authorisation for private rental partnerships and refugee settlement [I]: NAV's housing adviser
 * (who helps households into private leases and keeps the landlord contacts) and the caseworker
 * (who settles refugees and uses the same landlords) keep everything; the manager reads the year's
 * figures only, with small counts suppressed; every other role is refused (403). A household the
 * NAV adviser may not see (no consent, no case of its own) cannot be registered (404, person
 * access); a record of another municipality is hidden by row-level security (404).
 */
export const canUsePrivateRental = (role: Role): boolean => role === 'nav_adviser' || role === 'caseworker';

/** May read the year's figures: the two roles above exactly, the manager suppressed. */
export const canReadFigures = (role: Role): boolean => canUsePrivateRental(role) || role === 'manager';

/** Whether the figures are shown with small counts suppressed (everyone outside case work). */
export const suppressesFigures = (role: Role): boolean => !canUsePrivateRental(role);

/** Staff who may be a landlord's contact person: those who follow up tenants and landlords. */
export const CONTACT_ROLES: readonly Role[] = ['nav_adviser', 'caseworker', 'followup'];

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
