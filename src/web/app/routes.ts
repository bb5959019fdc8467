import type { Area } from '../../domain/access/roles';

/** Every page's path. Norwegian paths: they are part of the UI users see. */
export const paths = {
  login: '/login',
  start: '/',
  municipality: '/kommune',
  users: '/admin/brukere',
  user: (id: string) => `/admin/brukere/${encodeURIComponent(id)}`,
  audit: '/admin/hendelser',
  accessLog: '/admin/innsynslogg',
  apiDocs: '/api/docs',
} as const;

/** Where each area starts; the navigation is AREA_ACCESS mapped through this. */
export const AREA_PATHS: Readonly<Record<Area, string>> = {
  start: paths.start,
  users: paths.users,
  audit: paths.audit,
  access_log: paths.accessLog,
  municipality: paths.municipality,
};

export type Route =
  | { name: 'start' }
  | { name: 'municipality' }
  | { name: 'users' }
  | { name: 'user'; id: string }
  | { name: 'audit' }
  | { name: 'accessLog' }
  | { name: 'notFound' };

const ROUTE_AREA: Readonly<Record<Exclude<Route['name'], 'notFound'>, Area>> = {
  start: 'start',
  municipality: 'municipality',
  users: 'users',
  user: 'users',
  audit: 'audit',
  accessLog: 'access_log',
};

/** Matches a pathname (without trailing slash) to a page inside the app shell. */
export function matchRoute(pathname: string): Route {
  switch (pathname) {
    case paths.start:
      return { name: 'start' };
    case paths.municipality:
      return { name: 'municipality' };
    case paths.users:
      return { name: 'users' };
    case paths.audit:
      return { name: 'audit' };
    case paths.accessLog:
      return { name: 'accessLog' };
  }
  const user = /^\/admin\/brukere\/([^/]+)$/.exec(pathname);
  if (user?.[1]) {
    try {
      return { name: 'user', id: decodeURIComponent(user[1]) };
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
