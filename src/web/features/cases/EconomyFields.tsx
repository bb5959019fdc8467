import { Checkbox, Fieldset, Textfield } from '@digdir/designsystemet-react';
import { toG } from '../../../domain/money/grunnbelop';
import { formatG } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { parseKroner } from '../../components/amounts';
import { RadioGroup } from '../../components/Choices';
import type { ApplicationPartProps } from './application-fields';
import { INCOME_FIELDS, type ApplicationValues } from './application-form';

/** Income and assets (with the amount in G on the day received), debts to the municipality, evictions. */
export function EconomyFields({ values, setValues, ids, errors }: ApplicationPartProps) {
  const { t } = useI18n();
  const a = t.application;
  const update = (changes: Partial<ApplicationValues>) => setValues((v) => ({ ...v, ...changes }));
  return (
    <Fieldset className="form-section">
      <Fieldset.Legend>{a.economyLegend}</Fieldset.Legend>
      <Fieldset.Description>{a.economyHint}</Fieldset.Description>
      {INCOME_FIELDS.map((field) => (
        <Textfield
          key={field}
          id={ids[`application.income.${field}`]}
          label={a.income[field]}
          description={<InG text={values.income[field]} date={values.receivedOn} />}
          inputMode="numeric"
          autoComplete="off"
          value={values.income[field]}
          onChange={(e) => update({ income: { ...values.income, [field]: e.target.value } })}
          error={errors[`application.income.${field}`]}
        />
      ))}
      <RadioGroup
        id={ids['application.debtToMunicipality'] ?? ''}
        legend={a.debt}
        options={[
          { value: 'unknown' as const, label: a.notChecked },
          { value: 'none' as const, label: a.noDebt },
          { value: 'some' as const, label: a.hasDebt },
        ]}
        value={values.debt}
        onChange={(debt) => update({ debt })}
        error={errors['application.debtToMunicipality']}
      />
      {values.debt === 'some' && (
        <>
          <Textfield
            id={ids['application.debtToMunicipality.amount']}
            label={a.debtAmount}
            description={<InG text={values.debtAmount} date={values.receivedOn} />}
            inputMode="numeric"
            autoComplete="off"
            value={values.debtAmount}
            onChange={(e) => update({ debtAmount: e.target.value })}
            error={errors['application.debtToMunicipality.amount']}
          />
          <Checkbox id="app-repayment-plan" label={a.repaymentPlan} checked={values.repaymentPlan} onChange={(e) => update({ repaymentPlan: e.target.checked })} />
        </>
      )}
      <RadioGroup
        id={ids['application.lastEvictionDate'] ?? ''}
        legend={a.eviction}
        options={[
          { value: 'unknown' as const, label: a.notChecked },
          { value: 'never' as const, label: a.neverEvicted },
          { value: 'date' as const, label: a.evicted },
        ]}
        value={values.eviction}
        onChange={(eviction) => update({ eviction })}
        error={values.eviction === 'date' ? undefined : errors['application.lastEvictionDate']}
      />
      {values.eviction === 'date' && (
        <Textfield
          id="app-eviction-date"
          type="date"
          label={a.evictionDate}
          value={values.evictionDate}
          onChange={(e) => update({ evictionDate: e.target.value })}
          error={errors['application.lastEvictionDate']}
        />
      )}
    </Fieldset>
  );
}

/** "= 2,67 G" for an amount, with the G in force on the day received (folketrygdloven § 1-4). */
function InG({ text, date }: { text: string; date: string }) {
  const { t, locale } = useI18n();
  const amount = parseKroner(text);
  if (amount === undefined || amount === 'invalid') return <>{t.application.kronerHint}</>;
  try {
    return <>{t.application.inG(formatG(locale, toG(amount, date)))}</>;
  } catch {
    return <>{t.application.kronerHint}</>; // No G table row for the date (or no valid date yet).
  }
}
