import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { LeaseHelp } from '../../../contracts/private-rental';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';

export const HELP_COLOR = { in_progress: 'info', signed: 'success', not_found: 'warning', ended: 'neutral' } as const;

/** Helps into private leases: the household links to the help's page. */
export function HelpsTable({ items, showLandlord = true }: { items: readonly LeaseHelp[]; showLandlord?: boolean }) {
  const { t, locale } = useI18n();
  const h = t.leaseHelp;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {h.caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{h.household}</Table.HeaderCell>
            {showLandlord && <Table.HeaderCell scope="col">{h.landlord}</Table.HeaderCell>}
            <Table.HeaderCell scope="col">{h.startedOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{h.status}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((help) => (
            <Table.Row key={help.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.leaseHelp(help.id)}>{help.household.headName}</AppLink>
                {help.refugee && (
                  <span className="secondary-line">
                    <Tag data-size="sm" data-color="neutral">
                      {h.refugee}
                    </Tag>
                  </span>
                )}
              </Table.HeaderCell>
              {showLandlord && <Table.Cell>{help.landlord?.name ?? h.noLandlord}</Table.Cell>}
              <Table.Cell className="nowrap">{formatDate(locale, help.startedOn)}</Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={HELP_COLOR[help.status]}>
                  {h.statuses[help.status]}
                </Tag>
                {help.outcomeOn && <span className="secondary-line">{formatDate(locale, help.outcomeOn)}</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
