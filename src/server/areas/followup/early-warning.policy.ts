import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Who may do what with early warning and its thresholds (docs/adr/0004, 0014). The thresholds are
 * rules, not personal data: the admin sets them; the caseworker and the follow-up team read them
 * (they explain why a task was raised). The run may be started by hand by the roles whose work it
 * feeds and the admin, as the leases run.
 */

export const canRunFollowupSignals = (role: Role): boolean => role === 'caseworker' || role === 'followup' || role === 'admin';
export const canReadFollowupSettings = (role: Role): boolean => role === 'admin' || role === 'caseworker' || role === 'followup';
export const canEditFollowupSettings = (role: Role): boolean => role === 'admin';

/** @throws AppError forbidden when the rule does not allow the actor. */
export function assertAllowed(actor: Actor, rule: (role: Role) => boolean): void {
  if (!rule(actor.role)) throw forbidden();
}

/** Tasks for no one by name go to the follow-up team. */
export const FOLLOWUP_TEAM = { assignedRole: 'followup', assignedToId: null } as const;

/**
 * Who gets a household's tasks: its plan's responsible worker (by name, with the worker's role); the
 * follow-up team when that account is deactivated, so no task waits for someone who has left.
 */
export function assigneeOf(plan: { workerId: string; workerRole: string; workerActive: boolean }): { assignedRole: string; assignedToId: string | null } {
  return plan.workerActive ? { assignedRole: plan.workerRole, assignedToId: plan.workerId } : FOLLOWUP_TEAM;
}
