import { Button, Heading, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { Place } from '../../../contracts/temporary';
import { QUALITY_ITEMS, type QualityItem } from '../../../domain/temporary/quality';
import { useT } from '../../app/i18n/I18nProvider';
import { CheckboxGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createPlace, updatePlace } from './temporary.api';

/** The API's field paths, in form order; the four checklist booleans are one group here. */
type Field = 'label' | 'access24h';

/**
 * A place with its quality checklist: a new one at the provider, or a change to one. Editing
 * takes focus to its heading when opened, and Cancel gives it back to the caller.
 */
export function PlaceForm({
  providerId,
  place,
  onSaved,
  onCancel,
}: {
  providerId: string;
  place?: Place;
  onSaved: (place: Place) => void | Promise<void>;
  onCancel?: () => void;
}) {
  const t = useT();
  const p = t.tempProviders;
  const prefix = place ? `place-edit-${place.id}` : `place-new-${providerId}`;
  const ids: Record<Field, string> = { label: `${prefix}-label`, access24h: `${prefix}-checklist` };
  const [label, setLabel] = useState(place?.label ?? '');
  const [items, setItems] = useState<QualityItem[]>(place ? QUALITY_ITEMS.filter((item) => place[item]) : []);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const form = useFormSubmit<Field>();

  useEffect(() => {
    if (place) headingRef.current?.focus();
  }, [place]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!label.trim()) invalid.label = t.form.required(p.placeLabel);
    else if (label.trim().length > 100) invalid.label = t.form.tooLong(p.placeLabel, 100);
    const body = {
      label: label.trim(),
      access24h: items.includes('access24h'),
      cooking: items.includes('cooking'),
      wcAndBath: items.includes('wcAndBath'),
      laundry: items.includes('laundry'),
    };
    const ok = await form.submit(ids, invalid, async () => {
      await onSaved(place ? await updatePlace(place.id, body) : await createPlace(providerId, body));
    });
    if (ok && !place) {
      setLabel('');
      setItems([]);
    }
  }

  return (
    <form className="form block-gap" aria-labelledby={`${prefix}-heading`} onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id={`${prefix}-heading`} ref={headingRef} tabIndex={place ? -1 : undefined}>
        {place ? p.editPlaceHeading(place.label) : p.addPlaceHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield
        id={ids.label}
        label={p.placeLabel}
        description={p.placeLabelHint}
        autoComplete="off"
        value={label}
        onChange={(e) => setLabel(e.target.value)}
        error={form.fieldErrors.label}
      />
      <CheckboxGroup<QualityItem>
        id={ids.access24h}
        legend={p.checklistLegend}
        description={p.checklistHint}
        options={QUALITY_ITEMS.map((value) => ({ value, label: p.checklist[value] }))}
        values={items}
        onChange={setItems}
        error={form.fieldErrors.access24h}
      />
      <FormActions label={place ? p.savePlace : p.addPlace} submitting={form.submitting}>
        {onCancel && (
          <Button type="button" variant="tertiary" onClick={onCancel}>
            {t.common.cancel}
          </Button>
        )}
      </FormActions>
    </form>
  );
}
