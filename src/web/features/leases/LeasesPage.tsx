import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { LeaseSummary } from '../../../contracts/leases';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { canDecideRenewal } from './lease-access';
import { getLeaseLists, type LeaseLists } from './leases.api';
import { RenewalsSection } from './RenewalsSection';
import { useRole } from './useRole';

/** The caseworker's and property manager's lease lists: renewals to assess, expiring, § 9-2 alarms, arrears. */
export function LeasesPage() {
  const { t } = useI18n();
  const role = useRole();
  const lists = useResource('lease-lists', getLeaseLists);
  return (
    <Page title={t.leases.title}>
      <Paragraph>{t.leases.intro}</Paragraph>
      <RenewalsSection canDecide={role !== null && canDecideRenewal(role)} />
      <ResourceView resource={lists}>{(data) => <Lists lists={data} />}</ResourceView>
    </Page>
  );
}


function Lists({ lists }: { lists: LeaseLists }) {
  const { t, locale } = useI18n();
  const l = t.leases;
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : l.openEnded);
  return (
    <>
      <LeaseSection
        id="leases-alarms"
        heading={l.alarmsHeading}
        hint={l.alarmsHint}
        items={lists.alarms.items}
        columns={[
          { heading: l.endDate, cell: (lease) => date(lease.alarm.endDate) },
          { heading: l.deadline, cell: (lease) => date(lease.alarm.deadline) },
          {
            heading: l.level,
            cell: (lease) => (
              <>
                <Tag data-size="sm" data-color={lease.alarm.level === 'alarm' ? 'warning' : 'danger'}>
                  {l.levels[lease.alarm.level]}
                </Tag>
                <span className="secondary-line">{l.daysLeft(lease.alarm.daysLeft)}</span>
              </>
            ),
          },
        ]}
      />
      <LeaseSection
        id="leases-arrears"
        heading={l.arrearsHeading}
        hint={l.arrearsHint}
        items={lists.arrears.items}
        columns={[
          { heading: l.amount, numeric: true, cell: (lease) => formatKroner(locale, lease.arrears.amount) },
          { heading: l.missedPayments, numeric: true, cell: (lease) => formatNumber(locale, lease.arrears.missedPayments) },
          { heading: l.oldestUnpaid, cell: (lease) => (lease.arrears.oldestUnpaidDueOn ? date(lease.arrears.oldestUnpaidDueOn) : '–') },
          {
            heading: l.warning,
            cell: (lease) =>
              lease.arrears.warning ? (
                <Tag data-size="sm" data-color="danger">
                  {l.warning}
                </Tag>
              ) : (
                '–'
              ),
          },
        ]}
      />
      <LeaseSection
        id="leases-expiring"
        heading={l.expiringHeading}
        hint={l.expiringHint}
        items={lists.expiring.items}
        columns={[
          { heading: l.endDate, cell: (lease) => date(lease.endDate) },
          { heading: l.renewalOpens, cell: (lease) => date(lease.renewalOpensOn) },
        ]}
      />
    </>
  );
}

function LeaseSection<T extends LeaseSummary>({
  id,
  heading,
  hint,
  items,
  columns,
}: {
  id: string;
  heading: string;
  hint: string;
  items: readonly T[];
  columns: ReadonlyArray<{ heading: string; numeric?: boolean; cell: (lease: T) => ReactNode }>;
}) {
  const { t } = useI18n();
  const l = t.leases;
  const captionId = useId();
  return (
    <section aria-labelledby={id} className="section">
      <Heading level={2} data-size="sm" id={id}>
        {heading} <span className="count">({items.length})</span>
      </Heading>
      <Paragraph data-size="sm">{hint}</Paragraph>
      {items.length === 0 ? (
        <Paragraph>{l.empty}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table data-table--wide">
            <caption id={captionId} className="ds-sr-only">
              {heading}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{l.dwelling}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{l.tenant}</Table.HeaderCell>
                {columns.map((column) => (
                  <Table.HeaderCell key={column.heading} scope="col" className={column.numeric ? 'numeric' : undefined}>
                    {column.heading}
                  </Table.HeaderCell>
                ))}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {items.map((lease) => (
                <Table.Row key={lease.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.lease(lease.id)}>{lease.dwellingAddress}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{lease.tenantName ?? l.tenantHidden}</Table.Cell>
                  {columns.map((column) => (
                    <Table.Cell key={column.heading} className={column.numeric ? 'numeric nowrap' : 'nowrap'}>
                      {column.cell(lease)}
                    </Table.Cell>
                  ))}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
