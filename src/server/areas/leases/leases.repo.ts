import { and, asc, count, desc, eq, gt, inArray, isNull, lte, ne, or, sql, type SQL } from 'drizzle-orm';
import { decision, dwelling, dwellingStatusPeriod, household, householdMember, lease, person } from '../../../db/schema/index.js';
import type { LeaseStatus } from '../../../domain/leases/lease-status.js';
import type { Tx } from '../../platform/db.js';

/** Lease rows and the read-only facts a lease needs about its dwelling and household. */

export type LeaseRow = typeof lease.$inferSelect;
export type NewLease = typeof lease.$inferInsert;

export async function findDwelling(tx: Tx, municipalityId: number, id: string) {
  const [row] = await tx
    .select({ id: dwelling.id, monthlyRent: dwelling.monthlyRent })
    .from(dwelling)
    .where(and(eq(dwelling.municipalityId, municipalityId), eq(dwelling.id, id)));
  return row;
}

/** The dwelling's status on a day (the period containing it), if its history says. */
export async function dwellingStatusOn(tx: Tx, municipalityId: number, dwellingId: string, day: string): Promise<string | undefined> {
  const [row] = await tx
    .select({ status: dwellingStatusPeriod.status })
    .from(dwellingStatusPeriod)
    .where(
      and(
        eq(dwellingStatusPeriod.municipalityId, municipalityId),
        eq(dwellingStatusPeriod.dwellingId, dwellingId),
        lte(dwellingStatusPeriod.fromDate, day),
        or(isNull(dwellingStatusPeriod.toDate), gt(dwellingStatusPeriod.toDate, day)),
      ),
    );
  return row?.status;
}

export async function householdExists(tx: Tx, municipalityId: number, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: household.id }).from(household).where(and(eq(household.municipalityId, municipalityId), eq(household.id, id)));
  return row !== undefined;
}

export async function decisionExists(tx: Tx, municipalityId: number, id: string): Promise<boolean> {
  const [row] = await tx.select({ id: decision.id }).from(decision).where(and(eq(decision.municipalityId, municipalityId), eq(decision.id, id)));
  return row !== undefined;
}

/** Birth dates of the members in the household on `day` (joined on or before it, not left). */
export async function memberBirthDates(tx: Tx, municipalityId: number, householdId: string, day: string): Promise<Array<string | null>> {
  const rows = await tx
    .select({ birthDate: person.birthDate })
    .from(householdMember)
    .innerJoin(person, and(eq(person.municipalityId, householdMember.municipalityId), eq(person.id, householdMember.personId)))
    .where(
      and(
        eq(householdMember.municipalityId, municipalityId),
        eq(householdMember.householdId, householdId),
        or(isNull(householdMember.joinedOn), lte(householdMember.joinedOn, day)),
        or(isNull(householdMember.leftOn), gt(householdMember.leftOn, day)),
      ),
    );
  return rows.map((r) => r.birthDate);
}

/** Whether the household has held a signed lease before (a new one is then a renewal, fornyelse). */
export async function hasEarlierLease(tx: Tx, municipalityId: number, householdId: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: lease.id })
    .from(lease)
    .where(and(eq(lease.municipalityId, municipalityId), eq(lease.householdId, householdId), inArray(lease.status, ['signed', 'terminated', 'ended'])))
    .limit(1);
  return row !== undefined;
}

export async function insertLease(tx: Tx, values: NewLease): Promise<LeaseRow> {
  const [row] = await tx.insert(lease).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findLease(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<LeaseRow | undefined> {
  const query = tx.select().from(lease).where(and(eq(lease.municipalityId, municipalityId), eq(lease.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateLease(tx: Tx, municipalityId: number, id: string, changes: Partial<NewLease>): Promise<LeaseRow> {
  const [row] = await tx.update(lease).set(changes).where(and(eq(lease.municipalityId, municipalityId), eq(lease.id, id))).returning();
  if (!row) throw new Error('lease vanished inside its transaction');
  return row;
}

/** Another running lease of the dwelling that covers `day` (a renewal that follows this one). */
export async function otherLeaseCovering(tx: Tx, municipalityId: number, dwellingId: string, exceptId: string, day: string): Promise<boolean> {
  const [row] = await tx
    .select({ id: lease.id })
    .from(lease)
    .where(
      and(
        eq(lease.municipalityId, municipalityId),
        eq(lease.dwellingId, dwellingId),
        ne(lease.id, exceptId),
        inArray(lease.status, ['signed', 'terminated']),
        lte(lease.startDate, day),
        or(isNull(lease.endDate), sql`${lease.endDate} >= ${day}`),
      ),
    )
    .limit(1);
  return row !== undefined;
}

/** A lease with what lists show: the dwelling's address and the household head's name and address protection. */
const summaryColumns = {
  lease,
  streetName: dwelling.streetName,
  houseNumber: dwelling.houseNumber,
  houseLetter: dwelling.houseLetter,
  extraReference: dwelling.extraReference,
  postalCode: dwelling.postalCode,
  postalCity: dwelling.postalCity,
  givenName: person.givenName,
  familyName: person.familyName,
  addressProtection: person.addressProtection,
};

function summaryQuery(tx: Tx, where: SQL | undefined) {
  return tx
    .select(summaryColumns)
    .from(lease)
    .innerJoin(dwelling, and(eq(dwelling.municipalityId, lease.municipalityId), eq(dwelling.id, lease.dwellingId)))
    .innerJoin(household, and(eq(household.municipalityId, lease.municipalityId), eq(household.id, lease.householdId)))
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .where(where);
}

export type LeaseSummaryRow = Awaited<ReturnType<typeof summaryQuery>>[number];

export function listSummaries(tx: Tx, municipalityId: number, where: SQL | undefined, order: 'end' | 'start' = 'end'): Promise<LeaseSummaryRow[]> {
  return summaryQuery(tx, and(eq(lease.municipalityId, municipalityId), where)).orderBy(
    order === 'end' ? asc(lease.endDate) : desc(lease.startDate),
    asc(lease.id),
  );
}

export interface LeaseFilter {
  dwellingId?: string | undefined;
  householdId?: string | undefined;
  status?: LeaseStatus | undefined;
}

function filterOf(municipalityId: number, f: LeaseFilter): SQL | undefined {
  return and(
    eq(lease.municipalityId, municipalityId),
    f.dwellingId ? eq(lease.dwellingId, f.dwellingId) : undefined,
    f.householdId ? eq(lease.householdId, f.householdId) : undefined,
    f.status ? eq(lease.status, f.status) : undefined,
  );
}

/** One page of leases, newest start first, with the total. */
export async function pageSummaries(tx: Tx, municipalityId: number, f: LeaseFilter, page: { limit: number; offset: number }) {
  const items = await summaryQuery(tx, filterOf(municipalityId, f)).orderBy(desc(lease.startDate), asc(lease.id)).limit(page.limit).offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(lease).where(filterOf(municipalityId, f));
  return { items, total: total?.n ?? 0 };
}

export async function findSummary(tx: Tx, municipalityId: number, id: string): Promise<LeaseSummaryRow | undefined> {
  const [row] = await summaryQuery(tx, and(eq(lease.municipalityId, municipalityId), eq(lease.id, id)));
  return row;
}

export function summariesByIds(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<LeaseSummaryRow[]> {
  if (ids.length === 0) return Promise.resolve([]);
  return listSummaries(tx, municipalityId, inArray(lease.id, [...ids]));
}

/** Running leases (signed or terminated) with an end date on or before `endsBy`, for the signal job and the lists. */
export function runningLeasesEndingBy(tx: Tx, municipalityId: number, endsBy: string): Promise<LeaseSummaryRow[]> {
  return listSummaries(tx, municipalityId, and(inArray(lease.status, ['signed', 'terminated']), lte(lease.endDate, endsBy)));
}
