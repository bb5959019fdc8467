import { canSeeAddress } from '../access/person-access.js';
import type { Role } from '../access/roles.js';
import type { AddressProtection } from '../cases/case-types.js';

/**
 * What each role may do with the dwelling register [I]:
 * - `manage` (property_manager, forvalter): register, change, import, export, change status;
 * - `read` (caseworker): the stock, dwelling pages and the vacancy board — allocation needs them;
 * - `stats` (manager): aggregate counts only;
 * - `none` (everyone else, admin included: the admin manages users and rules, not the stock): 403.
 */
export type DwellingAccess = 'manage' | 'read' | 'stats' | 'none';

export const DWELLING_ACCESS: Readonly<Record<Role, DwellingAccess>> = {
  caseworker: 'read',
  nav_adviser: 'none',
  followup: 'none',
  specialist_health: 'none',
  neighbourhood: 'none',
  property_manager: 'manage',
  manager: 'stats',
  politician: 'none',
  admin: 'none',
};

export const canManageDwellings = (role: Role): boolean => DWELLING_ACCESS[role] === 'manage';
export const canReadDwellings = (role: Role): boolean => DWELLING_ACCESS[role] === 'manage' || DWELLING_ACCESS[role] === 'read';
export const canReadDwellingStats = (role: Role): boolean => DWELLING_ACCESS[role] !== 'none';

/**
 * Whether the dwelling page may name the head of the tenant household. The property manager is
 * the landlord's side of the tenancy and needs to know who lives there (notices, keys, repairs),
 * so it sees the name — but never for a protected address: the dwelling's address *is* the
 * tenant's address, so naming the tenant there would reveal it. The caseworker follows the
 * person-access rule for addresses (fortrolig yes, strengt fortrolig no).
 */
export function canSeeTenantName(role: Role, protection: AddressProtection): boolean {
  if (role === 'property_manager') return protection === 'none';
  return canReadDwellings(role) && canSeeAddress(role, protection);
}
