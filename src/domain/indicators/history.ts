import type { CaseType, NeedCategory, RentalKind } from '../cases/case-types.js';
import type { IsoDate } from '../deadlines/calendar.js';
import type { DisposalForm } from '../dwellings/kinds.js';
import type { StatusPeriod } from '../dwellings/vacancy.js';
import type { HousingFirstDates } from '../followup/housing-first.js';
import type { RentToOwnStatus } from '../rent-to-own/plan.js';
import type { StayFacts } from '../temporary/chains.js';

/**
 * The facts the indicators are computed from: plain, serialisable records (ids, ISO dates,
 * district codes, categories), no names and no national ids. A server loader fills one
 * history per municipality from the tables; the indicators and KOSTRA form 13 are pure
 * functions of it, so a report can store the history's `asOf` as its data version.
 *
 * Dates are ISO calendar dates. "From … to" pairs say for each field whether the last day is
 * included. Every record carries `districtCode`: the district (levekårssone / bydel) the fact
 * belongs to, or null. For a dwelling and what happens in it (a lease, a move-in, an eviction,
 * vacancy) it is the dwelling's district. For a household's application, waiting entry or
 * temporary stay it is the district of the municipal dwelling the household lived in at the
 * time, else null — Husly keeps no district for a private address [I]. Facts without a district
 * are counted for the municipality and shown as «unassigned», so the districts add up.
 */
export interface IndicatorHistory {
  /** The day the history was read: nothing after it is known; open stays and waits are measured to it. */
  readonly asOf: IsoDate;
  /** Inhabitants of the municipality (municipality.inhabitants). */
  readonly inhabitants: number;
  /** The districts with their inhabitants (district table), in display order. */
  readonly districts: readonly DistrictFacts[];
  readonly applications: readonly ApplicationFacts[];
  readonly appeals: readonly AppealFacts[];
  readonly waiting: readonly WaitingEntryFacts[];
  readonly housed: readonly HousingEventFacts[];
  readonly leases: readonly LeaseFacts[];
  readonly dwellings: readonly DwellingFacts[];
  readonly evictions: readonly EvictionFacts[];
  readonly temporaryStays: readonly TemporaryStayFacts[];
  readonly housingFirst: readonly HousingFirstFacts[];
  readonly rentToOwn: readonly RentToOwnFacts[];
}

export interface DistrictFacts {
  readonly code: string;
  readonly inhabitants: number;
}

/**
 * What KOSTRA needs to tell a new applicant from a household already in a municipal dwelling
 * (domain.md § 3: «not living in a kommunalt disponert bolig when it applied»).
 */
export interface ApplicantFacts {
  /** housing_case.rental_kind: new, change (bytte) or renewal (forlengelse); null for other case types and old rows. */
  readonly rentalKind: RentalKind | null;
  /**
   * The household had a lease of a municipal dwelling running on the day the application was
   * received (a lease, not draft or cancelled, with start ≤ received_on ≤ its last day). A stay
   * in temporary accommodation is not a lease (KOSTRA: «botilbud der det ikke inngås husleiekontrakt»).
   */
  readonly livedInMunicipalDwelling: boolean;
}

/** A case (housing_case) with its first decision; every case type, for the foreløpig-svar indicator. */
export interface ApplicationFacts extends ApplicantFacts {
  /** housing_case.id */
  readonly id: string;
  readonly householdId: string;
  readonly caseType: CaseType;
  readonly receivedOn: IsoDate;
  /** The first foreløpig svar sent (housing_case.preliminary_reply_sent_on). */
  readonly preliminaryReplySentOn: IsoDate | null;
  /** The first decision sent in the case (decision.decided_on of the earliest sent decision); null before one. */
  readonly decidedOn: IsoDate | null;
  /** Its outcome; a later reversal on appeal does not change it (it is an appeal outcome). */
  readonly outcome: 'approved' | 'partly_approved' | 'refused' | null;
  /** Sent to the competent unit (fvl. § 11): the case left the office undecided. */
  readonly forwardedOn: IsoDate | null;
  /** Closed without a decision (withdrawn, lapsed); null when not closed or closed after a decision. */
  readonly closedWithoutDecisionOn: IsoDate | null;
  readonly needCategory: NeedCategory | null;
  readonly districtCode: string | null;
}

/**
 * How an appeal (appeal table) ended: the first instance reversed its own decision (status
 * reversed, fvl. § 33), or the appeal body upheld, reversed, remanded or dismissed it
 * (body_outcome, fvl. § 34), or the appellant withdrew it.
 */
export type AppealOutcome = 'pending' | 'reversed_by_first_instance' | 'upheld' | 'reversed' | 'remanded' | 'dismissed' | 'withdrawn';

export interface AppealFacts {
  readonly id: string;
  readonly caseId: string;
  readonly caseType: CaseType;
  readonly receivedOn: IsoDate;
  readonly outcome: AppealOutcome;
  /** reviewed_on for a first-instance reversal, body_decided_on for the appeal body's outcome; null while pending. */
  readonly outcomeOn: IsoDate | null;
  readonly districtCode: string | null;
}

/**
 * A household on the waiting list: a rental-dwelling case (new or change) with an approval
 * (domain/allocation: the list is derived, never stored). One record per approval.
 */
export interface WaitingEntryFacts extends ApplicantFacts {
  /** housing_case.id */
  readonly id: string;
  readonly householdId: string;
  /** The approval's decision date: the wait starts here. */
  readonly approvedOn: IsoDate;
  /** The approval's last valid day (decision.valid_until); null when it does not lapse. */
  readonly validUntil: IsoDate | null;
  /** The start of the lease resting on the approval (the household was housed); null while it waits. */
  readonly housedOn: IsoDate | null;
  /** Left the list another way (refused an offer with `leaves_list`, withdrew, case closed); the first day off the list. */
  readonly leftOn: IsoDate | null;
  /** Bedrooms the household needs (the approval's dwelling spec). */
  readonly bedroomsNeeded: number;
  readonly needCategory: NeedCategory | null;
  /** As {@link HousingEventFacts.refugeeSettledOn}: KOSTRA's waiting list is by main reason too. */
  readonly refugeeSettledOn: IsoDate | null;
  readonly districtCode: string | null;
}

/** A household moved into a municipal dwelling on an allocation: the first day of its lease. */
export interface HousingEventFacts extends ApplicantFacts {
  /** The lease's id. */
  readonly id: string;
  readonly householdId: string;
  readonly dwellingId: string;
  /** The lease's start date (move-in). */
  readonly housedOn: IsoDate;
  /** The allocation case's need category (KOSTRA main reason), as the caseworker recorded it. */
  readonly needCategory: NeedCategory | null;
  /**
   * The household's latest first settlement as a refugee in the municipality
   * (refugee_settlement.settled_on, or person.refugee_settled_on of a member); null if none.
   * The latest, because a family member settled later keeps the household in its five years.
   */
  readonly refugeeSettledOn: IsoDate | null;
  readonly districtCode: string | null;
}

/** A lease that was signed (draft and cancelled leases are left out). */
export interface LeaseFacts {
  readonly id: string;
  readonly dwellingId: string;
  readonly householdId: string;
  readonly startDate: IsoDate;
  /** The tenancy's last day once it has ended (lease.ended_on); null while it runs. */
  readonly endedOn: IsoDate | null;
  readonly districtCode: string | null;
}

/** A dwelling of the register with its whole status history. */
export interface DwellingFacts {
  readonly id: string;
  readonly disposalForm: DisposalForm;
  readonly wheelchairAccessible: boolean;
  readonly bedrooms: number;
  /** Whole kroner per month (dwelling.monthly_rent), for lost rent. */
  readonly monthlyRent: number;
  /** dwelling_status_period rows: from inclusive, to exclusive (daterange '[)'); none overlap. */
  readonly statusPeriods: readonly StatusPeriod[];
  readonly districtCode: string | null;
}

/** A step of an eviction process (eviction_step): begjæring om fravikelse, or fravikelse carried out. */
export interface EvictionFacts {
  readonly leaseId: string;
  readonly step: 'requested' | 'carried_out';
  readonly stepOn: IsoDate;
  readonly districtCode: string | null;
}

/** A stay in temporary accommodation (temp_stay), as domain/temporary reads it. */
export interface TemporaryStayFacts extends StayFacts {
  readonly districtCode: string | null;
}

/** A Housing First participant's dates (housing_first_participant). */
export interface HousingFirstFacts extends HousingFirstDates {
  readonly id: string;
  readonly districtCode: string | null;
}

/** A rent-to-own plan and its outcome (rent_to_own_plan). */
export interface RentToOwnFacts {
  readonly id: string;
  readonly householdId: string;
  readonly leaseId: string;
  readonly status: RentToOwnStatus;
  /** The day of the outcome (moved to an owned home, or ended); null while active. */
  readonly outcomeOn: IsoDate | null;
  readonly districtCode: string | null;
}
