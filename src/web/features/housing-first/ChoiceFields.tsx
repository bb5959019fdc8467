import { Details, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useState } from 'react';
import { DWELLING_TYPES, type DwellingType } from '../../../domain/dwellings/kinds';
import { useI18n } from '../../app/i18n/I18nProvider';
import { CheckboxGroup } from '../../components/Choices';
import type { ChoiceOptions } from './housing-first.api';

export type Choice = { chosenDistricts: string[]; chosenDwellingTypes: DwellingType[]; chosenDwellingIds: string[] };
export type ChoiceField = keyof Choice;

export const CHOICE_IDS: Record<ChoiceField, string> = {
  chosenDistricts: 'hf-districts',
  chosenDwellingTypes: 'hf-types',
  chosenDwellingIds: 'hf-dwellings',
};

/**
 * The participant's own choice (brukermedbestemmelse): districts, kinds of dwelling and specific
 * vacant dwellings. Districts and dwellings go to the allocation rules; the kinds are recorded.
 */
export function ChoiceFields({
  options,
  value,
  onChange,
  errors,
}: {
  options: ChoiceOptions;
  value: Choice;
  onChange: (value: Choice) => void;
  errors: Partial<Record<ChoiceField, string>>;
}) {
  const { t } = useI18n();
  const h = t.housingFirst;
  const dwellings = options.dwellings;
  // Folded away; an error on the dwellings opens them, so the summary's link can reach the field.
  const [open, setOpen] = useState(false);
  const dwellingError = Boolean(errors.chosenDwellingIds);
  useEffect(() => {
    if (dwellingError) setOpen(true);
  }, [dwellingError]);
  return (
    <>
      {options.districts.length > 0 && (
        <CheckboxGroup
          id={CHOICE_IDS.chosenDistricts}
          legend={h.chosenDistricts}
          description={h.chosenDistrictsHint}
          options={options.districts.map((d) => ({ value: d.code, label: d.name }))}
          values={value.chosenDistricts}
          onChange={(chosenDistricts) => onChange({ ...value, chosenDistricts })}
          error={errors.chosenDistricts}
        />
      )}
      <CheckboxGroup
        id={CHOICE_IDS.chosenDwellingTypes}
        legend={h.chosenDwellingTypes}
        description={h.chosenDwellingTypesHint}
        options={DWELLING_TYPES.map((type) => ({ value: type, label: t.dwellingTypes[type] }))}
        values={value.chosenDwellingTypes}
        onChange={(chosenDwellingTypes) => onChange({ ...value, chosenDwellingTypes })}
        error={errors.chosenDwellingTypes}
      />
      <Details open={open} onToggle={(event) => setOpen((event.target as HTMLDetailsElement).open)}>
        <Details.Summary>{h.chosenDwellingsSummary(value.chosenDwellingIds.length)}</Details.Summary>
        <Details.Content>
          {dwellings.length === 0 ? (
            <Paragraph>{h.noVacantDwellings}</Paragraph>
          ) : (
            <CheckboxGroup
              id={CHOICE_IDS.chosenDwellingIds}
              legend={h.chosenDwellings}
              description={h.chosenDwellingsHint}
              options={dwellings.map((d) => ({ value: d.id, label: d.address, description: `${t.dwellingTypes[d.dwellingType as DwellingType] ?? d.dwellingType}, ${h.bedrooms(d.bedrooms)}` }))}
              values={value.chosenDwellingIds}
              onChange={(chosenDwellingIds) => onChange({ ...value, chosenDwellingIds })}
              error={errors.chosenDwellingIds}
            />
          )}
        </Details.Content>
      </Details>
    </>
  );
}
