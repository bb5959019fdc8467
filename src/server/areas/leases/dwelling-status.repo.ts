import { and, asc, eq, gt, isNull, or } from 'drizzle-orm';
import { dwellingStatusPeriod } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * The lease side of the dwelling's status history (agreed with the dwellings register): a lease
 * that is signed makes the dwelling `let` from its start; a lease that ends makes it `vacant`
 * from the day after, unless another lease carries on. Periods are [from, to): the open period
 * (to null) is the current status.
 */

/**
 * Sets the dwelling's status from `from` on: the period running on that day is closed there,
 * an open period that had not yet begun is replaced, and the new period runs until the next
 * planned (closed) period, if any. Nothing changes when the open period already has the status.
 * Returns the status it replaced (null: none), or undefined when nothing changed.
 */
export async function setStatusFrom(tx: Tx, municipalityId: number, dwellingId: string, status: string, from: string, reason: string): Promise<string | null | undefined> {
  const periods = await tx
    .select()
    .from(dwellingStatusPeriod)
    .where(
      and(
        eq(dwellingStatusPeriod.municipalityId, municipalityId),
        eq(dwellingStatusPeriod.dwellingId, dwellingId),
        or(isNull(dwellingStatusPeriod.toDate), gt(dwellingStatusPeriod.toDate, from)),
      ),
    )
    .orderBy(asc(dwellingStatusPeriod.fromDate));
  const running = periods.find((p) => p.fromDate <= from);
  if (running && running.toDate === null && running.status === status) return undefined;

  let until: string | null = null;
  for (const p of periods) {
    const where = and(eq(dwellingStatusPeriod.municipalityId, municipalityId), eq(dwellingStatusPeriod.id, p.id));
    if (p.fromDate < from) {
      await tx.update(dwellingStatusPeriod).set({ toDate: from }).where(where);
    } else if (p.toDate === null) {
      await tx.delete(dwellingStatusPeriod).where(where);
    } else if (until === null) {
      until = p.fromDate;
    }
  }
  // A planned period starting that very day is left to the dwellings register to resolve.
  if (until === from) return undefined;
  await tx.insert(dwellingStatusPeriod).values({ municipalityId, dwellingId, status, fromDate: from, toDate: until, reason });
  return running?.status ?? null;
}
