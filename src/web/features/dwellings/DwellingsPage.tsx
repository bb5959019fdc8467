import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DwellingList } from '../../../contracts/dwellings';
import { canManageDwellings } from '../../../domain/dwellings/access';
import { toQuery } from '../../app/api';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { PAGE_SIZE, readFilters, readOffset } from '../../components/log-query';
import { Page } from '../../components/Page';
import { PageNavigation } from '../../components/PageNavigation';
import { DwellingFilterForm } from './DwellingFilterForm';
import { FILTER_NAMES, listDwellings } from './dwellings.api';
import { DwellingTable } from './DwellingTable';
import { ImportExportSection } from './ImportExportSection';

/** The stock list: filters in the URL, counts per status, and (for the property manager) import and export. */
export function DwellingsPage() {
  const { t } = useI18n();
  const d = t.dwellings;
  const { query } = useLocation();
  const { state } = useSession();
  const filters = readFilters(query, FILTER_NAMES);
  const offset = readOffset(query);
  const key = toQuery({ ...filters, offset });
  const list = useResource(`dwellings${key}`, (signal) => listDwellings(filters, offset, signal));
  const manages = state.status === 'authenticated' && canManageDwellings(state.session.role);

  return (
    <Page title={d.title}>
      <Paragraph>{d.intro}</Paragraph>
      <Paragraph>
        <AppLink href={paths.vacancies}>{d.vacancyLink}</AppLink>
      </Paragraph>
      <DwellingFilterForm initial={filters} />
      <ResourceView resource={list}>
        {(data) => (
          <>
            <StatusCounts list={data} />
            <section aria-labelledby="dwelling-results" className="section">
              <Heading level={2} data-size="sm" id="dwelling-results">
                {d.resultsHeading}
              </Heading>
              {data.items.length === 0 ? (
                <Paragraph role="status">{d.noResults}</Paragraph>
              ) : (
                <>
                  <Paragraph role="status">{d.resultCount(data.items.length, data.total)}</Paragraph>
                  <DwellingTable kind="stock" caption={d.resultsHeading} items={data.items} />
                  <PageNavigation
                    total={data.total}
                    offset={offset}
                    limit={PAGE_SIZE}
                    shown={data.items.length}
                    hrefFor={(next) => paths.dwellings + toQuery({ ...filters, offset: next || undefined })}
                  />
                </>
              )}
            </section>
          </>
        )}
      </ResourceView>
      {manages && <ImportExportSection onImported={list.reload} />}
    </Page>
  );
}

function StatusCounts({ list }: { list: DwellingList }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="dwelling-counts" className="section">
      <Heading level={2} data-size="sm" id="dwelling-counts">
        {t.dwellings.countsHeading}
      </Heading>
      <dl className="key-figures">
        <div className="key-figures__item">
          <dt>{t.dwellings.countsTotal}</dt>
          <dd>{formatNumber(locale, list.counts.total)}</dd>
        </div>
        {list.counts.byStatus.map((entry) => (
          <div key={entry.status} className="key-figures__item">
            <dt>{t.dwellingStatuses[entry.status]}</dt>
            <dd>{formatNumber(locale, entry.count)}</dd>
          </div>
        ))}
      </dl>
    </section>
  );
}
