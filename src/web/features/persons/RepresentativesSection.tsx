import { Details, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Person, Representative } from '../../../contracts/people';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { addRepresentative, endRepresentative } from './persons.api';

/** Fullmektig or verge (fvl. § 12): while one is in force, letters go to them. */
export function RepresentativesSection({ person, onChanged }: { person: Person; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const r = t.representatives;
  const canChange = !person.mergedIntoId;
  return (
    <section aria-labelledby="person-representatives" className="section">
      <Heading level={2} data-size="sm" id="person-representatives">
        {r.heading}
      </Heading>
      {person.representatives.length === 0 ? (
        <Paragraph>{r.none}</Paragraph>
      ) : (
        <ul className="plain-list">
          {person.representatives.map((rep) => (
            <RepresentativeItem key={rep.id} personId={person.id} rep={rep} canEnd={canChange} onEnded={onChanged} />
          ))}
        </ul>
      )}
      {canChange && (
        <Details className="block-gap">
          <Details.Summary>{r.addSummary}</Details.Summary>
          <Details.Content>
            <AddRepresentativeForm personId={person.id} onAdded={onChanged} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

function RepresentativeItem({ personId, rep, canEnd, onEnded }: { personId: string; rep: Representative; canEnd: boolean; onEnded: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const r = t.representatives;
  return (
    <li className="list-card">
      <Paragraph>
        <strong>{rep.name}</strong> – {t.labels.representativeKinds[rep.kind]}{' '}
        <Tag data-size="sm" data-color={rep.active ? 'success' : 'neutral'}>
          {rep.active ? r.active : r.ended}
        </Tag>
      </Paragraph>
      <Paragraph data-size="sm">
        {r.period(formatDate(locale, rep.validFrom), rep.validTo ? formatDate(locale, rep.validTo) : null)}
        {rep.phone && ` · ${rep.phone}`}
        {rep.email && ` · ${rep.email}`}
      </Paragraph>
      {rep.active && canEnd && (
        <ConfirmAction
          label={r.end}
          question={r.endQuestion(rep.name)}
          confirmLabel={r.endConfirm}
          onConfirm={async () => {
            await endRepresentative(personId, rep.id);
            await onEnded();
          }}
        />
      )}
    </li>
  );
}

type Field = 'kind' | 'name' | 'phone' | 'email' | 'validFrom';
const FIELD_IDS: Record<Field, string> = {
  kind: 'rep-kind',
  name: 'rep-name',
  phone: 'rep-phone',
  email: 'rep-email',
  validFrom: 'rep-valid-from',
};

function AddRepresentativeForm({ personId, onAdded }: { personId: string; onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const r = t.representatives;
  const [kind, setKind] = useState<'fullmektig' | 'verge' | ''>('');
  const [name, setName] = useState('');
  const [phone, setPhone] = useState('');
  const [email, setEmail] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(r.kind);
    if (!name.trim()) invalid.name = t.form.required(r.name);
    await form.submit(FIELD_IDS, invalid, async () => {
      if (!kind) return;
      await addRepresentative(personId, {
        kind,
        name: name.trim(),
        phone: phone.trim() || undefined,
        email: email.trim() || undefined,
        validFrom: validFrom || undefined,
      });
      await onAdded();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={FIELD_IDS.kind}
        legend={r.kind}
        options={(['fullmektig', 'verge'] as const).map((value) => ({ value, label: t.labels.representativeKinds[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield id={FIELD_IDS.name} label={r.name} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} />
      <Textfield id={FIELD_IDS.phone} type="tel" label={t.personForm.phone} autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} error={form.fieldErrors.phone} />
      <Textfield id={FIELD_IDS.email} type="email" label={t.personForm.email} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldErrors.email} />
      <Textfield
        id={FIELD_IDS.validFrom}
        type="date"
        label={r.validFrom}
        description={r.validFromHint}
        value={validFrom}
        onChange={(e) => setValidFrom(e.target.value)}
        error={form.fieldErrors.validFrom}
      />
      <FormActions label={r.add} submitting={form.submitting} />
    </form>
  );
}
