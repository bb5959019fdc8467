import { Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { MunicipalityOverview } from '../../../contracts/municipality';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';

export function DistrictsTable({ districts }: { districts: MunicipalityOverview['districts'] }) {
  const { t, locale } = useI18n();
  const captionId = useId();
  if (districts.length === 0) return <Paragraph>{t.municipality.noDistricts}</Paragraph>;
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId}>{t.municipality.districtsCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{t.municipality.districtCode}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{t.municipality.districtName}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {t.municipality.inhabitants}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {districts.map((district) => (
            <Table.Row key={district.code}>
              <Table.Cell>{district.code}</Table.Cell>
              <Table.HeaderCell scope="row">{district.name}</Table.HeaderCell>
              <Table.Cell className="numeric">{formatNumber(locale, district.inhabitants)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
