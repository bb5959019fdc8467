import { and, eq, inArray } from 'drizzle-orm';
import { consent, household, householdMember, housingCase, person, personRepresentative } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * Moves every reference to person `fromId` over to `intoId`. A membership in a household the
 * survivor already belongs to cannot move (the key is household + person) and is deleted;
 * the caller records it in the audit event. Returns what moved, for that event.
 */
export async function moveReferences(tx: Tx, municipalityId: number, fromId: string, intoId: string) {
  const m = municipalityId;
  const fromMembers = await tx
    .select()
    .from(householdMember)
    .where(and(eq(householdMember.municipalityId, m), eq(householdMember.personId, fromId)));
  const intoHouseholds = new Set(
    (
      await tx
        .select({ householdId: householdMember.householdId })
        .from(householdMember)
        .where(and(eq(householdMember.municipalityId, m), eq(householdMember.personId, intoId)))
    ).map((r) => r.householdId),
  );
  const clashing = fromMembers.filter((r) => intoHouseholds.has(r.householdId));
  if (clashing.length > 0) {
    await tx.delete(householdMember).where(
      and(
        eq(householdMember.municipalityId, m),
        eq(householdMember.personId, fromId),
        inArray(
          householdMember.householdId,
          clashing.map((r) => r.householdId),
        ),
      ),
    );
  }
  const memberships = await tx
    .update(householdMember)
    .set({ personId: intoId })
    .where(and(eq(householdMember.municipalityId, m), eq(householdMember.personId, fromId)))
    .returning({ householdId: householdMember.householdId });
  const headOf = await tx
    .update(household)
    .set({ headPersonId: intoId })
    .where(and(eq(household.municipalityId, m), eq(household.headPersonId, fromId)))
    .returning({ id: household.id });
  if (headOf.length > 0) {
    // The survivor now heads these households, whatever relation it had in them before.
    await tx
      .update(householdMember)
      .set({ relation: 'applicant' })
      .where(
        and(
          eq(householdMember.municipalityId, m),
          eq(householdMember.personId, intoId),
          inArray(
            householdMember.householdId,
            headOf.map((r) => r.id),
          ),
        ),
      );
  }
  const consents = await tx
    .update(consent)
    .set({ personId: intoId })
    .where(and(eq(consent.municipalityId, m), eq(consent.personId, fromId)))
    .returning({ id: consent.id });
  const representatives = await tx
    .update(personRepresentative)
    .set({ personId: intoId })
    .where(and(eq(personRepresentative.municipalityId, m), eq(personRepresentative.personId, fromId)))
    .returning({ id: personRepresentative.id });
  const cases = await tx
    .update(housingCase)
    .set({ personId: intoId })
    .where(and(eq(housingCase.municipalityId, m), eq(housingCase.personId, fromId)))
    .returning({ id: housingCase.id });
  return {
    householdIds: memberships.map((r) => r.householdId),
    droppedMemberships: clashing.map((r) => ({ householdId: r.householdId, relation: r.relation, joinedOn: r.joinedOn, leftOn: r.leftOn })),
    headOfHouseholdIds: headOf.map((r) => r.id),
    consentIds: consents.map((r) => r.id),
    representativeIds: representatives.map((r) => r.id),
    caseIds: cases.map((r) => r.id),
  };
}

/** Marks `fromId` as merged into `intoId`; its row and history stay. */
export async function markMerged(tx: Tx, municipalityId: number, fromId: string, intoId: string): Promise<void> {
  await tx
    .update(person)
    .set({ mergedIntoId: intoId })
    .where(and(eq(person.municipalityId, municipalityId), eq(person.id, fromId)));
}
