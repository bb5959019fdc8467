import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Settlement } from '../../../contracts/private-rental';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { Figures } from './Figures';
import { listSettlements } from './private-rental.api';

/** /utleiere/bosetting: settled refugee households with their programme, housing and boligskole attendance. */
export function SettlementsPage() {
  const { t } = useI18n();
  const s = t.settlement;
  const settlements = useResource('private-rental-settlements', listSettlements);
  return (
    <Page title={s.title}>
      <Paragraph>
        <AppLink href={paths.privateRental}>{t.landlords.backToList}</AppLink>
      </Paragraph>
      <Paragraph>{s.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newSettlement}>{s.newLink}</ButtonLink>
      </div>
      <Figures />
      <section aria-labelledby="settlements" className="section">
        <Heading level={2} data-size="sm" id="settlements">
          {s.title}
        </Heading>
        <ResourceView resource={settlements}>{(list) => (list.items.length === 0 ? <Paragraph>{s.empty}</Paragraph> : <SettlementTable items={list.items} />)}</ResourceView>
      </section>
    </Page>
  );
}

function SettlementTable({ items }: { items: readonly Settlement[] }) {
  const { t, locale } = useI18n();
  const s = t.settlement;
  const captionId = useId();
  const date = (value: string | null) => (value ? formatDate(locale, value) : null);
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {s.caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{s.household}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.settledOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.introduction}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.housing}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{s.boligskole}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((item) => (
            <Table.Row key={item.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.settlement(item.id)}>{item.household.headName}</AppLink>
              </Table.HeaderCell>
              <Table.Cell className="nowrap">{formatDate(locale, item.settledOn)}</Table.Cell>
              <Table.Cell>
                {s.introductionPeriod(date(item.introductionFrom), date(item.introductionTo))}
                {item.inIntroduction && (
                  <span className="secondary-line">
                    <Tag data-size="sm" data-color="info">
                      {s.inIntroduction}
                    </Tag>
                  </span>
                )}
              </Table.Cell>
              <Table.Cell>{s.housingKinds[item.housing]}</Table.Cell>
              <Table.Cell>{s.attendanceText(item.boligskole.attended, item.boligskole.sessions)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
