import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { Landlord } from '../../../contracts/private-rental';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { Figures } from './Figures';
import { listLandlords } from './private-rental.api';

/** /utleiere: the year's figures and the landlord register, with the way to help and settlement. */
export function LandlordsPage() {
  const { t } = useI18n();
  const l = t.landlords;
  const landlords = useResource('private-rental-landlords', listLandlords);
  return (
    <Page title={l.title}>
      <Paragraph>{l.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newLandlord}>{l.newLink}</ButtonLink>
        <ButtonLink href={paths.leaseHelps} variant="secondary">
          {l.helpsLink}
        </ButtonLink>
        <ButtonLink href={paths.settlements} variant="secondary">
          {l.settlementsLink}
        </ButtonLink>
      </div>
      <Figures />
      <section aria-labelledby="landlord-register" className="section">
        <Heading level={2} data-size="sm" id="landlord-register">
          {l.registerHeading}
        </Heading>
        <ResourceView resource={landlords}>{(list) => (list.items.length === 0 ? <Paragraph>{l.empty}</Paragraph> : <LandlordTable items={list.items} />)}</ResourceView>
      </section>
    </Page>
  );
}

function LandlordTable({ items }: { items: readonly Landlord[] }) {
  const { t, locale } = useI18n();
  const l = t.landlords;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {l.caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{l.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.contactName}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.agreementInForce}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {l.leasedDwellings}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {l.signedLeases}
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((landlord) => (
            <Table.Row key={landlord.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.landlord(landlord.id)}>{landlord.name}</AppLink>
                {landlord.orgNumber && <span className="secondary-line">{landlord.orgNumber}</span>}
              </Table.HeaderCell>
              <Table.Cell>{l.kinds[landlord.kind]}</Table.Cell>
              <Table.Cell>{landlord.contactName ?? l.dash}</Table.Cell>
              <Table.Cell>
                {landlord.agreementInForce ? (
                  <Tag data-size="sm" data-color="success">
                    {l.yes}
                  </Tag>
                ) : (
                  l.no
                )}
              </Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, landlord.leasedDwellings)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, landlord.signedLeases)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
