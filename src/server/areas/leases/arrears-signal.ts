import { computeArrears, earlyWarning, type ArrearsResult, type EarlyWarning } from '../../../domain/leases/arrears.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { policyOf, todayOf } from './lease-access.js';
import { arrearsTasks, raiseLeaseTask } from './lease-tasks.js';
import * as repo from './rent.repo.js';

/** Arrears per lease from the ledger, and the early-warning rule's tasks (used by the signal job, the import and the tasks area). */

export interface LeaseArrears {
  leaseId: string;
  householdId: string;
  monthlyRent: number;
  result: ArrearsResult;
  warning: EarlyWarning;
}

/** Arrears of the given leases on `today`, by lease id. */
export async function arrearsOf(ctx: ServiceContext, tx: Tx, leaseIds: readonly string[], today: string): Promise<Map<string, LeaseArrears>> {
  const { municipalityId } = ctx.actor;
  const rule = policyOf(ctx, today).earlyWarning;
  const [rows, charges, payments] = [
    await repo.chargeableLeases(tx, municipalityId, leaseIds),
    await repo.chargesOf(tx, municipalityId, leaseIds),
    await repo.paymentsOf(tx, municipalityId, leaseIds),
  ];
  const result = new Map<string, LeaseArrears>();
  for (const l of rows) {
    // [I] The warning measures against the lease's current rent (after the latest adjustment).
    const r = computeArrears(charges.filter((c) => c.leaseId === l.id), payments.filter((p) => p.leaseId === l.id), today);
    result.set(l.id, { leaseId: l.id, householdId: l.householdId, monthlyRent: l.monthlyRent, result: r, warning: earlyWarning(r, l.monthlyRent, rule) });
  }
  return result;
}

/**
 * Raises the early-warning tasks — one for the caseworker (`arrears:<id>`) and one for the
 * follow-up team (`arrears-followup:<id>`) — for every given lease where the rule applies and
 * no such task is open. Returns how many tasks were raised.
 */
export async function raiseArrearsTasks(ctx: ServiceContext, tx: Tx, leaseIds: readonly string[], today: string): Promise<number> {
  let raised = 0;
  for (const a of (await arrearsOf(ctx, tx, leaseIds, today)).values()) {
    if (!a.warning.warn) continue;
    const facts = { leaseId: a.leaseId, householdId: a.householdId, arrears: a.result.arrears, missedPayments: a.result.missedPayments, reasons: a.warning.reasons };
    for (const t of arrearsTasks(facts, today)) if (await raiseLeaseTask(tx, ctx, t)) raised++;
  }
  return raised;
}

/** Whether the early-warning rule still applies to a lease today (a task about it may then not be closed). */
export async function arrearsWarningHolds(ctx: ServiceContext, tx: Tx, leaseId: string): Promise<boolean> {
  return (await arrearsOf(ctx, tx, [leaseId], todayOf(ctx))).get(leaseId)?.warning.warn ?? false;
}

