import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { WorklistItem } from '../../../contracts/cases';
import { daysBetween } from '../../../domain/deadlines/calendar';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';

export type Column = 'status' | 'deadline' | 'assignedTo' | 'validUntil' | 'appeal';

type Props = { caption: string; items: readonly WorklistItem[]; columns: readonly Column[]; today: string };

/** Cases of one work-list section; the case number links to the case page. */
export function WorklistTable({ caption, items, columns, today }: Props) {
  const { t } = useI18n();
  const w = t.worklist;
  const captionId = useId();
  const headings: Record<Column, string> = {
    status: w.status,
    deadline: w.deadline,
    assignedTo: w.assignedTo,
    validUntil: w.validUntil,
    appeal: w.appeal,
  };
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{w.caseNumber}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.person}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.caseType}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{w.received}</Table.HeaderCell>
            {columns.map((column) => (
              <Table.HeaderCell key={column} scope="col">
                {headings[column]}
              </Table.HeaderCell>
            ))}
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={`${item.caseId}:${item.decisionId ?? ''}:${item.appealId ?? ''}`}>
              <Table.HeaderCell scope="row" className="nowrap">
                <AppLink href={paths.case(item.caseId)}>{item.caseNumber}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{item.personName}</Table.Cell>
              <Table.Cell>
                {t.labels.caseTypesShort[item.caseType]}
                {item.rentalKind && <span className="secondary-line">{t.labels.rentalKinds[item.rentalKind]}</span>}
              </Table.Cell>
              <Table.Cell className="nowrap">
                <CellDate value={item.receivedOn} />
              </Table.Cell>
              {columns.map((column) => (
                <Table.Cell key={column} className={column === 'deadline' || column === 'validUntil' ? 'nowrap' : undefined}>
                  <ColumnValue column={column} item={item} today={today} />
                </Table.Cell>
              ))}
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function CellDate({ value }: { value: string }) {
  const { locale } = useI18n();
  return <time dateTime={value}>{formatDate(locale, value)}</time>;
}

function ColumnValue({ column, item, today }: { column: Column; item: WorklistItem; today: string }) {
  const { t } = useI18n();
  const w = t.worklist;
  switch (column) {
    case 'status':
      return <>{t.labels.caseStatuses[item.status]}</>;
    case 'assignedTo':
      return <>{item.assignedTo?.displayName ?? w.unassigned}</>;
    case 'validUntil':
      return item.validUntil ? <CellDate value={item.validUntil} /> : <>–</>;
    case 'appeal':
      if (item.appealInTime === null) return <>–</>;
      return (
        <Tag data-size="sm" data-color={item.appealInTime ? 'neutral' : 'warning'}>
          {item.appealInTime ? w.appealInTime : w.appealLate}
        </Tag>
      );
    case 'deadline':
      return <DeadlineCell item={item} today={today} />;
  }
}

/** The due date and, in words and colour, how far past or near it the case is. */
export function DeadlineCell({ item, today }: { item: Pick<WorklistItem, 'deadline'>; today: string }) {
  const { t } = useI18n();
  const { deadline } = item;
  const flag =
    deadline.state === 'overdue' ? (
      <Tag data-size="sm" data-color="danger">
        {t.worklist.overdueBy(deadline.daysOverdue)}
      </Tag>
    ) : deadline.state === 'warning' ? (
      <Tag data-size="sm" data-color="warning">
        {t.worklist.dueIn(Math.max(0, daysBetween(today, deadline.preliminaryReplyDue)))}
      </Tag>
    ) : deadline.state === 'ok' ? null : (
      <span className="secondary-line">{t.labels.deadlineStates[deadline.state]}</span>
    );
  return (
    <>
      <CellDate value={deadline.preliminaryReplyDue} />
      {flag && <span className="deadline-flag">{flag}</span>}
    </>
  );
}
