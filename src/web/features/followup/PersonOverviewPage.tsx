import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { SharingOverview } from '../../../contracts/followup';
import { isRole } from '../../../domain/access/roles';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { isMissing } from '../persons/person-format';
import { getSharingOverview } from './followup.api';
import './followup.css';

/**
 * /personer/:id/oversikt: the person's own overview (innsyn) for the caseworker to show or print —
 * the consents to share information (in force or not) and who has read the file, when and why.
 * Printing hides the app's header, navigation and footer (followup.css).
 */
export function PersonOverviewPage({ id }: { id: string }) {
  const { t } = useI18n();
  const o = t.sharingOverview;
  const overview = useResource(`sharing-overview:${id}`, (signal) => getSharingOverview(id, signal));
  const name = overview.status === 'ready' ? `${overview.data.person.givenName} ${overview.data.person.familyName}` : null;
  return (
    <div className="sharing-overview">
      <Page title={name ? o.title(name) : overview.status === 'error' && isMissing(overview.error) ? t.person.notFound : o.fallbackTitle}>
        <Paragraph className="back-link no-print">
          <AppLink href={paths.person(id)}>{o.back}</AppLink>
        </Paragraph>
        <ResourceView resource={overview}>{(data) => <OverviewView overview={data} />}</ResourceView>
      </Page>
    </div>
  );
}

function OverviewView({ overview }: { overview: SharingOverview }) {
  const { t, locale } = useI18n();
  const o = t.sharingOverview;
  return (
    <>
      <Paragraph>{o.intro}</Paragraph>
      <Paragraph data-size="sm">{o.generated(formatDateTime(locale, overview.generatedAt))}</Paragraph>
      <div className="page-actions no-print">
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {o.print}
        </Button>
      </div>
      <ConsentsTable overview={overview} />
      <ReadsTable overview={overview} />
    </>
  );
}

function ConsentsTable({ overview }: { overview: SharingOverview }) {
  const { t, locale } = useI18n();
  const o = t.sharingOverview;
  const captionId = useId();
  const date = (iso: string) => formatDate(locale, iso);
  return (
    <section aria-labelledby="overview-consents" className="section">
      <Heading level={2} data-size="sm" id="overview-consents">
        {o.consentsHeading}
      </Heading>
      {overview.consents.length === 0 ? (
        <Paragraph>{o.consentsNone}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table" data-testid="overview-consents">
            <caption id={captionId}>{o.consentsCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{o.recipient}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{o.purpose}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{o.scope}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{o.period}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{o.status}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {overview.consents.map((c) => (
                <Table.Row key={c.id}>
                  <Table.HeaderCell scope="row">{t.labels.consentRecipients[c.recipient]}</Table.HeaderCell>
                  <Table.Cell>{c.purpose}</Table.Cell>
                  <Table.Cell>{c.scope}</Table.Cell>
                  <Table.Cell className="nowrap">{o.periodText(date(c.validFrom), c.validTo ? date(c.validTo) : null)}</Table.Cell>
                  <Table.Cell>{c.withdrawnAt ? o.withdrawnOn(formatDateTime(locale, c.withdrawnAt)) : c.inForce ? o.inForce : o.notInForce}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

function ReadsTable({ overview }: { overview: SharingOverview }) {
  const { t, locale } = useI18n();
  const o = t.sharingOverview;
  const captionId = useId();
  return (
    <section aria-labelledby="overview-reads" className="section">
      <Heading level={2} data-size="sm" id="overview-reads">
        {o.readsHeading}
      </Heading>
      <Paragraph>{o.readsIntro}</Paragraph>
      {overview.reads.length === 0 ? (
        <Paragraph>{o.readsNone}</Paragraph>
      ) : (
        <>
          <TableScroll captionId={captionId}>
            <Table zebra className="data-table" data-testid="overview-reads">
              <caption id={captionId}>{o.readsCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{o.when}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{o.who}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{o.role}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{o.what}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{o.why}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {overview.reads.map((r) => (
                  <Table.Row key={r.id}>
                    <Table.HeaderCell scope="row" className="nowrap">
                      <time dateTime={r.occurredAt}>{formatDateTime(locale, r.occurredAt)}</time>
                    </Table.HeaderCell>
                    <Table.Cell>{r.readerName ?? o.unknownReader}</Table.Cell>
                    <Table.Cell>{isRole(r.readerRole) ? t.roles[r.readerRole] : r.readerRole}</Table.Cell>
                    <Table.Cell>{o.subjects[r.subjectType] ?? r.subjectType}</Table.Cell>
                    <Table.Cell>{o.purposes[r.purpose] ?? r.purpose}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
          {overview.totalReads > overview.reads.length && <Paragraph>{o.latest(overview.reads.length, overview.totalReads)}</Paragraph>}
        </>
      )}
    </section>
  );
}
