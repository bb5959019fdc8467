import { Checkbox, Details, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { SettlementDetail } from '../../../contracts/private-rental';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../neighbourhood/neighbourhood-format';
import { getSettlement, recordAttendance } from './private-rental.api';
import { SettlementForm } from './SettlementForm';

/** /utleiere/bosetting/:id: a household's settlement — programme, housing, the lease help — and its boligskole sessions. */
export function SettlementPage({ id }: { id: string }) {
  const { t } = useI18n();
  const detail = useResource(`settlement:${id}`, (signal) => getSettlement(id, signal));
  if (detail.status !== 'ready') {
    return (
      <Page title={t.settlement.factsHeading}>
        <Paragraph>
          <AppLink href={paths.settlements}>{t.settlement.back}</AppLink>
        </Paragraph>
        <ResourceView resource={detail}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <SettlementView detail={detail.data} onChanged={detail.replace} reload={detail.refresh} />;
}

function SettlementView({ detail, onChanged, reload }: { detail: SettlementDetail; onChanged: (d: SettlementDetail) => void; reload: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const s = t.settlement;
  const { settlement } = detail;
  const [saved, setSaved] = useState(false);
  const date = (value: string | null) => (value ? formatDate(locale, value) : null);
  return (
    <Page title={s.pageTitle(settlement.household.headName)}>
      <Paragraph>
        <AppLink href={paths.settlements}>{s.back}</AppLink>
      </Paragraph>
      <section aria-labelledby="settlement-facts" className="section section--first">
        <Heading level={2} data-size="sm" id="settlement-facts">
          {s.factsHeading}
        </Heading>
        <dl className="facts">
          <dt>{s.household}</dt>
          <dd>{settlement.household.headName}</dd>
          <dt>{s.settledOn}</dt>
          <dd>{formatDate(locale, settlement.settledOn)}</dd>
          <dt>{s.refugeeUntil}</dt>
          <dd>{formatDate(locale, settlement.refugeeUntil)}</dd>
          <dt>{s.introduction}</dt>
          <dd>
            {s.introductionPeriod(date(settlement.introductionFrom), date(settlement.introductionTo))}
            {settlement.inIntroduction && <span className="secondary-line">{s.inIntroduction}</span>}
          </dd>
          <dt>{s.housing}</dt>
          <dd>{s.housingKinds[settlement.housing]}</dd>
          {settlement.privateLeaseHelp && (
            <>
              <dt>{s.privateHelp}</dt>
              <dd>
                <AppLink href={paths.leaseHelp(settlement.privateLeaseHelp.id)}>
                  {s.helpOption(settlement.privateLeaseHelp.landlordName ?? t.leaseHelp.noLandlord, t.leaseHelp.statuses[settlement.privateLeaseHelp.status])}
                </AppLink>
              </dd>
            </>
          )}
          <dt>{s.boligskole}</dt>
          <dd data-testid="settlement-boligskole">{s.attendanceText(settlement.boligskole.attended, settlement.boligskole.sessions)}</dd>
        </dl>
        <Details className="block-gap">
          <Details.Summary>{s.editHeading}</Details.Summary>
          <Details.Content>
            {saved && <Paragraph role="status">{s.saved}</Paragraph>}
            <SettlementForm
              settlement={settlement}
              helps={detail.leaseHelps}
              onSaved={(next) => {
                onChanged(next);
                setSaved(true);
              }}
            />
          </Details.Content>
        </Details>
      </section>
      <Boligskole detail={detail} reload={reload} />
    </Page>
  );
}

type Field = 'heldOn' | 'topic' | 'attended';
const IDS: Record<Field, string> = { heldOn: 'session-date', topic: 'session-topic', attended: 'session-attended' };

function Boligskole({ detail, reload }: { detail: SettlementDetail; reload: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const s = t.settlement;
  const captionId = useId();
  const [heldOn, setHeldOn] = useState(todayIso);
  const [topic, setTopic] = useState('');
  const [attended, setAttended] = useState(true);
  const [notice, setNotice] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setNotice('');
    const invalid: FieldMessages<Field> = {};
    if (!heldOn) invalid.heldOn = t.form.required(s.heldOn);
    if (!topic.trim()) invalid.topic = t.form.required(s.topic);
    else if (topic.trim().length > 200) invalid.topic = t.form.tooLong(s.topic, 200);
    const ok = await form.submit(IDS, invalid, async () => {
      await recordAttendance(detail.settlement.id, { heldOn, topic: topic.trim(), attended });
      await reload();
    });
    if (ok) {
      setTopic('');
      setNotice(s.sessionAdded);
    }
  }

  return (
    <section aria-labelledby="settlement-boligskole" className="section">
      <Heading level={2} data-size="sm" id="settlement-boligskole">
        {s.boligskoleHeading}
      </Heading>
      <Paragraph data-size="sm">{s.boligskoleIntro}</Paragraph>
      <Paragraph role="status">{notice}</Paragraph>
      {detail.attendance.length === 0 ? (
        <Paragraph>{s.noSessions}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {s.sessionsCaption}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{s.heldOn}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{s.topic}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{s.attended}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{s.recordedBy}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {detail.attendance.map((a) => (
                <Table.Row key={a.id}>
                  <Table.HeaderCell scope="row" className="nowrap">
                    {formatDate(locale, a.heldOn)}
                  </Table.HeaderCell>
                  <Table.Cell>{a.topic}</Table.Cell>
                  <Table.Cell>{a.attended ? t.landlords.yes : t.landlords.no}</Table.Cell>
                  <Table.Cell>{a.recordedBy.name}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      <form className="form form--readable list-card block-gap" aria-labelledby="session-heading" onSubmit={handleSubmit} noValidate>
        <Heading level={3} data-size="xs" id="session-heading">
          {s.sessionHeading}
        </Heading>
        <ErrorSummary errors={form.summary} />
        <Textfield id={IDS.heldOn} type="date" label={s.heldOn} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={form.fieldErrors.heldOn} />
        <Textfield id={IDS.topic} label={s.topic} description={s.topicHint} autoComplete="off" value={topic} onChange={(e) => setTopic(e.target.value)} error={form.fieldErrors.topic} />
        <Checkbox id={IDS.attended} label={s.attendedLabel} checked={attended} onChange={(e) => setAttended(e.target.checked)} />
        <FormActions label={s.addSession} submitting={form.submitting} />
      </form>
    </section>
  );
}
