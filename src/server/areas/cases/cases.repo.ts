import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { caseNumberSequence, consent, district, helpRequest, housingCase, municipality, staffUser } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** Case rows: lookups, inserts, status updates and the case-number sequence. Never opens a transaction. */

export type CaseRow = typeof housingCase.$inferSelect;
export type HelpRequestRow = typeof helpRequest.$inferSelect;

export async function findCase(tx: Tx, municipalityId: number, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), eq(housingCase.id, id)));
  return row;
}

/** Locks the case row for the rest of the transaction, so two changes of status cannot interleave. */
export async function findCaseForUpdate(tx: Tx, municipalityId: number, id: string): Promise<CaseRow | undefined> {
  const [row] = await tx
    .select()
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), eq(housingCase.id, id)))
    .for('update');
  return row;
}

export async function findHelpRequest(tx: Tx, municipalityId: number, id: string): Promise<HelpRequestRow | undefined> {
  const [row] = await tx
    .select()
    .from(helpRequest)
    .where(and(eq(helpRequest.municipalityId, municipalityId), eq(helpRequest.id, id)));
  return row;
}

export async function insertHelpRequest(tx: Tx, values: typeof helpRequest.$inferInsert): Promise<HelpRequestRow> {
  const [row] = await tx.insert(helpRequest).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export async function insertCase(tx: Tx, values: typeof housingCase.$inferInsert): Promise<CaseRow> {
  const [row] = await tx.insert(housingCase).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type CaseChanges = Partial<
  Pick<
    typeof housingCase.$inferInsert,
    'status' | 'preliminaryReplySentOn' | 'decidedOn' | 'forwardedTo' | 'forwardedOn' | 'closedOn' | 'application' | 'assignedToId'
  >
>;

export async function updateCase(tx: Tx, municipalityId: number, id: string, changes: CaseChanges): Promise<CaseRow> {
  const [row] = await tx
    .update(housingCase)
    .set(changes)
    .where(and(eq(housingCase.municipalityId, municipalityId), eq(housingCase.id, id)))
    .returning();
  if (!row) throw new Error('update returned no row');
  return row;
}

/**
 * The next running number for the municipality and year. The upsert takes the sequence row's
 * lock until the transaction ends, so concurrent registrations queue and a rollback gives the
 * number back: numbers have no gaps.
 */
export async function nextCaseNumber(tx: Tx, municipalityId: number, year: number): Promise<number> {
  const [row] = await rows<{ last: number }>(
    tx,
    sql`insert into ${caseNumberSequence} (municipality_id, year, last) values (${municipalityId}, ${year}, 1)
        on conflict (municipality_id, year) do update set last = ${caseNumberSequence}.last + 1
        returning last`,
  );
  if (!row) throw new Error('case number sequence returned no row');
  return Number(row.last);
}

export interface ConsentRow {
  id: string;
  personId: string;
  recipient: string;
  purpose: string;
  scope: string;
  validFrom: string;
  validTo: string | null;
  withdrawnAt: Date | null;
}

export function listConsents(tx: Tx, municipalityId: number, personIds: readonly string[]): Promise<ConsentRow[]> {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      id: consent.id,
      personId: consent.personId,
      recipient: consent.recipient,
      purpose: consent.purpose,
      scope: consent.scope,
      validFrom: consent.validFrom,
      validTo: consent.validTo,
      withdrawnAt: consent.withdrawnAt,
    })
    .from(consent)
    .where(and(eq(consent.municipalityId, municipalityId), inArray(consent.personId, [...new Set(personIds)])))
    .orderBy(desc(consent.validFrom));
}

export interface StaffRef {
  id: string;
  displayName: string;
  role: string;
  active: boolean;
}

/** Staff members by id (for names on cases, notes and decisions). */
export async function staffByIds(tx: Tx, municipalityId: number, ids: ReadonlyArray<string | null | undefined>): Promise<Map<string, StaffRef>> {
  const wanted = [...new Set(ids.filter((id): id is string => typeof id === 'string'))];
  if (wanted.length === 0) return new Map();
  const found = await tx
    .select({ id: staffUser.id, displayName: staffUser.displayName, role: staffUser.role, active: staffUser.active })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), inArray(staffUser.id, wanted)));
  return new Map(found.map((s) => [s.id, s]));
}

export async function districtCodes(tx: Tx, municipalityId: number): Promise<Set<string>> {
  const found = await tx.select({ code: district.code }).from(district).where(eq(district.municipalityId, municipalityId)).orderBy(asc(district.code));
  return new Set(found.map((d) => d.code));
}

export async function municipalitySettings(tx: Tx, municipalityId: number): Promise<{ requireAttestation: boolean; name: string }> {
  const [row] = await tx.select({ settings: municipality.settings, name: municipality.name }).from(municipality).where(eq(municipality.id, municipalityId));
  return { requireAttestation: row?.settings.requireAttestation === true, name: row?.name ?? '' };
}
