import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { MunicipalityOverview } from '../../../contracts/municipality';
import { useT } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';

/** How many staff have each role. Counts are strings: small ones arrive as "<5". */
export function StaffByRoleTable({ staffByRole }: { staffByRole: MunicipalityOverview['staffByRole'] }) {
  const t = useT();
  const captionId = useId();
  return (
    <>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId}>{t.municipality.staffCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{t.municipality.role}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {t.municipality.count}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {staffByRole.map((row) => (
              <Table.Row key={row.role}>
                <Table.HeaderCell scope="row">{t.roles[row.role]}</Table.HeaderCell>
                <Table.Cell className="numeric">{row.count}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Paragraph data-size="sm" className="table-note">
        {t.common.smallNumbers}
      </Paragraph>
    </>
  );
}
