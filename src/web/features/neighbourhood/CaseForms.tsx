import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { NeighbourCase } from '../../../contracts/neighbourhood';
import { NEIGHBOUR_CASE_OUTCOMES, PARTY_ROLES, type NeighbourCaseOutcome, type PartyRole } from '../../../domain/neighbourhood';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { addParty, closeCase, listTenants, recordAgreement, recordMeeting } from './neighbourhood.api';
import { todayIso } from './neighbourhood-format';

/** The case page's forms: add a party, record a dialogue meeting, record the agreement, close with an outcome. */

type Saved = (next: NeighbourCase, message: string) => void;

type PartyField = 'role' | 'leaseId' | 'label';
const PARTY_IDS: Record<PartyField, string> = { role: 'party-role', leaseId: 'party-tenant', label: 'party-label' };
type PartyKind = 'tenant' | 'label';

export function AddPartyForm({ nc, onSaved }: { nc: NeighbourCase; onSaved: Saved }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const tenants = useResource(`neighbourhood-tenants:${nc.building.slug}`, (signal) => listTenants(nc.building.slug, signal));
  const [role, setRole] = useState<PartyRole | ''>('');
  const [kind, setKind] = useState<PartyKind>('tenant');
  const [leaseId, setLeaseId] = useState('');
  const [label, setLabel] = useState('');
  const form = useFormSubmit<PartyField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<PartyField> = {};
    if (!role) invalid.role = t.form.chooseRequired(c.partyRole);
    if (kind === 'tenant' && !leaseId) invalid.leaseId = t.form.chooseRequired(c.tenant);
    if (kind === 'label' && !label.trim()) invalid.label = t.form.required(c.label);
    else if (kind === 'label' && label.trim().length > 200) invalid.label = t.form.tooLong(c.label, 200);
    const ok = await form.submit(PARTY_IDS, invalid, async () => {
      const next = await addParty(nc.id, { role: role as PartyRole, ...(kind === 'tenant' ? { leaseId } : { label: label.trim() }) });
      onSaved(next, c.partyAdded);
    });
    if (ok) {
      setRole('');
      setLeaseId('');
      setLabel('');
    }
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="party-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="party-heading">
        {c.addPartyHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <RadioGroup<PartyRole>
        id={PARTY_IDS.role}
        legend={c.partyRole}
        options={PARTY_ROLES.map((value) => ({ value, label: c.partyRoles[value] }))}
        value={role}
        onChange={setRole}
        error={form.fieldErrors.role}
      />
      <RadioGroup<PartyKind>
        id="party-kind"
        legend={c.partyKind}
        options={[
          { value: 'tenant', label: c.partyKindTenant, description: c.partyKindTenantHint },
          { value: 'label', label: c.partyKindLabel, description: c.partyKindLabelHint },
        ]}
        value={kind}
        onChange={setKind}
      />
      {kind === 'tenant' ? (
        <ResourceView resource={tenants}>
          {(items) =>
            items.length === 0 ? (
              <Paragraph>{c.noTenants}</Paragraph>
            ) : (
              <SelectField
                id={PARTY_IDS.leaseId}
                label={c.tenant}
                placeholder={c.chooseTenant}
                value={leaseId}
                onChange={setLeaseId}
                options={items.map((tenant) => ({ value: tenant.leaseId, label: `${tenant.name} (${tenant.unit})` }))}
                error={form.fieldErrors.leaseId}
              />
            )
          }
        </ResourceView>
      ) : (
        <Textfield id={PARTY_IDS.label} label={c.label} description={c.labelHint} autoComplete="off" value={label} onChange={(e) => setLabel(e.target.value)} error={form.fieldErrors.label} />
      )}
      <FormActions label={c.addParty} submitting={form.submitting} />
    </form>
  );
}

type MeetingField = 'heldOn' | 'summary';

export function MeetingForm({ nc, onSaved }: { nc: NeighbourCase; onSaved: Saved }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const ids: Record<MeetingField, string> = { heldOn: 'meeting-date', summary: 'meeting-summary' };
  const [heldOn, setHeldOn] = useState(todayIso);
  const [summary, setSummary] = useState('');
  const form = useFormSubmit<MeetingField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<MeetingField> = {};
    if (!heldOn) invalid.heldOn = t.form.required(c.heldOn);
    if (!summary.trim()) invalid.summary = t.form.required(c.summary);
    else if (summary.trim().length > 4000) invalid.summary = t.form.tooLong(c.summary, 4000);
    const ok = await form.submit(ids, invalid, async () => onSaved(await recordMeeting(nc.id, { heldOn, summary: summary.trim() }), c.meetingRecorded));
    if (ok) setSummary('');
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="meeting-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="meeting-heading">
        {c.meetingHeading}
      </Heading>
      {nc.status === 'open' && <Paragraph data-size="sm">{c.meetingHint}</Paragraph>}
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.heldOn} type="date" label={c.heldOn} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={form.fieldErrors.heldOn} />
      <Textfield id={ids.summary} multiline rows={4} label={c.summary} description={c.summaryHint} value={summary} onChange={(e) => setSummary(e.target.value)} error={form.fieldErrors.summary} />
      <FormActions label={c.recordMeeting} submitting={form.submitting} />
    </form>
  );
}

type AgreementField = 'heldOn' | 'agreementText' | 'summary';

export function AgreementForm({ nc, onSaved }: { nc: NeighbourCase; onSaved: Saved }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const ids: Record<AgreementField, string> = { heldOn: 'agreement-date', agreementText: 'agreement-text', summary: 'agreement-summary' };
  const [heldOn, setHeldOn] = useState(todayIso);
  const [text, setText] = useState('');
  const [summary, setSummary] = useState('');
  const form = useFormSubmit<AgreementField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<AgreementField> = {};
    if (!heldOn) invalid.heldOn = t.form.required(c.heldOn);
    if (!text.trim()) invalid.agreementText = t.form.required(c.agreementText);
    else if (text.trim().length > 4000) invalid.agreementText = t.form.tooLong(c.agreementText, 4000);
    if (summary.trim().length > 2000) invalid.summary = t.form.tooLong(c.agreementSummary, 2000);
    const ok = await form.submit(ids, invalid, async () =>
      onSaved(await recordAgreement(nc.id, { heldOn, agreementText: text.trim(), ...(summary.trim() ? { summary: summary.trim() } : {}) }), c.agreementRecorded),
    );
    if (ok) {
      setText('');
      setSummary('');
    }
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="agreement-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="agreement-heading">
        {c.agreementHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.heldOn} type="date" label={c.heldOn} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={form.fieldErrors.heldOn} />
      <Textfield
        id={ids.agreementText}
        multiline
        rows={4}
        label={c.agreementText}
        description={c.agreementHint}
        value={text}
        onChange={(e) => setText(e.target.value)}
        error={form.fieldErrors.agreementText}
      />
      <Textfield id={ids.summary} multiline rows={2} label={c.agreementSummary} description={c.optional} value={summary} onChange={(e) => setSummary(e.target.value)} error={form.fieldErrors.summary} />
      <FormActions label={c.recordAgreement} submitting={form.submitting} />
    </form>
  );
}

type CloseField = 'outcome' | 'closedOn' | 'note';

export function CloseCaseForm({ nc, onSaved }: { nc: NeighbourCase; onSaved: Saved }) {
  const { t } = useI18n();
  const c = t.neighbourCase;
  const ids: Record<CloseField, string> = { outcome: 'close-outcome', closedOn: 'close-date', note: 'close-note' };
  const [outcome, setOutcome] = useState<NeighbourCaseOutcome | ''>('');
  const [closedOn, setClosedOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const form = useFormSubmit<CloseField>();
  // «Resolved by agreement» is offered only when an agreement is recorded (the server refuses it otherwise).
  const outcomes = NEIGHBOUR_CASE_OUTCOMES.filter((o) => o !== 'resolved_by_agreement' || nc.status === 'agreement');

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<CloseField> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(c.outcomeLabel);
    if (!closedOn) invalid.closedOn = t.form.required(c.closedOnLabel);
    if (note.trim().length > 2000) invalid.note = t.form.tooLong(c.closeNote, 2000);
    await form.submit(ids, invalid, async () =>
      onSaved(await closeCase(nc.id, { outcome: outcome as NeighbourCaseOutcome, closedOn, ...(note.trim() ? { note: note.trim() } : {}) }), c.closed),
    );
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="close-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="close-heading">
        {c.closeHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <RadioGroup<NeighbourCaseOutcome>
        id={ids.outcome}
        legend={c.outcomeLabel}
        options={outcomes.map((value) => ({ value, label: c.outcomes[value], description: c.outcomeHints[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
      />
      <Textfield id={ids.closedOn} type="date" label={c.closedOnLabel} value={closedOn} onChange={(e) => setClosedOn(e.target.value)} error={form.fieldErrors.closedOn} />
      <Textfield id={ids.note} multiline rows={3} label={c.closeNote} description={c.optional} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={c.close} submitting={form.submitting} />
    </form>
  );
}
