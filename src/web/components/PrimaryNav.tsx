import { AREA_ACCESS, type Role } from '../../domain/access/roles';
import { useT } from '../app/i18n/I18nProvider';
import { AREA_PATHS, routeArea, type Route } from '../app/routes';
import { AppLink } from './AppLink';

/** The role's areas, straight from AREA_ACCESS, so navigation and server policy agree. */
export function PrimaryNav({ role, route, pathname }: { role: Role; route: Route; pathname: string }) {
  const t = useT();
  const currentArea = routeArea(route);

  return (
    <nav aria-label={t.app.mainNav} className="app-nav">
      <ul className="app-nav__list">
        {AREA_ACCESS[role].map((area) => {
          const href = AREA_PATHS[area];
          // "page" on the area's own page; "true" on a page inside it (e.g. one user).
          const current = href === pathname ? 'page' : area === currentArea ? 'true' : undefined;
          return (
            <li key={area}>
              <AppLink unstyled href={href} className="app-nav__link" aria-current={current}>
                {t.areas[area]}
              </AppLink>
            </li>
          );
        })}
      </ul>
    </nav>
  );
}
