import { and, asc, desc, eq, gt, gte, isNull, lte, or } from 'drizzle-orm';
import { household, householdMember, person, personRepresentative } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * What a case needs to know about its person and household: read-only lookups of the people
 * tables (the people area owns every change to them).
 */

export type PersonRow = typeof person.$inferSelect;
export type HouseholdRow = typeof household.$inferSelect;

export async function findPerson(tx: Tx, municipalityId: number, id: string): Promise<PersonRow | undefined> {
  const [row] = await tx
    .select()
    .from(person)
    .where(and(eq(person.municipalityId, municipalityId), eq(person.id, id)));
  return row;
}

export async function findHousehold(tx: Tx, municipalityId: number, id: string): Promise<HouseholdRow | undefined> {
  const [row] = await tx
    .select()
    .from(household)
    .where(and(eq(household.municipalityId, municipalityId), eq(household.id, id)));
  return row;
}

export interface MemberRow {
  personId: string;
  givenName: string;
  familyName: string;
  birthDate: string | null;
  relation: string;
  grossAnnualIncome: number | null;
}

/** Members of a household on `today` (joined, not left), the head first. */
export function listMembers(tx: Tx, municipalityId: number, householdId: string, today: string): Promise<MemberRow[]> {
  return tx
    .select({
      personId: householdMember.personId,
      givenName: person.givenName,
      familyName: person.familyName,
      birthDate: person.birthDate,
      relation: householdMember.relation,
      grossAnnualIncome: householdMember.grossAnnualIncome,
    })
    .from(householdMember)
    .innerJoin(person, and(eq(person.municipalityId, householdMember.municipalityId), eq(person.id, householdMember.personId)))
    .where(
      and(
        eq(householdMember.municipalityId, municipalityId),
        eq(householdMember.householdId, householdId),
        or(isNull(householdMember.leftOn), gt(householdMember.leftOn, today)),
      ),
    )
    .orderBy(asc(householdMember.relation), asc(person.birthDate));
}

export type RepresentativeRow = typeof personRepresentative.$inferSelect;

/** The fullmektig or verge in force on `today`, the most recent first (fvl. § 12). */
export async function findRepresentative(tx: Tx, municipalityId: number, personId: string, today: string): Promise<RepresentativeRow | undefined> {
  const [row] = await tx
    .select()
    .from(personRepresentative)
    .where(
      and(
        eq(personRepresentative.municipalityId, municipalityId),
        eq(personRepresentative.personId, personId),
        lte(personRepresentative.validFrom, today),
        or(isNull(personRepresentative.validTo), gte(personRepresentative.validTo, today)),
      ),
    )
    .orderBy(desc(personRepresentative.validFrom))
    .limit(1);
  return row;
}
