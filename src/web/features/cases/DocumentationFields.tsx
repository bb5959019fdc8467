import { Fieldset } from '@digdir/designsystemet-react';
import { YES_NO_UNKNOWN, DOCUMENTATION_ITEMS } from '../../../domain/cases/case-types';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { SelectField } from '../../components/SelectField';
import type { ApplicationPartProps } from './application-fields';
import { FACTS, type DocumentChoice } from './application-form';

const CHOICES: readonly DocumentChoice[] = ['not_needed', 'missing', 'received'];

/** The documentation checklist (files are uploaded on the case) and the facts the rules ask for. */
export function DocumentationFields({ values, setValues, ids, errors }: ApplicationPartProps) {
  const t = useT();
  const a = t.application;
  return (
    <>
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.documentationLegend}</Fieldset.Legend>
        <Fieldset.Description>{a.documentationHint}</Fieldset.Description>
        <div className="field-grid">
          {DOCUMENTATION_ITEMS.map((item, index) => (
            <SelectField
              key={item}
              id={index === 0 ? (ids['application.documentation'] ?? '') : `app-documentation-${item}`}
              label={t.labels.documentationItems[item] ?? item}
              options={CHOICES.map((value) => ({ value, label: a.documentChoices[value] }))}
              value={values.documentation[item] ?? 'not_needed'}
              onChange={(value) => setValues((v) => ({ ...v, documentation: { ...v.documentation, [item]: value as DocumentChoice } }))}
              error={index === 0 ? errors['application.documentation'] : undefined}
            />
          ))}
        </div>
      </Fieldset>
      <Fieldset className="form-section">
        <Fieldset.Legend>{a.factsLegend}</Fieldset.Legend>
        <Fieldset.Description>{a.factsHint}</Fieldset.Description>
        {FACTS.map((fact) => (
          <RadioGroup
            key={fact}
            id={ids[`application.facts.${fact}`] ?? ''}
            legend={a.facts[fact]}
            options={YES_NO_UNKNOWN.map((value) => ({ value, label: t.labels.yesNoUnknown[value] }))}
            value={values.facts[fact]}
            onChange={(answer) => setValues((v) => ({ ...v, facts: { ...v.facts, [fact]: answer } }))}
            error={errors[`application.facts.${fact}`]}
          />
        ))}
      </Fieldset>
    </>
  );
}
