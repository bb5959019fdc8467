import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the Housing First programme (docs/adr/0004). The follow-up team (the
 * Housing First team) and the caseworker manage participants, targets and fidelity assessments;
 * the manager sees the programme in aggregate only — no participant, no name, counts from 1 to 4
 * suppressed — as AREA_ACCESS's `housing_first` says. Every other role: 403.
 */

/** Enrol, change, house, exit; set targets; assess fidelity. */
export const canManageHousingFirst = (role: Role): boolean => role === 'followup' || role === 'caseworker';

/** The programme's aggregate page: those who manage, and the manager. */
export const canSeeProgramme = (role: Role): boolean => canOpenArea(role, 'housing_first');

/** Counts from 1 to 4 are shown as «<5» for roles that see aggregates only. */
export const suppressesSmallCounts = (role: Role): boolean => !canManageHousingFirst(role);

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
