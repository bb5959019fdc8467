import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Activity } from '../../../contracts/neighbourhood';
import { ACTIVITY_KINDS, type ActivityKind } from '../../../domain/neighbourhood';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { recordActivity } from './neighbourhood.api';
import { todayIso } from './neighbourhood-format';

type Field = 'kind' | 'heldOn' | 'householdsInvited' | 'householdsAttended' | 'note';
const IDS: Record<Field, string> = { kind: 'activity-kind', heldOn: 'activity-date', householdsInvited: 'activity-invited', householdsAttended: 'activity-attended', note: 'activity-note' };

const count = (value: string): number | null | 'invalid' => {
  const text = value.trim();
  if (text === '') return null;
  return /^\d{1,5}$/.test(text) ? Number(text) : 'invalid';
};

/** A residents' meeting, dugnad or party in the building, with households invited and attending (attended ≤ invited, checked here and on the server). */
export function ActivityForm({ buildingKey, onSaved }: { buildingKey: string; onSaved: (activity: Activity) => Promise<void> }) {
  const { t } = useI18n();
  const b = t.buildingPage;
  const [kind, setKind] = useState<ActivityKind | ''>('');
  const [heldOn, setHeldOn] = useState(todayIso);
  const [invited, setInvited] = useState('');
  const [attended, setAttended] = useState('');
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const invitedCount = count(invited);
    const attendedCount = count(attended);
    if (!kind) invalid.kind = t.form.chooseRequired(b.kind);
    if (!heldOn) invalid.heldOn = t.form.required(b.heldOn);
    if (invitedCount === 'invalid') invalid.householdsInvited = t.form.wholeNumber(b.invited);
    if (attendedCount === null) invalid.householdsAttended = t.form.required(b.attended);
    else if (attendedCount === 'invalid') invalid.householdsAttended = t.form.wholeNumber(b.attended);
    else if (typeof invitedCount === 'number' && attendedCount > invitedCount) invalid.householdsAttended = b.attendedAboveInvited;
    if (note.trim().length > 2000) invalid.note = t.form.tooLong(b.note, 2000);
    const ok = await form.submit(IDS, invalid, async () => {
      const saved = await recordActivity({
        buildingKey,
        kind: kind as ActivityKind,
        heldOn,
        householdsInvited: typeof invitedCount === 'number' ? invitedCount : null,
        householdsAttended: typeof attendedCount === 'number' ? attendedCount : 0,
        note: note.trim() || null,
      });
      await onSaved(saved);
    });
    if (ok) {
      setKind('');
      setInvited('');
      setAttended('');
      setNote('');
    }
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="activity-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="activity-heading">
        {b.activityFormHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <RadioGroup<ActivityKind>
        id={IDS.kind}
        legend={b.kind}
        options={ACTIVITY_KINDS.map((value) => ({ value, label: b.activityKinds[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield id={IDS.heldOn} type="date" label={b.heldOn} value={heldOn} onChange={(e) => setHeldOn(e.target.value)} error={form.fieldErrors.heldOn} />
      <div className="field-row">
        <Textfield
          id={IDS.householdsInvited}
          label={b.invited}
          description={b.invitedHint}
          inputMode="numeric"
          autoComplete="off"
          value={invited}
          onChange={(e) => setInvited(e.target.value)}
          error={form.fieldErrors.householdsInvited}
        />
        <Textfield
          id={IDS.householdsAttended}
          label={b.attended}
          description={b.attendedHint}
          inputMode="numeric"
          autoComplete="off"
          value={attended}
          onChange={(e) => setAttended(e.target.value)}
          error={form.fieldErrors.householdsAttended}
        />
      </div>
      <Textfield id={IDS.note} multiline rows={2} label={b.note} description={b.noteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={b.recordActivity} submitting={form.submitting} />
    </form>
  );
}
