import { Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { isRole } from '../../../domain/access/roles';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import { letterUrl } from './cases.api';

/** Letters, consents, the timeline of every event and who has read the case. */
export function CaseRecords({ detail }: { detail: CaseDetail }) {
  return (
    <>
      <Letters detail={detail} />
      <Consents detail={detail} />
      <Timeline detail={detail} />
      <Readers detail={detail} />
    </>
  );
}

function Letters({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const l = t.letters;
  return (
    <section aria-labelledby="case-letters" className="section">
      <Heading level={2} data-size="sm" id="case-letters">
        {l.heading}
      </Heading>
      {detail.letters.length === 0 ? (
        <Paragraph>{l.none}</Paragraph>
      ) : (
        <ul className="plain-list">
          {detail.letters.map((letter) => (
            <li key={letter.id} className="list-card">
              <Paragraph>
                <a className="ds-link" href={letterUrl(detail.case.id, letter.id)} target="_blank" rel="noopener">
                  {l.open(t.labels.letterKinds[letter.kind], formatDate(locale, letter.sentOn))}
                  <span className="ds-sr-only"> {l.newTab}</span>
                </a>
              </Paragraph>
              <Paragraph data-size="sm">
                {l.to(letter.recipientName, t.labels.letterRecipients[letter.recipientKind])} · {t.labels.writtenLanguages[letter.language]}
              </Paragraph>
            </li>
          ))}
        </ul>
      )}
      {detail.letters.some((letter) => letter.kind === 'decision') && <Paragraph data-size="sm">{l.pdfHint}</Paragraph>}
    </section>
  );
}

function Consents({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const c = t.consents;
  return (
    <section aria-labelledby="case-consents" className="section">
      <Heading level={2} data-size="sm" id="case-consents">
        {c.heading}
      </Heading>
      {detail.consents.length === 0 ? (
        <Paragraph>{c.none}</Paragraph>
      ) : (
        <ul className="plain-list">
          {detail.consents.map((consent) => (
            <li key={consent.id}>
              <strong>{t.labels.consentRecipients[consent.recipient as keyof typeof t.labels.consentRecipients] ?? consent.recipient}</strong>{' '}
              <Tag data-size="sm" data-color={consent.inForce ? 'success' : 'neutral'}>
                {consent.inForce ? c.inForce : consent.withdrawnAt ? c.withdrawn : c.notInForce}
              </Tag>
              <span className="secondary-line">
                {consent.purpose} · {c.periodText(formatDate(locale, consent.validFrom), consent.validTo ? formatDate(locale, consent.validTo) : null)}
              </span>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Timeline({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  return (
    <section aria-labelledby="case-timeline" className="section">
      <Heading level={2} data-size="sm" id="case-timeline">
        {t.timeline.heading}
      </Heading>
      <ol className="timeline">
        {detail.timeline.map((event) => (
          <li key={event.id}>
            <time dateTime={event.occurredAt} className="timeline__time">
              {formatDateTime(locale, event.occurredAt)}
            </time>
            <span className="timeline__event">{t.labels.events[event.type] ?? event.type}</span>
            <span className="secondary-line">
              {event.actorUsername ?? t.common.system}
              {event.actorRole && isRole(event.actorRole) && `, ${t.roles[event.actorRole]}`}
            </span>
            {event.reason && <span className="secondary-line">{event.reason}</span>}
          </li>
        ))}
      </ol>
    </section>
  );
}

function Readers({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const r = t.readers;
  const captionId = useId();
  return (
    <section aria-labelledby="case-readers" className="section">
      <Heading level={2} data-size="sm" id="case-readers">
        {r.heading}
      </Heading>
      {detail.readers.length === 0 ? (
        <Paragraph>{r.none}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {r.heading}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{r.who}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.role}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {r.reads}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.last}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {detail.readers.map((reader, index) => (
                <Table.Row key={`${reader.actorUsername ?? '-'}:${index}`}>
                  <Table.HeaderCell scope="row">{reader.actorUsername ?? t.common.system}</Table.HeaderCell>
                  <Table.Cell>{isRole(reader.actorRole) ? t.roles[reader.actorRole] : reader.actorRole}</Table.Cell>
                  <Table.Cell className="numeric">{reader.reads}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDateTime(locale, reader.lastReadAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
