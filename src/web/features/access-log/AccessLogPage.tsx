import { Paragraph } from '@digdir/designsystemet-react';
import { toQuery } from '../../app/api';
import { useT } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { FilterForm, type FilterField } from '../../components/FilterForm';
import { ResourceView } from '../../components/Loading';
import { PAGE_SIZE, readFilters, readOffset } from '../../components/log-query';
import { Page } from '../../components/Page';
import { PageNavigation } from '../../components/PageNavigation';
import { listAccessLog } from './access-log.api';
import { AccessLogTable } from './AccessLogTable';

const FILTERS = ['actor', 'subjectType', 'subjectId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

export function AccessLogPage() {
  const t = useT();
  const { query } = useLocation();
  const filters = readFilters(query, FILTERS);
  const offset = readOffset(query);
  const apiQuery = toQuery({ ...filters, limit: PAGE_SIZE, offset });
  const entries = useResource(`access-log${apiQuery}`, (signal) => listAccessLog(apiQuery, signal));

  const fields: FilterField<Filter>[] = [
    { name: 'actor', label: t.filters.actor },
    { name: 'subjectType', label: t.filters.subjectType },
    { name: 'subjectId', label: t.filters.subjectId },
    { name: 'from', label: t.filters.from, type: 'date' },
    { name: 'to', label: t.filters.to, type: 'date' },
  ];

  return (
    <Page title={t.accessLog.title} heading={t.accessLog.heading}>
      <Paragraph>{t.accessLog.intro}</Paragraph>
      <FilterForm idPrefix="access-filter" fields={fields} initial={filters} basePath={paths.accessLog} />
      <ResourceView resource={entries}>
        {(data) => (
          <>
            {data.items.length > 0 ? (
              <AccessLogTable entries={data.items} />
            ) : (
              <Paragraph>{t.accessLog.empty}</Paragraph>
            )}
            <PageNavigation
              total={data.total}
              offset={offset}
              limit={PAGE_SIZE}
              shown={data.items.length}
              hrefFor={(next) => paths.accessLog + toQuery({ ...filters, offset: next || undefined })}
            />
          </>
        )}
      </ResourceView>
    </Page>
  );
}
