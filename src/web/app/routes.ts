import type { Area } from '../../domain/access/roles';

const segment = encodeURIComponent;

/** Every page's path. Norwegian paths: they are part of the UI users see. */
export const paths = {
  login: '/login',
  start: '/',
  worklist: '/arbeidsliste',
  persons: '/personer',
  newPerson: '/personer/ny',
  person: (id: string) => `/personer/${segment(id)}`,
  /** The application form for a person; `householdId` picks the household when there are several. */
  application: (personId: string, householdId?: string) =>
    `/personer/${segment(personId)}/soknad${householdId ? `?husstand=${segment(householdId)}` : ''}`,
  case: (id: string) => `/saker/${segment(id)}`,
  decision: (caseId: string, decisionId: string) => `/saker/${segment(caseId)}/vedtak/${segment(decisionId)}`,
  rules: '/regler',
  /** The early-warning thresholds (rules area). */
  followupSettings: '/regler/oppfolging',
  dwellings: '/boliger',
  vacancies: '/boliger/ledige',
  dwelling: (id: string) => `/boliger/${segment(id)}`,
  leases: '/leieforhold',
  lease: (id: string) => `/leieforhold/${segment(id)}`,
  /** A lease draft for the dwelling (vacant or reserved). */
  newLease: (dwellingId: string) => `/boliger/${segment(dwellingId)}/leiekontrakt`,
  temporary: '/midlertidig',
  temporaryProviders: '/midlertidig/tilbydere',
  newTemporaryProvider: '/midlertidig/tilbydere/ny',
  temporaryProvider: (id: string) => `/midlertidig/tilbydere/${segment(id)}`,
  newStay: '/midlertidig/opphold/ny',
  stay: (id: string) => `/midlertidig/opphold/${segment(id)}`,
  waitingList: '/venteliste',
  rounds: '/tildeling',
  round: (id: string) => `/tildeling/${segment(id)}`,
  offers: '/tilbud',
  fairness: '/likebehandling',
  calculators: '/kalkulatorer',
  followup: '/oppfolging',
  followupPlan: (id: string) => `/oppfolging/planer/${segment(id)}`,
  /** A new follow-up plan for the household. */
  newFollowupPlan: (householdId?: string) => `/oppfolging/ny${householdId ? `?husstand=${segment(householdId)}` : ''}`,
  /** The person's own overview: consents and who has read the file (innsyn), printable. */
  personOverview: (id: string) => `/personer/${segment(id)}/oversikt`,
  housingFirst: '/housing-first',
  /** The programme page for another year. */
  housingFirstYear: (year: number) => `/housing-first?ar=${year}`,
  housingFirstEnrol: '/housing-first/ny',
  housingFirstParticipant: (id: string) => `/housing-first/deltakere/${segment(id)}`,
  housingFirstFidelity: '/housing-first/troskap/ny',
  neighbourhood: '/bomiljo',
  newNeighbourCase: '/bomiljo/saker/ny',
  neighbourCase: (id: string) => `/bomiljo/saker/${segment(id)}`,
  /** A building by its slug (matrikkel key with dashes, domain/neighbourhood/building.ts). */
  building: (slug: string) => `/bomiljo/bygg/${segment(slug)}`,
  caretakerTasks: '/bomiljo/oppgaver',
  privateRental: '/utleiere',
  newLandlord: '/utleiere/ny',
  landlord: (id: string) => `/utleiere/${segment(id)}`,
  leaseHelps: '/utleiere/leiehjelp',
  newLeaseHelp: '/utleiere/leiehjelp/ny',
  leaseHelp: (id: string) => `/utleiere/leiehjelp/${segment(id)}`,
  settlements: '/utleiere/bosetting',
  newSettlement: '/utleiere/bosetting/ny',
  settlement: (id: string) => `/utleiere/bosetting/${segment(id)}`,
  rentToOwn: '/leie-til-eie',
  newRentToOwnPlan: '/leie-til-eie/ny',
  rentToOwnPlan: (id: string) => `/leie-til-eie/${segment(id)}`,
  /** The calculators' parameters: the values in force and the municipality's own (admin). */
  calculatorParameters: '/regler/kalkulatorsatser',
  municipality: '/kommune',
  /** Issue 7: the manager's dashboard (the plan's indicators) and the action plan. */
  dashboard: '/styring',
  actionPlan: (id: string) => `/styring/planer/${segment(id)}`,
  reports: '/rapporter',
  report: (id: string) => `/rapporter/${segment(id)}`,
  kostra: '/kostra',
  kostraYear: (year: number) => `/kostra?ar=${year}`,
  map: '/kart',
  buildingProjects: '/byggeprosjekter',
  newBuildingProject: '/byggeprosjekter/ny',
  buildingProject: (id: string) => `/byggeprosjekter/${segment(id)}`,
  homelessnessCount: '/bostedslose',
  users: '/admin/brukere',
  user: (id: string) => `/admin/brukere/${segment(id)}`,
  audit: '/admin/hendelser',
  accessLog: '/admin/innsynslogg',
  apiDocs: '/api/docs',
} as const;

/** Where each area starts; the navigation is AREA_ACCESS mapped through this. */
export const AREA_PATHS: Readonly<Record<Area, string>> = {
  start: paths.start,
  worklist: paths.worklist,
  persons: paths.persons,
  rules: paths.rules,
  users: paths.users,
  audit: paths.audit,
  access_log: paths.accessLog,
  municipality: paths.municipality,
  dwellings: paths.dwellings,
  leases: paths.leases,
  temporary: paths.temporary,
  allocation: paths.waitingList,
  fairness: paths.fairness,
  calculators: paths.calculators,
  followup: paths.followup,
  housing_first: paths.housingFirst,
  neighbourhood: paths.neighbourhood,
  private_rental: paths.privateRental,
  rent_to_own: paths.rentToOwn,
  plan: paths.dashboard,
  reports: paths.reports,
  kostra: paths.kostra,
  map: paths.map,
  building_projects: paths.buildingProjects,
  homelessness_count: paths.homelessnessCount,
};

export type Route =
  | { name: 'start' }
  | { name: 'worklist' }
  | { name: 'persons' }
  | { name: 'newPerson' }
  | { name: 'person'; id: string }
  | { name: 'application'; personId: string }
  | { name: 'case'; id: string }
  | { name: 'decision'; caseId: string; decisionId: string }
  | { name: 'rules' }
  | { name: 'followupSettings' }
  | { name: 'dwellings' }
  | { name: 'vacancies' }
  | { name: 'dwelling'; id: string }
  | { name: 'leases' }
  | { name: 'lease'; id: string }
  | { name: 'newLease'; dwellingId: string }
  | { name: 'temporary' }
  | { name: 'temporaryProviders' }
  | { name: 'newTemporaryProvider' }
  | { name: 'temporaryProvider'; id: string }
  | { name: 'newStay' }
  | { name: 'stay'; id: string }
  | { name: 'waitingList' }
  | { name: 'rounds' }
  | { name: 'round'; id: string }
  | { name: 'offers' }
  | { name: 'fairness' }
  | { name: 'calculators' }
  | { name: 'followup' }
  | { name: 'followupPlan'; id: string }
  | { name: 'newFollowupPlan' }
  | { name: 'personOverview'; id: string }
  | { name: 'neighbourhood' }
  | { name: 'newNeighbourCase' }
  | { name: 'neighbourCase'; id: string }
  | { name: 'building'; slug: string }
  | { name: 'caretakerTasks' }
  | { name: 'privateRental' }
  | { name: 'newLandlord' }
  | { name: 'landlord'; id: string }
  | { name: 'leaseHelps' }
  | { name: 'newLeaseHelp' }
  | { name: 'leaseHelp'; id: string }
  | { name: 'settlements' }
  | { name: 'newSettlement' }
  | { name: 'settlement'; id: string }
  | { name: 'calculatorParameters' }
  | { name: 'housingFirst' }
  | { name: 'housingFirstEnrol' }
  | { name: 'housingFirstParticipant'; id: string }
  | { name: 'housingFirstFidelity' }
  | { name: 'rentToOwn' }
  | { name: 'newRentToOwnPlan' }
  | { name: 'rentToOwnPlan'; id: string }
  | { name: 'municipality' }
  | { name: 'dashboard' }
  | { name: 'actionPlan'; id: string }
  | { name: 'reports' }
  | { name: 'report'; id: string }
  | { name: 'kostra' }
  | { name: 'map' }
  | { name: 'buildingProjects' }
  | { name: 'newBuildingProject' }
  | { name: 'buildingProject'; id: string }
  | { name: 'homelessnessCount' }
  | { name: 'users' }
  | { name: 'user'; id: string }
  | { name: 'audit' }
  | { name: 'accessLog' }
  | { name: 'notFound' };

type RouteName = Exclude<Route['name'], 'notFound'>;

/** Cases and decisions belong to the person register: a case is part of a person's file. */
const ROUTE_AREA: Readonly<Record<RouteName, Area>> = {
  start: 'start',
  worklist: 'worklist',
  persons: 'persons',
  newPerson: 'persons',
  person: 'persons',
  application: 'persons',
  case: 'persons',
  decision: 'persons',
  rules: 'rules',
  followupSettings: 'rules',
  dwellings: 'dwellings',
  vacancies: 'dwellings',
  dwelling: 'dwellings',
  leases: 'leases',
  lease: 'leases',
  newLease: 'leases',
  temporary: 'temporary',
  temporaryProviders: 'temporary',
  newTemporaryProvider: 'temporary',
  temporaryProvider: 'temporary',
  newStay: 'temporary',
  stay: 'temporary',
  waitingList: 'allocation',
  rounds: 'allocation',
  round: 'allocation',
  offers: 'allocation',
  fairness: 'fairness',
  calculators: 'calculators',
  followup: 'followup',
  followupPlan: 'followup',
  newFollowupPlan: 'followup',
  personOverview: 'persons',
  neighbourhood: 'neighbourhood',
  newNeighbourCase: 'neighbourhood',
  neighbourCase: 'neighbourhood',
  building: 'neighbourhood',
  caretakerTasks: 'neighbourhood',
  privateRental: 'private_rental',
  newLandlord: 'private_rental',
  landlord: 'private_rental',
  leaseHelps: 'private_rental',
  newLeaseHelp: 'private_rental',
  leaseHelp: 'private_rental',
  settlements: 'private_rental',
  newSettlement: 'private_rental',
  settlement: 'private_rental',
  calculatorParameters: 'rules',
  housingFirst: 'housing_first',
  housingFirstEnrol: 'housing_first',
  housingFirstParticipant: 'housing_first',
  housingFirstFidelity: 'housing_first',
  rentToOwn: 'rent_to_own',
  newRentToOwnPlan: 'rent_to_own',
  rentToOwnPlan: 'rent_to_own',
  municipality: 'municipality',
  dashboard: 'plan',
  actionPlan: 'plan',
  reports: 'reports',
  report: 'reports',
  kostra: 'kostra',
  map: 'map',
  buildingProjects: 'building_projects',
  newBuildingProject: 'building_projects',
  buildingProject: 'building_projects',
  homelessnessCount: 'homelessness_count',
  users: 'users',
  user: 'users',
  audit: 'audit',
  accessLog: 'access_log',
};

const FIXED: ReadonlyArray<readonly [string, Route]> = [
  [paths.start, { name: 'start' }],
  [paths.worklist, { name: 'worklist' }],
  [paths.persons, { name: 'persons' }],
  [paths.newPerson, { name: 'newPerson' }],
  [paths.rules, { name: 'rules' }],
  [paths.followupSettings, { name: 'followupSettings' }],
  [paths.dwellings, { name: 'dwellings' }],
  [paths.vacancies, { name: 'vacancies' }],
  [paths.leases, { name: 'leases' }],
  [paths.temporary, { name: 'temporary' }],
  [paths.temporaryProviders, { name: 'temporaryProviders' }],
  [paths.newTemporaryProvider, { name: 'newTemporaryProvider' }],
  [paths.newStay, { name: 'newStay' }],
  [paths.waitingList, { name: 'waitingList' }],
  [paths.rounds, { name: 'rounds' }],
  [paths.offers, { name: 'offers' }],
  [paths.fairness, { name: 'fairness' }],
  [paths.calculators, { name: 'calculators' }],
  [paths.followup, { name: 'followup' }],
  [paths.newFollowupPlan(), { name: 'newFollowupPlan' }],
  [paths.neighbourhood, { name: 'neighbourhood' }],
  [paths.newNeighbourCase, { name: 'newNeighbourCase' }],
  [paths.caretakerTasks, { name: 'caretakerTasks' }],
  [paths.privateRental, { name: 'privateRental' }],
  [paths.newLandlord, { name: 'newLandlord' }],
  [paths.leaseHelps, { name: 'leaseHelps' }],
  [paths.newLeaseHelp, { name: 'newLeaseHelp' }],
  [paths.settlements, { name: 'settlements' }],
  [paths.newSettlement, { name: 'newSettlement' }],
  [paths.calculatorParameters, { name: 'calculatorParameters' }],
  [paths.housingFirst, { name: 'housingFirst' }],
  [paths.housingFirstEnrol, { name: 'housingFirstEnrol' }],
  [paths.housingFirstFidelity, { name: 'housingFirstFidelity' }],
  [paths.rentToOwn, { name: 'rentToOwn' }],
  [paths.newRentToOwnPlan, { name: 'newRentToOwnPlan' }],
  [paths.municipality, { name: 'municipality' }],
  [paths.dashboard, { name: 'dashboard' }],
  [paths.reports, { name: 'reports' }],
  [paths.kostra, { name: 'kostra' }],
  [paths.map, { name: 'map' }],
  [paths.buildingProjects, { name: 'buildingProjects' }],
  [paths.newBuildingProject, { name: 'newBuildingProject' }],
  [paths.homelessnessCount, { name: 'homelessnessCount' }],
  [paths.users, { name: 'users' }],
  [paths.audit, { name: 'audit' }],
  [paths.accessLog, { name: 'accessLog' }],
];

/** Paths with ids: the pattern and how its decoded parts make the route. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (parts: string[]) => Route]> = [
  [/^\/personer\/([^/]+)$/, ([id = '']) => ({ name: 'person', id })],
  [/^\/personer\/([^/]+)\/soknad$/, ([personId = '']) => ({ name: 'application', personId })],
  [/^\/personer\/([^/]+)\/oversikt$/, ([id = '']) => ({ name: 'personOverview', id })],
  [/^\/oppfolging\/planer\/([^/]+)$/, ([id = '']) => ({ name: 'followupPlan', id })],
  [/^\/saker\/([^/]+)$/, ([id = '']) => ({ name: 'case', id })],
  [/^\/saker\/([^/]+)\/vedtak\/([^/]+)$/, ([caseId = '', decisionId = '']) => ({ name: 'decision', caseId, decisionId })],
  [/^\/boliger\/([^/]+)$/, ([id = '']) => ({ name: 'dwelling', id })],
  [/^\/leieforhold\/([^/]+)$/, ([id = '']) => ({ name: 'lease', id })],
  [/^\/boliger\/([^/]+)\/leiekontrakt$/, ([dwellingId = '']) => ({ name: 'newLease', dwellingId })],
  [/^\/midlertidig\/tilbydere\/([^/]+)$/, ([id = '']) => ({ name: 'temporaryProvider', id })],
  [/^\/midlertidig\/opphold\/([^/]+)$/, ([id = '']) => ({ name: 'stay', id })],
  [/^\/tildeling\/([^/]+)$/, ([id = '']) => ({ name: 'round', id })],
  [/^\/bomiljo\/saker\/([^/]+)$/, ([id = '']) => ({ name: 'neighbourCase', id })],
  [/^\/bomiljo\/bygg\/([^/]+)$/, ([slug = '']) => ({ name: 'building', slug })],
  [/^\/utleiere\/leiehjelp\/([^/]+)$/, ([id = '']) => ({ name: 'leaseHelp', id })],
  [/^\/utleiere\/bosetting\/([^/]+)$/, ([id = '']) => ({ name: 'settlement', id })],
  [/^\/utleiere\/([^/]+)$/, ([id = '']) => ({ name: 'landlord', id })],
  [/^\/housing-first\/deltakere\/([^/]+)$/, ([id = '']) => ({ name: 'housingFirstParticipant', id })],
  [/^\/leie-til-eie\/([^/]+)$/, ([id = '']) => ({ name: 'rentToOwnPlan', id })],
  [/^\/styring\/planer\/([^/]+)$/, ([id = '']) => ({ name: 'actionPlan', id })],
  [/^\/rapporter\/([^/]+)$/, ([id = '']) => ({ name: 'report', id })],
  [/^\/byggeprosjekter\/([^/]+)$/, ([id = '']) => ({ name: 'buildingProject', id })],
  [/^\/admin\/brukere\/([^/]+)$/, ([id = '']) => ({ name: 'user', id })],
];

/** Matches a pathname (without trailing slash) to a page inside the app shell. */
export function matchRoute(pathname: string): Route {
  const fixed = FIXED.find(([path]) => path === pathname);
  if (fixed) return fixed[1];
  for (const [pattern, toRoute] of PATTERNS) {
    const match = pattern.exec(pathname);
    if (!match) continue;
    try {
      return toRoute(match.slice(1).map((part) => decodeURIComponent(part)));
    } catch {
      return { name: 'notFound' };
    }
  }
  return { name: 'notFound' };
}

/** The area a page belongs to, for the access check; undefined for "not found". */
export function routeArea(route: Route): Area | undefined {
  return route.name === 'notFound' ? undefined : ROUTE_AREA[route.name];
}

/** Which area's navigation link is current on a page. */
export function isAreaActive(area: Area, route: Route): boolean {
  return routeArea(route) === area;
}
