import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { NEED_CATEGORIES } from '../../../domain/cases/case-types';
import { toQuery } from '../../app/api';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { SelectField } from '../../components/SelectField';
import type { WaitingFilters } from './allocation.api';

const ids = { needCategory: 'waiting-filter-need', band: 'waiting-filter-band', q: 'waiting-filter-q' } as const;

/** Need category, band and free text; they live in the query string, so reload and back keep them. */
export function WaitingFilterForm({ initial, bands }: { initial: WaitingFilters; bands: ReadonlyArray<{ id: string; title: string }> }) {
  const { t } = useI18n();
  const w = t.waitingList;
  const [values, setValues] = useState<WaitingFilters>(initial);
  const set = (name: keyof WaitingFilters) => (value: string) => setValues((current) => ({ ...current, [name]: value }));

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    navigate(paths.waitingList + toQuery({ needCategory: values.needCategory, band: values.band, q: values.q.trim() }));
  }

  return (
    <form role="search" aria-labelledby="waiting-filter-heading" className="filter-form" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="xs" id="waiting-filter-heading">
        {t.filters.heading}
      </Heading>
      <div className="filter-form__fields">
        <SelectField
          id={ids.needCategory}
          label={w.needCategory}
          value={values.needCategory}
          onChange={set('needCategory')}
          options={[{ value: '', label: w.anyNeed }, ...NEED_CATEGORIES.map((c) => ({ value: c, label: t.labels.needCategories[c] }))]}
        />
        <SelectField
          id={ids.band}
          label={w.band}
          value={values.band}
          onChange={set('band')}
          options={[{ value: '', label: w.anyBand }, ...bands.map((b) => ({ value: b.id, label: b.title }))]}
        />
        <Textfield id={ids.q} label={w.q} description={w.qHint} autoComplete="off" value={values.q} onChange={(e) => set('q')(e.target.value)} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="secondary">
          {t.filters.apply}
        </Button>
        <AppLink href={paths.waitingList}>{t.filters.reset}</AppLink>
      </div>
    </form>
  );
}
