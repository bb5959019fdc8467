import type { Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the calculators (startlån affordability, bostøtte estimate). They guide a
 * household, so the roles that meet households use them: the housing office's caseworker, the NAV
 * adviser and the follow-up team. The manager (aggregates only), the admin, the property manager
 * and the neighbourhood role do not.
 */
export const CALCULATOR_ROLES: readonly Role[] = ['caseworker', 'nav_adviser', 'followup'];

export const canUseCalculators = (role: Role): boolean => CALCULATOR_ROLES.includes(role);

export function assertCalculators(actor: Actor): void {
  if (!canUseCalculators(actor.role)) throw forbidden();
}

/**
 * The municipality's own parameter values (calculator_parameter): the admin keeps them («regler og
 * parametere», roles.ts); the roles that use the calculators may read which values are in force.
 */
export const canEditParameters = (role: Role): boolean => role === 'admin';
export const canReadParameters = (role: Role): boolean => canEditParameters(role) || canUseCalculators(role);

export function assertParameters(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
