import { and, desc, eq } from 'drizzle-orm';
import { household, lease, person } from '../../../db/schema/index.js';
import type { Tx } from '../../platform/db.js';

/**
 * The leases of one dwelling as the dwelling page shows them, with the head of the tenant
 * household. Leases are made by the leases area; this only reads them.
 */
export function listLeasesOfDwelling(tx: Tx, municipalityId: number, dwellingId: string) {
  return tx
    .select({
      id: lease.id,
      householdId: lease.householdId,
      startDate: lease.startDate,
      endDate: lease.endDate,
      status: lease.status,
      headPersonId: person.id,
      givenName: person.givenName,
      familyName: person.familyName,
      addressProtection: person.addressProtection,
    })
    .from(lease)
    .innerJoin(household, and(eq(household.municipalityId, lease.municipalityId), eq(household.id, lease.householdId)))
    .innerJoin(person, and(eq(person.municipalityId, household.municipalityId), eq(person.id, household.headPersonId)))
    .where(and(eq(lease.municipalityId, municipalityId), eq(lease.dwellingId, dwellingId)))
    .orderBy(desc(lease.startDate));
}
export type LeaseRow = Awaited<ReturnType<typeof listLeasesOfDwelling>>[number];
