import { and, asc, eq, inArray, isNotNull, isNull, type SQL } from 'drizzle-orm';
import { evictionStep, lease, renewalAssessment, rentAdjustment } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** The records hanging off a lease: eviction steps, rent adjustments and the renewal assessment. */

export type EvictionStepRow = typeof evictionStep.$inferSelect;
export type AdjustmentRow = typeof rentAdjustment.$inferSelect;
export type RenewalRow = typeof renewalAssessment.$inferSelect;

export function listEvictionSteps(tx: Tx, municipalityId: number, leaseId: string): Promise<EvictionStepRow[]> {
  return tx
    .select()
    .from(evictionStep)
    .where(and(eq(evictionStep.municipalityId, municipalityId), eq(evictionStep.leaseId, leaseId)))
    .orderBy(asc(evictionStep.stepOn), asc(evictionStep.createdAt));
}

export async function insertEvictionStep(tx: Tx, values: typeof evictionStep.$inferInsert): Promise<EvictionStepRow> {
  const [row] = await tx.insert(evictionStep).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export function listAdjustments(tx: Tx, municipalityId: number, leaseIds: readonly string[]): Promise<AdjustmentRow[]> {
  if (leaseIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(rentAdjustment)
    .where(and(eq(rentAdjustment.municipalityId, municipalityId), inArray(rentAdjustment.leaseId, [...leaseIds])))
    .orderBy(asc(rentAdjustment.effectiveOn), asc(rentAdjustment.createdAt));
}

export async function insertAdjustment(tx: Tx, values: typeof rentAdjustment.$inferInsert): Promise<AdjustmentRow> {
  const [row] = await tx.insert(rentAdjustment).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findRenewalByLease(tx: Tx, municipalityId: number, leaseId: string): Promise<RenewalRow | undefined> {
  const [row] = await tx
    .select()
    .from(renewalAssessment)
    .where(and(eq(renewalAssessment.municipalityId, municipalityId), eq(renewalAssessment.leaseId, leaseId)));
  return row;
}

export async function findRenewal(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<RenewalRow | undefined> {
  const query = tx.select().from(renewalAssessment).where(and(eq(renewalAssessment.municipalityId, municipalityId), eq(renewalAssessment.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

/** Opens the renewal assessment of a lease unless it has one (unique per lease). Returns the new row, or undefined. */
export async function openRenewal(tx: Tx, municipalityId: number, leaseId: string, openedOn: string): Promise<RenewalRow | undefined> {
  const [row] = await tx.insert(renewalAssessment).values({ municipalityId, leaseId, openedOn }).onConflictDoNothing().returning();
  return row;
}

export async function updateRenewal(tx: Tx, municipalityId: number, id: string, changes: Partial<typeof renewalAssessment.$inferInsert>): Promise<RenewalRow> {
  const [row] = await tx
    .update(renewalAssessment)
    .set(changes)
    .where(and(eq(renewalAssessment.municipalityId, municipalityId), eq(renewalAssessment.id, id)))
    .returning();
  if (!row) throw new Error('renewal vanished inside its transaction');
  return row;
}

/** Renewal assessments by state (open: no outcome yet), earliest lease end first. */
export function listRenewals(tx: Tx, municipalityId: number, state: 'open' | 'decided' | 'all') {
  const where: SQL | undefined =
    state === 'open' ? isNull(renewalAssessment.outcome) : state === 'decided' ? isNotNull(renewalAssessment.outcome) : undefined;
  return tx
    .select({ renewal: renewalAssessment, leaseId: lease.id })
    .from(renewalAssessment)
    .innerJoin(lease, and(eq(lease.municipalityId, renewalAssessment.municipalityId), eq(lease.id, renewalAssessment.leaseId)))
    .where(and(eq(renewalAssessment.municipalityId, municipalityId), where))
    .orderBy(asc(lease.endDate), asc(renewalAssessment.openedOn));
}

/** Lease ids among `leaseIds` that have a renewal assessment, with its id. */
export async function renewalIdsByLease(tx: Tx, municipalityId: number, leaseIds: readonly string[]): Promise<Map<string, string>> {
  if (leaseIds.length === 0) return new Map();
  const rows = await tx
    .select({ id: renewalAssessment.id, leaseId: renewalAssessment.leaseId })
    .from(renewalAssessment)
    .where(and(eq(renewalAssessment.municipalityId, municipalityId), inArray(renewalAssessment.leaseId, [...leaseIds])));
  return new Map(rows.map((r) => [r.leaseId, r.id]));
}
