import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * The homelessness count helper (docs/adr/0004): the caseworker and the NAV adviser, who fill in the
 * count's form, see the households known to the services and the exact figures and submit the count;
 * the manager sees the figures only, with counts from 1 to 4 shown as «<5». Every other role: 403.
 */
export const canFillCount = (role: Role): boolean => role === 'caseworker' || role === 'nav_adviser';

export const canSeeCount = (role: Role): boolean => canOpenArea(role, 'homelessness_count');

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
