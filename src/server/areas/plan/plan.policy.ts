import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the action plan and the dashboard (docs/adr/0004): AREA_ACCESS's `plan`
 * lets the manager and the politician in; the manager edits, the politician reads. Every other
 * role: 403. The plan holds no person; the figures are aggregates with counts 1–4 suppressed.
 */

export const canReadPlan = (role: Role): boolean => canOpenArea(role, 'plan');

export const canEditPlan = (role: Role): boolean => role === 'manager';

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
