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
  housingFirst: '/housing-first',
  neighbourhood: '/bomiljo',
  privateRental: '/utleiere',
  rentToOwn: '/leie-til-eie',
  municipality: '/kommune',
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
  | { name: 'municipality' }
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
  municipality: 'municipality',
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
  [paths.municipality, { name: 'municipality' }],
  [paths.users, { name: 'users' }],
  [paths.audit, { name: 'audit' }],
  [paths.accessLog, { name: 'accessLog' }],
];

/** Paths with ids: the pattern and how its decoded parts make the route. */
const PATTERNS: ReadonlyArray<readonly [RegExp, (parts: string[]) => Route]> = [
  [/^\/personer\/([^/]+)$/, ([id = '']) => ({ name: 'person', id })],
  [/^\/personer\/([^/]+)\/soknad$/, ([personId = '']) => ({ name: 'application', personId })],
  [/^\/saker\/([^/]+)$/, ([id = '']) => ({ name: 'case', id })],
  [/^\/saker\/([^/]+)\/vedtak\/([^/]+)$/, ([caseId = '', decisionId = '']) => ({ name: 'decision', caseId, decisionId })],
  [/^\/boliger\/([^/]+)$/, ([id = '']) => ({ name: 'dwelling', id })],
  [/^\/leieforhold\/([^/]+)$/, ([id = '']) => ({ name: 'lease', id })],
  [/^\/boliger\/([^/]+)\/leiekontrakt$/, ([dwellingId = '']) => ({ name: 'newLease', dwellingId })],
  [/^\/midlertidig\/tilbydere\/([^/]+)$/, ([id = '']) => ({ name: 'temporaryProvider', id })],
  [/^\/midlertidig\/opphold\/([^/]+)$/, ([id = '']) => ({ name: 'stay', id })],
  [/^\/tildeling\/([^/]+)$/, ([id = '']) => ({ name: 'round', id })],
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
