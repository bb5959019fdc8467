import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupContact, FollowupPlan } from '../../../contracts/followup';
import { CONTACT_OUTCOMES, type ContactOutcome } from '../../../domain/followup/kinds';
import { MOVE_IN_CHECKLIST, type MoveInChecklistItem } from '../../../domain/followup/move-in-checklist';
import { useI18n } from '../../app/i18n/I18nProvider';
import { CheckboxGroup, RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from './followup-format';
import { recordContact } from './followup.api';

type Field = 'status' | 'heldOn' | 'summary' | 'checklist';

/**
 * Records a planned visit or contact: held (the day, a short summary and — for the visit after
 * move-in — the checklist), missed or cancelled. A held move-in visit closes its task on the server.
 */
export function RecordContactForm({ contact, onRecorded }: { contact: FollowupContact; onRecorded: (plan: FollowupPlan, status: ContactOutcome) => void }) {
  const { t } = useI18n();
  const p = t.followupPlan;
  const prefix = `record-${contact.id.slice(0, 8)}`;
  const ids: Record<Field, string> = { status: `${prefix}-status`, heldOn: `${prefix}-held-on`, summary: `${prefix}-summary`, checklist: `${prefix}-checklist` };
  const today = todayIso();
  const [status, setStatus] = useState<ContactOutcome>('held');
  const [heldOn, setHeldOn] = useState(contact.plannedOn < today ? contact.plannedOn : today);
  const [summary, setSummary] = useState('');
  const [checked, setChecked] = useState<MoveInChecklistItem[]>([]);
  const form = useFormSubmit<Field>();
  const held = status === 'held';
  const withChecklist = held && contact.kind === 'move_in_visit';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (held && !heldOn) invalid.heldOn = t.form.required(p.heldOn);
    else if (held && heldOn > today) invalid.heldOn = t.form.invalidDate(p.heldOn);
    if (summary.trim().length > 2000) invalid.summary = t.form.tooLong(p.recordSummary, 2000);
    await form.submit(ids, invalid, async () => {
      const plan = await recordContact(contact.id, {
        status,
        ...(held ? { heldOn } : {}),
        ...(summary.trim() ? { summary: summary.trim() } : {}),
        ...(withChecklist ? { checklist: Object.fromEntries(MOVE_IN_CHECKLIST.map((item) => [item, checked.includes(item)])) } : {}),
      });
      onRecorded(plan, status);
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate aria-label={p.record(t.followupLabels.contactKinds[contact.kind], contact.plannedOn)}>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.status}
        legend={p.recordLegend}
        options={CONTACT_OUTCOMES.map((value) => ({ value, label: p.outcomes[value] }))}
        value={status}
        onChange={setStatus}
        error={form.fieldErrors.status}
      />
      {held && <Textfield id={ids.heldOn} type="date" label={p.heldOn} value={heldOn} max={today} onChange={(e) => setHeldOn(e.target.value)} error={form.fieldErrors.heldOn} />}
      {withChecklist && (
        <CheckboxGroup
          id={ids.checklist}
          legend={p.checklistLegend}
          description={p.checklistHint}
          options={MOVE_IN_CHECKLIST.map((value) => ({ value, label: t.followupLabels.checklist[value] }))}
          values={checked}
          onChange={setChecked}
          error={form.fieldErrors.checklist}
        />
      )}
      <Textfield
        id={ids.summary}
        multiline
        rows={3}
        label={p.recordSummary}
        description={p.recordSummaryHint}
        value={summary}
        onChange={(e) => setSummary(e.target.value)}
        error={form.fieldErrors.summary}
      />
      <FormActions label={p.recordButton} submitting={form.submitting} />
    </form>
  );
}
