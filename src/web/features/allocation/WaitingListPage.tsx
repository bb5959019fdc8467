import { Alert, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { LazyDetails } from '../leases/LazyDetails';
import { getWaitingList, readWaitingFilters, type WaitingEntry, type WaitingList } from './allocation.api';
import { priorityRuleSet } from './allocation-format';
import { AllocationNav } from './AllocationNav';
import { PriorityOverrideForm } from './PriorityOverrideForm';
import { ReasonList } from './Reasons';
import { WaitingFilterForm } from './WaitingFilterForm';

/**
 * The waiting list (venteliste) in priority order: each household's place, points and band, with
 * the reasons behind them and the caseworker's override form.
 */
export function WaitingListPage() {
  const { t, locale, language } = useI18n();
  const w = t.waitingList;
  const { query, search } = useLocation();
  const filters = readWaitingFilters(query);
  const list = useResource(`waiting-list${search}`, (signal) => getWaitingList(filters, signal));
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function overridden(message: string) {
    await list.refresh();
    setDone(message);
  }

  return (
    <Page title={w.title}>
      <AllocationNav current="waitingList" />
      <Paragraph>{w.intro}</Paragraph>
      <ResourceView resource={list}>
        {(data) => {
          const rules = priorityRuleSet(data.ruleSet);
          const bands = rules ? rules.bands.map((b) => ({ id: b.id, title: b.title[language] })) : [...new Set([...data.items.map((i) => i.band), ...(filters.band ? [filters.band] : [])])].sort().map((id) => ({ id, title: w.bandTitle(id) }));
          return (
            <>
              <WaitingFilterForm initial={filters} bands={bands} />
              <Paragraph role="status">
                {w.asOf(formatDate(locale, data.today))} {data.items.length === data.total ? w.count(data.total) : w.countFiltered(data.items.length, data.total)}{' '}
                {w.ruleSet(data.ruleSet.id, data.ruleSet.version)}
              </Paragraph>
              {done && (
                <Alert data-color="success" ref={doneRef} tabIndex={-1} className="block-gap">
                  <Paragraph>{done}</Paragraph>
                </Alert>
              )}
              {data.items.length === 0 ? <Paragraph>{w.empty}</Paragraph> : <WaitingTable list={data} maxPoints={rules?.override.maxPoints} onOverride={overridden} />}
            </>
          );
        }}
      </ResourceView>
    </Page>
  );
}

function WaitingTable({ list, maxPoints, onOverride }: { list: WaitingList; maxPoints: number | undefined; onOverride: (message: string) => Promise<void> }) {
  const { t, locale } = useI18n();
  const w = t.waitingList;
  const captionId = useId();
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  const columns = 8;
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table data-table--wide waiting-table">
        <caption id={captionId} className="ds-sr-only">
          {w.caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col" className="numeric">
              {w.position}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.household}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {w.persons}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {w.bedrooms}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.band}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {w.points}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.decided}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.items.map((entry) => (
            <WaitingRows key={entry.caseId} entry={entry} today={list.today} columns={columns} date={date} maxPoints={maxPoints} onOverride={onOverride} />
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** One household: its row, then a row with its reasons and the override form (opened on request). */
function WaitingRows({
  entry,
  today,
  columns,
  date,
  maxPoints,
  onOverride,
}: {
  entry: WaitingEntry;
  today: string;
  columns: number;
  date: (value: string) => ReactNode;
  maxPoints: number | undefined;
  onOverride: (message: string) => Promise<void>;
}) {
  const { t, locale } = useI18n();
  const w = t.waitingList;
  return (
    <>
      <Table.Row className="waiting-table__row">
        <Table.Cell className="numeric">{entry.queuePosition === null ? '–' : formatNumber(locale, entry.queuePosition)}</Table.Cell>
        <Table.HeaderCell scope="row">
          <AppLink href={paths.case(entry.caseId)}>{entry.name}</AppLink>
          <span className="secondary-line">
            {entry.caseNumber}
            {entry.needCategory && ` · ${t.labels.needCategories[entry.needCategory as keyof typeof t.labels.needCategories] ?? entry.needCategory}`}
          </span>
        </Table.HeaderCell>
        <Table.Cell className="numeric">
          {formatNumber(locale, entry.persons)}
          {entry.children > 0 && <span className="secondary-line">{w.children(entry.children)}</span>}
        </Table.Cell>
        <Table.Cell className="numeric">{entry.bedroomsApproved === null ? '–' : formatNumber(locale, entry.bedroomsApproved)}</Table.Cell>
        <Table.Cell>{entry.band}</Table.Cell>
        <Table.Cell className="numeric nowrap">
          {formatNumber(locale, entry.points)}
          {entry.override && (
            <span className="secondary-line">
              <Tag data-size="sm" data-color="warning">
                {w.overridden}
              </Tag>{' '}
              {w.computed(entry.computedPoints)}
            </span>
          )}
        </Table.Cell>
        <Table.Cell className="nowrap">
          {date(entry.decidedOn)}
          {entry.validUntil && <span className="secondary-line">{w.validUntil(formatDate(locale, entry.validUntil))}</span>}
        </Table.Cell>
        <Table.Cell>
          <WaitingStatus entry={entry} today={today} />
        </Table.Cell>
      </Table.Row>
      <Table.Row className="waiting-table__details">
        <Table.Cell colSpan={columns}>
          <div className="detail-pair">
            <LazyDetails summary={w.reasonsFor(entry.name)}>{() => <ReasonList reasons={entry.reasons} sources />}</LazyDetails>
            <LazyDetails summary={entry.override ? w.changeOverrideFor(entry.name) : w.overrideFor(entry.name)}>
              {() => <PriorityOverrideForm entry={entry} maxPoints={maxPoints} onDone={onOverride} />}
            </LazyDetails>
          </div>
        </Table.Cell>
      </Table.Row>
    </>
  );
}

function WaitingStatus({ entry, today }: { entry: WaitingEntry; today: string }) {
  const { t, locale } = useI18n();
  const w = t.waitingList;
  if (entry.pendingOffer)
    return (
      <>
        <Tag data-size="sm" data-color="info">
          {w.pendingOffer}
        </Tag>
        <span className="secondary-line">
          <AppLink href={paths.offers}>{w.seeOffers}</AppLink>
        </span>
      </>
    );
  if (entry.pausedUntil && entry.pausedUntil >= today)
    return (
      <Tag data-size="sm" data-color="warning">
        {w.pausedUntil(formatDate(locale, entry.pausedUntil))}
      </Tag>
    );
  if (entry.queuePosition === null && entry.validUntil && entry.validUntil < today)
    return (
      <Tag data-size="sm" data-color="danger">
        {w.expired}
      </Tag>
    );
  return <>{entry.queuePosition === null ? w.notInRounds : w.inQueue}</>;
}
