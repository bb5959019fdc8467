import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Building projects (docs/adr/0004): the manager and the property manager read and change them, as
 * AREA_ACCESS's `building_projects` says. No personal data is held. Every other role: 403.
 */
export const canUseBuildingProjects = (role: Role): boolean => canOpenArea(role, 'building_projects');

export function assertBuildingProjects(actor: Actor): void {
  if (!canUseBuildingProjects(actor.role)) throw forbidden();
}
