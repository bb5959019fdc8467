import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { isRole } from '../../../domain/access/roles';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import type { AccessLogEntry } from './access-log.api';

/** `caption` names the table when it is not the whole log (e.g. one person's readers). */
/** The columns the table shows; a person's own access log has the same (without request ids). */
type Row = Pick<AccessLogEntry, 'id' | 'occurredAt' | 'actorUsername' | 'actorRole' | 'subjectType' | 'subjectId' | 'purpose'>;

export function AccessLogTable({ entries, caption }: { entries: readonly Row[]; caption?: string }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide">
        <caption id={captionId}>{caption ?? t.accessLog.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.accessLog.time}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.accessLog.actor}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.accessLog.role}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.accessLog.subject}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.accessLog.purpose}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {entries.map((entry) => (
            <Table.Row key={entry.id}>
              <Table.HeaderCell scope="row" className="nowrap">
                <time dateTime={entry.occurredAt}>{formatDateTime(locale, entry.occurredAt)}</time>
              </Table.HeaderCell>
              <Table.Cell>{entry.actorUsername ?? t.common.system}</Table.Cell>
              <Table.Cell>{isRole(entry.actorRole) ? t.roles[entry.actorRole] : entry.actorRole}</Table.Cell>
              <Table.Cell className="identifier">
                <span className="secondary-line">{entry.subjectType}</span>
                {entry.subjectId}
              </Table.Cell>
              <Table.Cell>{entry.purpose}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
