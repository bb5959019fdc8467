import { canOpenArea } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/** Pure authorisation for the admin area. A role that cannot use an area at all gets 403 (docs/adr/0004). */
export const canManageUsers = (actor: Actor): boolean => canOpenArea(actor.role, 'users');
export const canReadAudit = (actor: Actor): boolean => canOpenArea(actor.role, 'audit');
export const canReadAccessLog = (actor: Actor): boolean => canOpenArea(actor.role, 'access_log');

export function assertAllowed(allowed: boolean): void {
  if (!allowed) throw forbidden();
}
