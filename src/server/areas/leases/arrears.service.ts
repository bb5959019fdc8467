import type { z } from 'zod';
import type { arrearsListSchema, arrearsSchema, ledgerSchema } from '../../../contracts/leases.js';
import { logAccess } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import { arrearsOf, type LeaseArrears } from './arrears-signal.js';
import { getLeaseRow, todayOf } from './lease-access.js';
import { assertLeaseArea } from './leases.policy.js';
import { presentSummary } from './leases.present.js';
import * as leases from './leases.repo.js';
import * as repo from './rent.repo.js';
import { ensureSignalsToday } from './signals.service.js';

/** The ledger page and the arrears list. */

function presentArrears(a: LeaseArrears | undefined, today: string): z.infer<typeof arrearsSchema> {
  return {
    asOf: today,
    amount: a?.result.arrears ?? 0,
    missedPayments: a?.result.missedPayments ?? 0,
    oldestUnpaidDueOn: a?.result.oldestUnpaidDueOn ?? null,
    warning: a?.warning.warn ?? false,
    reasons: a?.warning.reasons ?? [],
  };
}

/** The ledger of one lease: charges, payments, totals and arrears today; logged as a read. @throws forbidden, not_found. */
export async function getLedger(ctx: ServiceContext, id: string): Promise<z.infer<typeof ledgerSchema>> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const row = await getLeaseRow(ctx, tx, id);
    const charges = await repo.chargesOf(tx, municipalityId, [id]);
    const payments = await repo.paymentsOf(tx, municipalityId, [id]);
    const a = (await arrearsOf(ctx, tx, [id], today)).get(id);
    await logAccess(tx, ctx, { subjectType: 'lease', subjectId: id, purpose: 'lease.ledger' });
    const charged = charges.reduce((s, c) => s + c.amount, 0);
    const paid = payments.reduce((s, p) => s + p.amount, 0);
    return {
      leaseId: id,
      monthlyRent: row.monthlyRent,
      charges: charges.map((c) => ({ period: c.period, dueOn: c.dueOn, amount: c.amount })),
      payments: payments.map((p) => ({ paidOn: p.paidOn, amount: p.amount, reference: p.reference })),
      totals: { charged, paid, balance: charged - paid },
      arrears: presentArrears(a, today),
    };
  });
}

/** Leases in arrears today, largest first (the daily signals run first). @throws forbidden. */
export async function listArrears(ctx: ServiceContext): Promise<z.infer<typeof arrearsListSchema>> {
  assertLeaseArea(ctx.actor);
  await ensureSignalsToday(ctx);
  const today = todayOf(ctx);
  return ctx.transaction(async (tx) => {
    const ids = await repo.leasesOwing(tx, ctx.actor.municipalityId, today);
    const arrears = await arrearsOf(ctx, tx, ids, today);
    const rows = await leases.summariesByIds(tx, ctx.actor.municipalityId, ids);
    const items = rows
      .map((r) => ({ ...presentSummary(r, ctx.actor.role), arrears: presentArrears(arrears.get(r.lease.id), today) }))
      .filter((i) => i.arrears.amount > 0)
      .sort((a, b) => b.arrears.amount - a.arrears.amount);
    return { items };
  });
}

/** For the tasks area: whether the early-warning rule still applies to the lease today (in the caller's transaction). */
export { arrearsWarningHolds } from './arrears-signal.js';

/** For the follow-up area's early warning: arrears of the given leases today (in the caller's transaction). */
export { arrearsOf } from './arrears-signal.js';
