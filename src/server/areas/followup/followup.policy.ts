import { canCreateFollowupPlans } from '../../../domain/access/followup-access.js';
import { canOpenArea } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Area-level authorisation for follow-up (docs/adr/0004): the roles AREA_ACCESS gives the area
 * (caseworker, NAV adviser, follow-up team, specialist health service) may read, each only the
 * households domain/access/followup-access.ts lets it see (404 otherwise); only the caseworker and
 * the follow-up team may write (403 for the readers, before any record is looked at).
 */

/** May use the follow-up area at all. @throws AppError forbidden. */
export function assertFollowupArea(actor: Actor): void {
  if (!canOpenArea(actor.role, 'followup')) throw forbidden();
}

/** May create and change plans, contacts and notes (still only for households it may see). @throws AppError forbidden. */
export function assertFollowupWriter(actor: Actor): void {
  assertFollowupArea(actor);
  if (!canCreateFollowupPlans(actor.role)) throw forbidden();
}
