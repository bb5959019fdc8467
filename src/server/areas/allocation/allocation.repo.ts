import { and, desc, eq, sql } from 'drizzle-orm';
import { allocationRound, offer, priorityOverride } from '../../../db/schema/index.js';
import { rows, type Tx } from '../../platform/db.js';

/**
 * The waiting list's, the round's and the offers' reads and writes. The waiting list is
 * derived: a rental-dwelling case (new or change) whose latest sent decision approved it, still
 * valid, with no accepted offer and no lease resting on that decision.
 */

/** The dwelling's address line as the round, the letters and the pages show it (street, number, unit, extra reference). */
const DWELLING_ADDRESS = sql.raw(
  `trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end || case when d.extra_reference <> '' then ' (' || d.extra_reference || ')' else '' end)`,
);

/** The building of dwelling `d` in the domain's buildingKey format (`knr-gnr/bnr/fnr/snr`, domain/allocation/types.ts). */
const BUILDING_KEY = sql.raw(`d.knr || '-' || d.gnr || '/' || d.bnr || '/' || d.fnr || '/' || d.snr`);

export interface WaitingRow {
  caseId: string;
  caseNumber: string;
  rentalKind: string | null;
  householdId: string;
  personId: string;
  givenName: string;
  familyName: string;
  gender: string | null;
  birthDate: string | null;
  refugeeSettledOn: string | null;
  housingSituation: string | null;
  needCategory: string | null;
  application: Record<string, unknown>;
  decisionId: string;
  decisionContent: Record<string, unknown>;
  decidedOn: string;
  validUntil: string | null;
  members: Array<{ relation: string; birthDate: string | null }>;
  overridePoints: number | null;
  overrideReason: string | null;
  pendingOfferId: string | null;
  pendingDwellingId: string | null;
  /** Refusals on this approval that were judged unreasonable, and the last one's pause end. */
  unreasonableRefusals: number;
  pausedUntil: string | null;
}

/** Every household on the waiting list on `today`, oldest approval first (a stable order; priority is the domain's). */
export function waitingList(tx: Tx, municipalityId: number, today: string): Promise<WaitingRow[]> {
  return rows<WaitingRow>(
    tx,
    sql`
    with latest as (
      select distinct on (d.case_id) d.case_id, d.id, d.outcome, d.content, d.decided_on, d.valid_until
      from decision d
      where d.municipality_id = ${municipalityId} and d.status = 'sent'
      order by d.case_id, d.decided_on desc, d.created_at desc
    )
    select c.id as "caseId", c.case_number as "caseNumber", c.rental_kind as "rentalKind", c.household_id as "householdId",
           p.id as "personId", p.given_name as "givenName", p.family_name as "familyName", p.gender, p.birth_date as "birthDate",
           p.refugee_settled_on as "refugeeSettledOn", c.housing_situation as "housingSituation", c.need_category as "needCategory",
           c.application, l.id as "decisionId", l.content as "decisionContent", l.decided_on as "decidedOn", l.valid_until as "validUntil",
           coalesce((select json_agg(json_build_object('relation', hm.relation, 'birthDate', mp.birth_date) order by mp.birth_date)
                     from household_member hm join person mp on mp.municipality_id = hm.municipality_id and mp.id = hm.person_id
                     where hm.municipality_id = c.municipality_id and hm.household_id = c.household_id
                       and (hm.left_on is null or hm.left_on > ${today})), '[]'::json) as members,
           po.points as "overridePoints", po.reason as "overrideReason",
           pending.id as "pendingOfferId", pending.dwelling_id as "pendingDwellingId",
           (select count(*)::int from offer o where o.municipality_id = c.municipality_id and o.decision_id = l.id
              and o.status = 'refused' and o.refusal_reasonable = false) as "unreasonableRefusals",
           (select max((o.answered_on + (o.refusal_consequence::json->>'days')::int))::text from offer o
             where o.municipality_id = c.municipality_id and o.decision_id = l.id and o.status = 'refused'
               and o.refusal_consequence::json->>'kind' = 'pause_and_review') as "pausedUntil"
    from housing_case c
    join latest l on l.case_id = c.id
    join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
    left join priority_override po on po.municipality_id = c.municipality_id and po.case_id = c.id and po.revoked_at is null
    left join offer pending on pending.municipality_id = c.municipality_id and pending.case_id = c.id and pending.status = 'pending'
    where c.municipality_id = ${municipalityId}
      and c.case_type = 'rental_dwelling' and coalesce(c.rental_kind, 'new') in ('new', 'change')
      and c.status in ('decided', 'appealed', 'appeal_forwarded')
      and l.outcome in ('approved', 'partly_approved')
      and (l.valid_until is null or l.valid_until >= ${today})
      and not exists (select 1 from offer o where o.municipality_id = c.municipality_id and o.decision_id = l.id
                        and (o.status = 'accepted' or (o.status = 'refused' and o.refusal_consequence::json->>'kind' = 'leaves_list')))
      and not exists (select 1 from lease le where le.municipality_id = c.municipality_id and le.decision_id = l.id and le.status <> 'cancelled')
    order by l.decided_on, c.case_number`,
  );
}

export interface VacancyRow {
  dwellingId: string;
  address: string;
  knr: string;
  gnr: number;
  bnr: number;
  fnr: number;
  snr: number;
  dwellingType: string;
  bedrooms: number;
  usableAreaM2: string | null;
  floor: number | null;
  hasLift: boolean;
  wheelchairAccessible: boolean;
  sharedHousing: boolean;
  staffed24h: boolean;
  staffBase: boolean;
  schoolDistrictPrimary: string | null;
  districtCode: string | null;
  monthlyRent: number;
  deposit: number | null;
  vacantSince: string;
}

/**
 * Dwellings vacant today with no pending offer and no lease (draft or running) from today on:
 * what an allocation round may propose.
 */
export function vacancies(tx: Tx, municipalityId: number, today: string): Promise<VacancyRow[]> {
  return rows<VacancyRow>(
    tx,
    sql`
    select d.id as "dwellingId",
           ${DWELLING_ADDRESS} as address,
           d.knr, d.gnr, d.bnr, d.fnr, d.snr, d.dwelling_type as "dwellingType", d.bedrooms, d.usable_area_m2 as "usableAreaM2", d.floor,
           d.has_lift as "hasLift", d.wheelchair_accessible as "wheelchairAccessible", d.shared_housing as "sharedHousing",
           d.staffed_24h as "staffed24h", d.staff_base as "staffBase", d.school_district_primary as "schoolDistrictPrimary",
           d.district_code as "districtCode", d.monthly_rent as "monthlyRent", d.deposit, sp.from_date::text as "vacantSince"
    from dwelling d
    join dwelling_status_period sp on sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
      and sp.status = 'vacant' and sp.from_date <= ${today} and (sp.to_date is null or sp.to_date > ${today})
    where d.municipality_id = ${municipalityId}
      and not exists (select 1 from offer o where o.municipality_id = d.municipality_id and o.dwelling_id = d.id and o.status = 'pending')
      and not exists (select 1 from lease le where le.municipality_id = d.municipality_id and le.dwelling_id = d.id and le.status <> 'cancelled'
                        and (le.end_date is null or le.end_date >= ${today}) and le.status in ('draft', 'signed', 'terminated'))
    order by d.district_code nulls last, d.street_name, d.house_number, d.unit_number, d.extra_reference`,
  );
}

export interface OccupancyRow {
  scope: 'district' | 'building';
  key: string;
  needCategory: string | null;
  count: number;
}

/**
 * Dwellings let today, per district and per building (matrikkel unit), by the need category of
 * the case the lease rests on (or the household's latest rental case): the base the
 * concentration limits count from.
 */
export function occupancy(tx: Tx, municipalityId: number, today: string): Promise<OccupancyRow[]> {
  return rows<OccupancyRow>(
    tx,
    sql`
    with let_now as (
      select d.district_code, ${BUILDING_KEY} as building,
             coalesce(
               (select c.need_category from decision dc join housing_case c on c.municipality_id = dc.municipality_id and c.id = dc.case_id
                 where dc.municipality_id = le.municipality_id and dc.id = le.decision_id),
               (select c.need_category from housing_case c where c.municipality_id = le.municipality_id and c.household_id = le.household_id
                  and c.case_type = 'rental_dwelling' order by c.received_on desc limit 1)) as need
      from lease le join dwelling d on d.municipality_id = le.municipality_id and d.id = le.dwelling_id
      where le.municipality_id = ${municipalityId} and le.status in ('signed', 'terminated')
        and le.start_date <= ${today} and (le.end_date is null or le.end_date >= ${today})
    )
    select 'district' as scope, coalesce(district_code, '') as key, need as "needCategory", count(*)::int as count from let_now group by district_code, need
    union all
    select 'building' as scope, building as key, need as "needCategory", count(*)::int as count from let_now group by building, need`,
  );
}

/** Dwellings per district and per building (all that are not sold or out of use): the base of a share limit. */
export function stockCounts(tx: Tx, municipalityId: number, today: string): Promise<Array<{ scope: 'district' | 'building'; key: string; count: number }>> {
  return rows(
    tx,
    sql`
    with stock as (
      select d.district_code, ${BUILDING_KEY} as building
      from dwelling d
      where d.municipality_id = ${municipalityId}
        and not exists (select 1 from dwelling_status_period sp where sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id
                          and sp.status in ('sold', 'not_in_use') and sp.from_date <= ${today} and (sp.to_date is null or sp.to_date > ${today}))
    )
    select 'district' as scope, coalesce(district_code, '') as key, count(*)::int as count from stock group by district_code
    union all
    select 'building' as scope, building as key, count(*)::int as count from stock group by building`,
  );
}

export async function activeOverride(tx: Tx, municipalityId: number, caseId: string) {
  const [row] = await tx
    .select()
    .from(priorityOverride)
    .where(and(eq(priorityOverride.municipalityId, municipalityId), eq(priorityOverride.caseId, caseId), sql`${priorityOverride.revokedAt} is null`));
  return row;
}

export async function revokeOverride(tx: Tx, municipalityId: number, id: string, by: string): Promise<void> {
  await tx
    .update(priorityOverride)
    .set({ revokedAt: sql`now()`, revokedBy: by })
    .where(and(eq(priorityOverride.municipalityId, municipalityId), eq(priorityOverride.id, id)));
}

export async function insertOverride(tx: Tx, values: typeof priorityOverride.$inferInsert): Promise<void> {
  await tx.insert(priorityOverride).values(values);
}

export async function insertRound(tx: Tx, values: typeof allocationRound.$inferInsert): Promise<void> {
  await tx.insert(allocationRound).values(values);
}

export async function findRound(tx: Tx, municipalityId: number, id: string) {
  const [row] = await tx.select().from(allocationRound).where(and(eq(allocationRound.municipalityId, municipalityId), eq(allocationRound.id, id)));
  return row;
}

export function listRounds(tx: Tx, municipalityId: number, limit: number) {
  return tx
    .select({
      id: allocationRound.id,
      runOn: allocationRound.runOn,
      objective: allocationRound.objective,
      gap: allocationRound.gap,
      optimal: allocationRound.optimal,
      offersSentAt: allocationRound.offersSentAt,
      createdAt: allocationRound.createdAt,
      result: allocationRound.result,
    })
    .from(allocationRound)
    .where(eq(allocationRound.municipalityId, municipalityId))
    .orderBy(desc(allocationRound.createdAt))
    .limit(limit);
}

export async function setRoundChoices(tx: Tx, municipalityId: number, id: string, choices: Record<string, string | null>, offersSent: boolean): Promise<void> {
  await tx
    .update(allocationRound)
    .set({ choices, ...(offersSent ? { offersSentAt: sql`now()` } : {}) })
    .where(and(eq(allocationRound.municipalityId, municipalityId), eq(allocationRound.id, id)));
}

/** Locks the dwelling row for the rest of the transaction: concurrent offers of one dwelling queue here. */
export async function lockDwelling(tx: Tx, municipalityId: number, dwellingId: string): Promise<boolean> {
  const found = await rows<{ id: string }>(tx, sql`select id from dwelling where municipality_id = ${municipalityId} and id = ${dwellingId} for update`);
  return found.length > 0;
}

export async function insertOffer(tx: Tx, values: typeof offer.$inferInsert): Promise<void> {
  await tx.insert(offer).values(values);
}

export async function findOffer(tx: Tx, municipalityId: number, id: string, lock = false) {
  const query = tx.select().from(offer).where(and(eq(offer.municipalityId, municipalityId), eq(offer.id, id)));
  const [row] = lock ? await query.for('update') : await query;
  return row;
}

export type OfferRow = typeof offer.$inferSelect;

export async function updateOffer(tx: Tx, municipalityId: number, id: string, values: Partial<typeof offer.$inferInsert>): Promise<void> {
  await tx.update(offer).set(values).where(and(eq(offer.municipalityId, municipalityId), eq(offer.id, id)));
}

export interface OfferListRow {
  id: string;
  status: string;
  dwellingId: string;
  address: string;
  districtCode: string | null;
  householdId: string;
  caseId: string;
  caseNumber: string;
  givenName: string;
  familyName: string;
  offeredOn: string;
  answerDeadline: string;
  moveInDate: string;
  monthlyRent: number;
  answeredOn: string | null;
  refusalReason: string | null;
  refusalReasonable: boolean | null;
  refusalConsequence: string | null;
  leaseId: string | null;
  roundId: string | null;
}

export function listOffers(tx: Tx, municipalityId: number, status: string | null, offerId: string | null = null): Promise<OfferListRow[]> {
  return rows<OfferListRow>(
    tx,
    sql`
    select o.id, o.status, o.dwelling_id as "dwellingId",
           trim(d.street_name || ' ' || d.house_number || d.house_letter || case when d.unit_number <> '' then ' ' || d.unit_number else '' end) as address,
           d.district_code as "districtCode", o.household_id as "householdId", o.case_id as "caseId", c.case_number as "caseNumber",
           p.given_name as "givenName", p.family_name as "familyName", o.offered_on::text as "offeredOn", o.answer_deadline::text as "answerDeadline",
           o.move_in_date::text as "moveInDate", o.monthly_rent as "monthlyRent", o.answered_on::text as "answeredOn", o.refusal_reason as "refusalReason",
           o.refusal_reasonable as "refusalReasonable", o.refusal_consequence as "refusalConsequence", o.lease_id as "leaseId", o.round_id as "roundId"
    from offer o
    join dwelling d on d.municipality_id = o.municipality_id and d.id = o.dwelling_id
    join housing_case c on c.municipality_id = o.municipality_id and c.id = o.case_id
    join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
    where o.municipality_id = ${municipalityId}
      ${status === null ? sql`` : sql`and o.status = ${status}`}
      ${offerId === null ? sql`` : sql`and o.id = ${offerId}`}
    order by o.offered_on desc, o.created_at desc
    limit 500`,
  );
}

/** Pending offers past their last day to answer. */
export function overdueOffers(tx: Tx, municipalityId: number, today: string): Promise<Array<{ id: string; dwellingId: string }>> {
  return rows(tx, sql`select id, dwelling_id as "dwellingId" from offer where municipality_id = ${municipalityId} and status = 'pending' and answer_deadline < ${today}`);
}

export async function vacancyDeposit(tx: Tx, municipalityId: number, dwellingId: string): Promise<number | null> {
  const found = await rows<{ deposit: number | null }>(tx, sql`select deposit from dwelling where municipality_id = ${municipalityId} and id = ${dwellingId}`);
  return found[0]?.deposit ?? null;
}

/** Refusals on this approval judged unreasonable so far. */
export async function unreasonableRefusals(tx: Tx, municipalityId: number, decisionId: string): Promise<number> {
  const found = await rows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from offer where municipality_id = ${municipalityId} and decision_id = ${decisionId} and status = 'refused' and refusal_reasonable = false`,
  );
  return found[0]?.n ?? 0;
}

export interface WaitFactRow {
  decidedOn: string;
  validUntil: string | null;
  housedOn: string | null;
  gender: string | null;
  birthDate: string | null;
  refugee: boolean;
  needCategory: string | null;
  members: Array<{ relation: string; birthDate: string | null }>;
}

/** Every approval of a rental dwelling decided since `since`, with when (if) the household got a dwelling. No names or ids leave this query. */
export function waitFacts(tx: Tx, municipalityId: number, since: string, today: string): Promise<WaitFactRow[]> {
  return rows<WaitFactRow>(
    tx,
    sql`
    select d.decided_on::text as "decidedOn", d.valid_until::text as "validUntil",
           least((select min(o.answered_on) from offer o where o.municipality_id = d.municipality_id and o.decision_id = d.id and o.status = 'accepted'),
                 (select min(le.start_date) from lease le where le.municipality_id = d.municipality_id and le.decision_id = d.id and le.status <> 'cancelled'))::text as "housedOn",
           p.gender, p.birth_date::text as "birthDate", p.refugee_settled_on is not null as refugee, c.need_category as "needCategory",
           coalesce((select json_agg(json_build_object('relation', hm.relation, 'birthDate', mp.birth_date))
                     from household_member hm join person mp on mp.municipality_id = hm.municipality_id and mp.id = hm.person_id
                     where hm.municipality_id = c.municipality_id and hm.household_id = c.household_id
                       and (hm.left_on is null or hm.left_on > ${today})), '[]'::json) as members
    from decision d
    join housing_case c on c.municipality_id = d.municipality_id and c.id = d.case_id
    join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
    where d.municipality_id = ${municipalityId} and d.status = 'sent' and d.outcome in ('approved', 'partly_approved')
      and c.case_type = 'rental_dwelling' and coalesce(c.rental_kind, 'new') in ('new', 'change')
      and d.decided_on >= ${since} and d.decided_on <= ${today}`,
  );
}

/** The buildings (domain buildingKey format) the persons live in today, by a running lease of their household. */
export async function buildingsOfPersons(tx: Tx, municipalityId: number, personIds: readonly string[], today: string): Promise<Map<string, string[]>> {
  if (personIds.length === 0) return new Map();
  const found = await rows<{ personId: string; building: string }>(
    tx,
    sql`select distinct hm.person_id as "personId", ${BUILDING_KEY} as building
        from household_member hm
        join lease le on le.municipality_id = hm.municipality_id and le.household_id = hm.household_id
        join dwelling d on d.municipality_id = le.municipality_id and d.id = le.dwelling_id
        where hm.municipality_id = ${municipalityId} and hm.person_id in (${sql.join(personIds.map((id) => sql`${id}::uuid`), sql`, `)})
          and (hm.left_on is null or hm.left_on > ${today})
          and le.status in ('signed', 'terminated') and le.start_date <= ${today} and (le.end_date is null or le.end_date >= ${today})`,
  );
  const map = new Map<string, string[]>();
  for (const r of found) map.set(r.personId, [...(map.get(r.personId) ?? []), r.building]);
  return map;
}

/** Case number and name for the round page (the round stores case ids only). */
export function caseNames(tx: Tx, municipalityId: number, caseIds: readonly string[]): Promise<Array<Pick<WaitingRow, 'caseId' | 'caseNumber' | 'givenName' | 'familyName'>>> {
  if (caseIds.length === 0) return Promise.resolve([]);
  return rows(
    tx,
    sql`select c.id as "caseId", c.case_number as "caseNumber", p.given_name as "givenName", p.family_name as "familyName"
        from housing_case c join person p on p.municipality_id = c.municipality_id and p.id = c.person_id
        where c.municipality_id = ${municipalityId} and c.id in (${sql.join(caseIds.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
}

/** Address, size and rent for the round page. */
export function dwellingSummaries(tx: Tx, municipalityId: number, ids: readonly string[]): Promise<Array<Pick<VacancyRow, 'dwellingId' | 'address' | 'bedrooms' | 'monthlyRent' | 'vacantSince'>>> {
  if (ids.length === 0) return Promise.resolve([]);
  return rows(
    tx,
    sql`select d.id as "dwellingId",
               ${DWELLING_ADDRESS} as address,
               d.bedrooms, d.monthly_rent as "monthlyRent",
               (select max(sp.from_date)::text from dwelling_status_period sp where sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id and sp.status = 'vacant') as "vacantSince"
        from dwelling d where d.municipality_id = ${municipalityId} and d.id in (${sql.join(ids.map((id) => sql`${id}::uuid`), sql`, `)})`,
  );
}
