import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the waiting list, allocation rounds and offers (docs/adr/0013). The
 * housing office's caseworker allocates; the leader and the caseworker read the fairness
 * monitor, which holds aggregates only with small counts suppressed.
 */

export const canAllocate = (role: Role): boolean => role === 'caseworker';

export const canSeeFairness = (role: Role): boolean => role === 'caseworker' || role === 'manager';

export function assertAllocation(actor: Actor): void {
  if (!canAllocate(actor.role)) throw forbidden();
}

export function assertFairness(actor: Actor): void {
  if (!canSeeFairness(actor.role)) throw forbidden();
}
