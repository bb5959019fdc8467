import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { DwellingPage as DwellingPageData } from '../../../contracts/dwellings';
import { canManageDwellings } from '../../../domain/dwellings/access';
import type { LeaseStatus } from '../../../domain/leases/lease-status';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { canDraftLease, canUseLeases } from '../leases/lease-access';
import { canDraftFromStatus } from '../leases/NewLeasePage';
import { dwellingAddress } from './dwelling-format';
import { getDwellingPage } from './dwellings.api';
import { StatusChangeForm } from './StatusChangeForm';

/** One dwelling: its fields, status now and over time, leases, vacancy and lost rent; the property manager changes the status. */
export function DwellingPage({ id }: { id: string }) {
  const t = useI18n().t;
  const page = useResource(`dwelling:${id}`, (signal) => getDwellingPage(id, signal));
  if (page.status !== 'ready') {
    return (
      <Page title={t.dwellings.title}>
        <ResourceView resource={page}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <DwellingView data={page.data} onChanged={page.refresh} />;
}

function DwellingView({ data, onChanged }: { data: DwellingPageData; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const { state } = useSession();
  const { dwelling } = data;
  const address = dwellingAddress(dwelling);
  const manages = state.status === 'authenticated' && canManageDwellings(state.session.role);
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  return (
    <Page title={d.pageTitle(address)} heading={address}>
      <Paragraph>
        <AppLink href={paths.dwellings}>{d.backToList}</AppLink> · <AppLink href={paths.vacancies}>{d.vacancyTitle}</AppLink>
      </Paragraph>
      <section aria-labelledby="dwelling-current" className="section section--first">
        <Heading level={2} data-size="sm" id="dwelling-current">
          {d.currentHeading}
        </Heading>
        {dwelling.current ? (
          <dl className="facts">
            <dt>{d.status}</dt>
            <dd data-testid="current-status">{t.dwellingStatuses[dwelling.current.status]}</dd>
            <dt>{d.since}</dt>
            <dd>{date(dwelling.current.fromDate)}</dd>
            {dwelling.current.expectedReadyOn && (
              <>
                <dt>{d.expectedReady}</dt>
                <dd>{date(dwelling.current.expectedReadyOn)}</dd>
              </>
            )}
          </dl>
        ) : (
          <Paragraph>{d.noStatus}</Paragraph>
        )}
        {state.status === 'authenticated' && canDraftLease(state.session.role) && canDraftFromStatus(dwelling.current?.status) && (
          <Paragraph>
            <ButtonLink href={paths.newLease(dwelling.id)} variant="secondary">
              {t.newLease.start}
            </ButtonLink>
          </Paragraph>
        )}
        {manages && dwelling.current && <StatusChangeForm dwellingId={dwelling.id} current={dwelling.current.status} onChanged={onChanged} />}
      </section>
      <section aria-labelledby="dwelling-facts" className="section">
        <Heading level={2} data-size="sm" id="dwelling-facts">
          {d.factsHeading}
        </Heading>
        <dl className="facts">
          <dt>{d.address}</dt>
          <dd>
            {address}, {dwelling.postalCode} {dwelling.postalCity}
          </dd>
          <dt>{d.districtCol}</dt>
          <dd>{dwelling.districtName ?? dwelling.districtCode ?? '–'}</dd>
          <dt>{d.type}</dt>
          <dd>{t.dwellingTypes[dwelling.dwellingType]}</dd>
          <dt>{d.disposalForm}</dt>
          <dd>{t.disposalForms[dwelling.disposalForm]}</dd>
          <dt>{d.bedrooms}</dt>
          <dd>{formatNumber(locale, dwelling.bedrooms)}</dd>
          <dt>{d.area}</dt>
          <dd>{dwelling.usableAreaM2 === null ? '–' : formatNumber(locale, dwelling.usableAreaM2)}</dd>
          <dt>{d.rent}</dt>
          <dd>{formatKroner(locale, dwelling.monthlyRent)}</dd>
          <dt>{d.wheelchair}</dt>
          <dd>{dwelling.wheelchairAccessible ? t.common.yes : t.common.no}</dd>
          <dt>{d.shared}</dt>
          <dd>{dwelling.sharedHousing ? t.common.yes : t.common.no}</dd>
          <dt>{d.staffed}</dt>
          <dd>{dwelling.staffed24h ? t.common.yes : t.common.no}</dd>
        </dl>
      </section>
      <VacancySection data={data} />
      <HistorySection data={data} />
      <LeasesSection data={data} />
    </Page>
  );
}

function VacancySection({ data }: { data: DwellingPageData }) {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const captionId = useId();
  const { vacancy } = data;
  const rows = [
    [d.thisYear, vacancy.thisYear],
    [d.last12Months, vacancy.last12Months],
  ] as const;
  return (
    <section aria-labelledby="dwelling-vacancy" className="section">
      <Heading level={2} data-size="sm" id="dwelling-vacancy">
        {d.vacancyHeading}
      </Heading>
      <Paragraph>
        {vacancy.vacantSince && vacancy.daysVacant !== null ? d.vacantNow(formatDate(locale, vacancy.vacantSince), vacancy.daysVacant) : d.notVacantNow}
      </Paragraph>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {d.vacancyHeading}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{d.period}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {d.vacancyDays}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {d.lostRent}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {d.maintenanceDays}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {d.notInUseDays}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(([label, summary]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.Cell className="numeric">{formatNumber(locale, summary.vacancyDays)}</Table.Cell>
                <Table.Cell className="numeric nowrap">{formatKroner(locale, summary.lostRent)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(locale, summary.maintenanceDays)}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(locale, summary.notInUseDays)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function HistorySection({ data }: { data: DwellingPageData }) {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const captionId = useId();
  return (
    <section aria-labelledby="dwelling-history" className="section">
      <Heading level={2} data-size="sm" id="dwelling-history">
        {d.historyHeading}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {d.historyHeading}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{d.status}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.from}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.to}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {d.days}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.reason}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {data.statusHistory.map((period) => (
              <Table.Row key={period.id}>
                <Table.HeaderCell scope="row">{t.dwellingStatuses[period.status]}</Table.HeaderCell>
                <Table.Cell className="nowrap">{formatDate(locale, period.fromDate)}</Table.Cell>
                <Table.Cell className="nowrap">{period.toDate ? formatDate(locale, period.toDate) : d.ongoing}</Table.Cell>
                <Table.Cell className="numeric">{formatNumber(locale, period.days)}</Table.Cell>
                <Table.Cell>{period.reason ?? '–'}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function LeasesSection({ data }: { data: DwellingPageData }) {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const captionId = useId();
  const { state } = useSession();
  const linked = state.status === 'authenticated' && canUseLeases(state.session.role);
  return (
    <section aria-labelledby="dwelling-leases" className="section">
      <Heading level={2} data-size="sm" id="dwelling-leases">
        {d.leasesHeading}
      </Heading>
      {data.leases.length === 0 ? (
        <Paragraph>{d.noLeases}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {d.leasesHeading}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{d.tenant}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.start}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.end}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.leaseStatus}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {data.leases.map((lease) => (
                <Table.Row key={lease.id}>
                  <Table.HeaderCell scope="row">
                    {linked ? (
                      <AppLink href={paths.lease(lease.id)}>{lease.tenantNameHidden || !lease.tenantName ? d.tenantHidden : lease.tenantName}</AppLink>
                    ) : lease.tenantNameHidden || !lease.tenantName ? (
                      d.tenantHidden
                    ) : (
                      lease.tenantName
                    )}
                  </Table.HeaderCell>
                  <Table.Cell className="nowrap">{formatDate(locale, lease.startDate)}</Table.Cell>
                  <Table.Cell className="nowrap">{lease.endDate ? formatDate(locale, lease.endDate) : d.openEnded}</Table.Cell>
                  <Table.Cell>{t.leaseStatuses[lease.status as LeaseStatus] ?? lease.status}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
