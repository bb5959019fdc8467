import { and, asc, desc, eq, inArray, sql } from 'drizzle-orm';
import { landlord, landlordAgreement, staffUser } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** Landlords, their agreements and the dwellings leased from private owners (read from the dwelling register). Never opens a transaction. */

export type LandlordRow = typeof landlord.$inferSelect;
export type AgreementRow = typeof landlordAgreement.$inferSelect;

export function listLandlords(tx: Tx, municipalityId: number): Promise<LandlordRow[]> {
  return tx.select().from(landlord).where(eq(landlord.municipalityId, municipalityId)).orderBy(asc(landlord.name), asc(landlord.id));
}

export async function findLandlord(tx: Tx, municipalityId: number, id: string, options: { forUpdate?: boolean } = {}): Promise<LandlordRow | undefined> {
  const query = tx
    .select()
    .from(landlord)
    .where(and(eq(landlord.municipalityId, municipalityId), eq(landlord.id, id)));
  const [row] = options.forUpdate ? await query.for('update') : await query;
  return row;
}

export async function insertLandlord(tx: Tx, values: typeof landlord.$inferInsert): Promise<LandlordRow> {
  const [row] = await tx.insert(landlord).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export type LandlordChanges = Partial<Pick<LandlordRow, 'kind' | 'name' | 'orgNumber' | 'contactName' | 'phone' | 'email' | 'note'>>;

export async function updateLandlord(tx: Tx, municipalityId: number, id: string, changes: LandlordChanges): Promise<void> {
  if (Object.keys(changes).length === 0) return;
  await tx
    .update(landlord)
    .set(changes)
    .where(and(eq(landlord.municipalityId, municipalityId), eq(landlord.id, id)));
}

export type AgreementView = AgreementRow & { contactName: string };

/** Agreements of the landlords, newest period first, with the contact person's name. */
export function listAgreements(tx: Tx, municipalityId: number, landlordIds: readonly string[]): Promise<AgreementView[]> {
  if (landlordIds.length === 0) return Promise.resolve([]);
  return tx
    .select({
      municipalityId: landlordAgreement.municipalityId,
      id: landlordAgreement.id,
      landlordId: landlordAgreement.landlordId,
      rentGuarantee: landlordAgreement.rentGuarantee,
      guaranteeMonths: landlordAgreement.guaranteeMonths,
      followupPromise: landlordAgreement.followupPromise,
      contactPersonId: landlordAgreement.contactPersonId,
      terms: landlordAgreement.terms,
      validFrom: landlordAgreement.validFrom,
      validTo: landlordAgreement.validTo,
      createdBy: landlordAgreement.createdBy,
      createdAt: landlordAgreement.createdAt,
      contactName: sql<string>`coalesce(${staffUser.displayName}, '')`,
    })
    .from(landlordAgreement)
    .leftJoin(staffUser, and(eq(staffUser.municipalityId, landlordAgreement.municipalityId), eq(staffUser.id, landlordAgreement.contactPersonId)))
    .where(and(eq(landlordAgreement.municipalityId, municipalityId), inArray(landlordAgreement.landlordId, [...landlordIds])))
    .orderBy(desc(landlordAgreement.validFrom), desc(landlordAgreement.createdAt));
}

export async function insertAgreement(tx: Tx, values: typeof landlordAgreement.$inferInsert): Promise<AgreementRow> {
  const [row] = await tx.insert(landlordAgreement).values(values).returning();
  if (!row) throw new Error('insert returned no row');
  return row;
}

export interface PrivateDwellingRow {
  id: string;
  address: string;
  districtName: string | null;
  bedrooms: number;
  monthlyRent: number;
  ownerName: string | null;
  ownerOrgNumber: string | null;
}

/**
 * Dwellings the municipality leases from private owners for sub-letting (disposal form
 * leased_from_private), not sold or out of use today, with the owner as the register has it.
 */
export function listPrivatelyLeasedDwellings(tx: Tx, municipalityId: number, today: string): Promise<PrivateDwellingRow[]> {
  return rows<PrivateDwellingRow>(
    tx,
    sql`select d.id, trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end) as address,
               di.name as "districtName", d.bedrooms, d.monthly_rent as "monthlyRent", d.owner_name as "ownerName", d.owner_org_number as "ownerOrgNumber"
        from dwelling d
        left join district di on di.municipality_id = d.municipality_id and di.code = d.district_code
        where d.municipality_id = ${municipalityId} and d.disposal_form = 'leased_from_private'
          and not exists (select 1 from dwelling_status_period sp where sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
                           and sp.status in ('sold', 'not_in_use') and sp.from_date <= ${today} and (sp.to_date is null or sp.to_date > ${today}))
        order by address, d.id`,
  );
}

export interface ContactRow {
  id: string;
  name: string;
  role: string;
  active: boolean;
}

/** Active staff of the roles, by name. */
export function listContacts(tx: Tx, municipalityId: number, roles: readonly string[]): Promise<ContactRow[]> {
  return tx
    .select({ id: staffUser.id, name: staffUser.displayName, role: staffUser.role, active: staffUser.active })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.active, true), inArray(staffUser.role, roles as never[])))
    .orderBy(asc(staffUser.displayName), asc(staffUser.id));
}

export async function findStaff(tx: Tx, municipalityId: number, id: string): Promise<ContactRow | undefined> {
  const [row] = await tx
    .select({ id: staffUser.id, name: staffUser.displayName, role: staffUser.role, active: staffUser.active })
    .from(staffUser)
    .where(and(eq(staffUser.municipalityId, municipalityId), eq(staffUser.id, id)));
  return row;
}
