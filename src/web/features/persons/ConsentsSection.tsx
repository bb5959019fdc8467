import { Checkbox, Details, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Consent } from '../../../contracts/people';
import { CONSENT_RECIPIENTS, type ConsentRecipient } from '../../../domain/cases/case-types';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { listConsents, registerConsent, withdrawConsent } from './persons.api';

/** Consents to share information (fvl. § 13a nr. 1): register, and withdraw with immediate effect. */
export function ConsentsSection({ personId }: { personId: string }) {
  const { t } = useI18n();
  const session = useCurrentSession();
  const consents = useResource(`consents:${personId}`, (signal) => listConsents(personId, signal));
  return (
    <section aria-labelledby="person-consents" className="section">
      <Heading level={2} data-size="sm" id="person-consents">
        {t.consents.heading}
      </Heading>
      <ResourceView resource={consents}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t.consents.none}</Paragraph>
          ) : (
            <ul className="plain-list">
              {data.items.map((consent) => (
                <ConsentItem key={consent.id} personId={personId} consent={consent} onWithdrawn={consents.refresh} />
              ))}
            </ul>
          )
        }
      </ResourceView>
      {session.role === 'caseworker' && (
        <Details className="block-gap">
          <Details.Summary>{t.consents.addSummary}</Details.Summary>
          <Details.Content>
            <ConsentForm personId={personId} onAdded={consents.refresh} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

function ConsentItem({ personId, consent, onWithdrawn }: { personId: string; consent: Consent; onWithdrawn: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const c = t.consents;
  const [note, setNote] = useState('');
  const recipient = t.labels.consentRecipients[consent.recipient];
  return (
    <li className="list-card">
      <Paragraph>
        <strong>{recipient}</strong>{' '}
        <Tag data-size="sm" data-color={consent.inForce ? 'success' : 'neutral'}>
          {consent.inForce ? c.inForce : consent.withdrawnAt ? c.withdrawn : c.notInForce}
        </Tag>
      </Paragraph>
      <dl className="facts facts--compact">
        <dt>{c.purpose}</dt>
        <dd>{consent.purpose}</dd>
        <dt>{c.scope}</dt>
        <dd>{consent.scope}</dd>
        <dt>{c.period}</dt>
        <dd>{c.periodText(formatDate(locale, consent.validFrom), consent.validTo ? formatDate(locale, consent.validTo) : null)}</dd>
        <dt>{c.form}</dt>
        <dd>{consent.givenInWriting ? c.inWriting : c.oral}</dd>
        {consent.withdrawnAt && (
          <>
            <dt>{c.withdrawnAt}</dt>
            <dd>
              {formatDateTime(locale, consent.withdrawnAt)}
              {consent.withdrawalNote && <span className="secondary-line">{consent.withdrawalNote}</span>}
            </dd>
          </>
        )}
      </dl>
      {!consent.withdrawnAt && (
        <ConfirmAction
          label={c.withdraw}
          question={c.withdrawQuestion(recipient)}
          confirmLabel={c.withdrawConfirm}
          onConfirm={async () => {
            await withdrawConsent(personId, consent.id, { note: note.trim() || undefined });
            await onWithdrawn();
          }}
        >
          <Textfield
            id={`withdraw-note-${consent.id}`}
            multiline
            rows={2}
            label={c.withdrawNote}
            value={note}
            onChange={(event) => setNote(event.target.value)}
          />
        </ConfirmAction>
      )}
    </li>
  );
}

type Field = 'recipient' | 'purpose' | 'scope' | 'validFrom' | 'validTo' | 'givenInWriting';
const FIELD_IDS: Record<Field, string> = {
  recipient: 'consent-recipient',
  purpose: 'consent-purpose',
  scope: 'consent-scope',
  validFrom: 'consent-valid-from',
  validTo: 'consent-valid-to',
  givenInWriting: 'consent-in-writing',
};

function ConsentForm({ personId, onAdded }: { personId: string; onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const c = t.consents;
  const [recipient, setRecipient] = useState<ConsentRecipient | ''>('');
  const [purpose, setPurpose] = useState('');
  const [scope, setScope] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const [inWriting, setInWriting] = useState(true);
  const [added, setAdded] = useState(false);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setAdded(false);
    const invalid: FieldMessages<Field> = {};
    if (!recipient) invalid.recipient = t.form.chooseRequired(c.recipient);
    if (!purpose.trim()) invalid.purpose = t.form.required(c.purpose);
    if (!scope.trim()) invalid.scope = t.form.required(c.scope);
    if (!validFrom) invalid.validFrom = t.form.required(c.validFrom);
    if (validFrom && validTo && validTo < validFrom) invalid.validTo = t.form.dateOrder;
    const ok = await form.submit(FIELD_IDS, invalid, async () => {
      if (!recipient) return;
      await registerConsent(personId, {
        recipient,
        purpose: purpose.trim(),
        scope: scope.trim(),
        validFrom,
        validTo: validTo || undefined,
        givenInWriting: inWriting,
      });
      await onAdded();
    });
    if (ok) {
      setRecipient('');
      setPurpose('');
      setScope('');
      setValidFrom('');
      setValidTo('');
      setAdded(true);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      {added && <Paragraph role="status">{c.added}</Paragraph>}
      <SelectField
        id={FIELD_IDS.recipient}
        label={c.recipient}
        placeholder={c.chooseRecipient}
        options={CONSENT_RECIPIENTS.map((value) => ({ value, label: t.labels.consentRecipients[value] }))}
        value={recipient}
        onChange={(value) => setRecipient(value as ConsentRecipient)}
        error={form.fieldErrors.recipient}
      />
      <Textfield id={FIELD_IDS.purpose} multiline rows={2} label={c.purpose} description={c.purposeHint} value={purpose} onChange={(e) => setPurpose(e.target.value)} error={form.fieldErrors.purpose} />
      <Textfield id={FIELD_IDS.scope} multiline rows={2} label={c.scope} description={c.scopeHint} value={scope} onChange={(e) => setScope(e.target.value)} error={form.fieldErrors.scope} />
      <div className="field-row">
        <Textfield id={FIELD_IDS.validFrom} type="date" label={c.validFrom} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={form.fieldErrors.validFrom} />
        <Textfield id={FIELD_IDS.validTo} type="date" label={c.validTo} description={c.validToHint} value={validTo} onChange={(e) => setValidTo(e.target.value)} error={form.fieldErrors.validTo} />
      </div>
      <Checkbox id={FIELD_IDS.givenInWriting} label={c.givenInWriting} checked={inWriting} onChange={(e) => setInWriting(e.target.checked)} error={form.fieldErrors.givenInWriting} />
      <FormActions label={c.add} submitting={form.submitting} />
    </form>
  );
}
