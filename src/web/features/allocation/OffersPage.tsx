import { Alert, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState } from 'react';
import { formatDate, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import type { Catalogue } from '../../app/i18n/nb';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { LazyDetails } from '../leases/LazyDetails';
import { AcceptOfferForm } from './AcceptOfferForm';
import { listOffers, type OfferDto } from './allocation.api';
import { consequenceText } from './allocation-format';
import { AllocationNav } from './AllocationNav';
import { RefuseOfferForm } from './RefuseOfferForm';

/** What was just recorded, shown above the lists (the offer itself moves to the answered ones). */
type Done = { offer: OfferDto };

/**
 * The offers board (tilbud): offers waiting for an answer with the days left, each with forms for
 * the household's yes (a lease draft follows) or no (judged by the municipality's rule); then
 * the answered and expired ones.
 */
export function OffersPage() {
  const { t } = useI18n();
  const o = t.offers;
  const offers = useResource('offers', listOffers);
  const [done, setDone] = useState<Done | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  async function answered(offer: OfferDto) {
    await offers.refresh();
    setDone({ offer });
  }

  return (
    <Page title={o.title}>
      <AllocationNav current="offers" />
      <Paragraph>{o.intro}</Paragraph>
      {done && (
        <Alert data-color="success" ref={doneRef} tabIndex={-1} className="block-gap" data-testid="offer-answered">
          <AnsweredMessage offer={done.offer} />
        </Alert>
      )}
      <ResourceView resource={offers}>
        {(data) => {
          const pending = data.items.filter((i) => i.status === 'pending');
          const answeredItems = data.items.filter((i) => i.status !== 'pending');
          return (
            <>
              {data.expired > 0 && <Paragraph role="status">{o.justExpired(data.expired)}</Paragraph>}
              <section aria-labelledby="offers-pending" className="section">
                <Heading level={2} data-size="sm" id="offers-pending">
                  {o.pendingHeading} <span className="count">({pending.length})</span>
                </Heading>
                {pending.length === 0 ? (
                  <Paragraph>{o.nonePending}</Paragraph>
                ) : (
                  <ul className="plain-list">
                    {pending.map((offer) => (
                      <PendingOffer key={offer.id} offer={offer} onAnswered={answered} />
                    ))}
                  </ul>
                )}
              </section>
              <section aria-labelledby="offers-answered" className="section">
                <Heading level={2} data-size="sm" id="offers-answered">
                  {o.answeredHeading} <span className="count">({answeredItems.length})</span>
                </Heading>
                {answeredItems.length === 0 ? <Paragraph>{o.noneAnswered}</Paragraph> : <AnsweredTable items={answeredItems} />}
              </section>
            </>
          );
        }}
      </ResourceView>
    </Page>
  );
}

/** «Reasonable» or «not reasonable», and what follows, for a refused offer. */
function refusalSummary(offer: OfferDto, t: Catalogue): string {
  const o = t.offers;
  const judged = offer.refusalReasonable === null ? '' : offer.refusalReasonable ? o.reasonable : o.unreasonable;
  return [judged, consequenceText(offer.refusalConsequence, t)].filter(Boolean).join(' ');
}

function AnsweredMessage({ offer }: { offer: OfferDto }) {
  const { t } = useI18n();
  const o = t.offers;
  if (offer.status === 'accepted')
    return (
      <>
        <Paragraph>{o.acceptedDone(offer.name, offer.address)}</Paragraph>
        {offer.leaseId && (
          <Paragraph>
            <AppLink href={paths.lease(offer.leaseId)}>{o.openLease}</AppLink>
          </Paragraph>
        )}
      </>
    );
  return (
    <>
      <Paragraph>{o.refusedDone(offer.name, offer.address)}</Paragraph>
      <Paragraph data-testid="refusal-judgement">{refusalSummary(offer, t)}</Paragraph>
      <Paragraph>
        <AppLink href={paths.dwelling(offer.dwellingId)}>{o.openDwelling(offer.address)}</AppLink>
      </Paragraph>
    </>
  );
}

function DaysLeft({ days }: { days: number | null }) {
  const { t } = useI18n();
  const o = t.offers;
  if (days === null) return null;
  return (
    <Tag data-size="sm" data-color={days < 0 ? 'danger' : days <= 2 ? 'warning' : 'neutral'}>
      {o.daysLeft(days)}
    </Tag>
  );
}

function PendingOffer({ offer, onAnswered }: { offer: OfferDto; onAnswered: (offer: OfferDto) => Promise<void> }) {
  const { t, locale } = useI18n();
  const o = t.offers;
  const date = (value: string) => <time dateTime={value}>{formatDate(locale, value)}</time>;
  return (
    <li className="list-card" data-testid="pending-offer">
      <Heading level={3} data-size="xs">
        <AppLink href={paths.dwelling(offer.dwellingId)}>{offer.address}</AppLink>
      </Heading>
      <dl className="facts facts--compact">
        <dt>{o.household}</dt>
        <dd>
          <AppLink href={paths.case(offer.caseId)}>{offer.name}</AppLink> <span className="count">({offer.caseNumber})</span>
        </dd>
        <dt>{o.offeredOn}</dt>
        <dd>{date(offer.offeredOn)}</dd>
        <dt>{o.deadline}</dt>
        <dd>
          {date(offer.answerDeadline)} <DaysLeft days={offer.daysToAnswer} />
        </dd>
        <dt>{o.moveIn}</dt>
        <dd>{date(offer.moveInDate)}</dd>
        <dt>{o.rent}</dt>
        <dd>{formatKroner(locale, offer.monthlyRent)}</dd>
        {offer.roundId && (
          <>
            <dt>{o.round}</dt>
            <dd>
              <AppLink href={paths.round(offer.roundId)}>{o.openRound}</AppLink>
            </dd>
          </>
        )}
      </dl>
      <LazyDetails summary={o.accept(offer.name)}>{() => <AcceptOfferForm offer={offer} onDone={onAnswered} />}</LazyDetails>
      <LazyDetails summary={o.refuse(offer.name)}>{() => <RefuseOfferForm offer={offer} onDone={onAnswered} />}</LazyDetails>
    </li>
  );
}

function AnsweredTable({ items }: { items: readonly OfferDto[] }) {
  const { t, locale } = useI18n();
  const o = t.offers;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide">
        <caption id={captionId} className="ds-sr-only">
          {o.answeredHeading}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{o.dwelling}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.household}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.answered}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{o.outcome}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((offer) => (
            <Table.Row key={offer.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.dwelling(offer.dwellingId)}>{offer.address}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>
                <AppLink href={paths.case(offer.caseId)}>{offer.name}</AppLink>
                <span className="secondary-line">{offer.caseNumber}</span>
              </Table.Cell>
              <Table.Cell>{o.statuses[offer.status]}</Table.Cell>
              <Table.Cell className="nowrap">{offer.answeredOn ? <time dateTime={offer.answeredOn}>{formatDate(locale, offer.answeredOn)}</time> : '–'}</Table.Cell>
              <Table.Cell>
                {offer.status === 'accepted' && offer.leaseId && <AppLink href={paths.lease(offer.leaseId)}>{o.openLease}</AppLink>}
                {offer.status === 'refused' && (
                  <>
                    {offer.refusalReason && o.refusalReasons[offer.refusalReason]}
                    <span className="secondary-line">{refusalSummary(offer, t)}</span>
                  </>
                )}
                {offer.status !== 'accepted' && offer.status !== 'refused' && '–'}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
