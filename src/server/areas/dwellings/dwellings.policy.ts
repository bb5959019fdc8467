import { canManageDwellings, canReadDwellings, canReadDwellingStats } from '../../../domain/dwellings/access.js';
import type { Actor } from '../../platform/context.js';
import { forbidden } from '../../platform/errors.js';

/**
 * Authorisation for the dwelling register (domain/dwellings/access.ts). A role without the
 * needed access gets 403 on every endpoint (docs/adr/0004); a dwelling of another municipality
 * is invisible under row-level security and answers 404.
 */
export function assertManage(actor: Actor): void {
  if (!canManageDwellings(actor.role)) throw forbidden();
}

export function assertRead(actor: Actor): void {
  if (!canReadDwellings(actor.role)) throw forbidden();
}

export function assertStats(actor: Actor): void {
  if (!canReadDwellingStats(actor.role)) throw forbidden();
}
