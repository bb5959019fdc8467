/**
 * The vocabulary of a household's follow-up (oppfølging, boligsosial lov § 7 and domain.md §§ 7,
 * 10.2): the services a household receives, the teams that may be responsible, and the kinds and
 * statuses of visits and contacts. Code names are English; the Norwegian terms are in
 * docs/glossary.md and the web catalogues.
 */

/**
 * Services a household can receive under its plan:
 * - housing_first: Housing First (a team with ACT/ICM-style follow-up, domain.md § 7);
 * - home_followup: bo-oppfølging, practical help to manage the tenancy, in the home;
 * - ambulant_rop: an ambulant team for people with substance-use and mental-health problems (ROP-team, FACT);
 * - nav_youth: NAV's youth adviser (ungdomsveileder);
 * - caretaker: a caretaker (miljøvaktmester) with the building's residents;
 * - other: any other agreed service, named by its provider.
 */
export const SERVICE_KINDS = ['housing_first', 'home_followup', 'ambulant_rop', 'nav_youth', 'caretaker', 'other'] as const;
export type ServiceKind = (typeof SERVICE_KINDS)[number];

/**
 * The teams that can be responsible for a plan (followup_plan.responsible_team): the municipal
 * home follow-up service, the Housing First team, the ambulant ROP team and the youth team.
 */
export const FOLLOWUP_TEAMS = ['home_followup', 'housing_first', 'ambulant_rop', 'youth'] as const;
export type FollowupTeam = (typeof FOLLOWUP_TEAMS)[number];

/** Kinds of contact: a visit in the home, a phone call, a meeting elsewhere, the home visit after move-in («Ny Vri»). */
export const CONTACT_KINDS = ['home_visit', 'phone', 'meeting', 'move_in_visit'] as const;
export type ContactKind = (typeof CONTACT_KINDS)[number];

/**
 * The kinds that count as a visit for the agreed visit frequency: the visits in the home. A
 * phone call or a meeting at the office is a contact, not the visit the household agreed to.
 */
export const VISIT_KINDS: readonly ContactKind[] = ['home_visit', 'move_in_visit'];

export const CONTACT_STATUSES = ['planned', 'held', 'missed', 'cancelled'] as const;
export type ContactStatus = (typeof CONTACT_STATUSES)[number];

/** How a planned contact can be recorded: it took place, the household was not there, or it was called off. */
export const CONTACT_OUTCOMES = ['held', 'missed', 'cancelled'] as const satisfies readonly ContactStatus[];
export type ContactOutcome = (typeof CONTACT_OUTCOMES)[number];

const isOneOf =
  <T extends string>(list: readonly T[]) =>
  (value: unknown): value is T =>
    typeof value === 'string' && (list as readonly string[]).includes(value);

export const isServiceKind = isOneOf(SERVICE_KINDS);
export const isContactKind = isOneOf(CONTACT_KINDS);
export const isContactStatus = isOneOf(CONTACT_STATUSES);
export const isFollowupTeam = isOneOf(FOLLOWUP_TEAMS);

/** Whether a contact of this kind counts as a visit for the agreed frequency. */
export const isVisitKind = (kind: string): boolean => (VISIT_KINDS as readonly string[]).includes(kind);

/** Upper bound of the agreed visit frequency, days (the table's check constraint: 1–365). */
export const MAX_VISIT_EVERY_DAYS = 365;
