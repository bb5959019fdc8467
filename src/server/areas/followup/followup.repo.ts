import { and, asc, desc, eq, gt, inArray, isNull, lte, or, sql } from 'drizzle-orm';
import { followupContact, followupNote, followupPlan, followupService, household, householdMember, lease, person, staffUser } from '../../../db/schema/index.js';
import { VISIT_KINDS } from '../../../domain/followup/kinds.js';
import type { Tx } from '../../platform/db.js';

/** Plans, services, contacts and notes of the follow-up area, and the few facts about households and staff they show. */

export type PlanRow = typeof followupPlan.$inferSelect;
export type ServiceRow = typeof followupService.$inferSelect;
export type ContactRow = typeof followupContact.$inferSelect;
export type NoteRow = typeof followupNote.$inferSelect;

// ── Plans ──────────────────────────────────────────────────────────────────────────────

export async function findPlan(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<PlanRow | undefined> {
  const query = tx.select().from(followupPlan).where(and(eq(followupPlan.municipalityId, municipalityId), eq(followupPlan.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertPlan(tx: Tx, values: typeof followupPlan.$inferInsert): Promise<PlanRow> {
  const [row] = await tx.insert(followupPlan).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type PlanChanges = Partial<Pick<PlanRow, 'responsibleTeam' | 'responsibleWorkerId' | 'goals' | 'visitEveryDays' | 'endedOn' | 'endReason'>>;

export async function updatePlan(tx: Tx, municipalityId: number, id: string, changes: PlanChanges): Promise<PlanRow> {
  const [row] = await tx
    .update(followupPlan)
    .set(changes)
    .where(and(eq(followupPlan.municipalityId, municipalityId), eq(followupPlan.id, id)))
    .returning();
  if (!row) throw new Error('plan vanished inside its transaction');
  return row;
}

export interface PlanFilter {
  status: 'open' | 'ended' | 'all';
  /** Open and ended are measured on this day: a plan ending later is still open. */
  today: string;
  householdId?: string;
  responsibleWorkerId?: string;
}

/** Plans matching the filter, the latest started first (access is decided by the caller). */
export function listPlans(tx: Tx, municipalityId: number, filter: PlanFilter): Promise<PlanRow[]> {
  const open = or(isNull(followupPlan.endedOn), gt(followupPlan.endedOn, filter.today));
  return tx
    .select()
    .from(followupPlan)
    .where(
      and(
        eq(followupPlan.municipalityId, municipalityId),
        filter.status === 'open' ? open : filter.status === 'ended' ? lte(followupPlan.endedOn, filter.today) : undefined,
        filter.householdId ? eq(followupPlan.householdId, filter.householdId) : undefined,
        filter.responsibleWorkerId ? eq(followupPlan.responsibleWorkerId, filter.responsibleWorkerId) : undefined,
      ),
    )
    .orderBy(desc(followupPlan.startedOn), asc(followupPlan.id));
}

export function listPlansByIds(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<PlanRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(followupPlan)
    .where(and(eq(followupPlan.municipalityId, municipalityId), inArray(followupPlan.id, [...new Set(ids)])));
}

// ── Households and staff ───────────────────────────────────────────────────────────────

export interface HouseholdFact {
  householdId: string;
  headPersonId: string;
  givenName: string;
  familyName: string;
  addressLine: string | null;
  postalCode: string | null;
  postalCity: string | null;
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig';
  memberCount: number;
}

/** The head and size of each household. */
export async function householdFacts(tx: Tx, municipalityId: number, householdIds: readonly string[], today: string): Promise<Map<string, HouseholdFact>> {
  if (householdIds.length === 0) return new Map();
  const members = tx
    .select({ householdId: householdMember.householdId, n: sql<number>`count(*)::int`.as('n') })
    .from(householdMember)
    .where(
      and(
        eq(householdMember.municipalityId, municipalityId),
        inArray(householdMember.householdId, [...new Set(householdIds)]),
        or(isNull(householdMember.leftOn), gt(householdMember.leftOn, today)),
      ),
    )
    .groupBy(householdMember.householdId)
    .as('members');
  const rows = await tx
    .select({
      householdId: household.id,
      headPersonId: household.headPersonId,
      givenName: person.givenName,
      familyName: person.familyName,
      addressLine: person.addressLine,
      postalCode: person.postalCode,
      postalCity: person.postalCity,
      addressProtection: person.addressProtection,
      memberCount: sql<number>`coalesce(${members.n}, 0)::int`,
    })
    .from(household)
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .leftJoin(members, eq(members.householdId, household.id))
    .where(and(eq(household.municipalityId, municipalityId), inArray(household.id, [...new Set(householdIds)])));
  return new Map(rows.map((r) => [r.householdId, r]));
}

export async function findHousehold(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}) {
  const query = tx.select().from(household).where(and(eq(household.municipalityId, municipalityId), eq(household.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function staffNames(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<Map<string, string>> {
  if (ids.length === 0) return new Map();
  const rows = await tx
    .select({ id: staffUser.id, displayName: staffUser.displayName })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), inArray(staffUser.id, [...new Set(ids)])));
  return new Map(rows.map((r) => [r.id, r.displayName]));
}

export async function findStaff(tx: Tx, municipalityId: number, id: string) {
  const [row] = await tx
    .select({ id: staffUser.id, role: staffUser.role, active: staffUser.active, displayName: staffUser.displayName })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, id)));
  return row;
}

/** Active staff of the follow-up team, by name. */
export function listFollowupWorkers(tx: Tx, municipalityId: number) {
  return tx
    .select({ id: staffUser.id, displayName: staffUser.displayName })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.role, 'followup'), eq(staffUser.active, true)))
    .orderBy(asc(staffUser.displayName), asc(staffUser.id));
}

/** The household's leases, the latest first. */
export function listHouseholdLeases(tx: Tx, municipalityId: number, householdId: string) {
  return tx
    .select({ id: lease.id, startDate: lease.startDate, endDate: lease.endDate, status: lease.status })
    .from(lease)
    .where(and(eq(lease.municipalityId, municipalityId), eq(lease.householdId, householdId)))
    .orderBy(desc(lease.startDate), asc(lease.id));
}

// ── Services ───────────────────────────────────────────────────────────────────────────

export function listServices(tx: Tx, municipalityId: number, planIds: readonly string[]): Promise<ServiceRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(followupService)
    .where(and(eq(followupService.municipalityId, municipalityId), inArray(followupService.planId, [...new Set(planIds)])))
    .orderBy(asc(followupService.startedOn), asc(followupService.id));
}

export async function insertService(tx: Tx, values: typeof followupService.$inferInsert): Promise<ServiceRow> {
  const [row] = await tx.insert(followupService).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findService(tx: Tx, municipalityId: number, id: string): Promise<ServiceRow | undefined> {
  const [row] = await tx
    .select()
    .from(followupService)
    .where(and(eq(followupService.municipalityId, municipalityId), eq(followupService.id, id)))
    .for('update');
  return row;
}

export async function endService(tx: Tx, municipalityId: number, id: string, endedOn: string): Promise<void> {
  await tx
    .update(followupService)
    .set({ endedOn })
    .where(and(eq(followupService.municipalityId, municipalityId), eq(followupService.id, id)));
}

// ── Contacts ───────────────────────────────────────────────────────────────────────────

export function listContacts(tx: Tx, municipalityId: number, planIds: readonly string[], options: { visitsOnly?: boolean } = {}): Promise<ContactRow[]> {
  if (planIds.length === 0) return Promise.resolve([]);
  return tx
    .select()
    .from(followupContact)
    .where(
      and(
        eq(followupContact.municipalityId, municipalityId),
        inArray(followupContact.planId, [...new Set(planIds)]),
        options.visitsOnly ? inArray(followupContact.kind, [...VISIT_KINDS]) : undefined,
      ),
    )
    .orderBy(asc(followupContact.plannedOn), asc(followupContact.plannedTime), asc(followupContact.id));
}

/** The worker's contacts planned for a day, by time (untimed last). */
export function listWorkerContactsOn(tx: Tx, municipalityId: number, workerId: string, date: string): Promise<ContactRow[]> {
  return tx
    .select()
    .from(followupContact)
    .where(and(eq(followupContact.municipalityId, municipalityId), eq(followupContact.workerId, workerId), eq(followupContact.plannedOn, date)))
    .orderBy(sql`${followupContact.plannedTime} asc nulls last`, asc(followupContact.id));
}

export async function insertContact(tx: Tx, values: typeof followupContact.$inferInsert): Promise<ContactRow> {
  const [row] = await tx.insert(followupContact).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findContact(tx: Tx, municipalityId: number, id: string): Promise<ContactRow | undefined> {
  const [row] = await tx
    .select()
    .from(followupContact)
    .where(and(eq(followupContact.municipalityId, municipalityId), eq(followupContact.id, id)))
    .for('update');
  return row;
}

export async function recordContact(
  tx: Tx,
  municipalityId: number,
  id: string,
  values: Pick<ContactRow, 'status' | 'heldOn' | 'summary' | 'checklist'>,
): Promise<ContactRow> {
  const [row] = await tx
    .update(followupContact)
    .set(values)
    .where(and(eq(followupContact.municipalityId, municipalityId), eq(followupContact.id, id)))
    .returning();
  if (!row) throw new Error('contact vanished inside its transaction');
  return row;
}

// ── Notes ──────────────────────────────────────────────────────────────────────────────

/** The plan's notes, newest first. */
export function listNotes(tx: Tx, municipalityId: number, planId: string): Promise<NoteRow[]> {
  return tx
    .select()
    .from(followupNote)
    .where(and(eq(followupNote.municipalityId, municipalityId), eq(followupNote.planId, planId)))
    .orderBy(desc(followupNote.createdAt), desc(followupNote.id));
}

export async function insertNote(tx: Tx, values: typeof followupNote.$inferInsert): Promise<NoteRow> {
  const [row] = await tx.insert(followupNote).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
