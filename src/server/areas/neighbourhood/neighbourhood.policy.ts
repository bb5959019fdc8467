import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Authorisation for neighbourhood work: the pure rules are in domain/neighbourhood/access.ts
 * (the team sees and runs neighbour cases; the property manager sees buildings, activities and
 * caretaker tasks and keeps the tasks; everyone else 403). A record of another municipality is
 * hidden by row-level security and answered 404 (docs/adr/0004).
 */
export {
  canManageCaretakerTasks,
  canManageNeighbourCases,
  canNameTenant,
  canReadBuildings,
  canReadNeighbourCases,
  canRecordActivities,
} from '../../../domain/neighbourhood/access.js';

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
