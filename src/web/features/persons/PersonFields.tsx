import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { ADDRESS_PROTECTIONS } from '../../../domain/cases/case-types';
import { RESIDENCE_STATUSES } from '../../../domain/eligibility/types';
import { GENDERS } from '../../../contracts/people';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { personElementIds, type PersonValues } from './person-form';

type Props = {
  values: PersonValues;
  onChange: (values: PersonValues) => void;
  errors: FieldMessages<string>;
  /** The API's prefix of the person's fields: `headPerson.` or `person.`. */
  apiPrefix: string;
  idPrefix: string;
  /** `member`: only identity fields (a household member added on the person page). */
  variant?: 'full' | 'member';
};

/** A person's fields; each error comes from the field's API path, so server errors land here too. */
export function PersonFields({ values, onChange, errors, apiPrefix, idPrefix, variant = 'full' }: Props) {
  const t = useT();
  const l = t.personForm;
  const ids = personElementIds(idPrefix);
  const error = (path: string) => errors[apiPrefix + path];
  const set = <K extends keyof PersonValues>(key: K) => (value: PersonValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: keyof PersonValues) => (event: { target: { value: string } }) => set(key)(event.target.value as never);

  return (
    <>
      <Textfield
        id={ids['nationalId']}
        label={l.nationalId}
        description={l.nationalIdHint}
        inputMode="numeric"
        autoComplete="off"
        value={values.nationalId}
        onChange={text('nationalId')}
        error={error('nationalId')}
      />
      <Textfield id={ids['givenName']} label={l.givenName} autoComplete="off" required value={values.givenName} onChange={text('givenName')} error={error('givenName')} />
      <Textfield id={ids['familyName']} label={l.familyName} autoComplete="off" required value={values.familyName} onChange={text('familyName')} error={error('familyName')} />
      <Textfield
        id={ids['birthDate']}
        type="date"
        label={l.birthDate}
        description={l.birthDateHint}
        value={values.birthDate}
        onChange={text('birthDate')}
        error={error('birthDate')}
      />
      {variant === 'full' && (
        <>
          <Fieldset>
            <Fieldset.Legend>{l.contactLegend}</Fieldset.Legend>
            <Textfield id={ids['phone']} type="tel" label={l.phone} autoComplete="off" value={values.phone} onChange={text('phone')} error={error('phone')} />
            <Textfield id={ids['email']} type="email" label={l.email} autoComplete="off" value={values.email} onChange={text('email')} error={error('email')} />
          </Fieldset>
          <RadioGroup
            id={ids['writtenLanguage']}
            legend={l.writtenLanguage}
            description={l.writtenLanguageHint}
            options={(['nb', 'nn'] as const).map((value) => ({ value, label: t.labels.writtenLanguages[value], lang: value }))}
            value={values.writtenLanguage}
            onChange={set('writtenLanguage')}
            error={error('writtenLanguage')}
          />
          <Checkbox
            id={`${idPrefix}-needs-interpreter`}
            label={l.needsInterpreter}
            checked={values.needsInterpreter}
            onChange={(event) => set('needsInterpreter')(event.target.checked)}
          />
          {values.needsInterpreter && (
            <Textfield
              id={ids['interpreterLanguage']}
              label={l.interpreterLanguage}
              autoComplete="off"
              value={values.interpreterLanguage}
              onChange={text('interpreterLanguage')}
              error={error('interpreterLanguage')}
            />
          )}
          <Fieldset>
            <Fieldset.Legend>{l.addressLegend}</Fieldset.Legend>
            <Fieldset.Description>{l.addressHint}</Fieldset.Description>
            <Textfield id={ids['address.line']} label={l.addressLine} autoComplete="off" value={values.addressLine} onChange={text('addressLine')} error={error('address.line')} />
            <div className="field-row">
              <Textfield
                id={ids['address.postalCode']}
                label={l.postalCode}
                inputMode="numeric"
                autoComplete="off"
                value={values.postalCode}
                onChange={text('postalCode')}
                error={error('address.postalCode')}
              />
              <Textfield id={ids['address.postalCity']} label={l.postalCity} autoComplete="off" value={values.postalCity} onChange={text('postalCity')} error={error('address.postalCity')} />
            </div>
            <SelectField
              id={ids['addressProtection']}
              label={l.addressProtection}
              description={l.addressProtectionHint}
              options={ADDRESS_PROTECTIONS.map((value) => ({ value, label: t.labels.addressProtections[value] }))}
              value={values.addressProtection}
              onChange={(value) => set('addressProtection')(value as PersonValues['addressProtection'])}
              error={error('addressProtection')}
            />
          </Fieldset>
          <Fieldset>
            <Fieldset.Legend>{l.residenceLegend}</Fieldset.Legend>
            <Textfield
              id={ids['residentSince']}
              type="date"
              label={l.residentSince}
              description={l.residentSinceHint}
              value={values.residentSince}
              onChange={text('residentSince')}
              error={error('residentSince')}
            />
            <SelectField
              id={ids['residenceStatus']}
              label={l.residenceStatus}
              placeholder={l.chooseResidenceStatus}
              options={RESIDENCE_STATUSES.map((value) => ({ value, label: t.labels.residenceStatuses[value] }))}
              value={values.residenceStatus}
              onChange={(value) => set('residenceStatus')(value as PersonValues['residenceStatus'])}
              error={error('residenceStatus')}
            />
            <Textfield
              id={ids['refugeeSettledOn']}
              type="date"
              label={l.refugeeSettledOn}
              description={l.refugeeSettledOnHint}
              value={values.refugeeSettledOn}
              onChange={text('refugeeSettledOn')}
              error={error('refugeeSettledOn')}
            />
            <SelectField
              id={ids['gender']}
              label={l.gender}
              description={l.genderHint}
              placeholder={l.genderNotStated}
              options={GENDERS.map((value) => ({ value, label: l.genders[value] }))}
              value={values.gender}
              onChange={(value) => set('gender')(value as PersonValues['gender'])}
              error={error('gender')}
            />
          </Fieldset>
        </>
      )}
    </>
  );
}
