import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Tasks are work for the roles that do case and follow-up work; the manager (aggregates only)
 * and the admin have no queue (403). A task for another role is not found (404, docs/adr/0004).
 */
export const canUseTasks = (role: Role): boolean => role !== 'manager' && role !== 'admin';

export function assertTaskArea(actor: Actor): void {
  if (!canUseTasks(actor.role)) throw forbidden();
}

/**
 * Whether the task is in the actor's queue: assigned to the user by name, or to the role when no
 * one is named (a task for the household's own worker is not every colleague's).
 */
export const isMine = (actor: Actor, t: { assignedRole: string; assignedToId: string | null }): boolean =>
  t.assignedToId === null ? t.assignedRole === actor.role : t.assignedToId === actor.userId;
