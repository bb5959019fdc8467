import { canOpenArea, type Role } from '../../../domain/access/roles.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Pure authorisation for the indicators and KOSTRA form 13 (docs/adr/0004), from AREA_ACCESS:
 * `plan` (the indicators: manager and politician) and `kostra` (the form: manager and politician).
 * Every other role: 403. Nothing here names a person.
 *
 * Suppression [I]: the indicators are always shown with counts from 1 to 4 as «<5» (a dashboard
 * outside case work). KOSTRA's figures go to SSB unsuppressed — they are SSB's own input — so
 * the manager, who fills in and sends the form, sees the real numbers and the validation pass;
 * the politician reads the same form with counts from 1 to 4 (and shares resting on them) as «<5».
 */

export const canReadIndicators = (role: Role): boolean => canOpenArea(role, 'plan');

export const canReadKostra = (role: Role): boolean => canOpenArea(role, 'kostra');

/** The role fills in the form for SSB: real numbers and the validation findings. */
export const seesKostraUnsuppressed = (role: Role): boolean => role === 'manager';

export function assertAllowed(actor: Actor, allowed: (role: Role) => boolean): void {
  if (!allowed(actor.role)) throw forbidden();
}
