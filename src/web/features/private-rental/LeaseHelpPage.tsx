import { Alert, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Landlord, LeaseHelp } from '../../../contracts/private-rental';
import type { LeaseHelpStatus } from '../../../domain/private-rental';
import { formatDate, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../neighbourhood/neighbourhood-format';
import { HELP_COLOR } from './HelpsTable';
import { getHelp, listLandlords, updateHelp } from './private-rental.api';

/** /utleiere/leiehjelp/:id: one household's help into a private lease, and its outcome (signed, not found, ended). */
export function LeaseHelpPage({ id }: { id: string }) {
  const { t } = useI18n();
  const help = useResource(`lease-help:${id}`, (signal) => getHelp(id, signal));
  if (help.status !== 'ready') {
    return (
      <Page title={t.leaseHelp.factsHeading}>
        <Paragraph>
          <AppLink href={paths.leaseHelps}>{t.leaseHelp.back}</AppLink>
        </Paragraph>
        <ResourceView resource={help}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <HelpView help={help.data} onChanged={help.replace} />;
}

function HelpView({ help, onChanged }: { help: LeaseHelp; onChanged: (next: LeaseHelp) => void }) {
  const { t, locale } = useI18n();
  const h = t.leaseHelp;
  const landlords = useResource('private-rental-landlords', listLandlords);
  const [notice, setNotice] = useState<string | null>(null);
  const noticeRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : t.landlords.dash);
  return (
    <Page title={h.pageTitle(help.household.headName)}>
      <Paragraph>
        <AppLink href={paths.leaseHelps}>{h.back}</AppLink>
      </Paragraph>
      {notice && (
        <Alert data-color="success" ref={noticeRef} tabIndex={-1} className="block-gap">
          {notice}
        </Alert>
      )}
      <section aria-labelledby="help-facts" className="section section--first">
        <Heading level={2} data-size="sm" id="help-facts">
          {h.factsHeading}
        </Heading>
        <dl className="facts">
          <dt>{h.household}</dt>
          <dd>
            {help.household.headName}
            {help.refugee && <span className="secondary-line">{h.refugee}</span>}
          </dd>
          <dt>{h.status}</dt>
          <dd data-testid="help-status">
            <Tag data-size="sm" data-color={HELP_COLOR[help.status]}>
              {h.statuses[help.status]}
            </Tag>
          </dd>
          <dt>{h.landlord}</dt>
          <dd>{help.landlord ? <AppLink href={paths.landlord(help.landlord.id)}>{help.landlord.name}</AppLink> : h.noLandlord}</dd>
          <dt>{h.startedOn}</dt>
          <dd>{date(help.startedOn)}</dd>
          <dt>{h.outcomeOn}</dt>
          <dd>{date(help.outcomeOn)}</dd>
          <dt>{h.leaseStartsOn}</dt>
          <dd>{date(help.leaseStartsOn)}</dd>
          <dt>{h.deposit}</dt>
          <dd>{help.depositGuarantee ? t.landlords.yes : t.landlords.no}</dd>
          <dt>{h.monthlyRent}</dt>
          <dd>{help.monthlyRent === null ? t.landlords.dash : formatKroner(locale, help.monthlyRent)}</dd>
          <dt>{h.helpedBy}</dt>
          <dd>{help.helpedBy.name}</dd>
          {help.note && (
            <>
              <dt>{h.note}</dt>
              <dd className="pre-line">{help.note}</dd>
            </>
          )}
        </dl>
      </section>
      <section aria-labelledby="help-outcome" className="section">
        <Heading level={2} data-size="sm" id="help-outcome">
          {h.outcomeHeading}
        </Heading>
        {help.nextStatuses.length === 0 ? (
          <Paragraph>{h.final}</Paragraph>
        ) : (
          <ResourceView resource={landlords}>
            {(list) => (
              <OutcomeForm
                help={help}
                landlords={list.items}
                onSaved={(next) => {
                  onChanged(next);
                  setNotice(h.saved);
                }}
              />
            )}
          </ResourceView>
        )}
      </section>
    </Page>
  );
}

type Field = 'status' | 'outcomeOn' | 'landlordId' | 'leaseStartsOn';
const IDS: Record<Field, string> = { status: 'outcome-status', outcomeOn: 'outcome-date', landlordId: 'outcome-landlord', leaseStartsOn: 'outcome-lease-start' };

function OutcomeForm({ help, landlords, onSaved }: { help: LeaseHelp; landlords: readonly Landlord[]; onSaved: (next: LeaseHelp) => void }) {
  const { t } = useI18n();
  const h = t.leaseHelp;
  const [status, setStatus] = useState<LeaseHelpStatus | ''>('');
  const [outcomeOn, setOutcomeOn] = useState(todayIso);
  const [landlordId, setLandlordId] = useState(help.landlord?.id ?? '');
  const [leaseStartsOn, setLeaseStartsOn] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!status) invalid.status = t.form.chooseRequired(h.outcomeLabel);
    if (!outcomeOn) invalid.outcomeOn = t.form.required(h.outcomeOn);
    // «Signed» needs a landlord and the lease's start: the server says so on the fields.
    await form.submit(IDS, invalid, async () =>
      onSaved(
        await updateHelp(help.id, {
          status: status as LeaseHelpStatus,
          outcomeOn,
          ...(status === 'signed' ? { landlordId: landlordId || null, leaseStartsOn: leaseStartsOn || null } : {}),
        }),
      ),
    );
  }

  return (
    <form className="form form--readable block-gap" aria-labelledby="help-outcome" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup<LeaseHelpStatus>
        id={IDS.status}
        legend={h.outcomeLabel}
        options={help.nextStatuses.map((value) => ({ value, label: h.statuses[value], description: h.statusHints[value] }))}
        value={status}
        onChange={setStatus}
        error={form.fieldErrors.status}
      />
      <Textfield id={IDS.outcomeOn} type="date" label={h.outcomeOn} value={outcomeOn} onChange={(e) => setOutcomeOn(e.target.value)} error={form.fieldErrors.outcomeOn} />
      {status === 'signed' && (
        <>
          <SelectField
            id={IDS.landlordId}
            label={h.landlord}
            placeholder={h.chooseLandlord}
            value={landlordId}
            onChange={setLandlordId}
            options={landlords.map((l) => ({ value: l.id, label: l.name }))}
            error={form.fieldErrors.landlordId}
          />
          <Textfield id={IDS.leaseStartsOn} type="date" label={h.leaseStartsOn} value={leaseStartsOn} onChange={(e) => setLeaseStartsOn(e.target.value)} error={form.fieldErrors.leaseStartsOn} />
        </>
      )}
      <FormActions label={h.save} submitting={form.submitting} />
    </form>
  );
}
