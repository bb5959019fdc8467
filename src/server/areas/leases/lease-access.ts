import { selectLeasePolicy, type LeasePolicy } from '../../../domain/leases/policy.js';
import { RUNNING_STATUSES } from '../../../domain/leases/lease-status.js';
import { todayOf, type ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { AppError, notFound } from '../../platform/errors.js';
import * as repo from './leases.repo.js';


/** The municipality's lease policy in force on `date` (domain/leases/policy.ts). */
export const policyOf = (ctx: Pick<ServiceContext, 'actor'>, date: string): LeasePolicy => selectLeasePolicy(ctx.actor.kommunenummer, date);

/** The lease, or not_found (also for another municipality's: row-level security hides it). With `forUpdate` it stays locked. */
export async function getLeaseRow(ctx: ServiceContext, tx: Tx, id: string, options: { forUpdate?: boolean } = {}): Promise<repo.LeaseRow> {
  const row = await repo.findLease(tx, ctx.actor.municipalityId, id, options);
  if (!row) throw notFound();
  return row;
}

/** The lease, locked, when it is running (signed or terminated). @throws not_found, rule_violation `status: lease_status`. */
export async function getRunningLease(ctx: ServiceContext, tx: Tx, id: string): Promise<repo.LeaseRow> {
  const row = await getLeaseRow(ctx, tx, id, { forUpdate: true });
  if (!RUNNING_STATUSES.includes(row.status)) throw statusError();
  return row;
}

export const statusError = (): AppError => new AppError('rule_violation', 'error.lease.status', [{ path: 'status', code: 'lease_status', messageKey: 'field.lease.lease_status' }]);

export { todayOf };
