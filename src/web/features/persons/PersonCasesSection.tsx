import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { CaseSummary } from '../../../contracts/cases';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';

/** The person's cases the user may see (as main person or household member), newest first. */
export function PersonCasesSection({ personId }: { personId: string }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const cases = useResource(`person-cases:${personId}`, (signal) =>
    api.get<{ items: CaseSummary[] }>(`/api/persons/${encodeURIComponent(personId)}/cases`, signal),
  );
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="sm" id={headingId}>
        {t.person.casesHeading}
      </Heading>
      <ResourceView resource={cases}>
        {({ items }) =>
          items.length === 0 ? (
            <Paragraph>{t.person.noCases}</Paragraph>
          ) : (
            <TableScroll captionId={`${headingId}-caption`}>
              <Table zebra className="data-table">
                <caption id={`${headingId}-caption`} className="ds-sr-only">
                  {t.person.casesCaption}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{t.worklist.caseNumber}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.worklist.caseType}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.worklist.received}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{t.worklist.status}</Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {items.map((c) => (
                    <Table.Row key={c.id}>
                      <Table.HeaderCell scope="row" className="nowrap">
                        <AppLink href={paths.case(c.id)}>{c.caseNumber}</AppLink>
                      </Table.HeaderCell>
                      <Table.Cell>
                        {t.labels.caseTypesShort[c.caseType]}
                        {c.rentalKind && <span className="secondary-line">{t.labels.rentalKinds[c.rentalKind]}</span>}
                      </Table.Cell>
                      <Table.Cell className="nowrap">
                        <time dateTime={c.receivedOn}>{formatDate(locale, c.receivedOn)}</time>
                      </Table.Cell>
                      <Table.Cell>{t.labels.caseStatuses[c.status]}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          )
        }
      </ResourceView>
    </section>
  );
}
