import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Stay, StayList } from '../../../contracts/temporary';
import { canHandleCase } from '../../../domain/access/person-access';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { listActiveStays } from './temporary.api';

const COUNTS = ['active', 'shortStay', 'over3Months', 'childrenOver3Months', 'nightShelter'] as const;

/** Households in temporary accommodation today: nights so far and KOSTRA's flags, children past three months first in mind. */
export function TemporaryStaysPage() {
  const { t } = useI18n();
  const stays = useResource('temporary-stays', listActiveStays);
  const { role } = useCurrentSession();
  return (
    <Page title={t.temporary.title}>
      <Paragraph>{t.temporary.intro}</Paragraph>
      <div className="page-actions">
        {canHandleCase(role, 'temporary_accommodation') && <ButtonLink href={paths.newStay}>{t.tempStay.registerLink}</ButtonLink>}
        <ButtonLink href={paths.temporaryProviders} variant="secondary">
          {t.tempProviders.link}
        </ButtonLink>
      </div>
      <ResourceView resource={stays}>{(data) => <Stays list={data} />}</ResourceView>
    </Page>
  );
}

function Stays({ list }: { list: StayList }) {
  const { t, locale } = useI18n();
  const m = t.temporary;
  const captionId = useId();
  return (
    <>
      <Paragraph data-size="sm">{m.asOf(formatDate(locale, list.today))}</Paragraph>
      <section aria-labelledby="temporary-counts" className="section">
        <Heading level={2} data-size="sm" id="temporary-counts">
          {m.countsHeading}
        </Heading>
        <dl className="key-figures">
          {COUNTS.map((key) => (
            <div key={key} className={`key-figures__item${key === 'childrenOver3Months' && list.counts[key] > 0 ? ' key-figures__item--alert' : ''}`}>
              <dt>{m[key]}</dt>
              <dd>{formatNumber(locale, list.counts[key])}</dd>
            </div>
          ))}
        </dl>
      </section>
      <section aria-labelledby="temporary-stays" className="section">
        <Heading level={2} data-size="sm" id="temporary-stays">
          {m.staysHeading}
        </Heading>
        {list.items.length === 0 ? (
          <Paragraph>{m.noStays}</Paragraph>
        ) : (
          <TableScroll captionId={captionId}>
            <Table zebra className="data-table data-table--wide">
              <caption id={captionId} className="ds-sr-only">
                {m.staysHeading}
              </caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{m.household}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.place}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.startDate}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {m.days}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.flags}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.children}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{m.permanentCase}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {list.items.map((stay) => (
                  <StayRow key={stay.id} stay={stay} />
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </section>
    </>
  );
}

function StayRow({ stay }: { stay: Stay }) {
  const { t, locale } = useI18n();
  const m = t.temporary;
  const flags = (
    [
      ['childrenOver3Months', 'danger'],
      ['over3Months', 'warning'],
      ['shortStay', 'neutral'],
      ['nightShelter', 'info'],
    ] as const
  ).filter(([flag]) => stay.flags[flag]);
  return (
    <Table.Row>
      <Table.HeaderCell scope="row">
        <AppLink href={paths.stay(stay.id)}>{stay.household.headName}</AppLink>
      </Table.HeaderCell>
      <Table.Cell>
        {stay.locationProtected || !stay.provider ? (
          m.protected
        ) : (
          <>
            {stay.provider.name}
            {stay.place && <span className="secondary-line">{stay.place.label}</span>}
          </>
        )}
      </Table.Cell>
      <Table.Cell className="nowrap">
        <time dateTime={stay.startDate}>{formatDate(locale, stay.startDate)}</time>
      </Table.Cell>
      <Table.Cell className="numeric">
        {formatNumber(locale, stay.days)}
        {stay.continuousDays !== stay.days && <span className="secondary-line">{m.continuous(stay.continuousDays)}</span>}
      </Table.Cell>
      <Table.Cell>
        {flags.length === 0 ? (
          '–'
        ) : (
          <span className="tag-list">
            {flags.map(([flag, color]) => (
              <Tag key={flag} data-size="sm" data-color={color}>
                {m[flag]}
              </Tag>
            ))}
          </span>
        )}
      </Table.Cell>
      <Table.Cell>{stay.childrenPresent ? t.common.yes : t.common.no}</Table.Cell>
      <Table.Cell>
        {stay.permanentHousingCase ? <AppLink href={paths.case(stay.permanentHousingCase.id)}>{stay.permanentHousingCase.caseNumber}</AppLink> : m.noPermanentCase}
      </Table.Cell>
    </Table.Row>
  );
}
