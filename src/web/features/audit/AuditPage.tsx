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
import { listAuditEvents } from './audit.api';
import { AuditTable } from './AuditTable';

const FILTERS = ['type', 'actor', 'subjectId', 'from', 'to'] as const;
type Filter = (typeof FILTERS)[number];

export function AuditPage() {
  const t = useT();
  const { query } = useLocation();
  const filters = readFilters(query, FILTERS);
  const offset = readOffset(query);
  const apiQuery = toQuery({ ...filters, limit: PAGE_SIZE, offset });
  const events = useResource(`audit${apiQuery}`, (signal) => listAuditEvents(apiQuery, signal));

  const fields: FilterField<Filter>[] = [
    { name: 'type', label: t.audit.type, description: t.audit.typeHint },
    { name: 'actor', label: t.filters.actor },
    { name: 'subjectId', label: t.filters.subjectId },
    { name: 'from', label: t.filters.from, type: 'date' },
    { name: 'to', label: t.filters.to, type: 'date' },
  ];

  return (
    <Page title={t.audit.title} heading={t.audit.heading}>
      <Paragraph>{t.audit.intro}</Paragraph>
      <FilterForm idPrefix="audit-filter" fields={fields} initial={filters} basePath={paths.audit} />
      <ResourceView resource={events}>
        {(data) => (
          <>
            {data.items.length > 0 ? <AuditTable events={data.items} /> : <Paragraph>{t.audit.empty}</Paragraph>}
            <PageNavigation
              total={data.total}
              offset={offset}
              limit={PAGE_SIZE}
              shown={data.items.length}
              hrefFor={(next) => paths.audit + toQuery({ ...filters, offset: next || undefined })}
            />
          </>
        )}
      </ResourceView>
    </Page>
  );
}
