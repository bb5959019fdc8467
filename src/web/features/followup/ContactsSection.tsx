import { Details, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { FollowupContact, FollowupPlan } from '../../../contracts/followup';
import { MOVE_IN_CHECKLIST } from '../../../domain/followup/move-in-checklist';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import { PlanContactForm } from './PlanContactForm';
import { RecordContactForm } from './RecordContactForm';

type Changed = (message: string) => (plan: FollowupPlan) => void;

/** The planned visits and contacts (each with its record form), the form to plan one, and the recorded ones. */
export function ContactsSection({ plan, writable, onChanged }: { plan: FollowupPlan; writable: boolean; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  const planned = plan.contacts.filter((c) => c.status === 'planned');
  const recorded = plan.contacts.filter((c) => c.status !== 'planned');
  return (
    <section aria-labelledby="plan-contacts" className="section">
      <Heading level={2} data-size="sm" id="plan-contacts">
        {p.contactsHeading}
      </Heading>
      <Heading level={3} data-size="xs" id="plan-contacts-planned">
        {p.plannedHeading}
      </Heading>
      {planned.length === 0 ? (
        <Paragraph>{p.plannedNone}</Paragraph>
      ) : (
        <ul className="plain-list followup-visits">
          {planned.map((contact) => (
            <li key={contact.id} className="list-card" data-testid="planned-contact">
              <Paragraph>
                <strong>{t.followupLabels.contactKinds[contact.kind]}</strong> · <time dateTime={contact.plannedOn}>{formatDate(locale, contact.plannedOn)}</time>
                {contact.plannedTime && ` ${contact.plannedTime}`} · {contact.worker.displayName}
              </Paragraph>
              {writable && (
                <Details>
                  <Details.Summary>{p.record(t.followupLabels.contactKinds[contact.kind], formatDate(locale, contact.plannedOn))}</Details.Summary>
                  <Details.Content>
                    <RecordContactForm contact={contact} onRecorded={(next, status) => onChanged(p.recordedMsg(t.followupLabels.contactStatuses[status]))(next)} />
                  </Details.Content>
                </Details>
              )}
            </li>
          ))}
        </ul>
      )}
      {writable && (
        <>
          <Heading level={3} data-size="xs" id="contact-plan">
            {p.planHeading}
          </Heading>
          <PlanContactForm plan={plan} onPlanned={(next, on) => onChanged(p.plannedMsg(formatDate(locale, on)))(next)} />
        </>
      )}
      <Heading level={3} data-size="xs">
        {p.historyHeading}
      </Heading>
      {recorded.length === 0 ? <Paragraph>{p.historyNone}</Paragraph> : <HistoryTable contacts={recorded} />}
    </section>
  );
}

function HistoryTable({ contacts }: { contacts: readonly FollowupContact[] }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table" data-testid="contact-history">
        <caption id={captionId}>{p.historyCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{p.date}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{p.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{p.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{p.contactWorker}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{p.summary}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {contacts.map((c) => (
            <Table.Row key={c.id}>
              <Table.HeaderCell scope="row" className="nowrap">
                {formatDate(locale, c.heldOn ?? c.plannedOn)}
              </Table.HeaderCell>
              <Table.Cell>{t.followupLabels.contactKinds[c.kind]}</Table.Cell>
              <Table.Cell>{t.followupLabels.contactStatuses[c.status]}</Table.Cell>
              <Table.Cell>{c.worker.displayName}</Table.Cell>
              <Table.Cell>
                {c.summary ?? ''}
                {c.checklist && (
                  <ul className="compact-list" aria-label={p.checklistShown}>
                    {MOVE_IN_CHECKLIST.filter((item) => item in (c.checklist ?? {})).map((item) => (
                      <li key={item}>
                        {t.followupLabels.checklist[item]}: {c.checklist?.[item] ? p.yes : p.no}
                      </li>
                    ))}
                  </ul>
                )}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
