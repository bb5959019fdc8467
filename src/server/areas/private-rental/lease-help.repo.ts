import { and, asc, count, desc, eq, inArray, sql, type SQL } from 'drizzle-orm';
import { household, landlord, person, privateLeaseHelp, refugeeSettlement, staffUser } from '../../../db/schema/index.js';
import type { LeaseHelpStatus } from '../../../domain/private-rental/index.js';
import type { Tx } from '../../platform/db.js';

/** Help into private leases, with the household's head, the landlord and the adviser named. Never opens a transaction. */

export type HelpRow = typeof privateLeaseHelp.$inferSelect;
export type HelpView = HelpRow & { headName: string; landlordName: string | null; helpedByName: string };


function views(tx: Tx) {
  return tx
    .select({
      help: privateLeaseHelp,
      headName: sql<string>`${person.givenName} || ' ' || ${person.familyName}`,
      landlordName: landlord.name,
      helpedByName: sql<string>`coalesce(${staffUser.displayName}, '')`,
    })
    .from(privateLeaseHelp)
    .innerJoin(household, and(eq(household.municipalityId, privateLeaseHelp.municipalityId), eq(household.id, privateLeaseHelp.householdId)))
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .leftJoin(landlord, and(eq(landlord.municipalityId, privateLeaseHelp.municipalityId), eq(landlord.id, privateLeaseHelp.landlordId)))
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, privateLeaseHelp.municipalityId), eq(staffUser.id, privateLeaseHelp.helpedById)));
}

const flatten = (r: { help: HelpRow; headName: string; landlordName: string | null; helpedByName: string }): HelpView => ({
  ...r.help,
  headName: r.headName,
  landlordName: r.landlordName,
  helpedByName: r.helpedByName,
});

export interface HelpFilter {
  status: LeaseHelpStatus | 'all';
  landlordId?: string;
  householdId?: string;
}

function where(municipalityId: number, filter: HelpFilter): SQL | undefined {
  return and(
    eq(privateLeaseHelp.municipalityId, municipalityId),
    filter.status === 'all' ? undefined : eq(privateLeaseHelp.status, filter.status),
    filter.landlordId === undefined ? undefined : eq(privateLeaseHelp.landlordId, filter.landlordId),
    filter.householdId === undefined ? undefined : eq(privateLeaseHelp.householdId, filter.householdId),
  );
}

/** Helps by the filter: those in progress first (oldest first), then outcomes newest first. */
export async function listHelps(tx: Tx, municipalityId: number, filter: HelpFilter, page: { limit: number; offset: number }): Promise<{ items: HelpView[]; total: number }> {
  const w = where(municipalityId, filter);
  const found = await views(tx)
    .where(w)
    .orderBy(
      sql`case when ${privateLeaseHelp.status} = 'in_progress' then 0 else 1 end`,
      sql`case when ${privateLeaseHelp.status} = 'in_progress' then ${privateLeaseHelp.startedOn} end asc`,
      desc(privateLeaseHelp.outcomeOn),
      asc(privateLeaseHelp.id),
    )
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(privateLeaseHelp).where(w);
  return { items: found.map(flatten), total: Number(total?.n ?? 0) };
}

export async function findHelpView(tx: Tx, municipalityId: number, id: string): Promise<HelpView | undefined> {
  const [row] = await views(tx).where(and(eq(privateLeaseHelp.municipalityId, municipalityId), eq(privateLeaseHelp.id, id)));
  return row ? flatten(row) : undefined;
}

export async function findHelpForUpdate(tx: Tx, municipalityId: number, id: string): Promise<HelpRow | undefined> {
  const [row] = await tx
    .select()
    .from(privateLeaseHelp)
    .where(and(eq(privateLeaseHelp.municipalityId, municipalityId), eq(privateLeaseHelp.id, id)))
    .for('update');
  return row;
}

export async function insertHelp(tx: Tx, values: typeof privateLeaseHelp.$inferInsert): Promise<HelpRow> {
  const [row] = await tx.insert(privateLeaseHelp).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type HelpChanges = Partial<Pick<HelpRow, 'landlordId' | 'depositGuarantee' | 'monthlyRent' | 'leaseStartsOn' | 'note' | 'status' | 'outcomeOn'>>;

export async function updateHelp(tx: Tx, municipalityId: number, id: string, changes: HelpChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(privateLeaseHelp)
    .set(changes)
    .where(and(eq(privateLeaseHelp.municipalityId, municipalityId), eq(privateLeaseHelp.id, id)));
}

/** Every help's facts for the year figures: one row per help. */
export function helpFacts(tx: Tx, municipalityId: number) {
  return tx
    .select({ id: privateLeaseHelp.id, householdId: privateLeaseHelp.householdId, startedOn: privateLeaseHelp.startedOn, status: privateLeaseHelp.status, outcomeOn: privateLeaseHelp.outcomeOn })
    .from(privateLeaseHelp)
    .where(eq(privateLeaseHelp.municipalityId, municipalityId));
}

/** Settlement dates of the households (for the refugee flag). */
export async function settlementDates(tx: Tx, municipalityId: number, householdIds: readonly string[]): Promise<Map<string, string[]>> {
  if (householdIds.length === 0) return new Map();
  const found = await tx
    .select({ householdId: refugeeSettlement.householdId, settledOn: refugeeSettlement.settledOn })
    .from(refugeeSettlement)
    .where(and(eq(refugeeSettlement.municipalityId, municipalityId), inArray(refugeeSettlement.householdId, [...new Set(householdIds)])));
  const map = new Map<string, string[]>();
  for (const r of found) map.set(r.householdId, [...(map.get(r.householdId) ?? []), r.settledOn]);
  return map;
}

/** Signed helps per landlord. */
export async function signedByLandlord(tx: Tx, municipalityId: number): Promise<Map<string, number>> {
  const found = await tx
    .select({ landlordId: privateLeaseHelp.landlordId, n: count() })
    .from(privateLeaseHelp)
    .where(and(eq(privateLeaseHelp.municipalityId, municipalityId), eq(privateLeaseHelp.status, 'signed')))
    .groupBy(privateLeaseHelp.landlordId);
  return new Map(found.flatMap((r) => (r.landlordId === null ? [] : [[r.landlordId, Number(r.n)] as const])));
}
