import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { IntakeResult } from '../../../contracts/cases';
import { INTAKE_CHANNELS, NEED_CATEGORIES, RENTAL_KINDS, type CaseType } from '../../../domain/cases/case-types';
import { osloDate } from '../../../domain/deadlines/calendar';
import { HOUSING_SITUATIONS } from '../../../domain/eligibility/types';
import { useT } from '../../app/i18n/I18nProvider';
import { useCurrentSession } from '../../app/SessionProvider';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { registerIntake } from './cases.api';
import { applicationFieldIds, caseTypesFor, emptyApplication, toIntakeBody, validateApplication, type ApplicationValues } from './application-form';
import { DocumentationFields } from './DocumentationFields';
import { EconomyFields } from './EconomyFields';
import { NeedsFields } from './NeedsFields';

type Props = { householdId: string; personId: string | undefined; onDone: (result: IntakeResult) => void };

/** One form for the whole request: what is asked for, the situation, needs, economy and documentation. */
export function ApplicationForm({ householdId, personId, onDone }: Props) {
  const t = useT();
  const a = t.application;
  const session = useCurrentSession();
  const [values, setValues] = useState<ApplicationValues>(() => emptyApplication(osloDate(new Date())));
  const form = useFormSubmit<string>();
  const ids = applicationFieldIds(values);
  const errors = form.fieldErrors;
  const set = <K extends keyof ApplicationValues>(key: K) => (value: ApplicationValues[K]) => setValues((v) => ({ ...v, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(ids, validateApplication(values, t), async () => {
      onDone(await registerIntake(toIntakeBody(values, householdId, personId)));
    });
  }

  const rentalIndex = values.caseTypes.indexOf('rental_dwelling');
  return (
    <form className="form form--readable" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.requestLegend}</Fieldset.Legend>
        <RadioGroup
          id={ids['channel'] ?? ''}
          legend={a.channel}
          options={INTAKE_CHANNELS.map((value) => ({ value, label: t.labels.channels[value] }))}
          value={values.channel}
          onChange={set('channel')}
          error={errors['channel']}
        />
        <Textfield
          id={ids['receivedOn']}
          type="date"
          label={a.receivedOn}
          description={a.receivedOnHint}
          value={values.receivedOn}
          onChange={(e) => set('receivedOn')(e.target.value)}
          error={errors['receivedOn']}
        />
        <Textfield
          id={ids['summary']}
          multiline
          rows={4}
          label={a.summary}
          description={a.summaryHint}
          value={values.summary}
          onChange={(e) => set('summary')(e.target.value)}
          error={errors['summary']}
        />
        <CheckboxGroup<CaseType>
          id={ids['cases'] ?? ''}
          legend={a.caseTypes}
          description={a.caseTypesHint}
          options={caseTypesFor(session.role).map((value) => ({ value, label: t.labels.caseTypes[value] }))}
          values={values.caseTypes}
          onChange={set('caseTypes')}
          error={errors['cases']}
        />
        {rentalIndex >= 0 && (
          <RadioGroup
            id="app-rental-kind"
            legend={a.rentalKind}
            description={a.rentalKindHint}
            options={RENTAL_KINDS.map((value) => ({ value, label: t.labels.rentalKinds[value] }))}
            value={values.rentalKind}
            onChange={set('rentalKind')}
            error={errors[`cases.${rentalIndex}.rentalKind`]}
          />
        )}
      </Fieldset>
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.situationLegend}</Fieldset.Legend>
        <RadioGroup
          id={ids['application.housingSituation'] ?? ''}
          legend={a.housingSituation}
          description={a.housingSituationHint}
          options={HOUSING_SITUATIONS.map((value) => ({ value, label: t.labels.housingSituations[value] }))}
          value={values.housingSituation}
          onChange={set('housingSituation')}
          error={errors['application.housingSituation']}
        />
        <SelectField
          id={ids['application.needCategory'] ?? ''}
          label={a.needCategory}
          description={a.needCategoryHint}
          placeholder={a.chooseNeedCategory}
          options={NEED_CATEGORIES.map((value) => ({ value, label: t.labels.needCategories[value] }))}
          value={values.needCategory}
          onChange={(value) => set('needCategory')(value as ApplicationValues['needCategory'])}
          error={errors['application.needCategory']}
        />
      </Fieldset>
      <NeedsFields values={values} setValues={setValues} ids={ids} errors={errors} />
      <EconomyFields values={values} setValues={setValues} ids={ids} errors={errors} />
      <DocumentationFields values={values} setValues={setValues} ids={ids} errors={errors} />
      <FormActions label={a.submit} submitting={form.submitting} />
    </form>
  );
}
