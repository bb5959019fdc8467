import { Fieldset, Textfield } from '@digdir/designsystemet-react';
import { YES_NO_UNKNOWN } from '../../../domain/cases/case-types';
import { useT } from '../../app/i18n/I18nProvider';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import type { ApplicationPartProps } from './application-fields';
import { SPECIAL_NEEDS, type SpecialNeed } from './application-form';

/** Special needs for the dwelling and the areas the household wishes to live in. */
export function NeedsFields({ values, setValues, ids, errors }: ApplicationPartProps) {
  const t = useT();
  const a = t.application;
  return (
    <Fieldset className="form-section">
      <Fieldset.Legend>{a.needsLegend}</Fieldset.Legend>
      <CheckboxGroup<SpecialNeed>
        id={ids['application.specialNeeds'] ?? ''}
        legend={a.specialNeeds}
        description={a.specialNeedsHint}
        options={SPECIAL_NEEDS.map((value) => ({ value, label: a.specialNeedLabels[value] }))}
        values={values.specialNeeds}
        onChange={(specialNeeds) => setValues((v) => ({ ...v, specialNeeds }))}
        error={errors['application.specialNeeds']}
      />
      <RadioGroup
        id={ids['application.specialNeeds.sharedHousingOk'] ?? ''}
        legend={a.sharedHousingOk}
        options={YES_NO_UNKNOWN.map((value) => ({ value, label: t.labels.yesNoUnknown[value] }))}
        value={values.sharedHousingOk}
        onChange={(sharedHousingOk) => setValues((v) => ({ ...v, sharedHousingOk }))}
        error={errors['application.specialNeeds.sharedHousingOk']}
      />
      <Textfield
        id={ids['application.specialNeeds.schoolDistrict']}
        label={a.schoolDistrict}
        description={a.schoolDistrictHint}
        autoComplete="off"
        value={values.schoolDistrict}
        onChange={(e) => setValues((v) => ({ ...v, schoolDistrict: e.target.value }))}
        error={errors['application.specialNeeds.schoolDistrict']}
      />
      <Textfield
        id={ids['application.areaWishes']}
        label={a.areaWishes}
        description={a.areaWishesHint}
        autoComplete="off"
        value={values.areaWishes}
        onChange={(e) => setValues((v) => ({ ...v, areaWishes: e.target.value }))}
        error={errors['application.areaWishes']}
      />
    </Fieldset>
  );
}
