import { eq, sql } from 'drizzle-orm';
import { district, municipality, type MunicipalitySettings } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/** The district map's reads. Every query runs in the request's tenant transaction. */

const ADDRESS = sql.raw(
  `trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end)`,
);

export async function municipalityRow(tx: Tx, municipalityId: number) {
  const [row] = await tx.select({ name: municipality.name, inhabitants: municipality.inhabitants, settings: municipality.settings }).from(municipality).where(eq(municipality.id, municipalityId));
  return row;
}

export function districts(tx: Tx, municipalityId: number) {
  return tx
    .select({ code: district.code, name: district.name, inhabitants: district.inhabitants, dwellingsTotal: district.dwellingsTotal, boundary: district.boundary })
    .from(district)
    .where(eq(district.municipalityId, municipalityId))
    .orderBy(district.code);
}

export interface AllocationRow {
  districtCode: string;
  needCategory: string | null;
  count: number;
}

/**
 * Allocations in the period: leases (signed, given notice or ended — not drafts or cancelled)
 * that started from `from` to `to`, per district and by the need category of the case the lease
 * rests on, or the household's latest rental case — the same attribution as the occupancy the
 * concentration limits count (allocation.repo occupancy).
 */
export function allocations(tx: Tx, municipalityId: number, from: string, to: string): Promise<AllocationRow[]> {
  return rows<AllocationRow>(
    tx,
    sql`
    with allocated as (
      select d.district_code,
             coalesce(
               (select c.need_category from decision dc join housing_case c on c.municipality_id = dc.municipality_id and c.id = dc.case_id
                 where dc.municipality_id = le.municipality_id and dc.id = le.decision_id),
               (select c.need_category from housing_case c where c.municipality_id = le.municipality_id and c.household_id = le.household_id
                  and c.case_type = 'rental_dwelling' order by c.received_on desc limit 1)) as need
      from lease le join dwelling d on d.municipality_id = le.municipality_id and d.id = le.dwelling_id
      where le.municipality_id = ${municipalityId} and le.status in ('signed', 'terminated', 'ended')
        and le.start_date >= ${from} and le.start_date <= ${to} and d.district_code is not null
    )
    select district_code as "districtCode", need as "needCategory", count(*)::int as count from allocated group by district_code, need`,
  );
}

export interface PointRow {
  id: string;
  latitude: string;
  longitude: string;
  districtCode: string | null;
  status: string;
  disposalForm: string;
  address: string;
  /** A household with a protected address lives there, is about to move in or has a pending offer. */
  protected: boolean;
}

/**
 * The stock's dwellings with coordinates (not sold, not out of use today) with today's status,
 * and whether the dwelling must stay off the map: a member (not moved out) of the household of a
 * lease that is not cancelled and not over (draft, signed, given notice), or of a pending offer,
 * has a protected address (fortrolig or strengt fortrolig).
 */
export function points(tx: Tx, municipalityId: number, today: string): Promise<PointRow[]> {
  return rows<PointRow>(
    tx,
    sql`
    select d.id, d.latitude::text as latitude, d.longitude::text as longitude, d.district_code as "districtCode",
           sp.status, d.disposal_form as "disposalForm", ${ADDRESS} as address,
           exists (
             select 1 from (
               select le.household_id from lease le
                where le.municipality_id = d.municipality_id and le.dwelling_id = d.id
                  and le.status in ('draft', 'signed', 'terminated') and (le.end_date is null or le.end_date >= ${today})
               union all
               select o.household_id from offer o
                where o.municipality_id = d.municipality_id and o.dwelling_id = d.id and o.status = 'pending'
             ) h
             join household hh on hh.municipality_id = d.municipality_id and hh.id = h.household_id
             join person p on p.municipality_id = hh.municipality_id
                          and (p.id = hh.head_person_id
                               or p.id in (select m.person_id from household_member m
                                            where m.municipality_id = hh.municipality_id and m.household_id = hh.id
                                              and (m.left_on is null or m.left_on > ${today})))
             where p.address_protection <> 'none'
           ) as protected
    from dwelling d
    join dwelling_status_period sp on sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
      and sp.from_date <= ${today} and (sp.to_date is null or sp.to_date > ${today})
    where d.municipality_id = ${municipalityId} and d.latitude is not null and d.longitude is not null
      and sp.status not in ('sold', 'not_in_use')
    order by d.id`,
  );
}

/** The municipality's settings (read in the tenant transaction). */
export async function settings(tx: Tx, municipalityId: number): Promise<MunicipalitySettings> {
  return (await municipalityRow(tx, municipalityId))?.settings ?? {};
}

/** Replaces the municipality's settings (husly_app may update this column of its own row only). */
export async function updateSettings(tx: Tx, municipalityId: number, settings: Record<string, unknown>): Promise<void> {
  await tx.update(municipality).set({ settings }).where(eq(municipality.id, municipalityId));
}
