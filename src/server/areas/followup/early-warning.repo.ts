import { and, desc, eq, gt, inArray, isNull, lte, ne, sql } from 'drizzle-orm';
import { auditEvent, followupContact, followupPlan, lease, neighbourCase, neighbourCaseParty, staffUser, task, tempStay } from '../../../db/schema/index.js';
import { VISIT_KINDS } from '../../../domain/followup/kinds.js';
import { RUNNING_STATUSES } from '../../../domain/leases/lease-status.js';
import type { Tx } from '../../platform/db.js';

/**
 * What the early-warning run reads: the open follow-up plans with their workers, and — for the
 * plans' households — running leases, open neighbour cases, visits and temporary stays (read-only;
 * the arrears come from the leases area's service). Every query is one statement over all open
 * plans, so the run costs the same few queries however many households are followed up.
 */

/** Households with an open plan, as a subquery. */
const openPlanHouseholds = (tx: Tx, municipalityId: number) =>
  tx
    .select({ householdId: followupPlan.householdId })
    .from(followupPlan)
    .where(and(eq(followupPlan.municipalityId, municipalityId), isNull(followupPlan.endedOn)));

export interface OpenPlanRow {
  planId: string;
  householdId: string;
  workerId: string;
  workerRole: string;
  workerActive: boolean;
}

/** Every open follow-up plan with its responsible worker's role and whether the account is active. */
export function openPlans(tx: Tx, municipalityId: number): Promise<OpenPlanRow[]> {
  return tx
    .select({
      planId: followupPlan.id,
      householdId: followupPlan.householdId,
      workerId: followupPlan.responsibleWorkerId,
      workerRole: staffUser.role,
      workerActive: staffUser.active,
    })
    .from(followupPlan)
    .innerJoin(staffUser, and(eq(staffUser.municipalityId, followupPlan.municipalityId), eq(staffUser.id, followupPlan.responsibleWorkerId)))
    .where(and(eq(followupPlan.municipalityId, municipalityId), isNull(followupPlan.endedOn)))
    .orderBy(followupPlan.id);
}

/** Running leases (signed or terminated) of the households with an open plan. */
export function runningLeasesOfPlans(tx: Tx, municipalityId: number) {
  return tx
    .select({ id: lease.id, householdId: lease.householdId, endDate: lease.endDate })
    .from(lease)
    .where(and(eq(lease.municipalityId, municipalityId), inArray(lease.status, [...RUNNING_STATUSES]), inArray(lease.householdId, openPlanHouseholds(tx, municipalityId))))
    .orderBy(lease.startDate, lease.id);
}

/** Neighbour cases not closed with a party from a household with an open plan (one row per case and household). */
export function openNeighbourCasesOfPlans(tx: Tx, municipalityId: number) {
  return tx
    .selectDistinct({ caseId: neighbourCase.id, householdId: neighbourCaseParty.householdId, kind: neighbourCase.kind, reportedOn: neighbourCase.reportedOn })
    .from(neighbourCase)
    .innerJoin(neighbourCaseParty, and(eq(neighbourCaseParty.municipalityId, neighbourCase.municipalityId), eq(neighbourCaseParty.caseId, neighbourCase.id)))
    .where(and(eq(neighbourCase.municipalityId, municipalityId), ne(neighbourCase.status, 'closed'), inArray(neighbourCaseParty.householdId, openPlanHouseholds(tx, municipalityId))))
    .orderBy(neighbourCase.reportedOn, neighbourCase.id);
}

/** Held and missed visits in the home up to `today` of the open plans, each plan's latest first. */
export function recordedVisitsOfOpenPlans(tx: Tx, municipalityId: number, today: string) {
  const openPlanIds = tx
    .select({ id: followupPlan.id })
    .from(followupPlan)
    .where(and(eq(followupPlan.municipalityId, municipalityId), isNull(followupPlan.endedOn)));
  return tx
    .select({ planId: followupContact.planId, status: followupContact.status })
    .from(followupContact)
    .where(
      and(
        eq(followupContact.municipalityId, municipalityId),
        inArray(followupContact.planId, openPlanIds),
        inArray(followupContact.kind, [...VISIT_KINDS]),
        inArray(followupContact.status, ['held', 'missed']),
        lte(followupContact.plannedOn, today),
      ),
    )
    .orderBy(followupContact.planId, desc(sql`coalesce(${followupContact.heldOn}, ${followupContact.plannedOn})`), desc(followupContact.createdAt));
}

/** Every temporary stay of the households with an open plan (the run joins them into continuous chains). */
export function staysOfPlans(tx: Tx, municipalityId: number) {
  return tx
    .select({ id: tempStay.id, householdId: tempStay.householdId, startDate: tempStay.startDate, endDate: tempStay.endDate, childrenPresent: tempStay.childrenPresent, nightShelter: tempStay.nightShelter })
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), inArray(tempStay.householdId, openPlanHouseholds(tx, municipalityId))));
}

export interface KeyState {
  open: boolean;
  /** The latest closed task of the key, if any. */
  lastClosed: { closedOn: string; outcome: string | null } | undefined;
  /** Some task, open or closed, has had the key. */
  seen: boolean;
}

/** For each key: whether a task is open, and the latest closed one. */
export async function taskStateOf(tx: Tx, municipalityId: number, keys: readonly string[]): Promise<Map<string, KeyState>> {
  const state = new Map<string, KeyState>(keys.map((k) => [k, { open: false, lastClosed: undefined, seen: false }]));
  if (keys.length === 0) return state;
  const found = await tx
    .select({ key: task.signalKey, closedOn: task.closedOn, outcome: task.outcome })
    .from(task)
    .where(and(eq(task.municipalityId, municipalityId), inArray(task.signalKey, [...new Set(keys)])));
  for (const t of found) {
    const s = state.get(t.key);
    if (!s) continue;
    s.seen = true;
    if (t.closedOn === null) s.open = true;
    else if (!s.lastClosed || t.closedOn > s.lastClosed.closedOn) s.lastClosed = { closedOn: t.closedOn, outcome: t.outcome };
  }
  return state;
}

/** First key of the run's advisory lock ("fu" in ASCII), the municipality id is the second. */
const RUN_LOCK_CLASS = 0x6675;

/**
 * Serialises the run per municipality for the rest of the transaction, so two first requests of the
 * day cannot both plan a move-in visit (the open-task index guards the tasks; nothing guards a
 * planned contact).
 */
export async function lockRun(tx: Tx, municipalityId: number): Promise<void> {
  await tx.execute(sql`select pg_advisory_xact_lock(${RUN_LOCK_CLASS}, ${municipalityId})`);
}

/** Whether the run has been recorded for `today` (its audit event; `since` keeps the lookup on the time index). */
export async function signalsRanOn(tx: Tx, municipalityId: number, today: string, since: Date): Promise<boolean> {
  const [done] = await tx
    .select({ id: auditEvent.id })
    .from(auditEvent)
    .where(and(eq(auditEvent.municipalityId, municipalityId), gt(auditEvent.occurredAt, since), eq(auditEvent.type, RUN_EVENT), sql`${auditEvent.data}->>'today' = ${today}`))
    .limit(1);
  return done !== undefined;
}

/** The audit event that records a run (and that it ran for the day). */
export const RUN_EVENT = 'followup.signals_run';
