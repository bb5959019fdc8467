import type { LeaseDetail } from '../../../contracts/leases';
import { canUsePersonRegister } from '../../../domain/access/person-access';
import { canOpenArea, type Role } from '../../../domain/access/roles';
import { RUNNING_STATUSES } from '../../../domain/leases/lease-status';

/**
 * Which lease actions the web offers, mirroring server/areas/leases/leases.policy.ts (the web
 * may not import the server) and the services' status checks. The server still decides: an
 * action shown here can be refused, and the form then shows why.
 * - leases.policy canUseLeases: caseworker and property manager, the roles AREA_ACCESS gives `leases`;
 * - leases.policy canDecideRenewal: the caseworker (a renewal opens a case);
 * - drafting needs a household, found through the person register (caseworker, person-access.ts).
 */
export const canUseLeases = (role: Role): boolean => canOpenArea(role, 'leases');
export const canDecideRenewal = (role: Role): boolean => role === 'caseworker';
export const canDraftLease = (role: Role): boolean => canUseLeases(role) && canUsePersonRegister(role);

export type LeaseAction = 'sign' | 'cancel' | 'moveIn' | 'notice' | 'adjustRent' | 'eviction' | 'end' | 'moveOut';

/**
 * The actions a lease allows in its status (leases.service.ts, tenancy.service.ts, adjustments.service.ts):
 * sign and cancel a draft; move-in, notice (§ 9-2 (3), time-limited only), rent adjustment,
 * eviction steps and the end on a running lease; the move-out inspection on any lease that was
 * signed. Things that can be recorded once (move-in, notice, move-out) go away when recorded.
 */
export function leaseActions(role: Role, lease: LeaseDetail): LeaseAction[] {
  if (!canUseLeases(role)) return [];
  if (lease.status === 'draft') return ['sign', 'cancel'];
  if (lease.status === 'cancelled') return [];
  const actions: LeaseAction[] = [];
  if (RUNNING_STATUSES.includes(lease.status)) {
    if (!lease.moveIn) actions.push('moveIn');
    if (lease.endDate !== null && !lease.noticeGivenOn) actions.push('notice');
    actions.push('adjustRent');
    if (lease.allowedEvictionSteps.length > 0) actions.push('eviction');
    actions.push('end');
  }
  if (!lease.moveOut) actions.push('moveOut');
  return actions;
}
