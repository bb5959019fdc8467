import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import type { CaseDetail } from '../../../contracts/cases';
import { DECISION_OUTCOMES, isApproval } from '../../../domain/cases/decision-status';
import { OTHER_HELP_KINDS, type OtherHelp } from '../../../domain/letters/decision-text';
import { useT } from '../../app/i18n/I18nProvider';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import type { FieldMessages } from '../../components/form-errors';
import { DECISION_FIELD_IDS as IDS, type DecisionField, type DecisionValues } from './decision-form';

type Props = { kase: CaseDetail; values: DecisionValues; onChange: (values: DecisionValues) => void; errors: FieldMessages<DecisionField> };

/** The content blocks of the letter. Which are required depends on the outcome and the case type. */
export function DecisionFields({ kase, values, onChange, errors }: Props) {
  const t = useT();
  const d = t.decisionEditor;
  const set = <K extends keyof DecisionValues>(key: K) => (value: DecisionValues[K]) => onChange({ ...values, [key]: value });
  const text = (key: 'conclusion' | 'facts' | 'considerations' | 'helpContent' | 'premises' | 'additionalRules' | 'bedrooms' | 'sizeM2' | 'leaseYears' | 'validityMonths') =>
    (event: { target: { value: string } }) => set(key)(event.target.value);
  const granted = isApproval(values.outcome);
  const rental = kase.case.caseType === 'rental_dwelling';
  const helpCase = kase.case.caseType === 'housing_help';

  return (
    <>
      <RadioGroup
        id={IDS.outcome}
        legend={d.outcome}
        options={DECISION_OUTCOMES.map((value) => ({ value, label: t.labels.decisionOutcomes[value] }))}
        value={values.outcome}
        onChange={set('outcome')}
        error={errors.outcome}
      />
      <RadioGroup
        id={IDS.language}
        legend={d.language}
        description={d.languageHint}
        options={(['nb', 'nn'] as const).map((value) => ({ value, label: t.labels.writtenLanguages[value], lang: value }))}
        value={values.language}
        onChange={set('language')}
        error={errors.language}
      />
      <Textfield id={IDS['content.conclusion']} multiline rows={3} label={d.conclusion} description={d.conclusionHint} value={values.conclusion} onChange={text('conclusion')} error={errors['content.conclusion']} />
      <Textfield id={IDS['content.facts']} multiline rows={5} label={d.facts} description={d.factsHint} value={values.facts} onChange={text('facts')} error={errors['content.facts']} />
      <Textfield
        id={IDS['content.considerations']}
        multiline
        rows={5}
        label={d.considerations}
        description={d.considerationsHint}
        value={values.considerations}
        onChange={text('considerations')}
        error={errors['content.considerations']}
      />
      <Checkbox
        id="decision-include-reasons"
        label={d.includeEligibilityReasons}
        description={d.includeEligibilityReasonsHint}
        checked={values.includeEligibilityReasons}
        onChange={(e) => set('includeEligibilityReasons')(e.target.checked)}
      />
      {helpCase && granted && (
        <Textfield id={IDS['content.helpContent']} multiline rows={4} label={d.helpContent} description={d.helpContentHint} value={values.helpContent} onChange={text('helpContent')} error={errors['content.helpContent']} />
      )}
      {rental && granted && (
        <Fieldset className="form-section">
          <Fieldset.Legend>{d.dwellingLegend}</Fieldset.Legend>
          <Fieldset.Description>{d.dwellingHint}</Fieldset.Description>
          <div className="field-row">
            <Textfield id={IDS['content.dwelling.bedrooms']} label={d.bedrooms} description={d.bedroomsHint} inputMode="numeric" autoComplete="off" value={values.bedrooms} onChange={text('bedrooms')} error={errors['content.dwelling.bedrooms'] ?? errors['content.dwelling']} />
            <Textfield id={IDS['content.dwelling.sizeM2']} label={d.sizeM2} inputMode="numeric" autoComplete="off" value={values.sizeM2} onChange={text('sizeM2')} error={errors['content.dwelling.sizeM2']} />
          </div>
          <RadioGroup
            id="decision-floor"
            legend={d.floor}
            options={(['none', 'ground_floor', 'ground_floor_or_lift'] as const).map((value) => ({ value, label: d.floors[value] }))}
            value={values.floorRequirement}
            onChange={set('floorRequirement')}
          />
          <Checkbox id="decision-lift" label={d.lift} checked={values.lift} onChange={(e) => set('lift')(e.target.checked)} />
          <Checkbox id="decision-wheelchair" label={d.wheelchair} checked={values.wheelchair} onChange={(e) => set('wheelchair')(e.target.checked)} />
        </Fieldset>
      )}
      {rental && granted && (
        <Fieldset className="form-section">
          <Fieldset.Legend>{d.leaseLegend}</Fieldset.Legend>
          <div className="field-row">
            <Textfield id={IDS['content.leaseYears']} label={d.leaseYears} inputMode="numeric" autoComplete="off" value={values.leaseYears} onChange={text('leaseYears')} error={errors['content.leaseYears']} />
            <Textfield
              id={IDS['content.validityMonths']}
              label={d.validityMonths}
              description={d.validityHint}
              inputMode="numeric"
              autoComplete="off"
              value={values.validityMonths}
              onChange={text('validityMonths')}
              error={errors['content.validityMonths']}
            />
          </div>
          <Textfield id={IDS['content.premises']} multiline rows={3} label={d.premises} description={d.premisesHint} value={values.premises} onChange={text('premises')} error={errors['content.premises']} />
        </Fieldset>
      )}
      <CheckboxGroup<OtherHelp>
        id={IDS['content.otherHelp']}
        legend={d.otherHelp}
        description={granted ? d.otherHelpHint : d.otherHelpRequired}
        options={OTHER_HELP_KINDS.map((value) => ({ value, label: t.labels.otherHelp[value] }))}
        values={values.otherHelp}
        onChange={set('otherHelp')}
        error={errors['content.otherHelp']}
      />
      <Textfield
        id={IDS['content.additionalRules']}
        multiline
        rows={2}
        label={d.additionalRules}
        description={d.additionalRulesHint}
        value={values.additionalRules}
        onChange={text('additionalRules')}
        error={errors['content.additionalRules']}
      />
      <Checkbox id="decision-free-legal-aid" label={d.freeLegalAid} checked={values.freeLegalAid} onChange={(e) => set('freeLegalAid')(e.target.checked)} />
    </>
  );
}
