import type { Role } from '../access/roles.js';
import type { AddressProtection } from '../cases/case-types.js';

/**
 * Who may do what in neighbourhood work (bomiljø) — least privilege [I]:
 * - `team` (the neighbourhood team, bomiljøteam): everything — neighbour cases with their
 *   descriptions, parties and meetings, building activities, the caretaker's tasks;
 * - `property` (the property manager, boligforvalter): the buildings, their activities and the
 *   caretaker's (miljøvaktmester) task list, which it may also keep (small repairs and order are
 *   the landlord's side of the tenancy). It never sees a neighbour case — not its description,
 *   not its parties, not even that one exists: a complaint between neighbours is the team's
 *   confidential work, and the landlord side has its own route (notice, § 9-9) that must not be
 *   fed from a dialogue meant to avoid it;
 * - `none` (everyone else): 403 for the whole area.
 */
export type NeighbourhoodAccess = 'team' | 'property' | 'none';

export const NEIGHBOURHOOD_ACCESS: Readonly<Record<Role, NeighbourhoodAccess>> = {
  caseworker: 'none',
  nav_adviser: 'none',
  followup: 'none',
  specialist_health: 'none',
  neighbourhood: 'team',
  property_manager: 'property',
  manager: 'none',
  politician: 'none',
  admin: 'none',
};

/** May list buildings and read their activities and caretaker tasks. */
export const canReadBuildings = (role: Role): boolean => NEIGHBOURHOOD_ACCESS[role] !== 'none';

/** May read neighbour cases (descriptions, parties, meetings, agreements): the team only. */
export const canReadNeighbourCases = (role: Role): boolean => NEIGHBOURHOOD_ACCESS[role] === 'team';

/** May open, change and close neighbour cases: the team only. */
export const canManageNeighbourCases = (role: Role): boolean => NEIGHBOURHOOD_ACCESS[role] === 'team';

/** May record residents' meetings, dugnads and parties: the team, who runs them. */
export const canRecordActivities = (role: Role): boolean => NEIGHBOURHOOD_ACCESS[role] === 'team';

/** May add caretaker tasks and mark them done: the team and the property manager. */
export const canManageCaretakerTasks = (role: Role): boolean => NEIGHBOURHOOD_ACCESS[role] !== 'none';

/**
 * Whether a tenant may be offered by name as a party, or shown by name on a case. A neighbour
 * case names the building, so naming a tenant with a protected address (fortrolig or strengt
 * fortrolig) would reveal where that person lives; such a tenant is never listed, and a party who
 * gets a protected address later is shown without the name. Only the team sees tenants at all.
 */
export function canNameTenant(role: Role, protection: AddressProtection): boolean {
  return canReadNeighbourCases(role) && protection === 'none';
}
