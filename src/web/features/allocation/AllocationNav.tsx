import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';

type Current = 'waitingList' | 'rounds' | 'offers';

/** The allocation area's three pages: waiting list, rounds, offers. */
export function AllocationNav({ current }: { current: Current | null }) {
  const t = useT();
  const a = t.allocation;
  const links: ReadonlyArray<readonly [Current, string, string]> = [
    ['waitingList', paths.waitingList, a.waitingListLink],
    ['rounds', paths.rounds, a.roundsLink],
    ['offers', paths.offers, a.offersLink],
  ];
  return (
    <nav aria-label={a.navLabel} className="sub-nav">
      <ul className="sub-nav__list">
        {links.map(([key, href, label]) => (
          <li key={key}>
            <AppLink href={href} aria-current={key === current ? 'page' : undefined}>
              {label}
            </AppLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
