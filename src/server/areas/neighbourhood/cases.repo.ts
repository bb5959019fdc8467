import { and, asc, count, desc, eq, inArray, ne, sql, type SQL } from 'drizzle-orm';
import { neighbourCase, neighbourCaseEvent, neighbourCaseParty, person, household, staffUser } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/** Neighbour cases, their parties and events. Never opens a transaction. */

export type CaseRow = typeof neighbourCase.$inferSelect;
export type PartyRow = typeof neighbourCaseParty.$inferSelect;
export type EventRow = typeof neighbourCaseEvent.$inferSelect;

export async function insertCase(tx: Tx, values: typeof neighbourCase.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(neighbourCase).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function findCase(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<CaseRow | undefined> {
  const query = tx
    .select()
    .from(neighbourCase)
    .where(and(eq(neighbourCase.municipalityId, municipalityId), eq(neighbourCase.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function updateCase(tx: Tx, municipalityId: number, id: string, changes: Partial<Pick<CaseRow, 'status' | 'outcome' | 'closedOn'>>): Promise<void> {
  await tx
    .update(neighbourCase)
    .set(changes)
    .where(and(eq(neighbourCase.municipalityId, municipalityId), eq(neighbourCase.id, id)));
}

export interface CaseFilter {
  status: 'active' | 'closed' | 'all';
  buildingKey?: string;
}

function filterWhere(municipalityId: number, filter: CaseFilter): SQL | undefined {
  return and(
    eq(neighbourCase.municipalityId, municipalityId),
    filter.status === 'active' ? ne(neighbourCase.status, 'closed') : filter.status === 'closed' ? eq(neighbourCase.status, 'closed') : undefined,
    filter.buildingKey === undefined ? undefined : eq(neighbourCase.buildingKey, filter.buildingKey),
  );
}

/** Cases by the filter: active ones by report date (oldest first: they have waited longest), closed ones newest first. */
export async function listCases(tx: Tx, municipalityId: number, filter: CaseFilter, page: { limit: number; offset: number }): Promise<{ items: CaseRow[]; total: number }> {
  const where = filterWhere(municipalityId, filter);
  const order = filter.status === 'active' ? [asc(neighbourCase.reportedOn), asc(neighbourCase.createdAt)] : [desc(neighbourCase.reportedOn), desc(neighbourCase.createdAt)];
  const items = await tx
    .select()
    .from(neighbourCase)
    .where(where)
    .orderBy(...order, asc(neighbourCase.id))
    .limit(page.limit)
    .offset(page.offset);
  const [total] = await tx.select({ n: count() }).from(neighbourCase).where(where);
  return { items, total: Number(total?.n ?? 0) };
}

/** Cases not closed, by status. */
export async function activeCounts(tx: Tx, municipalityId: number): Promise<Record<'open' | 'dialogue' | 'agreement', number>> {
  const found = await tx
    .select({ status: neighbourCase.status, n: count() })
    .from(neighbourCase)
    .where(and(eq(neighbourCase.municipalityId, municipalityId), ne(neighbourCase.status, 'closed')))
    .groupBy(neighbourCase.status);
  const of = (s: string) => Number(found.find((r) => r.status === s)?.n ?? 0);
  return { open: of('open'), dialogue: of('dialogue'), agreement: of('agreement') };
}

/** Cases not closed, per building. */
export async function activeCasesByBuilding(tx: Tx, municipalityId: number): Promise<Map<string, number>> {
  const found = await tx
    .select({ key: neighbourCase.buildingKey, n: count() })
    .from(neighbourCase)
    .where(and(eq(neighbourCase.municipalityId, municipalityId), ne(neighbourCase.status, 'closed')))
    .groupBy(neighbourCase.buildingKey);
  return new Map(found.map((r) => [r.key, Number(r.n)]));
}

export type PartyView = PartyRow & { addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig' | null };

/** The parties of the cases, with the current address protection of a known tenant's household head. */
export function listParties(tx: Tx, municipalityId: number, caseIds: readonly string[]): Promise<PartyView[]> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      municipalityId: neighbourCaseParty.municipalityId,
      id: neighbourCaseParty.id,
      caseId: neighbourCaseParty.caseId,
      role: neighbourCaseParty.role,
      householdId: neighbourCaseParty.householdId,
      personId: neighbourCaseParty.personId,
      leaseId: neighbourCaseParty.leaseId,
      label: neighbourCaseParty.label,
      addressProtection: person.addressProtection,
    })
    .from(neighbourCaseParty)
    .leftJoin(household, and(eq(household.municipalityId, neighbourCaseParty.municipalityId), eq(household.id, neighbourCaseParty.householdId)))
    .leftJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .where(and(eq(neighbourCaseParty.municipalityId, municipalityId), inArray(neighbourCaseParty.caseId, [...caseIds])))
    .orderBy(asc(neighbourCaseParty.caseId), sql`case ${neighbourCaseParty.role} when 'complainant' then 0 when 'respondent' then 1 else 2 end`, asc(neighbourCaseParty.label));
}

export async function insertParty(tx: Tx, values: typeof neighbourCaseParty.$inferInsert): Promise<PartyRow> {
  const [row] = await tx.insert(neighbourCaseParty).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type EventView = EventRow & { recordedByName: string };

/** The events of the cases, oldest first, with who recorded them. */
export function listEvents(tx: Tx, municipalityId: number, caseIds: readonly string[]): Promise<EventView[]> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      municipalityId: neighbourCaseEvent.municipalityId,
      id: neighbourCaseEvent.id,
      caseId: neighbourCaseEvent.caseId,
      kind: neighbourCaseEvent.kind,
      heldOn: neighbourCaseEvent.heldOn,
      summary: neighbourCaseEvent.summary,
      agreementText: neighbourCaseEvent.agreementText,
      recordedBy: neighbourCaseEvent.recordedBy,
      createdAt: neighbourCaseEvent.createdAt,
      recordedByName: sql<string>`coalesce(${staffUser.displayName}, '')`,
    })
    .from(neighbourCaseEvent)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, neighbourCaseEvent.municipalityId), eq(staffUser.id, neighbourCaseEvent.recordedBy)))
    .where(and(eq(neighbourCaseEvent.municipalityId, municipalityId), inArray(neighbourCaseEvent.caseId, [...caseIds])))
    .orderBy(asc(neighbourCaseEvent.heldOn), asc(neighbourCaseEvent.createdAt), asc(neighbourCaseEvent.id));
}

export async function insertEvent(tx: Tx, values: typeof neighbourCaseEvent.$inferInsert): Promise<EventRow> {
  const [row] = await tx.insert(neighbourCaseEvent).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}
