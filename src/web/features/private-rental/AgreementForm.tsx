import { Checkbox, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Agreement, ContactList } from '../../../contracts/private-rental';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createAgreement } from './private-rental.api';

type Field = 'rentGuarantee' | 'guaranteeMonths' | 'followupPromise' | 'contactPersonId' | 'terms' | 'validFrom' | 'validTo';
const IDS: Record<Field, string> = {
  rentGuarantee: 'agreement-guarantee',
  guaranteeMonths: 'agreement-months',
  followupPromise: 'agreement-followup',
  contactPersonId: 'agreement-contact',
  terms: 'agreement-terms',
  validFrom: 'agreement-from',
  validTo: 'agreement-to',
};

/** A new agreement with a landlord: the benefits package (rent guarantee 1–36 months, follow-up), contact person, terms, period. */
export function AgreementForm({ landlordId, contacts, onSaved }: { landlordId: string; contacts: ContactList['items']; onSaved: (agreement: Agreement) => Promise<void> }) {
  const { t } = useI18n();
  const l = t.landlords;
  const [guarantee, setGuarantee] = useState(true);
  const [months, setMonths] = useState('');
  const [followup, setFollowup] = useState(true);
  const [contact, setContact] = useState('');
  const [terms, setTerms] = useState('');
  const [validFrom, setValidFrom] = useState('');
  const [validTo, setValidTo] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const monthsText = months.trim();
    if (guarantee && !monthsText) invalid.guaranteeMonths = t.form.required(l.guaranteeMonths);
    else if (guarantee && !/^\d{1,4}$/.test(monthsText)) invalid.guaranteeMonths = t.form.wholeNumber(l.guaranteeMonths);
    if (!contact) invalid.contactPersonId = t.form.chooseRequired(l.contactPerson);
    if (!terms.trim()) invalid.terms = t.form.required(l.terms);
    else if (terms.trim().length > 4000) invalid.terms = t.form.tooLong(l.terms, 4000);
    if (!validFrom) invalid.validFrom = t.form.required(l.validFrom);
    const ok = await form.submit(IDS, invalid, async () => {
      await onSaved(
        await createAgreement(landlordId, {
          rentGuarantee: guarantee,
          guaranteeMonths: guarantee ? Number(monthsText) : null,
          followupPromise: followup,
          contactPersonId: contact,
          terms: terms.trim(),
          validFrom,
          validTo: validTo || null,
        }),
      );
    });
    if (ok) {
      setMonths('');
      setTerms('');
      setValidFrom('');
      setValidTo('');
    }
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="agreement-form-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="agreement-form-heading">
        {l.agreementFormHeading}
      </Heading>
      <Paragraph data-size="sm">{l.agreementFormHint}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <Checkbox id={IDS.rentGuarantee} label={l.rentGuaranteeLabel} checked={guarantee} onChange={(e) => setGuarantee(e.target.checked)} />
      {guarantee && (
        <Textfield
          id={IDS.guaranteeMonths}
          label={l.guaranteeMonths}
          description={l.guaranteeMonthsHint}
          inputMode="numeric"
          autoComplete="off"
          value={months}
          onChange={(e) => setMonths(e.target.value)}
          error={form.fieldErrors.guaranteeMonths}
        />
      )}
      <Checkbox id={IDS.followupPromise} label={l.followupLabel} checked={followup} onChange={(e) => setFollowup(e.target.checked)} />
      <SelectField
        id={IDS.contactPersonId}
        label={l.contactPerson}
        placeholder={l.chooseContact}
        value={contact}
        onChange={setContact}
        options={contacts.map((c) => ({ value: c.id, label: c.name }))}
        error={form.fieldErrors.contactPersonId}
      />
      <Textfield id={IDS.terms} multiline rows={4} label={l.terms} description={l.termsHint} value={terms} onChange={(e) => setTerms(e.target.value)} error={form.fieldErrors.terms} />
      <div className="field-row">
        <Textfield id={IDS.validFrom} type="date" label={l.validFrom} value={validFrom} onChange={(e) => setValidFrom(e.target.value)} error={form.fieldErrors.validFrom} />
        <Textfield id={IDS.validTo} type="date" label={l.validTo} description={l.validToHint} value={validTo} onChange={(e) => setValidTo(e.target.value)} error={form.fieldErrors.validTo} />
      </div>
      <FormActions label={l.addAgreement} submitting={form.submitting} />
    </form>
  );
}
