import { and, eq, inArray, sql } from 'drizzle-orm';
import { followupContact, task } from '../../../db/schema/index.js';
import type { MoveInLease } from '../../../domain/followup/move-in.js';
import { rows, type Tx } from '../../platform/db.js';

/** What the move-in visits read and write: recent move-ins, whether a visit was ever raised or recorded, the planned visit. */

/**
 * Running leases whose move-in (the recorded date, else the start) is between `from` and `to`,
 * and whether the household held an earlier lease of the same dwelling (a renewal).
 */
export function recentMoveIns(tx: Tx, municipalityId: number, from: string, to: string): Promise<MoveInLease[]> {
  return rows<MoveInLease>(
    tx,
    sql`select l.id as "leaseId", l.household_id as "householdId", l.start_date::text as "startDate",
               l.move_in_checklist->>'movedInOn' as "movedInOn",
               exists (
                 select 1 from lease p
                 where p.municipality_id = l.municipality_id and p.household_id = l.household_id and p.dwelling_id = l.dwelling_id
                   and p.id <> l.id and p.start_date < l.start_date and p.status in ('signed', 'terminated', 'ended')
               ) as "renewsEarlierLease"
        from lease l
        where l.municipality_id = ${municipalityId} and l.status in ('signed', 'terminated')
          and coalesce((l.move_in_checklist->>'movedInOn')::date, l.start_date) between ${from}::date and ${to}::date
        order by l.start_date, l.id`,
  );
}

/** The keys that have ever had a task, open or closed: a move-in visit is raised once per lease. */
export async function keysEverRaised(tx: Tx, municipalityId: number, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = await tx
    .selectDistinct({ key: task.signalKey })
    .from(task)
    .where(and(eq(task.municipalityId, municipalityId), inArray(task.signalKey, [...keys])));
  return new Set(found.map((r) => r.key));
}

/** Leases that already have a move-in visit recorded or planned (by the run or by hand). */
export async function leasesWithMoveInVisit(tx: Tx, municipalityId: number, leaseIds: readonly string[]): Promise<Set<string>> {
  if (leaseIds.length === 0) return new Set();
  const found = await tx
    .selectDistinct({ leaseId: followupContact.leaseId })
    .from(followupContact)
    .where(and(eq(followupContact.municipalityId, municipalityId), eq(followupContact.kind, 'move_in_visit'), inArray(followupContact.leaseId, [...leaseIds])));
  return new Set(found.flatMap((r) => (r.leaseId ? [r.leaseId] : [])));
}

/** Plans the move-in visit in the household's plan; returns the contact's id. */
export async function planMoveInVisit(tx: Tx, values: { municipalityId: number; planId: string; workerId: string; leaseId: string; plannedOn: string }): Promise<string> {
  const [row] = await tx
    .insert(followupContact)
    .values({ ...values, kind: 'move_in_visit', status: 'planned' })
    .returning({ id: followupContact.id });
  if (!row) throw new Error('contact not inserted');
  return row.id;
}
