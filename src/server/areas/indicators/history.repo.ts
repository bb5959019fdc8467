import { createHash } from 'node:crypto';
import { sql, type SQL } from 'drizzle-orm';
import { currentMunicipality } from '../../../db/schema/roles.js';
import type { NeedCategory, RentalKind } from '../../../domain/cases/case-types.js';
import { addDays, type IsoDate } from '../../../domain/deadlines/calendar.js';
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
 * `husly.municipality_id`), as of a day. One set-based query per kind of fact, with only the
 * columns the indicators need; what follows from facts already read is joined in memory
 * instead of being read again: the municipal dwelling a household lived in on a day (from the
 * signed leases), the move-ins (the leases with their allocation cases) and each household's
 * refugee settlement. Dates are ISO strings, as the database gives them (DateStyle ISO).
 *
 * Nothing after `asOf` is known: a fact that begins after it is left out, and a later date of a
 * fact that began by then (an end, an outcome, a decision) is read as not yet happened (null).
 * Choices where the tables allow more than one reading are tagged [I].
 */

const M = currentMunicipality;

/** A date column, or null when it is null or after `asOf`. */
const known = (column: SQL, asOf: IsoDate): SQL => sql`case when ${column} <= ${asOf}::date then ${column} end`;

/** Lease statuses of a signed tenancy (draft and cancelled leases never ran). */
const SIGNED = sql.raw(`('signed', 'terminated', 'ended')`);

type Writable<T> = { -readonly [K in keyof T]: T[K] };

/** A signed lease that began by `asOf`, with the case of the decision it rests on (null when it rests on none). */
interface SignedLease extends LeaseFacts {
  readonly decisionCaseId: string | null;
}

/** The signed leases of each household. */
type LeasesOfHousehold = ReadonlyMap<string, readonly SignedLease[]>;

/** The municipal dwelling a household lived in on a day, and its district; lived false and district null when none. */
interface LivedIn {
  readonly livedInMunicipalDwelling: boolean;
  readonly districtCode: string | null;
}

/** A case read on its own, when the applications do not hold what is needed of it. */
interface CaseRead extends LivedIn {
  readonly id: string;
  readonly rentalKind: RentalKind | null;
  readonly needCategory: NeedCategory | null;
}

function loadDistricts(tx: Tx): Promise<DistrictFacts[]> {
  // [I] Display order: by code (as the other district lists).
  return rows<DistrictFacts>(tx, sql`select code, inhabitants from district where municipality_id = ${M} order by code`);
}

async function loadInhabitants(tx: Tx): Promise<number> {
  const [row] = await rows<{ inhabitants: number }>(tx, sql`select inhabitants from municipality where id = ${M}`);
  return row?.inhabitants ?? 0;
}

function loadSignedLeases(tx: Tx, asOf: IsoDate): Promise<SignedLease[]> {
  return rows<SignedLease>(
    tx,
    sql`
    select le.id, le.dwelling_id as "dwellingId", le.household_id as "householdId", le.start_date as "startDate",
           ${known(sql`le.ended_on`, asOf)} as "endedOn", dw.district_code as "districtCode", d.case_id as "decisionCaseId"
    from lease le
    join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    left join decision d on d.municipality_id = le.municipality_id and d.id = le.decision_id
    where le.municipality_id = ${M} and le.status in ${SIGNED} and le.start_date <= ${asOf}::date
    order by le.id`,
  );
}

function leasesOfHousehold(leases: readonly SignedLease[]): LeasesOfHousehold {
  const found = new Map<string, SignedLease[]>();
  for (const lease of leases) {
    const list = found.get(lease.householdId);
    if (list) list.push(lease);
    else found.set(lease.householdId, [lease]);
  }
  return found;
}

/**
 * The municipal dwelling the household lived in on `day`: a signed lease with start ≤ day ≤ its
 * last day (ended_on; open while it runs), the latest-started when two overlap (then the lowest
 * id); its dwelling's district. For a day up to asOf: every lease that began by then is read,
 * and an end after asOf, read as open, is after the day too.
 */
function livedInOn(leases: LeasesOfHousehold, householdId: string, day: IsoDate): LivedIn {
  let found: SignedLease | undefined;
  for (const lease of leases.get(householdId) ?? []) {
    if (lease.startDate > day || (lease.endedOn !== null && lease.endedOn < day)) continue;
    if (!found || lease.startDate > found.startDate || (lease.startDate === found.startDate && lease.id < found.id)) found = lease;
  }
  return found ? { livedInMunicipalDwelling: true, districtCode: found.districtCode } : { livedInMunicipalDwelling: false, districtCode: null };
}

/**
 * Each household's latest first settlement as a refugee known by `asOf`: refugee_settlement
 * rows and person.refugee_settled_on of the head and of every member row [I: members who have
 * since left count too — the household was settled with them].
 */
async function loadRefugeeSettlements(tx: Tx, asOf: IsoDate): Promise<Map<string, IsoDate>> {
  const found = await rows<{ householdId: string; settledOn: IsoDate }>(
    tx,
    sql`
    with settled_person as materialized (
      select p.id, p.refugee_settled_on from person p where p.municipality_id = ${M} and p.refugee_settled_on <= ${asOf}::date
    )
    select household_id as "householdId", max(settled_on) as "settledOn" from (
      select rs.household_id, rs.settled_on from refugee_settlement rs
        where rs.municipality_id = ${M} and rs.settled_on <= ${asOf}::date
      union all
      select hm.household_id, sp.refugee_settled_on from settled_person sp
        join household_member hm on hm.municipality_id = ${M} and hm.person_id = sp.id
      union all
      select h.id, sp.refugee_settled_on from settled_person sp
        join household h on h.municipality_id = ${M} and h.head_person_id = sp.id
    ) s group by household_id`,
  );
  return new Map(found.map((r) => [r.householdId, r.settledOn]));
}

function loadApplications(tx: Tx, asOf: IsoDate): Promise<Array<Writable<ApplicationFacts>>> {
  // livedInMunicipalDwelling and districtCode are set from the leases (livedInOn the received day).
  return rows<Writable<ApplicationFacts>>(
    tx,
    sql`
    with first_decision as (
      select distinct on (d.case_id) d.case_id, d.decided_on, d.outcome
      from decision d
      where d.municipality_id = ${M} and d.status = 'sent' and d.decided_on <= ${asOf}::date
      order by d.case_id, d.decided_on, d.created_at, d.id
    )
    select c.id, c.household_id as "householdId", c.case_type as "caseType",
           case when c.case_type = 'rental_dwelling' then c.rental_kind end as "rentalKind",
           false as "livedInMunicipalDwelling", c.received_on as "receivedOn",
           ${known(sql`c.preliminary_reply_sent_on`, asOf)} as "preliminaryReplySentOn",
           fd.decided_on as "decidedOn", fd.outcome,
           ${known(sql`c.forwarded_on`, asOf)} as "forwardedOn",
           case when c.status = 'closed' and fd.case_id is null then ${known(sql`c.closed_on`, asOf)} end as "closedWithoutDecisionOn",
           c.need_category as "needCategory", null::text as "districtCode"
    from housing_case c
    left join first_decision fd on fd.case_id = c.id
    where c.municipality_id = ${M} and c.received_on <= ${asOf}::date
    order by c.id`,
  );
}

/**
 * Cases by id, each with the municipal dwelling its household lived in on the received day (as
 * {@link livedInOn}, read from the leases table): for cases the applications do not hold (received
 * after asOf, yet named by a fact known by then) and for the raw rental kind of a case of another type.
 */
function loadCases(tx: Tx, ids: readonly string[]): Promise<CaseRead[]> {
  return rows<CaseRead>(
    tx,
    sql`
    select c.id, c.rental_kind as "rentalKind", c.need_category as "needCategory",
           coalesce(cl.lived, false) as "livedInMunicipalDwelling", cl.district_code as "districtCode"
    from housing_case c
    left join lateral (
      select true as lived, dw.district_code
      from lease le join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
      where le.municipality_id = c.municipality_id and le.household_id = c.household_id and le.status in ${SIGNED}
        and le.start_date <= c.received_on and (le.ended_on is null or le.ended_on >= c.received_on)
      order by le.start_date desc, le.id
      limit 1
    ) cl on true
    where c.municipality_id = ${M} and c.id in (select value::uuid from json_array_elements_text(${JSON.stringify(ids)}::json))`,
  );
}

function loadAppeals(tx: Tx, asOf: IsoDate): Promise<Array<Writable<AppealFacts>>> {
  // [I] A first-instance reversal is dated reviewed_on, the appeal body's outcome body_decided_on;
  // a withdrawal has no date column of its own, so reviewed_on (null when not recorded).
  // [I] The appeal's district is its case's: the dwelling the household lived in when it applied (set from the case).
  return rows<Writable<AppealFacts>>(
    tx,
    sql`
    with judged as (
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
    select j.id, j.case_id as "caseId", c.case_type as "caseType", j.received_on as "receivedOn",
           j.outcome, j.outcome_on as "outcomeOn", null::text as "districtCode"
    from judged j
    join housing_case c on c.municipality_id = ${M} and c.id = j.case_id
    order by j.id`,
  );
}

function loadWaiting(tx: Tx, asOf: IsoDate): Promise<Array<Writable<WaitingEntryFacts>>> {
  // One record per approval of a rental-dwelling case (new or change; a null rental kind is read
  // as new, as the waiting list does). Housed: the earliest signed lease resting on the approval.
  // Left the list [I]: the first of an offer refused with the consequence `leaves_list`, the case
  // closed, or a later sent decision in the case (the approval is replaced; a new approval is its own record).
  // livedInMunicipalDwelling and districtCode are set from the case, refugeeSettledOn from the household.
  return rows<Writable<WaitingEntryFacts>>(
    tx,
    sql`
    with sent as (
      select d.id, d.case_id, d.outcome, d.decided_on, d.valid_until, d.content, d.created_at
      from decision d
      where d.municipality_id = ${M} and d.status = 'sent' and d.decided_on <= ${asOf}::date
    ),
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
    select c.id, c.household_id as "householdId", c.rental_kind as "rentalKind", false as "livedInMunicipalDwelling",
           a.decided_on as "approvedOn", a.valid_until as "validUntil", h.start_date as "housedOn",
           least(lo.answered_on, case when c.status = 'closed' and c.closed_on <= ${asOf}::date then c.closed_on end, a.replaced_on) as "leftOn",
           coalesce(case when a.content->'dwelling'->>'bedrooms' ~ '^[0-9]+$' then (a.content->'dwelling'->>'bedrooms')::int end, 1) as "bedroomsNeeded",
           c.need_category as "needCategory", null::date as "refugeeSettledOn", null::text as "districtCode"
    from approval a
    join housing_case c on c.municipality_id = ${M} and c.id = a.case_id
    left join housed h on h.decision_id = a.id
    left join left_by_offer lo on lo.decision_id = a.id
    where c.case_type = 'rental_dwelling' and coalesce(c.rental_kind, 'new') in ('new', 'change')
    order by c.id, a.decided_on, a.id`,
  );
}

/**
 * Every signed lease that began by asOf is a move-in. Its allocation case [I]: the case of the
 * decision the lease rests on, else the household's latest rental-dwelling case received by the
 * lease's start (by received day, then the highest id). Without a case: no rental kind or need
 * category, and «lived in a municipal dwelling» is read on the day before the move-in (another
 * signed lease of the household running then).
 */
function moveIns(
  leases: readonly SignedLease[],
  ofHousehold: LeasesOfHousehold,
  caseOf: (lease: SignedLease) => CaseRead | undefined,
  refugee: ReadonlyMap<string, IsoDate>,
): HousingEventFacts[] {
  return leases.map((lease) => {
    const allocation = caseOf(lease);
    let lived: boolean;
    if (allocation) lived = allocation.livedInMunicipalDwelling;
    else {
      const dayBefore = addDays(lease.startDate, -1);
      lived = (ofHousehold.get(lease.householdId) ?? []).some(
        (o) => o.id !== lease.id && o.startDate < lease.startDate && (o.endedOn === null || o.endedOn >= dayBefore),
      );
    }
    return {
      id: lease.id,
      householdId: lease.householdId,
      dwellingId: lease.dwellingId,
      housedOn: lease.startDate,
      rentalKind: allocation?.rentalKind ?? null,
      livedInMunicipalDwelling: lived,
      needCategory: allocation?.needCategory ?? null,
      refugeeSettledOn: refugee.get(lease.householdId) ?? null,
      districtCode: lease.districtCode,
    };
  });
}

async function loadDwellings(tx: Tx, asOf: IsoDate): Promise<DwellingFacts[]> {
  // A period that begins after asOf is not known; one that ends after it is still open. A
  // dwelling with no period by asOf was not in the register yet and is left out.
  const found = await rows<Omit<DwellingFacts, 'statusPeriods'> & { statusPeriods: Array<{ status: string; fromDate: string; toDate: string | null }> }>(
    tx,
    sql`
    select d.id, d.disposal_form as "disposalForm", d.wheelchair_accessible as "wheelchairAccessible", d.bedrooms,
           d.monthly_rent as "monthlyRent", d.district_code as "districtCode",
           json_agg(json_build_object('status', sp.status, 'fromDate', sp.from_date, 'toDate', ${known(sql`sp.to_date`, asOf)})
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
           es.step_on as "stepOn", dw.district_code as "districtCode"
    from eviction_step es
    join lease le on le.municipality_id = es.municipality_id and le.id = es.lease_id
    join dwelling dw on dw.municipality_id = le.municipality_id and dw.id = le.dwelling_id
    where es.municipality_id = ${M} and es.step in ('eviction_request', 'eviction_carried_out') and es.step_on <= ${asOf}::date
    order by es.lease_id, es.step_on, es.id`,
  );
}

function loadTemporaryStays(tx: Tx, asOf: IsoDate): Promise<Array<Writable<TemporaryStayFacts>>> {
  // District: the municipal dwelling the household had a signed lease of on the stay's first day (set from the leases).
  return rows<Writable<TemporaryStayFacts>>(
    tx,
    sql`
    select s.id, s.household_id as "householdId", s.start_date as "startDate", ${known(sql`s.end_date`, asOf)} as "endDate",
           s.children_present as "childrenPresent", s.night_shelter as "nightShelter", null::text as "districtCode"
    from temp_stay s
    where s.municipality_id = ${M} and s.start_date <= ${asOf}::date
    order by s.id`,
  );
}

function loadHousingFirst(tx: Tx, asOf: IsoDate): Promise<HousingFirstFacts[]> {
  // [I] District: the dwelling of the participant's lease once housed; null before.
  return rows<HousingFirstFacts>(
    tx,
    sql`
    select p.id, p.enrolled_on as "enrolledOn", ${known(sql`p.housed_on`, asOf)} as "housedOn",
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
 * Queries run one after another (one connection per transaction). The signed leases are read
 * first: they give the dwelling each household lived in on the day its case was received or its
 * temporary stay began, and with the applications and the households' refugee settlements they
 * are the move-ins. A case named by an appeal, an approval or a lease but not among the
 * applications (received after asOf) is read on its own.
 */
export async function loadIndicatorHistory(tx: Tx, asOf: IsoDate): Promise<IndicatorHistory> {
  const inhabitants = await loadInhabitants(tx);
  const districts = await loadDistricts(tx);
  const signedLeases = await loadSignedLeases(tx, asOf);
  const ofHousehold = leasesOfHousehold(signedLeases);

  const applications = await loadApplications(tx, asOf);
  const application = new Map<string, ApplicationFacts>();
  const rentalCases = new Map<string, ApplicationFacts[]>();
  for (const a of applications) {
    const lived = livedInOn(ofHousehold, a.householdId, a.receivedOn);
    a.livedInMunicipalDwelling = lived.livedInMunicipalDwelling;
    a.districtCode = lived.districtCode;
    application.set(a.id, a);
    if (a.caseType === 'rental_dwelling') {
      const list = rentalCases.get(a.householdId);
      if (list) list.push(a);
      else rentalCases.set(a.householdId, [a]);
    }
  }
  /** The household's latest rental-dwelling case received by the lease's start (by received day, then the highest id). */
  const latestRentalCase = (lease: SignedLease): ApplicationFacts | undefined => {
    let found: ApplicationFacts | undefined;
    for (const c of rentalCases.get(lease.householdId) ?? []) {
      if (c.receivedOn > lease.startDate) continue;
      if (!found || c.receivedOn > found.receivedOn || (c.receivedOn === found.receivedOn && c.id > found.id)) found = c;
    }
    return found;
  };

  const appeals = await loadAppeals(tx, asOf);
  const waiting = await loadWaiting(tx, asOf);
  const refugee = await loadRefugeeSettlements(tx, asOf);

  // Cases read on their own: not among the applications, or the rental kind of another case type.
  const apart = new Set<string>();
  for (const a of appeals) if (!application.has(a.caseId)) apart.add(a.caseId);
  for (const w of waiting) if (!application.has(w.id)) apart.add(w.id);
  for (const lease of signedLeases) {
    if (lease.decisionCaseId !== null && application.get(lease.decisionCaseId)?.caseType !== 'rental_dwelling') apart.add(lease.decisionCaseId);
  }
  const readApart = apart.size > 0 ? new Map((await loadCases(tx, [...apart])).map((c) => [c.id, c])) : new Map<string, CaseRead>();
  const livedOfCase = (caseId: string): LivedIn => readApart.get(caseId) ?? application.get(caseId)!;

  for (const a of appeals) a.districtCode = livedOfCase(a.caseId).districtCode;
  for (const w of waiting) {
    const lived = livedOfCase(w.id);
    w.livedInMunicipalDwelling = lived.livedInMunicipalDwelling;
    w.districtCode = lived.districtCode;
    w.refugeeSettledOn = refugee.get(w.householdId) ?? null;
  }
  const caseOf = (lease: SignedLease): CaseRead | undefined =>
    lease.decisionCaseId !== null ? (readApart.get(lease.decisionCaseId) ?? application.get(lease.decisionCaseId)) : latestRentalCase(lease);
  const housed = moveIns(signedLeases, ofHousehold, caseOf, refugee);
  const leases: LeaseFacts[] = signedLeases.map((l) => ({
    id: l.id, dwellingId: l.dwellingId, householdId: l.householdId, startDate: l.startDate, endedOn: l.endedOn, districtCode: l.districtCode,
  }));

  const dwellings = await loadDwellings(tx, asOf);
  const evictions = await loadEvictions(tx, asOf);
  const temporaryStays = await loadTemporaryStays(tx, asOf);
  for (const s of temporaryStays) s.districtCode = livedInOn(ofHousehold, s.householdId, s.startDate).districtCode;
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
