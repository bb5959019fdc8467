import { sql } from 'drizzle-orm';
import { rows, type Tx } from '../../platform/db.js';

/**
 * Buildings with municipal dwellings, read from the dwelling register (the dwellings area owns
 * it; this only reads). A building is the matrikkel key of its dwellings (knr-gnr/bnr/fnr/snr, as
 * the allocation repo builds it); its label is the street address. Dwellings sold or not in use
 * today do not count. Never opens a transaction.
 */

/** The building of dwelling `d` (domain/neighbourhood/building.ts). */
const BUILDING_KEY = sql.raw(`d.knr || '-' || d.gnr || '/' || d.bnr || '/' || d.fnr || '/' || d.snr`);
const STREET_ADDRESS = sql.raw(`trim(d.street_name || ' ' || d.house_number || d.house_letter)`);
const IN_USE = (today: string) =>
  sql`not exists (select 1 from dwelling_status_period sp where sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
                   and sp.status in ('sold', 'not_in_use') and sp.from_date <= ${today} and (sp.to_date is null or sp.to_date > ${today}))`;

export interface BuildingRow {
  key: string;
  label: string;
  districtCode: string | null;
  districtName: string | null;
  dwellings: number;
}

function buildings(tx: Tx, municipalityId: number, today: string, key?: string): Promise<BuildingRow[]> {
  return rows<BuildingRow>(
    tx,
    sql`select b.key, b.label, b.district_code as "districtCode", di.name as "districtName", b.dwellings
        from (select ${BUILDING_KEY} as key, min(${STREET_ADDRESS}) as label, min(d.district_code) as district_code, count(*)::int as dwellings
              from dwelling d
              where d.municipality_id = ${municipalityId} and ${IN_USE(today)} ${key === undefined ? sql`` : sql`and ${BUILDING_KEY} = ${key}`}
              group by 1) b
        left join district di on di.municipality_id = ${municipalityId} and di.code = b.district_code
        order by b.label, b.key`,
  );
}

/** Every building with a municipal dwelling in use today, by address. */
export const listBuildings = (tx: Tx, municipalityId: number, today: string): Promise<BuildingRow[]> => buildings(tx, municipalityId, today);

/** One building, or undefined when no dwelling in use has that key. */
export async function findBuilding(tx: Tx, municipalityId: number, today: string, key: string): Promise<BuildingRow | undefined> {
  const [row] = await buildings(tx, municipalityId, today, key);
  return row;
}

export interface TenantRow {
  leaseId: string;
  householdId: string;
  headPersonId: string;
  givenName: string;
  familyName: string;
  addressProtection: 'none' | 'fortrolig' | 'strengt_fortrolig';
  unit: string;
}

/** Leases running today (signed or given notice, started, not ended) in the building's dwellings, with the tenant household's head. */
function tenants(tx: Tx, municipalityId: number, today: string, key: string, leaseId?: string): Promise<TenantRow[]> {
  return rows<TenantRow>(
    tx,
    sql`select le.id as "leaseId", le.household_id as "householdId", p.id as "headPersonId", p.given_name as "givenName", p.family_name as "familyName",
               p.address_protection as "addressProtection",
               trim(${STREET_ADDRESS} || case when d.unit_number <> '' then ' ' || d.unit_number else '' end
                    || case when d.extra_reference <> '' then ' (' || d.extra_reference || ')' else '' end) as unit
        from lease le
        join dwelling d on d.municipality_id = le.municipality_id and d.id = le.dwelling_id
        join household h on h.municipality_id = le.municipality_id and h.id = le.household_id
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        where le.municipality_id = ${municipalityId} and ${BUILDING_KEY} = ${key}
          and le.status in ('signed', 'terminated') and le.start_date <= ${today} and (le.end_date is null or le.end_date >= ${today})
          ${leaseId === undefined ? sql`` : sql`and le.id = ${leaseId}`}
        order by unit, p.family_name, p.given_name`,
  );
}

export const listTenants = (tx: Tx, municipalityId: number, today: string, key: string): Promise<TenantRow[]> => tenants(tx, municipalityId, today, key);

/** The lease when it runs today in the building, with its tenant. */
export async function findTenant(tx: Tx, municipalityId: number, today: string, key: string, leaseId: string): Promise<TenantRow | undefined> {
  const [row] = await tenants(tx, municipalityId, today, key, leaseId);
  return row;
}
