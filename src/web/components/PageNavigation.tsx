import { Paragraph } from '@digdir/designsystemet-react';
import { useT } from '../app/i18n/I18nProvider';
import { AppLink } from './AppLink';

type Props = {
  total: number;
  offset: number;
  limit: number;
  /** Number of rows on this page. */
  shown: number;
  hrefFor: (offset: number) => string;
};

/** "Showing 51–100 of 230" with links to the previous and next page. */
export function PageNavigation({ total, offset, limit, shown, hrefFor }: Props) {
  const t = useT();
  const status = shown === 0 ? t.pagination.none : t.pagination.showing(offset + 1, offset + shown, total);
  const hasPrevious = offset > 0;
  const hasNext = offset + shown < total;

  return (
    <nav className="page-navigation" aria-label={t.pagination.label}>
      <Paragraph className="page-navigation__status">{status}</Paragraph>
      {(hasPrevious || hasNext) && (
        <ul className="page-navigation__links">
          {hasPrevious && (
            <li>
              <AppLink href={hrefFor(Math.max(0, offset - limit))} rel="prev">
                {t.pagination.previous}
              </AppLink>
            </li>
          )}
          {hasNext && (
            <li>
              <AppLink href={hrefFor(offset + limit)} rel="next">
                {t.pagination.next}
              </AppLink>
            </li>
          )}
        </ul>
      )}
    </nav>
  );
}
