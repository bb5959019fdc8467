import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, type ReactNode } from 'react';
import type { LeaseDetail } from '../../../contracts/leases';
import { canOpenArea } from '../../../domain/access/roles';
import { INVENTORY_ITEMS, type InventoryItem, type ItemState } from '../../../domain/leases/inspections';
import type { EndReason } from '../../../domain/leases/lease-status';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { LeaseActions } from './LeaseActions';
import { getLeasePage, type LeasePageData } from './leases.api';
import { useRole } from './useRole';

/**
 * One lease: its terms, what may be done with it now (sign, move-in, notice, rent adjustment,
 * eviction steps, end, move-out; the renewal outcome), move-in and move-out records, rent
 * changes, the rent ledger (charges, payments, balance) and any eviction steps.
 */
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
  return <LeaseView data={page.data} onChanged={page.refresh} />;
}

function LeaseView({ data, onChanged }: { data: LeasePageData; onChanged: () => Promise<void> }) {
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
          <dd data-testid="lease-status">{t.leaseStatuses[lease.status]}</dd>
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
          {lease.section111 && (
            <>
              <dt>{l.section111NoticeOn}</dt>
              <dd>{date(lease.section111NoticeOn)}</dd>
            </>
          )}
          <dt>{l.depositType}</dt>
          <dd>{t.leaseLabels.depositTypes[lease.depositType]}</dd>
          <dt>{l.rentModel}</dt>
          <dd>{t.leaseLabels.rentModels[lease.rentModel]}</dd>
          {lease.shortTermReason && (
            <>
              <dt>{l.shortTermReason}</dt>
              <dd className="pre-line">{lease.shortTermReason}</dd>
            </>
          )}
          {lease.endedOn && (
            <>
              <dt>{l.endedOn}</dt>
              <dd>{date(lease.endedOn)}</dd>
              <dt>{l.endReason}</dt>
              <dd>{lease.endReason ? (t.leaseLabels.endReasons[lease.endReason as EndReason] ?? lease.endReason) : '–'}</dd>
            </>
          )}
        </dl>
        <RenewalFacts lease={lease} />
      </section>
      <LeaseActions lease={lease} onChanged={onChanged} />
      <InspectionRecords lease={lease} />
      <AdjustmentsSection lease={lease} />
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

/** The renewal assessment, if one is open or decided, with the renewal case for those who may open cases. */
function RenewalFacts({ lease }: { lease: LeaseDetail }) {
  const { t, locale } = useI18n();
  const role = useRole();
  const { renewal } = lease;
  if (!renewal) return null;
  return (
    <>
      <Heading level={3} data-size="xs">
        {t.lease.renewalHeading}
      </Heading>
      <Paragraph>
        {renewal.outcome && renewal.outcomeOn
          ? t.lease.renewalDecided(t.leaseLabels.renewalOutcomes[renewal.outcome], formatDate(locale, renewal.outcomeOn))
          : t.lease.renewalOpen(formatDate(locale, renewal.openedOn))}{' '}
        {renewal.caseId && role && canOpenArea(role, 'persons') && <AppLink href={paths.case(renewal.caseId)}>{t.lease.renewalCase}</AppLink>}
      </Paragraph>
    </>
  );
}

type Inspection = { date?: unknown; keys?: unknown; items?: unknown };

/** The stored move-in or move-out record (a JSON document) read defensively: date, keys and the items that were not in order. */
function readInspection(record: Record<string, unknown>, dateKey: string, keysKey: string) {
  const r = record as Inspection & Record<string, unknown>;
  const items = Array.isArray(r.items) ? (r.items as Array<{ item?: unknown; state?: unknown; note?: unknown }>) : [];
  return {
    date: typeof r[dateKey] === 'string' ? (r[dateKey] as string) : null,
    keys: typeof r[keysKey] === 'number' ? (r[keysKey] as number) : null,
    deviations: items.filter(
      (i): i is { item: InventoryItem; state: ItemState; note?: unknown } =>
        typeof i.item === 'string' && (INVENTORY_ITEMS as readonly string[]).includes(i.item) && (i.state === 'missing' || i.state === 'damaged'),
    ),
  };
}

function InspectionRecords({ lease }: { lease: LeaseDetail }) {
  const { t, locale } = useI18n();
  const l = t.lease;
  const block = (heading: string, record: Record<string, unknown> | null, dateKey: string, dateLabel: string, keysKey: string, keysLabel: string, extra?: ReactNode) => {
    if (!record) {
      return (
        <>
          <Heading level={3} data-size="xs">
            {heading}
          </Heading>
          <Paragraph>{l.notRecorded}</Paragraph>
        </>
      );
    }
    const read = readInspection(record, dateKey, keysKey);
    return (
      <>
        <Heading level={3} data-size="xs">
          {heading}
        </Heading>
        <dl className="facts">
          <dt>{dateLabel}</dt>
          <dd>{read.date ? <time dateTime={read.date}>{formatDate(locale, read.date)}</time> : '–'}</dd>
          <dt>{keysLabel}</dt>
          <dd>{read.keys === null ? '–' : formatNumber(locale, read.keys)}</dd>
          {extra}
          <dt>{l.itemsNotOk}</dt>
          <dd>
            {read.deviations.length === 0 ? (
              l.allItemsOk
            ) : (
              <ul className="compact-list">
                {read.deviations.map((d) => (
                  <li key={d.item}>
                    {t.leaseLabels.inventoryItems[d.item]}: {t.leaseLabels.itemStates[d.state]}
                    {typeof d.note === 'string' && d.note ? ` – ${d.note}` : ''}
                  </li>
                ))}
              </ul>
            )}
          </dd>
        </dl>
      </>
    );
  };
  const moveOut = lease.moveOut as { condition?: unknown; damagesTotal?: unknown; depositSettlement?: { retained?: unknown; returned?: unknown } } | null;
  const kroner = (value: unknown) => (typeof value === 'number' ? formatKroner(locale, value) : '–');
  const condition = typeof moveOut?.condition === 'string' ? (t.leaseLabels.moveOutConditions as Record<string, string>)[moveOut.condition] : undefined;
  return (
    <section aria-labelledby="lease-inspections" className="section">
      <Heading level={2} data-size="sm" id="lease-inspections">
        {l.inspectionsHeading}
      </Heading>
      {block(l.moveInHeading, lease.moveIn, 'movedInOn', l.movedInOn, 'keysHandedOver', l.keysHandedOver)}
      {block(
        l.moveOutHeading,
        lease.moveOut,
        'inspectedOn',
        l.inspectedOn,
        'keysReturned',
        l.keysReturned,
        <>
          <dt>{l.condition}</dt>
          <dd>{condition ?? '–'}</dd>
          <dt>{l.damagesTotal}</dt>
          <dd>{kroner(moveOut?.damagesTotal)}</dd>
          <dt>{l.retained}</dt>
          <dd>{kroner(moveOut?.depositSettlement?.retained)}</dd>
          <dt>{l.returned}</dt>
          <dd>{kroner(moveOut?.depositSettlement?.returned)}</dd>
        </>,
      )}
    </section>
  );
}

function AdjustmentsSection({ lease }: { lease: LeaseDetail }) {
  const { t, locale } = useI18n();
  const l = t.lease;
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  return (
    <section aria-labelledby="lease-adjustments" className="section">
      <Heading level={2} data-size="sm" id="lease-adjustments">
        {l.adjustmentsHeading}
      </Heading>
      {lease.adjustments.length === 0 ? (
        <Paragraph>{l.noAdjustments}</Paragraph>
      ) : (
        <SimpleTable
          heading={l.adjustmentsHeading}
          columns={[l.effectiveOn, l.kind, l.noticeSentOn, l.oldRent, l.newRent]}
          rows={lease.adjustments.map((a) => ({
            key: a.id,
            cells: [date(a.effectiveOn), t.leaseLabels.adjustmentKinds[a.kind], date(a.noticeSentOn), formatKroner(locale, a.oldRent), formatKroner(locale, a.newRent)],
          }))}
        />
      )}
    </section>
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
