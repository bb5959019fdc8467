import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the district map. AREA_ACCESS's `map`: the manager, the politician, the
 * caseworker and the property manager see it; the tile layer is the admin's (area `municipality`,
 * which the manager also opens — but only the admin changes settings). Addresses on the points
 * only for those who work with the dwellings (caseworker, property manager): the manager and the
 * politician see aggregates and points without an address.
 */
export const canSeeMap = (role: Role): boolean => canOpenArea(role, 'map');
export const canSetTiles = (role: Role): boolean => role === 'admin' && canOpenArea(role, 'municipality');
export const seesAddresses = (role: Role): boolean => role === 'caseworker' || role === 'property_manager';

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
