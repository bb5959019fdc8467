import type { Role } from '../../../domain/access/roles.js';
import type { AddressProtection } from '../../../domain/cases/case-types.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for leases, renewals and the rent ledger (docs/adr/0004, 0007): the
 * property manager and the caseworker manage leases; every other role gets 403 on the area.
 * Other municipalities' leases are invisible (row-level security) and answer 404.
 */

export const canUseLeases = (role: Role): boolean => role === 'caseworker' || role === 'property_manager';

/** The daily signal job may be started by hand by the caseworker and the admin. */
export const canRunSignals = (role: Role): boolean => role === 'caseworker' || role === 'admin';

/** Renewal outcomes are decisions about the household's housing: the caseworker's (a renewal opens a case). */
export const canDecideRenewal = (role: Role): boolean => role === 'caseworker';

export function assertLeaseArea(actor: Actor): void {
  if (!canUseLeases(actor.role)) throw forbidden();
}

export function assert(allowed: boolean): void {
  if (!allowed) throw forbidden();
}

/**
 * Whether the role may see who lives in a dwelling. A lease ties a person to an address, so a
 * protected address (Folkeregisteret) hides the tenant's name: fortrolig from everyone but the
 * caseworker, strengt fortrolig from everyone (person-access.ts: canSeeAddress) [I].
 */
export function maySeeTenancy(role: Role, protection: AddressProtection): boolean {
  if (protection === 'none') return true;
  if (protection === 'fortrolig') return role === 'caseworker';
  return false;
}
