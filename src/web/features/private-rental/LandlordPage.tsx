import { Details, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { LandlordDetail } from '../../../contracts/private-rental';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { AgreementForm } from './AgreementForm';
import { HelpsTable } from './HelpsTable';
import { LandlordForm } from './LandlordForm';
import { getLandlord, listContacts } from './private-rental.api';

/** /utleiere/:id: a landlord's facts, agreements (to add), the dwellings leased from it and the households helped into a lease with it. */
export function LandlordPage({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useResource(`landlord:${id}`, (signal) => getLandlord(id, signal));
  if (detail.status !== 'ready') {
    return (
      <Page title={t.landlords.factsHeading}>
        <Paragraph>
          <AppLink href={paths.privateRental}>{t.landlords.backToList}</AppLink>
        </Paragraph>
        <ResourceView resource={detail}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <LandlordView detail={detail.data} onChanged={detail.replace} reload={detail.refresh} />;
}

function LandlordView({ detail, onChanged, reload }: { detail: LandlordDetail; onChanged: (d: LandlordDetail) => void; reload: () => Promise<void> }) {
  const { t } = useI18n();
  const l = t.landlords;
  const { landlord } = detail;
  const contacts = useResource('private-rental-contacts', listContacts);
  const [notice, setNotice] = useState('');
  return (
    <Page title={l.pageTitle(landlord.name)} heading={landlord.name}>
      <Paragraph>
        <AppLink href={paths.privateRental}>{l.backToList}</AppLink>
      </Paragraph>
      <section aria-labelledby="landlord-facts" className="section section--first">
        <Heading level={2} data-size="sm" id="landlord-facts">
          {l.factsHeading}
        </Heading>
        <dl className="facts">
          <dt>{l.kind}</dt>
          <dd>{l.kinds[landlord.kind]}</dd>
          <dt>{l.orgNumber}</dt>
          <dd>{landlord.orgNumber ?? l.dash}</dd>
          <dt>{l.contactName}</dt>
          <dd>{landlord.contactName ?? l.dash}</dd>
          <dt>{l.phone}</dt>
          <dd>{landlord.phone ?? l.dash}</dd>
          <dt>{l.email}</dt>
          <dd>{landlord.email ?? l.dash}</dd>
          {landlord.note && (
            <>
              <dt>{l.note}</dt>
              <dd className="pre-line">{landlord.note}</dd>
            </>
          )}
          <dt>{l.agreementInForce}</dt>
          <dd data-testid="landlord-agreement">{landlord.agreementInForce ? l.yes : l.no}</dd>
        </dl>
        <Details className="block-gap">
          <Details.Summary>{l.editHeading}</Details.Summary>
          <Details.Content>
            <LandlordForm landlord={landlord} onSaved={onChanged} />
          </Details.Content>
        </Details>
      </section>
      <section aria-labelledby="landlord-agreements" className="section">
        <Heading level={2} data-size="sm" id="landlord-agreements">
          {l.agreementsHeading}
        </Heading>
        <Paragraph role="status">{notice}</Paragraph>
        {detail.agreements.length === 0 ? <Paragraph>{l.noAgreements}</Paragraph> : <Agreements detail={detail} />}
        <ResourceView resource={contacts}>
          {(items) => (
            <AgreementForm
              landlordId={landlord.id}
              contacts={items}
              onSaved={async () => {
                await reload();
                setNotice(l.agreementAdded);
              }}
            />
          )}
        </ResourceView>
      </section>
      <section aria-labelledby="landlord-helps" className="section">
        <Heading level={2} data-size="sm" id="landlord-helps">
          {l.helpsHeading}
        </Heading>
        {detail.helps.length === 0 ? <Paragraph>{l.noHelps}</Paragraph> : <HelpsTable items={detail.helps} showLandlord={false} />}
      </section>
      <Dwellings detail={detail} />
    </Page>
  );
}

function Agreements({ detail }: { detail: LandlordDetail }) {
  const { t, locale } = useI18n();
  const l = t.landlords;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {l.agreementsCaption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{l.period}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.rentGuarantee}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.followupPromise}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.contactPerson}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{l.terms}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {detail.agreements.map((a) => (
            <Table.Row key={a.id}>
              <Table.HeaderCell scope="row">
                {l.periodText(formatDate(locale, a.validFrom), a.validTo ? formatDate(locale, a.validTo) : null)}
                {a.inForce && (
                  <span className="secondary-line">
                    <Tag data-size="sm" data-color="success">
                      {l.inForce}
                    </Tag>
                  </span>
                )}
              </Table.HeaderCell>
              <Table.Cell>{a.rentGuarantee && a.guaranteeMonths !== null ? l.guaranteeText(a.guaranteeMonths) : l.no}</Table.Cell>
              <Table.Cell>{a.followupPromise ? l.yes : l.no}</Table.Cell>
              <Table.Cell>{a.contactPerson.name}</Table.Cell>
              <Table.Cell className="pre-line">{a.terms}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

function Dwellings({ detail }: { detail: LandlordDetail }) {
  const { t, locale } = useI18n();
  const l = t.landlords;
  const captionId = useId();
  return (
    <section aria-labelledby="landlord-dwellings" className="section">
      <Heading level={2} data-size="sm" id="landlord-dwellings">
        {l.dwellingsHeading}
      </Heading>
      <Paragraph data-size="sm">{l.dwellingsHint}</Paragraph>
      {detail.leasedDwellings.length === 0 ? (
        <Paragraph>{l.noDwellings}</Paragraph>
      ) : (
        <Details>
          <Details.Summary>{l.showDwellings(detail.leasedDwellings.length)}</Details.Summary>
          <Details.Content>
            <TableScroll captionId={captionId}>
              <Table zebra className="data-table">
                <caption id={captionId} className="ds-sr-only">
                  {l.dwellingsCaption}
                </caption>
                <Table.Head>
                  <Table.Row>
                    <Table.HeaderCell scope="col">{l.address}</Table.HeaderCell>
                    <Table.HeaderCell scope="col">{l.district}</Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {l.bedrooms}
                    </Table.HeaderCell>
                    <Table.HeaderCell scope="col" className="numeric">
                      {l.rent}
                    </Table.HeaderCell>
                  </Table.Row>
                </Table.Head>
                <Table.Body>
                  {detail.leasedDwellings.map((d) => (
                    <Table.Row key={d.id}>
                      <Table.HeaderCell scope="row">{d.address}</Table.HeaderCell>
                      <Table.Cell>{d.districtName ?? l.dash}</Table.Cell>
                      <Table.Cell className="numeric">{formatNumber(locale, d.bedrooms)}</Table.Cell>
                      <Table.Cell className="numeric">{formatKroner(locale, d.monthlyRent)}</Table.Cell>
                    </Table.Row>
                  ))}
                </Table.Body>
              </Table>
            </TableScroll>
          </Details.Content>
        </Details>
      )}
    </section>
  );
}
