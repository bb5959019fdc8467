import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { setStatusFrom } from './dwelling-status.repo.js';

/**
 * Moves the dwelling to `let` or `vacant` from a day, in the lease's transaction, with the
 * dwellings register's own event (`dwelling.status_changed`, docs/adr/0009) so the dwelling's
 * history shows it. The register's applyStatusChange is not used: it refuses a date ahead (a
 * lease signed before it starts) and one on or before the open period's start (docs/adr/0010).
 */
export async function moveDwellingStatus(ctx: ServiceContext, tx: Tx, dwellingId: string, status: 'let' | 'vacant', from: string, leaseId: string): Promise<void> {
  const reason = status === 'let' ? `Leieavtale ${leaseId}` : `Leieavtale ${leaseId} avsluttet`;
  const previous = await setStatusFrom(tx, ctx.actor.municipalityId, dwellingId, status, from, reason);
  if (previous === undefined) return;
  await recordEvent(tx, ctx, { type: 'dwelling.status_changed', subjectType: 'dwelling', subjectId: dwellingId, reason, data: { from: previous, to: status, fromDate: from, expectedReadyOn: null, leaseId } });
}

/**
 * Reserves the dwelling for an offer (tilbud) from a day, or releases it back to `vacant` when
 * the offer is refused or expires — in the offer's transaction, with the register's event.
 */
export async function reserveDwelling(ctx: ServiceContext, tx: Tx, dwellingId: string, status: 'reserved' | 'vacant', from: string, offerId: string): Promise<void> {
  const reason = status === 'reserved' ? `Tilbud ${offerId}` : `Tilbud ${offerId} ikke tatt imot`;
  const previous = await setStatusFrom(tx, ctx.actor.municipalityId, dwellingId, status, from, reason);
  if (previous === undefined) return;
  await recordEvent(tx, ctx, { type: 'dwelling.status_changed', subjectType: 'dwelling', subjectId: dwellingId, reason, data: { from: previous, to: status, fromDate: from, expectedReadyOn: null, offerId } });
}
