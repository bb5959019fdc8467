import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Landlord, LandlordDetail } from '../../../contracts/private-rental';
import { LANDLORD_KINDS, type LandlordKind } from '../../../domain/private-rental';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createLandlord, updateLandlord } from './private-rental.api';

type Field = 'kind' | 'name' | 'orgNumber' | 'contactName' | 'phone' | 'email' | 'note';

/**
 * A landlord's facts: new (POST) or changed (PATCH with every field, an empty one clearing it).
 * The organisation number's control digit and «a company needs one» are the server's rules; its messages land on the fields.
 */
export function LandlordForm({ landlord, onSaved }: { landlord?: Landlord; onSaved: (detail: LandlordDetail) => void | Promise<void> }) {
  const { t } = useI18n();
  const l = t.landlords;
  const prefix = landlord ? 'landlord-edit' : 'landlord-new';
  const ids: Record<Field, string> = {
    kind: `${prefix}-kind`,
    name: `${prefix}-name`,
    orgNumber: `${prefix}-org`,
    contactName: `${prefix}-contact`,
    phone: `${prefix}-phone`,
    email: `${prefix}-email`,
    note: `${prefix}-note`,
  };
  const [kind, setKind] = useState<LandlordKind | ''>(landlord?.kind ?? '');
  const [name, setName] = useState(landlord?.name ?? '');
  const [orgNumber, setOrgNumber] = useState(landlord?.orgNumber ?? '');
  const [contactName, setContactName] = useState(landlord?.contactName ?? '');
  const [phone, setPhone] = useState(landlord?.phone ?? '');
  const [email, setEmail] = useState(landlord?.email ?? '');
  const [note, setNote] = useState(landlord?.note ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const org = orgNumber.replace(/\s/g, '');
    const invalid: FieldMessages<Field> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(l.kind);
    if (!name.trim()) invalid.name = t.form.required(l.name);
    else if (name.trim().length > 200) invalid.name = t.form.tooLong(l.name, 200);
    if (org && !/^\d{9}$/.test(org)) invalid.orgNumber = l.orgNumberFormat;
    if (phone.trim() && !/^\+?[\d ]{8,20}$/.test(phone.trim())) invalid.phone = l.phoneFormat;
    if (email.trim() && !/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email.trim())) invalid.email = l.emailFormat;
    if (note.trim().length > 2000) invalid.note = t.form.tooLong(l.note, 2000);
    const body = {
      kind: kind as LandlordKind,
      name: name.trim(),
      orgNumber: org || null,
      contactName: contactName.trim() || null,
      phone: phone.trim() || null,
      email: email.trim() || null,
      note: note.trim() || null,
    };
    const ok = await form.submit(ids, invalid, async () => {
      await onSaved(landlord ? await updateLandlord(landlord.id, body) : await createLandlord(body));
    });
    if (ok && landlord) setSaved(true);
  }

  return (
    <form className="form form--readable block-gap" aria-labelledby={`${prefix}-heading`} onSubmit={handleSubmit} noValidate>
      <Heading level={landlord ? 3 : 2} data-size="xs" id={`${prefix}-heading`}>
        {landlord ? l.editHeading : l.factsHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      {saved && <Paragraph role="status">{l.saved}</Paragraph>}
      <RadioGroup<LandlordKind>
        id={ids.kind}
        legend={l.kind}
        options={LANDLORD_KINDS.map((value) => ({ value, label: l.kinds[value], description: l.kindHints[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield id={ids.name} label={l.name} autoComplete="off" value={name} onChange={(e) => setName(e.target.value)} error={form.fieldErrors.name} />
      <Textfield
        id={ids.orgNumber}
        label={l.orgNumber}
        description={l.orgNumberHint}
        inputMode="numeric"
        autoComplete="off"
        value={orgNumber}
        onChange={(e) => setOrgNumber(e.target.value)}
        error={form.fieldErrors.orgNumber}
      />
      <Textfield id={ids.contactName} label={l.contactName} description={l.optional} autoComplete="off" value={contactName} onChange={(e) => setContactName(e.target.value)} error={form.fieldErrors.contactName} />
      <div className="field-row">
        <Textfield id={ids.phone} type="tel" label={l.phone} description={l.optional} autoComplete="off" value={phone} onChange={(e) => setPhone(e.target.value)} error={form.fieldErrors.phone} />
        <Textfield id={ids.email} type="email" label={l.email} description={l.optional} autoComplete="off" value={email} onChange={(e) => setEmail(e.target.value)} error={form.fieldErrors.email} />
      </div>
      <Textfield id={ids.note} multiline rows={2} label={l.note} description={l.optional} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={landlord ? l.save : l.create} submitting={form.submitting} />
    </form>
  );
}
