import { Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { MIN_OVERRIDE_REASON_LENGTH } from '../../../domain/allocation/priority';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { setPriorityOverride, type WaitingEntry } from './allocation.api';

type Field = 'action' | 'points' | 'reason';
type Action = 'set' | 'remove';
const WHOLE = /^\d{1,4}$/;

/**
 * A caseworker's override of one household's priority points, or its removal, always with a
 * written reason (audited). `maxPoints` is the rule set's limit when known; the server checks it too.
 */
export function PriorityOverrideForm({ entry, maxPoints, onDone }: { entry: WaitingEntry; maxPoints: number | undefined; onDone: (message: string) => Promise<void> }) {
  const t = useT();
  const w = t.waitingList;
  const key = entry.caseId;
  const ids: Record<Field, string> = { action: `override-action-${key}`, points: `override-points-${key}`, reason: `override-reason-${key}` };
  const [action, setAction] = useState<Action>('set');
  const [points, setPoints] = useState(entry.override ? String(entry.override.points) : '');
  const [reason, setReason] = useState('');
  const form = useFormSubmit<Field>();
  const removing = entry.override !== null && action === 'remove';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const value = points.trim();
    if (!removing) {
      if (!value) invalid.points = t.form.required(w.overridePoints);
      else if (!WHOLE.test(value) || Number(value) < 1) invalid.points = w.pointsWhole;
      else if (maxPoints !== undefined && Number(value) > maxPoints) invalid.points = w.pointsMax(maxPoints);
    }
    if (!reason.trim()) invalid.reason = t.form.required(w.overrideReason);
    else if ([...reason.trim()].length < MIN_OVERRIDE_REASON_LENGTH) invalid.reason = t.form.tooShort(w.overrideReason, MIN_OVERRIDE_REASON_LENGTH);
    await form.submit(ids, invalid, async () => {
      await setPriorityOverride(entry.caseId, { points: removing ? null : Number(value), reason: reason.trim() });
      setReason('');
      await onDone(removing ? w.overrideRemoved(entry.name) : w.overrideSaved(entry.name, Number(value)));
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Paragraph data-size="sm">{w.overrideIntro(entry.computedPoints)}</Paragraph>
      {entry.override && (
        <RadioGroup
          id={ids.action}
          legend={w.overrideAction}
          options={[
            { value: 'set' as const, label: w.overrideSet },
            { value: 'remove' as const, label: w.overrideRemove },
          ]}
          value={action}
          onChange={setAction}
          error={form.fieldErrors.action}
        />
      )}
      {!removing && (
        <Textfield
          id={ids.points}
          label={w.overridePoints}
          description={maxPoints === undefined ? undefined : w.overridePointsHint(maxPoints)}
          inputMode="numeric"
          autoComplete="off"
          value={points}
          onChange={(e) => setPoints(e.target.value)}
          error={form.fieldErrors.points}
        />
      )}
      <Textfield
        id={ids.reason}
        multiline
        rows={3}
        label={w.overrideReason}
        description={w.overrideReasonHint(MIN_OVERRIDE_REASON_LENGTH)}
        value={reason}
        onChange={(e) => setReason(e.target.value)}
        error={form.fieldErrors.reason}
      />
      <FormActions label={removing ? w.overrideRemoveSubmit : w.overrideSubmit} submitting={form.submitting} />
    </form>
  );
}
