import { Details, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { FollowupPlan, FollowupService } from '../../../contracts/followup';
import { SERVICE_KINDS, type ServiceKind } from '../../../domain/followup/kinds';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from './followup-format';
import { addService, endService } from './followup.api';

type Changed = (message: string) => (plan: FollowupPlan) => void;

/** The services the household receives, with forms to add one and to end a running one. */
export function ServicesSection({ plan, writable, onChanged }: { plan: FollowupPlan; writable: boolean; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  const captionId = useId();
  return (
    <section aria-labelledby="plan-services" className="section">
      <Heading level={2} data-size="sm" id="plan-services">
        {p.servicesHeading}
      </Heading>
      {plan.services.length === 0 ? (
        <Paragraph>{p.servicesNone}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId}>{p.servicesCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{p.service}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.provider}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.from}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.to}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.services.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">{t.followupLabels.services[s.kind]}</Table.HeaderCell>
                  <Table.Cell>{s.provider}</Table.Cell>
                  <Table.Cell className="nowrap">{formatDate(locale, s.startedOn)}</Table.Cell>
                  <Table.Cell className="nowrap">{s.endedOn ? formatDate(locale, s.endedOn) : p.running}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {writable &&
        plan.services
          .filter((s) => s.endedOn === null)
          .map((s) => (
            <Details key={s.id} className="block-gap">
              <Details.Summary>{p.endService(t.followupLabels.services[s.kind])}</Details.Summary>
              <Details.Content>
                <EndServiceForm service={s} onEnded={onChanged(p.serviceEnded)} />
              </Details.Content>
            </Details>
          ))}
      {writable && (
        <Details className="block-gap">
          <Details.Summary>{p.addService}</Details.Summary>
          <Details.Content>
            <AddServiceForm plan={plan} onAdded={onChanged(p.serviceAdded)} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

type AddField = 'kind' | 'provider' | 'startedOn';
const ADD_IDS: Record<AddField, string> = { kind: 'service-new-kind', provider: 'service-new-provider', startedOn: 'service-new-start' };

function AddServiceForm({ plan, onAdded }: { plan: FollowupPlan; onAdded: (plan: FollowupPlan) => void }) {
  const { t } = useI18n();
  const p = t.followupPlan;
  const [kind, setKind] = useState<ServiceKind | ''>('');
  const [provider, setProvider] = useState('');
  const [startedOn, setStartedOn] = useState(todayIso);
  const form = useFormSubmit<AddField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<AddField> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(p.service);
    if (!provider.trim()) invalid.provider = t.form.required(p.provider);
    if (!startedOn) invalid.startedOn = t.form.required(p.from);
    await form.submit(ADD_IDS, invalid, async () => {
      if (!kind) return;
      onAdded(await addService(plan.id, { kind, provider: provider.trim(), startedOn }));
      setKind('');
      setProvider('');
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label={p.addService}>
      <ErrorSummary errors={form.summary} />
      <SelectField
        id={ADD_IDS.kind}
        label={p.service}
        placeholder={p.chooseService}
        options={SERVICE_KINDS.map((value) => ({ value, label: t.followupLabels.services[value] }))}
        value={kind}
        onChange={(value) => setKind(value as ServiceKind | '')}
        error={form.fieldErrors.kind}
      />
      <Textfield id={ADD_IDS.provider} label={p.provider} description={p.providerHint} value={provider} onChange={(e) => setProvider(e.target.value)} error={form.fieldErrors.provider} />
      <Textfield id={ADD_IDS.startedOn} type="date" label={p.from} value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={form.fieldErrors.startedOn} />
      <FormActions label={p.addService} submitting={form.submitting} />
    </form>
  );
}

function EndServiceForm({ service, onEnded }: { service: FollowupService; onEnded: (plan: FollowupPlan) => void }) {
  const { t } = useI18n();
  const p = t.followupPlan;
  const ids: Record<'endedOn', string> = { endedOn: `service-end-${service.id.slice(0, 8)}` };
  const [endedOn, setEndedOn] = useState(todayIso);
  const form = useFormSubmit<'endedOn'>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<'endedOn'> = {};
    if (!endedOn) invalid.endedOn = t.form.required(p.endServiceDate);
    await form.submit(ids, invalid, async () => onEnded(await endService(service.id, { endedOn })));
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label={p.endService(t.followupLabels.services[service.kind])}>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.endedOn} type="date" label={p.endServiceDate} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={form.fieldErrors.endedOn} />
      <FormActions label={p.endServiceButton} submitting={form.submitting} />
    </form>
  );
}
