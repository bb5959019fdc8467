import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import { formatDate, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { getLeasePage, type LeasePageData } from './leases.api';

/** One lease: its terms, the rent ledger (charges, payments, balance) and any eviction steps. */
export function LeasePage({ id }: { id: string }) {
  const { t } = useI18n();
  const page = useResource(`lease:${id}`, (signal) => getLeasePage(id, signal));
  if (page.status !== 'ready') {
    return (
      <Page title={t.leases.title}>
        <ResourceView resource={page}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <LeaseView data={page.data} />;
}

function LeaseView({ data }: { data: LeasePageData }) {
  const { t, locale } = useI18n();
  const l = t.lease;
  const { lease, ledger } = data;
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : '–');
  return (
    <Page title={l.pageTitle(lease.dwellingAddress)} heading={lease.dwellingAddress}>
      <Paragraph>
        <AppLink href={paths.leases}>{l.back}</AppLink> · <AppLink href={paths.dwelling(lease.dwellingId)}>{t.dwellings.title}</AppLink>
      </Paragraph>
      <section aria-labelledby="lease-details" className="section section--first">
        <Heading level={2} data-size="sm" id="lease-details">
          {l.detailsHeading}
        </Heading>
        <dl className="facts">
          <dt>{t.leases.tenant}</dt>
          <dd>{lease.tenantName ?? t.leases.tenantHidden}</dd>
          <dt>{l.status}</dt>
          <dd>{t.leaseStatuses[lease.status]}</dd>
          <dt>{l.start}</dt>
          <dd>{date(lease.startDate)}</dd>
          <dt>{l.end}</dt>
          <dd>{lease.endDate ? date(lease.endDate) : t.leases.openEnded}</dd>
          <dt>{l.rent}</dt>
          <dd>{formatKroner(locale, lease.monthlyRent)}</dd>
          <dt>{l.deposit}</dt>
          <dd>{formatKroner(locale, lease.depositAmount)}</dd>
          <dt>{l.signedOn}</dt>
          <dd>{date(lease.signedOn)}</dd>
          <dt>{l.noticeGivenOn}</dt>
          <dd>{date(lease.noticeGivenOn)}</dd>
          <dt>{l.section111}</dt>
          <dd>{lease.section111 ? t.common.yes : t.common.no}</dd>
        </dl>
      </section>
      <section aria-labelledby="lease-ledger" className="section">
        <Heading level={2} data-size="sm" id="lease-ledger">
          {l.ledgerHeading}
        </Heading>
        <dl className="key-figures">
          <div className="key-figures__item">
            <dt>{l.charged}</dt>
            <dd>{formatKroner(locale, ledger.totals.charged)}</dd>
          </div>
          <div className="key-figures__item">
            <dt>{l.paid}</dt>
            <dd>{formatKroner(locale, ledger.totals.paid)}</dd>
          </div>
          <div className={`key-figures__item${ledger.arrears.warning ? ' key-figures__item--alert' : ''}`}>
            <dt>{l.balance}</dt>
            <dd>{formatKroner(locale, ledger.totals.balance)}</dd>
          </div>
        </dl>
        <SimpleTable
          heading={l.chargesHeading}
          columns={[l.period, l.dueOn, l.amount]}
          rows={ledger.charges.map((c) => ({ key: c.period, cells: [date(c.period), date(c.dueOn), formatKroner(locale, c.amount)] }))}
        />
        <SimpleTable
          heading={l.paymentsHeading}
          columns={[l.paidOn, l.amount, l.reference]}
          rows={ledger.payments.map((p, i) => ({ key: `${p.reference}:${i}`, cells: [date(p.paidOn), formatKroner(locale, p.amount), p.reference] }))}
        />
      </section>
      <section aria-labelledby="lease-eviction" className="section">
        <Heading level={2} data-size="sm" id="lease-eviction">
          {l.evictionHeading}
        </Heading>
        {lease.evictionSteps.length === 0 ? (
          <Paragraph>{l.noEviction}</Paragraph>
        ) : (
          <SimpleTable
            heading={l.evictionHeading}
            columns={[l.step, l.stepOn, l.note]}
            rows={lease.evictionSteps.map((s) => ({ key: s.id, cells: [l.steps[s.step], date(s.stepOn), s.note ?? '–'] }))}
          />
        )}
      </section>
    </Page>
  );
}

/** A small table with a level-3 heading; the first cell of each row heads the row. */
function SimpleTable({ heading, columns, rows }: { heading: string; columns: readonly string[]; rows: ReadonlyArray<{ key: string; cells: readonly ReactNode[] }> }) {
  const { t } = useI18n();
  const captionId = useId();
  return (
    <>
      <Heading level={3} data-size="xs">
        {heading}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{t.lease.none}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {heading}
            </caption>
            <Table.Head>
              <Table.Row>
                {columns.map((column) => (
                  <Table.HeaderCell key={column} scope="col">
                    {column}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.key}>
                  {row.cells.map((cell, index) =>
                    index === 0 ? (
                      <Table.HeaderCell key={index} scope="row" className="nowrap">
                        {cell}
                      </Table.HeaderCell>
                    ) : (
                      <Table.Cell key={index}>{cell}</Table.Cell>
                    ),
                  )}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </>
  );
}
