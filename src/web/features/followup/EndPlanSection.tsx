import { Heading, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupPlan } from '../../../contracts/followup';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from './followup-format';
import { endPlan } from './followup.api';

type Field = 'endedOn' | 'reason';
const IDS: Record<Field, string> = { endedOn: 'plan-end-date', reason: 'plan-end-reason' };

/** Ends the plan with a date and a reason; running services end and later visits are cancelled. */
export function EndPlanSection({ plan, onEnded }: { plan: FollowupPlan; onEnded: (plan: FollowupPlan) => void }) {
  const { t } = useI18n();
  const p = t.followupPlan;
  const [endedOn, setEndedOn] = useState(todayIso);
  const [reason, setReason] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!endedOn) invalid.endedOn = t.form.required(p.endedOn);
    if (!reason.trim()) invalid.reason = t.form.required(p.endReason);
    await form.submit(IDS, invalid, async () => onEnded(await endPlan(plan.id, { endedOn, reason: reason.trim() })));
  }

  return (
    <section aria-labelledby="plan-end" className="section">
      <Heading level={2} data-size="sm" id="plan-end">
        {p.endHeading}
      </Heading>
      <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-labelledby="plan-end">
        <ErrorSummary errors={form.summary} />
        <Textfield id={IDS.endedOn} type="date" label={p.endedOn} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={form.fieldErrors.endedOn} />
        <Textfield id={IDS.reason} multiline rows={2} label={p.endReason} description={p.endReasonHint} value={reason} onChange={(e) => setReason(e.target.value)} error={form.fieldErrors.reason} />
        <FormActions label={p.endButton} submitting={form.submitting} />
      </form>
    </section>
  );
}
