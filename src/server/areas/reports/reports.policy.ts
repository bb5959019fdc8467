import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the council reports (issue 7 § 3). The manager creates drafts, writes the
 * narrative and publishes; the politician reads published reports only (a draft is 404 to them,
 * as if it did not exist); every other role 403.
 */

export const canReadReports = (role: Role): boolean => canOpenArea(role, 'reports');

/** Create, edit, delete drafts; publish. */
export const canManageReports = (role: Role): boolean => role === 'manager';

/** Whether the role may see a report in this status (drafts: those who manage). */
export const canSeeReport = (role: Role, status: 'draft' | 'published'): boolean => status === 'published' ? canReadReports(role) : canManageReports(role);

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
