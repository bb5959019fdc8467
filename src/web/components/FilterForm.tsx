import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { toQuery } from '../app/api';
import { useT } from '../app/i18n/I18nProvider';
import type { Catalogue } from '../app/i18n/nb';
import { navigate } from '../app/router';
import { AppLink } from './AppLink';
import { ErrorSummary } from './ErrorSummary';
import { hasMessages, summarise, type FieldMessages, type FormError } from './form-errors';

export type FilterField<N extends string> = {
  name: N;
  label: string;
  type?: 'text' | 'date';
  description?: string;
};

type Props<N extends string> = {
  idPrefix: string;
  fields: readonly FilterField<N>[];
  initial: Record<N, string>;
  /** The page's path; filters go in its query string, so they survive reload and back. */
  basePath: string;
};

/** Filter form for a log: submitting goes to the first page of the filtered list. */
export function FilterForm<N extends string>({ idPrefix, fields, initial, basePath }: Props<N>) {
  const t = useT();
  const [values, setValues] = useState<Record<N, string>>(initial);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<N>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const ids = Object.fromEntries(fields.map((field) => [field.name, `${idPrefix}-${field.name}`])) as Record<N, string>;
  const headingId = `${idPrefix}-filter-heading`;

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validateFilters(values, fields, t);
    setFieldErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, ids));
      return;
    }
    const query: Record<string, string> = {};
    for (const field of fields) query[field.name] = values[field.name].trim();
    navigate(basePath + toQuery(query));
  }

  return (
    <form role="search" aria-labelledby={headingId} className="filter-form" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="xs" id={headingId}>
        {t.filters.heading}
      </Heading>
      <ErrorSummary errors={summary} />
      <div className="filter-form__fields">
        {fields.map((field) => (
          <Textfield
            key={field.name}
            id={ids[field.name]}
            label={field.label}
            description={field.description}
            type={field.type ?? 'text'}
            autoComplete="off"
            value={values[field.name]}
            onChange={(event) => setValues((current) => ({ ...current, [field.name]: event.target.value }))}
            error={fieldErrors[field.name]}
          />
        ))}
      </div>
      <div className="form__actions">
        <Button type="submit" variant="secondary">
          {t.filters.apply}
        </Button>
        <AppLink href={basePath}>{t.filters.reset}</AppLink>
      </div>
    </form>
  );
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Dates must be YYYY-MM-DD (the API's z.iso.date()) and `from` must not be after `to`. */
function validateFilters<N extends string>(
  values: Record<N, string>,
  fields: readonly FilterField<N>[],
  t: Catalogue,
): FieldMessages<N> {
  const errors: FieldMessages<N> = {};
  for (const field of fields) {
    const value = values[field.name].trim();
    if (field.type === 'date' && value && !ISO_DATE.test(value)) errors[field.name] = t.form.invalidDate(field.label);
  }
  const from = fields.find((f) => f.name === 'from');
  const to = fields.find((f) => f.name === 'to');
  if (from && to && !errors[from.name] && !errors[to.name]) {
    const start = values[from.name].trim();
    const end = values[to.name].trim();
    if (start && end && start > end) errors[to.name] = t.form.dateOrder;
  }
  return errors;
}
