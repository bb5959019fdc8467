import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CreateProjectBody } from '../../../contracts/building-projects';
import { PROJECT_KINDS, type ProjectKind } from '../../../domain/building-projects/status';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';

export type ProjectField = 'kind' | 'name' | 'reference' | 'developer' | 'districtCode' | 'unitsTotal' | 'startupMeetingOn' | 'expectedCompletionOn' | 'note';

export interface ProjectValues {
  kind: ProjectKind;
  name: string;
  reference: string;
  developer: string;
  districtCode: string;
  unitsTotal: string;
  startupMeetingOn: string;
  expectedCompletionOn: string;
  note: string;
}

export const emptyValues: ProjectValues = { kind: 'building_project', name: '', reference: '', developer: '', districtCode: '', unitsTotal: '', startupMeetingOn: '', expectedCompletionOn: '', note: '' };

/**
 * The project's fields, for registering and for changing a project: checks on the client first
 * (required name, whole number of units), then the server's field errors on the same fields.
 */
export function ProjectForm({
  idPrefix,
  initial,
  districts,
  submitLabel,
  labelledBy,
  onSubmit,
}: {
  idPrefix: string;
  initial: ProjectValues;
  districts: ReadonlyArray<{ code: string; name: string }>;
  submitLabel: string;
  labelledBy: string;
  onSubmit: (body: Omit<CreateProjectBody, 'districtCode'> & { districtCode: string | null }) => Promise<void>;
}) {
  const { t } = useI18n();
  const b = t.buildingProjects;
  const [v, setV] = useState<ProjectValues>(initial);
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<ProjectField>();
  const ids: Record<ProjectField, string> = {
    kind: `${idPrefix}-kind`,
    name: `${idPrefix}-name`,
    reference: `${idPrefix}-reference`,
    developer: `${idPrefix}-developer`,
    districtCode: `${idPrefix}-district`,
    unitsTotal: `${idPrefix}-units`,
    startupMeetingOn: `${idPrefix}-meeting`,
    expectedCompletionOn: `${idPrefix}-completion`,
    note: `${idPrefix}-note`,
  };
  const set = (key: keyof ProjectValues) => (value: string) => setV((current) => ({ ...current, [key]: value }));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<ProjectField> = {};
    if (!v.name.trim()) invalid.name = t.form.required(b.name);
    const units = v.unitsTotal.trim();
    if (!units) invalid.unitsTotal = t.form.required(b.unitsTotal);
    else if (!/^\d{1,6}$/.test(units)) invalid.unitsTotal = t.form.wholeNumber(b.unitsTotal);
    const ok = await form.submit(ids, invalid, () =>
      onSubmit({
        kind: v.kind,
        name: v.name.trim(),
        reference: v.reference.trim(),
        developer: v.developer.trim(),
        districtCode: v.districtCode || null,
        unitsTotal: Number(units),
        startupMeetingOn: v.startupMeetingOn || null,
        expectedCompletionOn: v.expectedCompletionOn || null,
        note: v.note.trim(),
      }),
    );
    if (ok) setSaved(true);
  }

  return (
    <form className="form" aria-labelledby={labelledBy} onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <SelectField id={ids.kind} label={b.kind} value={v.kind} onChange={(value) => set('kind')(value)} options={PROJECT_KINDS.map((k) => ({ value: k, label: b.kinds[k] }))} />
      <Textfield id={ids.name} label={b.name} value={v.name} onChange={(e) => set('name')(e.target.value)} error={form.fieldErrors.name} autoComplete="off" />
      <Textfield id={ids.reference} label={b.reference} value={v.reference} onChange={(e) => set('reference')(e.target.value)} error={form.fieldErrors.reference} autoComplete="off" />
      <Textfield id={ids.developer} label={b.developer} value={v.developer} onChange={(e) => set('developer')(e.target.value)} error={form.fieldErrors.developer} autoComplete="off" />
      <SelectField
        id={ids.districtCode}
        label={b.district}
        value={v.districtCode}
        onChange={set('districtCode')}
        placeholder={b.districtNone}
        options={districts.map((d) => ({ value: d.code, label: d.name }))}
        error={form.fieldErrors.districtCode}
      />
      <div className="narrow">
        <Textfield id={ids.unitsTotal} label={b.unitsTotal} inputMode="numeric" value={v.unitsTotal} onChange={(e) => set('unitsTotal')(e.target.value)} error={form.fieldErrors.unitsTotal} autoComplete="off" />
        <Textfield id={ids.startupMeetingOn} type="date" label={b.startupMeetingOn} value={v.startupMeetingOn} onChange={(e) => set('startupMeetingOn')(e.target.value)} error={form.fieldErrors.startupMeetingOn} />
        <Textfield
          id={ids.expectedCompletionOn}
          type="date"
          label={b.expectedCompletionOn}
          value={v.expectedCompletionOn}
          onChange={(e) => set('expectedCompletionOn')(e.target.value)}
          error={form.fieldErrors.expectedCompletionOn}
        />
      </div>
      <Textfield id={ids.note} multiline rows={3} label={b.note} value={v.note} onChange={(e) => set('note')(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={submitLabel} submitting={form.submitting}>
        {saved && <span role="status">{b.saved}</span>}
      </FormActions>
    </form>
  );
}
