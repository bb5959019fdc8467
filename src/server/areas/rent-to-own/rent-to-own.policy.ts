import { canSeeAddress } from '../../../domain/access/person-access.js';
import type { Role } from '../../../domain/access/roles.js';
import type { AddressProtection } from '../../../domain/cases/case-types.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for rent-to-own (leie til eie; docs/adr/0004): the caseworker (who handles
 * the start-loan case) and the follow-up team (who follows the tenant) — AREA_ACCESS's
 * `rent_to_own`. Every other role: 403. A dwelling's address is shown only where the tenant's
 * address protection allows it (person-access.ts canSeeAddress).
 */
export const canUseRentToOwn = (role: Role): boolean => role === 'caseworker' || role === 'followup';

export const maySeeAddress = (role: Role, protection: AddressProtection): boolean => canSeeAddress(role, protection);

export function assertRentToOwn(actor: Actor): void {
  if (!canUseRentToOwn(actor.role)) throw forbidden();
}
