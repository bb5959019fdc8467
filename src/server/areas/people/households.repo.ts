import { and, asc, eq, gt, inArray, isNull, or } from 'drizzle-orm';
import { household, householdMember, person } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

export type HouseholdRow = typeof household.$inferSelect;
export type MemberRow = typeof householdMember.$inferSelect;

/** A member is current on `today` when they have not left, or leave later. */
export const isCurrentMember = (m: { leftOn: string | null }, today: string): boolean => m.leftOn === null || m.leftOn > today;

const currentOn = (today: string) => or(isNull(householdMember.leftOn), gt(householdMember.leftOn, today));

export async function findHousehold(tx: Tx, municipalityId: number, id: string): Promise<HouseholdRow | undefined> {
  const [row] = await tx
    .select()
    .from(household)
    .where(and(eq(household.municipalityId, municipalityId), eq(household.id, id)));
  return row;
}

export async function insertHousehold(tx: Tx, values: typeof household.$inferInsert): Promise<HouseholdRow> {
  const [row] = await tx.insert(household).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

/** The members of a household with the person columns a member list shows (never an address). */
export function listMembers(tx: Tx, municipalityId: number, householdId: string) {
  return tx
    .select({
      member: householdMember,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      nationalId: person.nationalId,
    })
    .from(householdMember)
    .innerJoin(person, and(eq(person.municipalityId, householdMember.municipalityId), eq(person.id, householdMember.personId)))
    .where(and(eq(householdMember.municipalityId, municipalityId), eq(householdMember.householdId, householdId)))
    .orderBy(asc(householdMember.joinedOn), asc(person.familyName), asc(person.givenName));
}

export async function findMember(tx: Tx, municipalityId: number, householdId: string, personId: string): Promise<MemberRow | undefined> {
  const [row] = await tx
    .select()
    .from(householdMember)
    .where(and(eq(householdMember.municipalityId, municipalityId), eq(householdMember.householdId, householdId), eq(householdMember.personId, personId)));
  return row;
}

/** Inserts a membership, or brings back one that had ended (the key is household + person). */
export async function upsertMember(tx: Tx, values: typeof householdMember.$inferInsert): Promise<MemberRow> {
  const [row] = await tx
    .insert(householdMember)
    .values(values)
    .onConflictDoUpdate({
      target: [householdMember.municipalityId, householdMember.householdId, householdMember.personId],
      set: { relation: values.relation, grossAnnualIncome: values.grossAnnualIncome ?? null, joinedOn: values.joinedOn ?? null, leftOn: null },
    })
    .returning();
  if (!row) throw new Error('upsert returned no row');
  return row;
}

export async function updateMember(
  tx: Tx,
  municipalityId: number,
  householdId: string,
  personId: string,
  values: Partial<Pick<MemberRow, 'relation' | 'grossAnnualIncome' | 'leftOn'>>,
): Promise<MemberRow | undefined> {
  const [row] = await tx
    .update(householdMember)
    .set(values)
    .where(and(eq(householdMember.municipalityId, municipalityId), eq(householdMember.householdId, householdId), eq(householdMember.personId, personId)))
    .returning();
  return row;
}

/** Every membership of the given persons, current or past, with the household's head. */
export function listMemberships(tx: Tx, municipalityId: number, personIds: readonly string[]) {
  if (personIds.length === 0) return Promise.resolve([]);
  return tx
    .select({ member: householdMember, headPersonId: household.headPersonId })
    .from(householdMember)
    .innerJoin(household, and(eq(household.municipalityId, householdMember.municipalityId), eq(household.id, householdMember.householdId)))
    .where(and(eq(householdMember.municipalityId, municipalityId), inArray(householdMember.personId, [...personIds])))
    .orderBy(asc(householdMember.joinedOn), asc(householdMember.householdId));
}

/** The current household of each person: the one they head, else the earliest joined. */
export async function currentHouseholdOf(tx: Tx, municipalityId: number, personIds: readonly string[], today: string): Promise<Map<string, string>> {
  if (personIds.length === 0) return new Map();
  const rows = await tx
    .select({ personId: householdMember.personId, householdId: householdMember.householdId, headPersonId: household.headPersonId })
    .from(householdMember)
    .innerJoin(household, and(eq(household.municipalityId, householdMember.municipalityId), eq(household.id, householdMember.householdId)))
    .where(and(eq(householdMember.municipalityId, municipalityId), inArray(householdMember.personId, [...personIds]), currentOn(today)))
    .orderBy(asc(householdMember.joinedOn), asc(householdMember.householdId));
  const result = new Map<string, string>();
  for (const r of rows) if (r.headPersonId === r.personId) result.set(r.personId, r.householdId);
  for (const r of rows) if (!result.has(r.personId)) result.set(r.personId, r.householdId);
  return result;
}
