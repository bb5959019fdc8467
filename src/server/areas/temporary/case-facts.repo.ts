import { and, desc, eq, inArray, notInArray } from 'drizzle-orm';
import { housingCase } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * The few facts about cases this area needs: a case's type and household (to check a stay's
 * links) and a household's open housing case (to show whether the work on a permanent home has
 * begun). Read-only, like cases/people-facts.repo.ts; case records themselves stay in the cases area.
 */

/** Case types that are the work on a permanent home (boligsosial lov; kommunal utleiebolig). */
export const HOUSING_CASE_TYPES = ['rental_dwelling', 'housing_help'] as const;

/** A case no longer being worked on here: closed, or sent to another unit [I]. */
const NOT_OPEN = ['closed', 'forwarded'];

export interface CaseFact {
  id: string;
  caseNumber: string;
  caseType: string;
  householdId: string;
  status: string;
}

const factColumns = {
  id: housingCase.id,
  caseNumber: housingCase.caseNumber,
  caseType: housingCase.caseType,
  householdId: housingCase.householdId,
  status: housingCase.status,
};

export async function findCaseFact(tx: Tx, municipalityId: number, id: string): Promise<CaseFact | undefined> {
  const [row] = await tx
    .select(factColumns)
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), eq(housingCase.id, id)));
  return row;
}

export async function caseFactsByIds(tx: Tx, municipalityId: number, ids: ReadonlyArray<string | null>): Promise<Map<string, CaseFact>> {
  const wanted = [...new Set(ids.filter((id): id is string => id !== null))];
  if (wanted.length === 0) return new Map();
  const found = await tx
    .select(factColumns)
    .from(housingCase)
    .where(and(eq(housingCase.municipalityId, municipalityId), inArray(housingCase.id, wanted)));
  return new Map(found.map((c) => [c.id, c]));
}

export const isOpenHousingCase = (c: CaseFact): boolean =>
  (HOUSING_CASE_TYPES as readonly string[]).includes(c.caseType) && !NOT_OPEN.includes(c.status);

/** Each household's most recently received open housing case. */
export async function openHousingCases(tx: Tx, municipalityId: number, householdIds: readonly string[]): Promise<Map<string, CaseFact>> {
  if (householdIds.length === 0) return new Map();
  const found = await tx
    .select(factColumns)
    .from(housingCase)
    .where(
      and(
        eq(housingCase.municipalityId, municipalityId),
        inArray(housingCase.householdId, [...new Set(householdIds)]),
        inArray(housingCase.caseType, [...HOUSING_CASE_TYPES]),
        notInArray(housingCase.status, NOT_OPEN),
      ),
    )
    .orderBy(desc(housingCase.receivedOn), desc(housingCase.caseNumber));
  const result = new Map<string, CaseFact>();
  for (const c of found) if (!result.has(c.householdId)) result.set(c.householdId, c);
  return result;
}
