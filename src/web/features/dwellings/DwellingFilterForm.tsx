import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { DISPOSAL_FORMS } from '../../../domain/dwellings/kinds';
import { DWELLING_STATUSES } from '../../../domain/dwellings/status';
import { toQuery } from '../../app/api';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { hasMessages, summarise, type FieldMessages, type FormError } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { FILTER_NAMES, type DwellingFilters } from './dwellings.api';

type Name = keyof DwellingFilters;
const ids = Object.fromEntries(FILTER_NAMES.map((name) => [name, `dwelling-filter-${name}`])) as Record<Name, string>;
const BEDROOMS = /^(1?\d|20)$/;

/** The stock list's filters; they live in the query string, so reload and back keep them. */
export function DwellingFilterForm({ initial }: { initial: DwellingFilters }) {
  const t = useT();
  const d = t.dwellings;
  const [values, setValues] = useState<DwellingFilters>(initial);
  const [errors, setErrors] = useState<FieldMessages<Name>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const set = (name: Name) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Name> = {};
    const min = values.bedroomsMin.trim();
    const max = values.bedroomsMax.trim();
    if (min && !BEDROOMS.test(min)) invalid.bedroomsMin = d.notNumber(d.bedroomsMin);
    if (max && !BEDROOMS.test(max)) invalid.bedroomsMax = d.notNumber(d.bedroomsMax);
    if (!invalid.bedroomsMin && !invalid.bedroomsMax && min && max && Number(max) < Number(min)) invalid.bedroomsMax = d.bedroomOrder;
    setErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, ids));
      return;
    }
    setSummary([]);
    const query: Record<string, string> = {};
    for (const name of FILTER_NAMES) query[name] = values[name].trim();
    navigate(paths.dwellings + toQuery(query));
  }

  const flag = (name: 'wheelchair' | 'shared' | 'staffed') => (
    <SelectField
      id={ids[name]}
      label={d[name]}
      value={values[name]}
      onChange={set(name)}
      options={[
        { value: '', label: d.either },
        { value: 'true', label: t.common.yes },
        { value: 'false', label: t.common.no },
      ]}
    />
  );

  return (
    <form role="search" aria-labelledby="dwelling-filter-heading" className="filter-form" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="xs" id="dwelling-filter-heading">
        {d.filterHeading}
      </Heading>
      <ErrorSummary errors={summary} />
      <div className="filter-form__fields">
        <Textfield id={ids.q} label={d.q} description={d.qHint} autoComplete="off" value={values.q} onChange={(e) => set('q')(e.target.value)} />
        <Textfield
          id={ids.district}
          label={d.district}
          description={d.districtHint}
          autoComplete="off"
          value={values.district}
          onChange={(e) => set('district')(e.target.value)}
        />
        <SelectField
          id={ids.status}
          label={d.status}
          value={values.status}
          onChange={set('status')}
          options={[{ value: '', label: d.anyStatus }, ...DWELLING_STATUSES.map((s) => ({ value: s, label: t.dwellingStatuses[s] }))]}
        />
        <Textfield
          id={ids.bedroomsMin}
          label={d.bedroomsMin}
          inputMode="numeric"
          autoComplete="off"
          value={values.bedroomsMin}
          onChange={(e) => set('bedroomsMin')(e.target.value)}
          error={errors.bedroomsMin}
        />
        <Textfield
          id={ids.bedroomsMax}
          label={d.bedroomsMax}
          inputMode="numeric"
          autoComplete="off"
          value={values.bedroomsMax}
          onChange={(e) => set('bedroomsMax')(e.target.value)}
          error={errors.bedroomsMax}
        />
        {flag('wheelchair')}
        {flag('shared')}
        {flag('staffed')}
        <SelectField
          id={ids.disposalForm}
          label={d.disposalForm}
          value={values.disposalForm}
          onChange={set('disposalForm')}
          options={[{ value: '', label: d.anyDisposal }, ...DISPOSAL_FORMS.map((f) => ({ value: f, label: t.disposalForms[f] }))]}
        />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="secondary">
          {d.apply}
        </Button>
        <AppLink href={paths.dwellings}>{d.reset}</AppLink>
      </div>
    </form>
  );
}
