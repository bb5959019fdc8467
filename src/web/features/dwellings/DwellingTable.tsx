import { Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { DwellingSummary, VacancyBoard } from '../../../contracts/dwellings';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { TableScroll } from '../../components/TableScroll';
import { dwellingAddress } from './dwelling-format';

type VacantItem = VacancyBoard['items'][number];

type Props =
  | { caption: string; kind: 'stock'; items: readonly DwellingSummary[] }
  | { caption: string; kind: 'vacancy'; items: readonly VacantItem[] };

/** Dwellings of the stock list or the vacancy board; the address links to the dwelling page. */
export function DwellingTable(props: Props) {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide">
        <caption id={captionId} className="ds-sr-only">
          {props.caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{d.address}</Table.HeaderCell>
            {props.kind === 'vacancy' && (
              <>
                <Table.HeaderCell scope="col" className="numeric">
                  {d.daysVacant}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.vacantSince}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {d.lostRent}
                </Table.HeaderCell>
              </>
            )}
            <Table.HeaderCell scope="col">{d.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{d.districtCol}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{d.type}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {d.bedrooms}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {d.rent}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{d.features}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {props.items.map((item) => (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.dwelling(item.id)}>{dwellingAddress(item)}</AppLink>
                <span className="secondary-line">
                  {item.postalCode} {item.postalCity}
                </span>
              </Table.HeaderCell>
              {props.kind === 'vacancy' && 'daysVacant' in item && (
                <>
                  <Table.Cell className="numeric" data-testid="days-vacant">
                    {formatNumber(locale, item.daysVacant)}
                  </Table.Cell>
                  <Table.Cell className="nowrap">
                    <time dateTime={item.vacantSince}>{formatDate(locale, item.vacantSince)}</time>
                  </Table.Cell>
                  <Table.Cell className="numeric nowrap">{formatKroner(locale, item.lostRent)}</Table.Cell>
                </>
              )}
              <Table.Cell>
                <StatusText item={item} />
              </Table.Cell>
              <Table.Cell>{item.districtName ?? item.districtCode ?? '–'}</Table.Cell>
              <Table.Cell>{t.dwellingTypes[item.dwellingType]}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, item.bedrooms)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{formatKroner(locale, item.monthlyRent)}</Table.Cell>
              <Table.Cell>
                <Features item={item} />
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function StatusText({ item }: { item: DwellingSummary }) {
  const { t, locale } = useI18n();
  if (!item.current) return <>{t.dwellings.noStatus}</>;
  return (
    <>
      {t.dwellingStatuses[item.current.status]}
      <span className="secondary-line">
        {t.dwellings.since} <time dateTime={item.current.fromDate}>{formatDate(locale, item.current.fromDate)}</time>
      </span>
    </>
  );
}

function Features({ item }: { item: DwellingSummary }) {
  const { t } = useI18n();
  const d = t.dwellings;
  const shown = [item.wheelchairAccessible && d.wheelchair, item.sharedHousing && d.shared, item.staffed24h && d.staffed].filter(
    (text): text is string => Boolean(text),
  );
  if (shown.length === 0) return <>–</>;
  return (
    <span className="tag-list">
      {shown.map((text) => (
        <Tag key={text} data-size="sm" data-color="neutral">
          {text}
        </Tag>
      ))}
    </span>
  );
}
