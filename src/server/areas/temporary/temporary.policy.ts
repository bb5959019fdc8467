import { canHandleCase, canSeeAddress, canSeeCase } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import type { AddressProtection } from '../../../domain/cases/case-types.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for temporary accommodation (docs/adr/0004). NAV owns § 27 stays
 * (canHandleCase of 'temporary_accommodation'); the caseworker, who sees every case, reads them
 * so the work on a permanent home can follow. Providers and places are shared knowledge of the
 * two services and either may keep them. Every other role: 403 for the whole area. A record of
 * another municipality is hidden by row-level security and answered 404.
 */

const STAY_FACTS = { caseType: 'temporary_accommodation', consentsInForce: [] } as const;

/** May read stays, providers and places: the roles that see § 27 cases (caseworker, NAV adviser). */
export const canReadTemporary = (role: Role): boolean => canSeeCase(role, STAY_FACTS);

/** May register and change stays and run the long-stay signal: the NAV adviser. */
export const canHandleStays = (role: Role): boolean => canHandleCase(role, 'temporary_accommodation');

/** May create and change providers and places: NAV and the caseworker. */
export const canKeepProviders = (role: Role): boolean => canReadTemporary(role);

/** Whether the stay's place (where the household lives) may be shown, by the household's address protection. */
export const maySeeLocation = (role: Role, protection: AddressProtection): boolean => canSeeAddress(role, protection);

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
