import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupSettings } from '../../../contracts/followup-signals';
import { THRESHOLD_FIELDS, type ThresholdField } from '../../../domain/followup/early-warning';
import { formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { saveFollowupSettings } from './early-warning.api';

type Field = 'validFrom' | ThresholdField;

const IDS: Readonly<Record<Field, string>> = {
  validFrom: 'settings-valid-from',
  arrearsKroner: 'settings-arrears-kroner',
  missedVisits: 'settings-missed-visits',
  leaseEndsWithinDays: 'settings-lease-ends-within-days',
  temporaryStayMonths: 'settings-temporary-stay-months',
  moveInVisitAfterDays: 'settings-move-in-visit-after-days',
};

const initialValues = (settings: FollowupSettings): Record<Field, string> => ({
  validFrom: settings.today,
  ...(Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, String(settings.inForce[f])])) as Record<ThresholdField, string>),
});

/** The admin's form: thresholds from a date (today or later). The server checks the same limits again. */
export function SettingsForm({ settings, onSaved }: { settings: FollowupSettings; onSaved: (next: FollowupSettings) => void }) {
  const { t, locale } = useI18n();
  const s = t.followupSettings;
  const show = useThresholdValue();
  const [values, setValues] = useState(() => initialValues(settings));
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<Field>();
  const set = (field: Field) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<Field> = {};
    if (!/^\d{4}-\d{2}-\d{2}$/.test(values.validFrom)) invalid.validFrom = t.form.invalidDate(s.validFrom);
    for (const field of THRESHOLD_FIELDS) {
      const { min, max } = settings.limits[field];
      const text = values[field].replace(/\s/g, '');
      const n = Number(text);
      if (!/^\d+$/.test(text) || n < min || n > max) invalid[field] = s.rangeError(s.fields[field], formatNumber(locale, min), formatNumber(locale, max));
    }
    const ok = await form.submit(IDS, invalid, async () => {
      const body = { validFrom: values.validFrom, ...(Object.fromEntries(THRESHOLD_FIELDS.map((f) => [f, Number(values[f].replace(/\s/g, ''))])) as Record<ThresholdField, number>) };
      onSaved(await saveFollowupSettings(body));
    });
    setSaved(ok);
  }

  return (
    <section aria-labelledby="settings-form" className="section">
      <Heading level={2} data-size="sm" id="settings-form">
        {s.formHeading}
      </Heading>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Textfield id={IDS.validFrom} type="date" label={s.validFrom} description={s.validFromHint} value={values.validFrom} onChange={set('validFrom')} error={form.fieldErrors.validFrom} />
        {THRESHOLD_FIELDS.map((field) => {
          const { min, max } = settings.limits[field];
          return (
            <Textfield
              key={field}
              id={IDS[field]}
              label={s.fields[field]}
              description={s.range(formatNumber(locale, min), formatNumber(locale, max), show(field, settings.defaults[field]))}
              inputMode="numeric"
              autoComplete="off"
              value={values[field]}
              onChange={set(field)}
              error={form.fieldErrors[field]}
            />
          );
        })}
        <FormActions label={s.save} submitting={form.submitting} />
        {saved && <Paragraph role="status">{s.saved}</Paragraph>}
      </form>
    </section>
  );
}

/** A threshold's value with its unit, in the user's language. */
export function useThresholdValue(): (field: ThresholdField, value: number) => string {
  const { t, locale } = useI18n();
  const s = t.followupSettings;
  return (field, value) => {
    switch (field) {
      case 'arrearsKroner':
        return formatKroner(locale, value);
      case 'missedVisits':
        return s.visits(value);
      case 'temporaryStayMonths':
        return s.months(value);
      default:
        return s.days(value);
    }
  };
}
