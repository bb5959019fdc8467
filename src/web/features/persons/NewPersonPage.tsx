import { Fieldset, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { parseKroner } from '../../components/amounts';
import { EMPTY_PERSON, personFieldIds, toPersonBody, validatePerson, type PersonValues } from './person-form';
import { PersonFields } from './PersonFields';
import { createHousehold } from './persons.api';

const PREFIX = 'headPerson.';
const FIELD_IDS: Record<string, string> = {
  ...personFieldIds(PREFIX, 'new-person'),
  grossAnnualIncome: 'new-household-income',
};

/** Registers a person and their household (as head, hovedsøker) in one request. */
export function NewPersonPage() {
  const t = useT();
  const [person, setPerson] = useState<PersonValues>(EMPTY_PERSON);
  const [income, setIncome] = useState('');
  const form = useFormSubmit<string>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validatePerson(person, t, PREFIX);
    const amount = parseKroner(income);
    if (amount === 'invalid') invalid['grossAnnualIncome'] = t.form.wholeKroner(t.personForm.householdIncome);
    await form.submit(FIELD_IDS, invalid, async () => {
      const household = await createHousehold({
        headPerson: toPersonBody(person),
        grossAnnualIncome: amount === 'invalid' ? undefined : amount,
      });
      navigate(paths.person(household.headPersonId));
    });
  }

  return (
    <Page title={t.personForm.title}>
      <Paragraph className="back-link">
        <AppLink href={paths.persons}>{t.persons.backToSearch}</AppLink>
      </Paragraph>
      <Paragraph>{t.personForm.intro}</Paragraph>
      <form className="form narrow" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Fieldset className="form-section">
          <Fieldset.Legend>{t.personForm.personLegend}</Fieldset.Legend>
          <PersonFields values={person} onChange={setPerson} errors={form.fieldErrors} apiPrefix={PREFIX} idPrefix="new-person" />
        </Fieldset>
        <Fieldset className="form-section">
          <Fieldset.Legend>{t.personForm.householdLegend}</Fieldset.Legend>
          <Fieldset.Description>{t.personForm.householdHint}</Fieldset.Description>
          <Textfield
            id={FIELD_IDS['grossAnnualIncome']}
            label={t.personForm.householdIncome}
            description={t.personForm.incomeHint}
            inputMode="numeric"
            autoComplete="off"
            value={income}
            onChange={(event) => setIncome(event.target.value)}
            error={form.fieldErrors['grossAnnualIncome']}
          />
        </Fieldset>
        <FormActions label={t.personForm.submit} submitting={form.submitting} />
      </form>
    </Page>
  );
}
