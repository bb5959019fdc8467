import { Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import { isRole } from '../../../domain/access/roles';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import type { AuditEvent } from './audit.api';

export function AuditTable({ events }: { events: readonly AuditEvent[] }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide">
        <caption id={captionId}>{t.audit.caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.audit.time}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.audit.actor}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.audit.event}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.audit.subject}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.audit.reason}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {events.map((event) => (
            <Table.Row key={event.id}>
              <Table.HeaderCell scope="row" className="nowrap">
                <time dateTime={event.occurredAt}>{formatDateTime(locale, event.occurredAt)}</time>
              </Table.HeaderCell>
              <Table.Cell>
                {event.actorUsername ?? t.common.system}
                {event.actorRole && (
                  <span className="secondary-line">
                    {isRole(event.actorRole) ? t.roles[event.actorRole] : event.actorRole}
                  </span>
                )}
              </Table.Cell>
              <Table.Cell>
                <code>{event.type}</code>
              </Table.Cell>
              <Table.Cell className="identifier">
                {event.subjectType && <span className="secondary-line">{event.subjectType}</span>}
                {event.subjectId ?? ''}
              </Table.Cell>
              <Table.Cell>{event.reason ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
