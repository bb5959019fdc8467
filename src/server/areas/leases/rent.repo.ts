import { and, asc, eq, inArray, min, sql } from 'drizzle-orm';
import { lease, rentAdjustment, rentCharge, rentPayment } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** The rent ledger: charges (unique per lease and period) and payments (unique per reference). */

export type ChargeRow = typeof rentCharge.$inferSelect;
export type PaymentRow = typeof rentPayment.$inferSelect;

const BATCH = 1000;

/** Leases that are or were let (charged): signed, terminated or ended. */
export function chargeableLeases(tx: Tx, municipalityId: number, leaseIds?: readonly string[]) {
  return tx
    .select({ id: lease.id, householdId: lease.householdId, startDate: lease.startDate, endDate: lease.endDate, monthlyRent: lease.monthlyRent })
    .from(lease)
    .where(
      and(
        eq(lease.municipalityId, municipalityId),
        inArray(lease.status, ['signed', 'terminated', 'ended']),
        leaseIds ? inArray(lease.id, leaseIds.length > 0 ? [...leaseIds] : ['00000000-0000-0000-0000-000000000000']) : undefined,
      ),
    );
}

/** Every adjustment of the municipality's leases, by lease, in effective order. */
export async function adjustmentsByLease(tx: Tx, municipalityId: number) {
  const all = await tx
    .select({ leaseId: rentAdjustment.leaseId, effectiveOn: rentAdjustment.effectiveOn, oldRent: rentAdjustment.oldRent, newRent: rentAdjustment.newRent })
    .from(rentAdjustment)
    .where(eq(rentAdjustment.municipalityId, municipalityId))
    .orderBy(asc(rentAdjustment.effectiveOn), asc(rentAdjustment.createdAt));
  const map = new Map<string, typeof all>();
  for (const a of all) map.set(a.leaseId, [...(map.get(a.leaseId) ?? []), a]);
  return map;
}

/** The first charged period of each lease: the ledger starts there (docs/adr/0007). */
export async function firstChargedPeriods(tx: Tx, municipalityId: number): Promise<Map<string, string>> {
  const found = await tx
    .select({ leaseId: rentCharge.leaseId, first: min(rentCharge.period) })
    .from(rentCharge)
    .where(eq(rentCharge.municipalityId, municipalityId))
    .groupBy(rentCharge.leaseId);
  return new Map(found.flatMap((r) => (r.first ? [[r.leaseId, r.first] as const] : [])));
}

/** Inserts charges, skipping any (lease, period) already charged. Returns how many were new. */
export async function insertCharges(tx: Tx, values: Array<typeof rentCharge.$inferInsert>): Promise<number> {
  let created = 0;
  for (let i = 0; i < values.length; i += BATCH) {
    const inserted = await tx.insert(rentCharge).values(values.slice(i, i + BATCH)).onConflictDoNothing().returning({ id: rentCharge.id });
    created += inserted.length;
  }
  return created;
}

export async function insertPayments(tx: Tx, values: Array<typeof rentPayment.$inferInsert>): Promise<void> {
  for (let i = 0; i < values.length; i += BATCH) await tx.insert(rentPayment).values(values.slice(i, i + BATCH));
}

export function chargesOf(tx: Tx, municipalityId: number, leaseIds: readonly string[]): Promise<ChargeRow[]> {
  if (leaseIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(rentCharge)
    .where(and(eq(rentCharge.municipalityId, municipalityId), inArray(rentCharge.leaseId, [...leaseIds])))
    .orderBy(asc(rentCharge.period));
}

export function paymentsOf(tx: Tx, municipalityId: number, leaseIds: readonly string[]): Promise<PaymentRow[]> {
  if (leaseIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(rentPayment)
    .where(and(eq(rentPayment.municipalityId, municipalityId), inArray(rentPayment.leaseId, [...leaseIds])))
    .orderBy(asc(rentPayment.paidOn), asc(rentPayment.reference));
}

export function paymentsByReference(tx: Tx, municipalityId: number, references: readonly string[]): Promise<PaymentRow[]> {
  if (references.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(rentPayment)
    .where(and(eq(rentPayment.municipalityId, municipalityId), inArray(rentPayment.reference, [...references])));
}

export async function existingLeaseIds(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<Set<string>> {
  if (ids.length === 0) return new Set();
  const found = await tx.select({ id: lease.id }).from(lease).where(and(eq(lease.municipalityId, municipalityId), inArray(lease.id, [...ids])));
  return new Set(found.map((r) => r.id));
}

/**
 * Leases whose charges due before `asOf` exceed what was paid by then: the only ones that can be
 * in arrears (the domain then decides how much and whether the warning applies).
 */
export async function leasesOwing(tx: Tx, municipalityId: number, asOf: string): Promise<string[]> {
  const found = await rows<{ lease_id: string }>(
    tx,
    sql`select c.lease_id from (
          select lease_id, sum(amount) as due from rent_charge
          where municipality_id = ${municipalityId} and due_on < ${asOf} group by lease_id
        ) c left join (
          select lease_id, sum(amount) as paid from rent_payment
          where municipality_id = ${municipalityId} and paid_on <= ${asOf} group by lease_id
        ) p on p.lease_id = c.lease_id
        where c.due > coalesce(p.paid, 0)`,
  );
  return found.map((r) => r.lease_id);
}
