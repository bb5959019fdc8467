import { Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';

type TermsField = 'childrenPresent' | 'cooperationAgreementSignedOn' | 'cleaningOffered';

export interface StayTerms {
  childrenPresent: 'yes' | 'no';
  cooperation: string;
  cleaningOffered: boolean;
}

/**
 * The terms of a stay both the registration and the change form ask for: children present, the
 * date the resident signed the cooperation agreement and the cleaning offer (Mandal's practice).
 */
export function StayTermsFields({
  ids,
  values,
  onChange,
  errors,
  childrenDescription,
}: {
  ids: Record<TermsField, string>;
  values: StayTerms;
  onChange: (values: StayTerms) => void;
  errors: Partial<Record<string, string>>;
  childrenDescription: string;
}) {
  const { t } = useI18n();
  const s = t.tempStay;
  return (
    <>
      <RadioGroup<'yes' | 'no'>
        id={ids.childrenPresent}
        legend={s.childrenPresent}
        description={childrenDescription}
        options={[
          { value: 'yes', label: t.common.yes },
          { value: 'no', label: t.common.no },
        ]}
        value={values.childrenPresent}
        onChange={(childrenPresent) => onChange({ ...values, childrenPresent })}
        error={errors.childrenPresent}
      />
      <Textfield
        id={ids.cooperationAgreementSignedOn}
        type="date"
        label={s.cooperationSignedOn}
        description={s.cooperationHint}
        value={values.cooperation}
        onChange={(e) => onChange({ ...values, cooperation: e.target.value })}
        error={errors.cooperationAgreementSignedOn}
      />
      <Checkbox
        id={ids.cleaningOffered}
        label={s.cleaningOffered}
        checked={values.cleaningOffered}
        onChange={(e) => onChange({ ...values, cleaningOffered: e.target.checked })}
        error={errors.cleaningOffered}
      />
    </>
  );
}
