/**
 * Staff roles. Code names are English; the Norwegian names are in docs/glossary.md
 * and the UI catalogues. Order is the order used in lists and in the admin page.
 */
export const ROLES = [
  'caseworker',
  'nav_adviser',
  'followup',
  'specialist_health',
  'neighbourhood',
  'property_manager',
  'manager',
  'politician',
  'admin',
] as const;

export type Role = (typeof ROLES)[number];

export function isRole(value: unknown): value is Role {
  return typeof value === 'string' && (ROLES as readonly string[]).includes(value);
}

/**
 * Areas of the application. Each role sees the areas listed for it in AREA_ACCESS;
 * the web navigation and the server policies both read this table, so they cannot drift.
 */
export const AREAS = ['start', 'worklist', 'persons', 'rules', 'users', 'audit', 'access_log', 'municipality', 'dwellings', 'leases', 'temporary', 'allocation', 'fairness', 'calculators', 'followup', 'housing_first', 'neighbourhood', 'private_rental', 'rent_to_own', 'plan', 'reports', 'kostra', 'map', 'building_projects', 'homelessness_count'] as const;
export type Area = (typeof AREAS)[number];

/**
 * Which areas a role may open. `manager` sees aggregates only and never a person's
 * record; `admin` manages users, rules and parameters and reads the logs
 * (personopplysningsloven / GDPR art. 5(2): accountability needs someone who can read them).
 * `worklist` and `persons` follow person-access.ts: the caseworker and the NAV adviser handle
 * cases (canHandleCase), the follow-up team only reads the persons it follows. `rules` (the
 * eligibility rules as text) is for the admin who maintains them and the caseworker who applies them.
 * `dwellings` follows domain/dwellings/access.ts: the property manager manages the stock, the caseworker
 * reads it (allocation needs it); the manager's aggregate counts are on the municipality page.
 * `leases` (the lease lists) is for the two roles leases.policy.ts lets use leases: caseworker and property manager.
 * `temporary` (§ 27 stays) is owned by the NAV adviser; the caseworker reads the stays.
 * `allocation` (waiting list, rounds, offers) and `fairness` (aggregates, small counts suppressed)
 * follow server/areas/allocation/allocation.policy.ts: the caseworker allocates; the manager sees fairness too.
 * `calculators` (startlån affordability, bostøtte estimate) follows server/areas/calculators/calculators.policy.ts:
 * the roles that meet households (caseworker, NAV adviser, follow-up team).
 * Issue 6: `followup` (a worker's day, a household's follow-up; who may read a household's follow-up
 * follows the consent register, domain/access/followup-access.ts) is for the follow-up team, the caseworker,
 * the NAV adviser and the specialist health service (spesialisthelsetjenesten, e.g. a DPS' ROP/FACT team,
 * seeing only households who have consented to it); `housing_first` (participants, targets, retention,
 * fidelity) for the follow-up team and the caseworker, and the manager (aggregates); `neighbourhood`
 * (bomiljø: conflict cases, building activities, caretaker tasks) for the neighbourhood team and the
 * property manager; `private_rental` (landlords, agreements, help into private leases, refugee
 * settlement) for the NAV adviser and the caseworker; `rent_to_own` (leie til eie) for the caseworker
 * and the follow-up team.
 * Issue 7 (aggregates only, small counts suppressed): `plan` (the manager's dashboard and the action plan with
 * goals, measures, targets and revisions), `reports` (the council reports: the manager writes and publishes;
 * the politician reads what is published), `kostra` (form 13 for a year), `map` (districts, stock and
 * allocations as a map; dwellings as points, never a protected address), `building_projects` (zoning plans and
 * building projects against the plan's quotas: the manager and the property manager) and `homelessness_count`
 * (week 48: the caseworker and the NAV adviser list the households they know; the manager sees the figures).
 * `politician` (folkevalgt) reads the dashboard, published reports, KOSTRA and the map — never a person.
 */
export const AREA_ACCESS: Readonly<Record<Role, readonly Area[]>> = {
  caseworker: ['start', 'worklist', 'persons', 'allocation', 'dwellings', 'leases', 'temporary', 'rules', 'fairness', 'calculators', 'followup', 'housing_first', 'private_rental', 'rent_to_own', 'map', 'homelessness_count'],
  nav_adviser: ['start', 'worklist', 'persons', 'temporary', 'calculators', 'followup', 'private_rental', 'homelessness_count'],
  followup: ['start', 'persons', 'calculators', 'followup', 'housing_first', 'rent_to_own'],
  specialist_health: ['start', 'followup'],
  neighbourhood: ['start', 'neighbourhood'],
  property_manager: ['start', 'dwellings', 'leases', 'neighbourhood', 'map', 'building_projects'],
  manager: ['start', 'municipality', 'fairness', 'housing_first', 'plan', 'reports', 'kostra', 'map', 'building_projects', 'homelessness_count'],
  politician: ['start', 'plan', 'reports', 'kostra', 'map'],
  admin: ['start', 'users', 'rules', 'audit', 'access_log', 'municipality'],
};

export function canOpenArea(role: Role, area: Area): boolean {
  return AREA_ACCESS[role].includes(area);
}

/**
 * Roles that may ever read a person's record (each still subject to person-access.ts).
 * `manager` (aggregates only) and `admin` (users, rules, logs) are deliberately absent.
 */
export const PERSON_DATA_ROLES: readonly Role[] = ['caseworker', 'nav_adviser', 'followup', 'specialist_health', 'neighbourhood', 'property_manager'];
