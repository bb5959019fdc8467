import type { z } from 'zod';
import type { generateChargesResultSchema, importPaymentsResultSchema } from '../../../contracts/leases.js';
import { addMonths, compareDates } from '../../../domain/deadlines/calendar.js';
import { chargesDue } from '../../../domain/leases/charges.js';
import type { Problem } from '../../../domain/leases/terms.js';
import { recordEvent } from '../../platform/audit.js';
import type { ServiceContext } from '../../platform/context.js';
import type { Tx } from '../../platform/db.js';
import { raiseArrearsTasks } from './arrears-signal.js';
import { policyOf, todayOf } from './lease-access.js';
import { problemsError, refuseIf } from './leases.http.js';
import { assertLeaseArea } from './leases.policy.js';
import { parsePaymentsCsv } from './payments-csv.js';
import * as repo from './rent.repo.js';

/** Months ahead of today that charges may be generated (invoices go out before the due day) [I]. */
const MAX_MONTHS_AHEAD = 2;

/**
 * The charges every let lease should have by `upTo`, as rows (pure computation over the ledger
 * and the adjustments; the unique (lease, period) key makes inserting them idempotent). A lease's
 * ledger starts at its first charge when it has one, else at its start (docs/adr/0007).
 */
export async function computeMissingCharges(tx: Tx, municipalityId: number, upTo: string, dueDay: number) {
  const leases = await repo.chargeableLeases(tx, municipalityId);
  const adjustments = await repo.adjustmentsByLease(tx, municipalityId);
  const firstPeriods = await repo.firstChargedPeriods(tx, municipalityId);
  return leases.flatMap((l) => {
    const steps = adjustments.get(l.id) ?? [];
    const from = firstPeriods.get(l.id);
    return chargesDue(
      { startDate: l.startDate, lastDay: l.endDate, initialRent: steps[0]?.oldRent ?? l.monthlyRent, adjustments: steps },
      upTo,
      { dueDay, ...(from ? { from } : {}) },
    ).map((c) => ({ municipalityId, leaseId: l.id, ...c }));
  });
}

/**
 * Generates the monthly charges of every let lease up to `upTo`. Idempotent: running it twice
 * creates nothing the second time. @throws forbidden, validation_failed (`upTo: too_far_ahead`).
 */
export async function generateCharges(ctx: ServiceContext, upTo: string): Promise<z.infer<typeof generateChargesResultSchema>> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  if (compareDates(upTo, addMonths(today, MAX_MONTHS_AHEAD)) > 0) refuseIf('validation_failed', [{ path: 'upTo', code: 'too_far_ahead' }]);
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const charges = await computeMissingCharges(tx, municipalityId, upTo, policyOf(ctx, today).dueDay);
    const created = await repo.insertCharges(tx, charges);
    const leases = new Set(charges.map((c) => c.leaseId)).size;
    await recordEvent(tx, ctx, { type: 'rent.charges_generated', subjectType: 'municipality', subjectId: String(municipalityId), data: { upTo, created, leases } });
    return { upTo, leases, created };
  });
}

/**
 * Imports payments from the accounting system's CSV (payments-csv.ts). Every row is checked
 * and every problem reported at once (`rows.<line>.<column>`); nothing is written unless the
 * whole file is valid. A reference imported before with the same lease, date and amount is
 * skipped (so the same file can be imported twice); with other details it is an error. The
 * early-warning rule then runs for the leases paid to.
 * @throws forbidden, validation_failed (error.lease.import_invalid).
 */
export async function importPayments(ctx: ServiceContext, csv: string): Promise<z.infer<typeof importPaymentsResultSchema>> {
  assertLeaseArea(ctx.actor);
  const today = todayOf(ctx);
  const parsed = parsePaymentsCsv(csv, today);
  if (parsed.problems.length > 0) throw problemsError('validation_failed', parsed.problems, 'error.lease.import_invalid');
  return ctx.transaction(async (tx) => {
    const { municipalityId } = ctx.actor;
    const leases = await repo.existingLeaseIds(tx, municipalityId, [...new Set(parsed.lines.map((l) => l.leaseId))]);
    const before = new Map((await repo.paymentsByReference(tx, municipalityId, parsed.lines.map((l) => l.reference))).map((p) => [p.reference, p]));
    const problems: Problem[] = [];
    const fresh = parsed.lines.filter((l) => {
      if (!leases.has(l.leaseId)) problems.push({ path: `rows.${l.line}.lease`, code: 'not_found' });
      const old = before.get(l.reference);
      if (old && (old.leaseId !== l.leaseId || old.paidOn !== l.paidOn || old.amount !== l.amount)) {
        problems.push({ path: `rows.${l.line}.reference`, code: 'reference_conflict' });
      }
      return old === undefined;
    });
    if (problems.length > 0) throw problemsError('validation_failed', problems, 'error.lease.import_invalid');
    await repo.insertPayments(
      tx,
      fresh.map((l) => ({ municipalityId, leaseId: l.leaseId, paidOn: l.paidOn, amount: l.amount, reference: l.reference })),
    );
    const paidTo = [...new Set(fresh.map((l) => l.leaseId))];
    const arrearsTasksRaised = await raiseArrearsTasks(ctx, tx, paidTo, today);
    const result = { rows: parsed.lines.length, imported: fresh.length, skipped: parsed.lines.length - fresh.length, arrearsTasksRaised };
    await recordEvent(tx, ctx, { type: 'rent.payments_imported', subjectType: 'municipality', subjectId: String(municipalityId), data: { ...result, leases: paidTo.length } });
    return result;
  });
}
