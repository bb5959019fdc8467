import { and, asc, count, desc, eq, gt, inArray, isNull, lt, ne, or, sql, type SQL } from 'drizzle-orm';
import { household, person, task, tempPlace, tempProvider, tempStay } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Stay rows: lookups with the provider, place and household head, inserts, updates, overlap checks. Never opens a transaction. */

export type StayRow = typeof tempStay.$inferSelect;

const stayColumns = {
  stay: tempStay,
  providerName: tempProvider.name,
  providerKind: tempProvider.kind,
  placeLabel: tempPlace.label,
  access24h: tempPlace.access24h,
  cooking: tempPlace.cooking,
  wcAndBath: tempPlace.wcAndBath,
  laundry: tempPlace.laundry,
  headGivenName: person.givenName,
  headFamilyName: person.familyName,
  addressProtection: person.addressProtection,
};

export type StayViewRow = {
  stay: StayRow;
  providerName: string;
  providerKind: 'municipal_emergency' | 'private_overnight' | 'other';
  placeLabel: string | null;
  access24h: boolean | null;
  cooking: boolean | null;
  wcAndBath: boolean | null;
  laundry: boolean | null;
  headGivenName: string;
  headFamilyName: string;
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig';
};

/** Open on `today`: no end date, or an end date after today. */
const openOn = (today: string): SQL => or(isNull(tempStay.endDate), gt(tempStay.endDate, today)) as SQL;

function viewQuery(tx: Tx, where: SQL | undefined) {
  return tx
    .select(stayColumns)
    .from(tempStay)
    .innerJoin(tempProvider, and(eq(tempProvider.municipalityId, tempStay.municipalityId), eq(tempProvider.id, tempStay.providerId)))
    .leftJoin(tempPlace, and(eq(tempPlace.municipalityId, tempStay.municipalityId), eq(tempPlace.id, tempStay.placeId)))
    .innerJoin(household, and(eq(household.municipalityId, tempStay.municipalityId), eq(household.id, tempStay.householdId)))
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .where(where);
}

export async function findStayView(tx: Tx, municipalityId: number, id: string): Promise<StayViewRow | undefined> {
  const [row] = await viewQuery(tx, and(eq(tempStay.municipalityId, municipalityId), eq(tempStay.id, id)));
  return row;
}

export interface StayFilter {
  active: boolean;
  today: string;
  householdId?: string | undefined;
}

const filterOf = (municipalityId: number, f: StayFilter): SQL | undefined =>
  and(eq(tempStay.municipalityId, municipalityId), f.active ? openOn(f.today) : undefined, f.householdId ? eq(tempStay.householdId, f.householdId) : undefined);

/** A page of stays: open ones longest first, all stays newest first. */
export async function listStayViews(tx: Tx, municipalityId: number, f: StayFilter, page: { limit: number; offset: number }) {
  const order = f.active ? [asc(tempStay.startDate), asc(tempStay.id)] : [desc(tempStay.startDate), asc(tempStay.id)];
  const items = await viewQuery(tx, filterOf(municipalityId, f))
    .orderBy(...order)
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(tempStay).where(filterOf(municipalityId, f));
  return { items, total: Number(total?.n ?? 0) };
}

/** The columns the domain needs (StayFacts). */
const factColumns = {
  id: tempStay.id,
  householdId: tempStay.householdId,
  startDate: tempStay.startDate,
  endDate: tempStay.endDate,
  childrenPresent: tempStay.childrenPresent,
  nightShelter: tempStay.nightShelter,
  caseId: tempStay.caseId,
};
export interface StayFactRow {
  id: string;
  householdId: string;
  startDate: string;
  endDate: string | null;
  childrenPresent: boolean;
  nightShelter: boolean;
  caseId: string | null;
}

/** Every stay of the given households (their chains need all of them). */
export async function staysOfHouseholds(tx: Tx, municipalityId: number, householdIds: readonly string[]): Promise<StayFactRow[]> {
  if (householdIds.length === 0) return [];
  return tx
    .select(factColumns)
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), inArray(tempStay.householdId, [...new Set(householdIds)])));
}

/** Every stay of every household that has a stay open on `today`. */
export function staysOfOpenHouseholds(tx: Tx, municipalityId: number, today: string): Promise<StayFactRow[]> {
  const open = tx
    .select({ householdId: tempStay.householdId })
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), openOn(today)));
  return tx
    .select(factColumns)
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), inArray(tempStay.householdId, open)));
}

/** Every stay that began on or before `to` and had not ended before `from` (KOSTRA's year), with the rest of their households' stays. */
export function staysAround(tx: Tx, municipalityId: number, from: string, to: string): Promise<StayFactRow[]> {
  const touching = tx
    .select({ householdId: tempStay.householdId })
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), sql`${tempStay.startDate} <= ${to}`, or(isNull(tempStay.endDate), sql`${tempStay.endDate} >= ${from}`)));
  return tx
    .select(factColumns)
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), inArray(tempStay.householdId, touching)));
}

/** Locks the household row so two registrations for one household queue (the overlap check is then safe). */
export async function lockHousehold(tx: Tx, municipalityId: number, id: string): Promise<boolean> {
  const found = await tx
    .select({ id: household.id })
    .from(household)
    .where(and(eq(household.municipalityId, municipalityId), eq(household.id, id)))
    .for('update');
  return found.length > 0;
}

/** Another stay of the household whose nights overlap [start, end) — end null is open-ended. */
export async function findOverlapping(tx: Tx, municipalityId: number, householdId: string, start: string, end: string | null, exceptId?: string) {
  const [row] = await tx
    .select({ id: tempStay.id })
    .from(tempStay)
    .where(
      and(
        eq(tempStay.municipalityId, municipalityId),
        eq(tempStay.householdId, householdId),
        exceptId ? ne(tempStay.id, exceptId) : undefined,
        end === null ? undefined : lt(tempStay.startDate, end),
        or(isNull(tempStay.endDate), gt(tempStay.endDate, start)),
      ),
    )
    .limit(1);
  return row;
}

export async function findStayForUpdate(tx: Tx, municipalityId: number, id: string): Promise<StayRow | undefined> {
  const [row] = await tx
    .select()
    .from(tempStay)
    .where(and(eq(tempStay.municipalityId, municipalityId), eq(tempStay.id, id)))
    .for('update');
  return row;
}

export async function insertStay(tx: Tx, values: typeof tempStay.$inferInsert): Promise<StayRow> {
  const [row] = await tx.insert(tempStay).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type StayChanges = Partial<Pick<typeof tempStay.$inferInsert, 'endDate' | 'cooperationAgreementSignedOn' | 'cleaningOffered' | 'childrenPresent' | 'housingCaseId'>>;

export async function updateStay(tx: Tx, municipalityId: number, id: string, changes: StayChanges): Promise<void> {
  await tx
    .update(tempStay)
    .set(changes)
    .where(and(eq(tempStay.municipalityId, municipalityId), eq(tempStay.id, id)));
}

/**
 * Signal keys that have ever had a task, open or closed. Read here because tasks.repo.ts (the
 * tasks area) only finds open tasks: a long stay gets one task, and closing it must not make
 * the next run raise it again.
 */
export async function signalKeysSeen(tx: Tx, municipalityId: number, keys: readonly string[]): Promise<Set<string>> {
  if (keys.length === 0) return new Set();
  const found = await tx
    .selectDistinct({ key: task.signalKey })
    .from(task)
    .where(and(eq(task.municipalityId, municipalityId), inArray(task.signalKey, [...keys])));
  return new Set(found.map((r) => r.key));
}
