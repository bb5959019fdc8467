import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { currentMunicipality } from '../../../db/schema/roles.js';
import type { IsoDate } from '../../../domain/deadlines/calendar.js';
import type {
  AppealFacts,
  ApplicationFacts,
  DistrictFacts,
  DwellingFacts,
  EvictionFacts,
  HousingEventFacts,
  HousingFirstFacts,
  IndicatorHistory,
  LeaseFacts,
  RentToOwnFacts,
  TemporaryStayFacts,
  WaitingEntryFacts,
} from '../../../domain/indicators/history.js';
import { rows, type Tx } from '../../platform/db.js';

/**
 * Reads an {@link IndicatorHistory} for the tenant of the transaction (RLS and
 * `husly.municipality_id`), as of a day. One set-based query per list: joins and aggregates
 * in SQL, only the columns the indicators need, dates as ISO strings.
 *
 * Nothing after `asOf` is known: a fact that begins after it is left out, and a later date of a
 * fact that began by then (an end, an outcome, a decision) is read as not yet happened (null).
 * Choices where the tables allow more than one reading are tagged [I].
 */

const M = currentMunicipality;

/** A date column as 'YYYY-MM-DD', or null when it is null or after `asOf`. */
const known = (column: SQL, asOf: IsoDate): SQL => sql`case when ${column} <= ${asOf}::date then to_char(${column}, 'YYYY-MM-DD') end`;
const iso = (column: SQL): SQL => sql`to_char(${column}, 'YYYY-MM-DD')`;

/** Lease statuses of a signed tenancy (draft and cancelled leases never ran). */
const SIGNED = sql.raw(`('signed', 'terminated', 'ended')`);

/**
 * The municipal dwelling each case's household lived in on the day the case was received: a
 * signed lease with start ≤ received_on ≤ its last day (ended_on; open while it runs). One row
 * per case that had one (the latest-started lease when two overlap); its dwelling's district.
 */
const CASE_LIVED = sql`
  case_lived as (
    select distinct on (c.id) c.id as case_id, dw.district_code
    from housing_case c
    join lease le on le.municipality_id = c.municipality_id and le.household_id = c.household_id
      and le.status in ${SIGNED} and le.start_date <= c.received_on and (le.ended_on is null or le.ended_on >= c.received_on)
    join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    where c.municipality_id = ${M}
    order by c.id, le.start_date desc, le.id
  )`;

/**
 * Each household's latest first settlement as a refugee known by `asOf`: refugee_settlement
 * rows and person.refugee_settled_on of the head and of every member row [I: members who have
 * since left count too — the household was settled with them].
 */
const householdRefugee = (asOf: IsoDate): SQL => sql`
  household_refugee as (
    select household_id, max(settled_on) as settled_on from (
      select rs.household_id, rs.settled_on from refugee_settlement rs
        where rs.municipality_id = ${M} and rs.settled_on <= ${asOf}::date
      union all
      select hm.household_id, p.refugee_settled_on from household_member hm
        join person p on p.municipality_id = hm.municipality_id and p.id = hm.person_id
        where hm.municipality_id = ${M} and p.refugee_settled_on <= ${asOf}::date
      union all
      select h.id, p.refugee_settled_on from household h
        join person p on p.municipality_id = h.municipality_id and p.id = h.head_person_id
        where h.municipality_id = ${M} and p.refugee_settled_on <= ${asOf}::date
    ) s group by household_id
  )`;

/** Sent decisions known by `asOf`. */
const sentDecisions = (asOf: IsoDate): SQL => sql`
  sent as (
    select d.id, d.case_id, d.outcome, d.decided_on, d.valid_until, d.content, d.created_at
    from decision d
    where d.municipality_id = ${M} and d.status = 'sent' and d.decided_on <= ${asOf}::date
  )`;

function loadDistricts(tx: Tx): Promise<DistrictFacts[]> {
  // [I] Display order: by code (as the other district lists).
  return rows<DistrictFacts>(tx, sql`select code, inhabitants from district where municipality_id = ${M} order by code`);
}

async function loadInhabitants(tx: Tx): Promise<number> {
  const [row] = await rows<{ inhabitants: number }>(tx, sql`select inhabitants from municipality where id = ${M}`);
  return row?.inhabitants ?? 0;
}

function loadApplications(tx: Tx, asOf: IsoDate): Promise<ApplicationFacts[]> {
  return rows<ApplicationFacts>(
    tx,
    sql`
    with ${CASE_LIVED}, ${sentDecisions(asOf)},
    first_decision as (
      select distinct on (case_id) case_id, decided_on, outcome from sent order by case_id, decided_on, created_at, id
    )
    select c.id, c.household_id as "householdId", c.case_type as "caseType",
           case when c.case_type = 'rental_dwelling' then c.rental_kind end as "rentalKind",
           (cl.case_id is not null) as "livedInMunicipalDwelling",
           ${iso(sql`c.received_on`)} as "receivedOn",
           ${known(sql`c.preliminary_reply_sent_on`, asOf)} as "preliminaryReplySentOn",
           ${iso(sql`fd.decided_on`)} as "decidedOn", fd.outcome,
           ${known(sql`c.forwarded_on`, asOf)} as "forwardedOn",
           case when c.status = 'closed' and fd.case_id is null then ${known(sql`c.closed_on`, asOf)} end as "closedWithoutDecisionOn",
           c.need_category as "needCategory", cl.district_code as "districtCode"
    from housing_case c
    left join first_decision fd on fd.case_id = c.id
    left join case_lived cl on cl.case_id = c.id
    where c.municipality_id = ${M} and c.received_on <= ${asOf}::date
    order by c.id`,
  );
}

function loadAppeals(tx: Tx, asOf: IsoDate): Promise<AppealFacts[]> {
  // [I] A first-instance reversal is dated reviewed_on, the appeal body's outcome body_decided_on;
  // a withdrawal has no date column of its own, so reviewed_on (null when not recorded).
  // [I] The appeal's district is its case's: the dwelling the household lived in when it applied.
  return rows<AppealFacts>(
    tx,
    sql`
    with ${CASE_LIVED},
    judged as (
      select a.id, a.case_id, a.received_on,
        case
          when a.status = 'reversed' and a.reviewed_on <= ${asOf}::date then 'reversed_by_first_instance'
          when a.body_outcome is not null and a.body_decided_on <= ${asOf}::date then a.body_outcome
          when a.status = 'withdrawn' and (a.reviewed_on is null or a.reviewed_on <= ${asOf}::date) then 'withdrawn'
          else 'pending'
        end as outcome,
        case
          when a.status = 'reversed' and a.reviewed_on <= ${asOf}::date then a.reviewed_on
          when a.body_outcome is not null and a.body_decided_on <= ${asOf}::date then a.body_decided_on
          when a.status = 'withdrawn' and a.reviewed_on <= ${asOf}::date then a.reviewed_on
        end as outcome_on
      from appeal a
      where a.municipality_id = ${M} and a.received_on <= ${asOf}::date
    )
    select j.id, j.case_id as "caseId", c.case_type as "caseType", ${iso(sql`j.received_on`)} as "receivedOn",
           j.outcome, ${iso(sql`j.outcome_on`)} as "outcomeOn", cl.district_code as "districtCode"
    from judged j
    join housing_case c on c.municipality_id = ${M} and c.id = j.case_id
    left join case_lived cl on cl.case_id = c.id
    order by j.id`,
  );
}

function loadWaiting(tx: Tx, asOf: IsoDate): Promise<WaitingEntryFacts[]> {
  // One record per approval of a rental-dwelling case (new or change; a null rental kind is read
  // as new, as the waiting list does). Housed: the earliest signed lease resting on the approval.
  // Left the list [I]: the first of an offer refused with the consequence `leaves_list`, the case
  // closed, or a later sent decision in the case (the approval is replaced; a new approval is its own record).
  return rows<WaitingEntryFacts>(
    tx,
    sql`
    with ${CASE_LIVED}, ${householdRefugee(asOf)}, ${sentDecisions(asOf)},
    ordered as (
      select s.*, lead(s.decided_on) over (partition by s.case_id order by s.decided_on, s.created_at, s.id) as replaced_on from sent s
    ),
    approval as (select * from ordered where outcome in ('approved', 'partly_approved')),
    housed as (
      select le.decision_id, min(le.start_date) as start_date from lease le
      where le.municipality_id = ${M} and le.decision_id is not null and le.status in ${SIGNED} and le.start_date <= ${asOf}::date
      group by le.decision_id
    ),
    left_by_offer as (
      select o.decision_id, min(o.answered_on) as answered_on from offer o
      where o.municipality_id = ${M} and o.status = 'refused' and o.refusal_consequence::json->>'kind' = 'leaves_list' and o.answered_on <= ${asOf}::date
      group by o.decision_id
    )
    select c.id, c.household_id as "householdId", c.rental_kind as "rentalKind", (cl.case_id is not null) as "livedInMunicipalDwelling",
           ${iso(sql`a.decided_on`)} as "approvedOn", ${iso(sql`a.valid_until`)} as "validUntil",
           ${iso(sql`h.start_date`)} as "housedOn",
           ${iso(sql`least(lo.answered_on, case when c.status = 'closed' and c.closed_on <= ${asOf}::date then c.closed_on end, a.replaced_on)`)} as "leftOn",
           coalesce(case when a.content->'dwelling'->>'bedrooms' ~ '^[0-9]+$' then (a.content->'dwelling'->>'bedrooms')::int end, 1) as "bedroomsNeeded",
           c.need_category as "needCategory", ${iso(sql`hr.settled_on`)} as "refugeeSettledOn", cl.district_code as "districtCode"
    from approval a
    join housing_case c on c.municipality_id = ${M} and c.id = a.case_id
    left join housed h on h.decision_id = a.id
    left join left_by_offer lo on lo.decision_id = a.id
    left join case_lived cl on cl.case_id = c.id
    left join household_refugee hr on hr.household_id = c.household_id
    where c.case_type = 'rental_dwelling' and coalesce(c.rental_kind, 'new') in ('new', 'change')
    order by c.id, a.decided_on, a.id`,
  );
}

function loadHoused(tx: Tx, asOf: IsoDate): Promise<HousingEventFacts[]> {
  // Every signed lease that began by asOf is a move-in. Its allocation case [I]: the case of the
  // decision the lease rests on, else the household's latest rental-dwelling case received by the
  // lease's start. Without a case: no rental kind or need category, and «lived in a municipal
  // dwelling» is read on the day before the move-in (another signed lease of the household running then).
  return rows<HousingEventFacts>(
    tx,
    sql`
    with ${CASE_LIVED}, ${householdRefugee(asOf)},
    moved as (
      select le.id, le.household_id, le.dwelling_id, le.start_date,
        coalesce(
          (select d.case_id from decision d where d.municipality_id = le.municipality_id and d.id = le.decision_id),
          (select c.id from housing_case c where c.municipality_id = le.municipality_id and c.household_id = le.household_id
             and c.case_type = 'rental_dwelling' and c.received_on <= le.start_date order by c.received_on desc, c.id desc limit 1)) as case_id
      from lease le
      where le.municipality_id = ${M} and le.status in ${SIGNED} and le.start_date <= ${asOf}::date
    )
    select m.id, m.household_id as "householdId", m.dwelling_id as "dwellingId", ${iso(sql`m.start_date`)} as "housedOn",
           c.rental_kind as "rentalKind",
           case when c.id is not null then cl.case_id is not null
                else exists (select 1 from lease o where o.municipality_id = ${M} and o.household_id = m.household_id and o.id <> m.id
                               and o.status in ${SIGNED} and o.start_date < m.start_date and (o.ended_on is null or o.ended_on >= m.start_date - 1))
           end as "livedInMunicipalDwelling",
           c.need_category as "needCategory", ${iso(sql`hr.settled_on`)} as "refugeeSettledOn", dw.district_code as "districtCode"
    from moved m
    join dwelling dw on dw.municipality_id = ${M} and dw.id = m.dwelling_id
    left join housing_case c on c.municipality_id = ${M} and c.id = m.case_id
    left join case_lived cl on cl.case_id = m.case_id
    left join household_refugee hr on hr.household_id = m.household_id
    order by m.id`,
  );
}

function loadLeases(tx: Tx, asOf: IsoDate): Promise<LeaseFacts[]> {
  return rows<LeaseFacts>(
    tx,
    sql`
    select le.id, le.dwelling_id as "dwellingId", le.household_id as "householdId", ${iso(sql`le.start_date`)} as "startDate",
           ${known(sql`le.ended_on`, asOf)} as "endedOn", dw.district_code as "districtCode"
    from lease le join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    where le.municipality_id = ${M} and le.status in ${SIGNED} and le.start_date <= ${asOf}::date
    order by le.id`,
  );
}

async function loadDwellings(tx: Tx, asOf: IsoDate): Promise<DwellingFacts[]> {
  // A period that begins after asOf is not known; one that ends after it is still open. A
  // dwelling with no period by asOf was not in the register yet and is left out.
  const found = await rows<Omit<DwellingFacts, 'statusPeriods'> & { statusPeriods: Array<{ status: string; fromDate: string; toDate: string | null }> }>(
    tx,
    sql`
    select d.id, d.disposal_form as "disposalForm", d.wheelchair_accessible as "wheelchairAccessible", d.bedrooms,
           d.monthly_rent as "monthlyRent", d.district_code as "districtCode",
           json_agg(json_build_object('status', sp.status, 'fromDate', ${iso(sql`sp.from_date`)}, 'toDate', ${known(sql`sp.to_date`, asOf)})
                    order by sp.from_date, sp.id) as "statusPeriods"
    from dwelling d
    join dwelling_status_period sp on sp.municipality_id = d.municipality_id and sp.dwelling_id = d.id and sp.from_date <= ${asOf}::date
    where d.municipality_id = ${M}
    group by d.municipality_id, d.id
    order by d.id`,
  );
  return found as DwellingFacts[];
}

function loadEvictions(tx: Tx, asOf: IsoDate): Promise<EvictionFacts[]> {
  return rows<EvictionFacts>(
    tx,
    sql`
    select es.lease_id as "leaseId", case es.step when 'eviction_request' then 'requested' else 'carried_out' end as step,
           ${iso(sql`es.step_on`)} as "stepOn", dw.district_code as "districtCode"
    from eviction_step es
    join lease le on le.municipality_id = es.municipality_id and le.id = es.lease_id
    join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    where es.municipality_id = ${M} and es.step in ('eviction_request', 'eviction_carried_out') and es.step_on <= ${asOf}::date
    order by es.lease_id, es.step_on, es.id`,
  );
}

function loadTemporaryStays(tx: Tx, asOf: IsoDate): Promise<TemporaryStayFacts[]> {
  // District: the municipal dwelling the household had a signed lease of on the stay's first day.
  return rows<TemporaryStayFacts>(
    tx,
    sql`
    with stay_lived as (
      select distinct on (s.id) s.id as stay_id, dw.district_code
      from temp_stay s
      join lease le on le.municipality_id = s.municipality_id and le.household_id = s.household_id
        and le.status in ${SIGNED} and le.start_date <= s.start_date and (le.ended_on is null or le.ended_on >= s.start_date)
      join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
      where s.municipality_id = ${M}
      order by s.id, le.start_date desc, le.id
    )
    select s.id, s.household_id as "householdId", ${iso(sql`s.start_date`)} as "startDate", ${known(sql`s.end_date`, asOf)} as "endDate",
           s.children_present as "childrenPresent", s.night_shelter as "nightShelter", sl.district_code as "districtCode"
    from temp_stay s left join stay_lived sl on sl.stay_id = s.id
    where s.municipality_id = ${M} and s.start_date <= ${asOf}::date
    order by s.id`,
  );
}

function loadHousingFirst(tx: Tx, asOf: IsoDate): Promise<HousingFirstFacts[]> {
  // [I] District: the dwelling of the participant's lease once housed; null before.
  return rows<HousingFirstFacts>(
    tx,
    sql`
    select p.id, ${iso(sql`p.enrolled_on`)} as "enrolledOn", ${known(sql`p.housed_on`, asOf)} as "housedOn",
           ${known(sql`p.exited_on`, asOf)} as "exitedOn", case when p.exited_on <= ${asOf}::date then p.exit_reason end as "exitReason",
           case when p.housed_on <= ${asOf}::date then dw.district_code end as "districtCode"
    from housing_first_participant p
    left join lease le on le.municipality_id = p.municipality_id and le.id = p.lease_id
    left join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    where p.municipality_id = ${M} and p.enrolled_on <= ${asOf}::date
    order by p.id`,
  );
}

function loadRentToOwn(tx: Tx, asOf: IsoDate): Promise<RentToOwnFacts[]> {
  return rows<RentToOwnFacts>(
    tx,
    sql`
    select r.id, r.household_id as "householdId", r.lease_id as "leaseId",
           case when r.outcome_on <= ${asOf}::date then r.status else 'active' end as status,
           ${known(sql`r.outcome_on`, asOf)} as "outcomeOn", dw.district_code as "districtCode"
    from rent_to_own_plan r join dwelling dw on dw.municipality_id = r.municipality_id and dw.id = r.dwelling_id
    where r.municipality_id = ${M} and r.started_on <= ${asOf}::date
    order by r.id`,
  );
}

/**
 * The municipality's indicator history as of `asOf`, read in the tenant transaction `tx`.
 * Queries run one after another (one connection per transaction).
 */
export async function loadIndicatorHistory(tx: Tx, asOf: IsoDate): Promise<IndicatorHistory> {
  const inhabitants = await loadInhabitants(tx);
  const districts = await loadDistricts(tx);
  const applications = await loadApplications(tx, asOf);
  const appeals = await loadAppeals(tx, asOf);
  const waiting = await loadWaiting(tx, asOf);
  const housed = await loadHoused(tx, asOf);
  const leases = await loadLeases(tx, asOf);
  const dwellings = await loadDwellings(tx, asOf);
  const evictions = await loadEvictions(tx, asOf);
  const temporaryStays = await loadTemporaryStays(tx, asOf);
  const housingFirst = await loadHousingFirst(tx, asOf);
  const rentToOwn = await loadRentToOwn(tx, asOf);
  return { asOf, inhabitants, districts, applications, appeals, waiting, housed, leases, dwellings, evictions, temporaryStays, housingFirst, rentToOwn };
}

/** JSON with object keys sorted at every level, so equal histories give equal text. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') return JSON.stringify(value) ?? 'null';
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const entries = Object.entries(value as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
  return `{${entries.map(([k, v]) => `${JSON.stringify(k)}:${canonicalJson(v)}`).join(',')}}`;
}

/** The history's data version: `${asOf}:${sha256 hex of its canonical JSON}` (stored with a council report). */
export function historyVersion(history: IndicatorHistory): string {
  return `${history.asOf}:${createHash('sha256').update(canonicalJson(history)).digest('hex')}`;
}
