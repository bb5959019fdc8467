import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupPlan } from '../../../contracts/followup';
import { CONTACT_KINDS, type ContactKind } from '../../../domain/followup/kinds';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { TIME_OF_DAY, todayIso } from './followup-format';
import { planContact } from './followup.api';

type Field = 'kind' | 'plannedOn' | 'plannedTime' | 'leaseId';

const IDS: Record<Field, string> = {
  kind: 'contact-new-kind',
  plannedOn: 'contact-new-date',
  plannedTime: 'contact-new-time',
  leaseId: 'contact-new-lease',
};

/** Plans a visit or contact (for the user when on the follow-up team, else for the plan's responsible worker). */
export function PlanContactForm({ plan, onPlanned }: { plan: FollowupPlan; onPlanned: (plan: FollowupPlan, plannedOn: string) => void }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  const [kind, setKind] = useState<ContactKind | ''>('home_visit');
  const [plannedOn, setPlannedOn] = useState(todayIso);
  const [plannedTime, setPlannedTime] = useState('');
  const [leaseId, setLeaseId] = useState(plan.leases.length === 1 ? (plan.leases[0]?.id ?? '') : '');
  const form = useFormSubmit<Field>();
  const moveIn = kind === 'move_in_visit';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!kind) invalid.kind = t.form.chooseRequired(p.kind);
    if (!plannedOn) invalid.plannedOn = t.form.required(p.plannedOn);
    if (plannedTime.trim() && !TIME_OF_DAY.test(plannedTime.trim())) invalid.plannedTime = p.timeFormat;
    if (moveIn && !leaseId) invalid.leaseId = plan.leases.length === 0 ? p.noLeases : t.form.chooseRequired(p.lease);
    await form.submit(IDS, invalid, async () => {
      if (!kind) return;
      const next = await planContact(plan.id, { kind, plannedOn, plannedTime: plannedTime.trim() || null, ...(moveIn ? { leaseId } : {}) });
      setPlannedTime('');
      onPlanned(next, plannedOn);
    });
  }

  return (
    <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-labelledby="contact-plan">
      <ErrorSummary errors={form.summary} />
      <SelectField
        id={IDS.kind}
        label={p.kind}
        placeholder={p.chooseKind}
        options={CONTACT_KINDS.map((value) => ({ value, label: t.followupLabels.contactKinds[value] }))}
        value={kind}
        onChange={(value) => setKind(value as ContactKind | '')}
        error={form.fieldErrors.kind}
      />
      {moveIn && (
        <SelectField
          id={IDS.leaseId}
          label={p.lease}
          description={plan.leases.length === 0 ? p.noLeases : p.leaseHint}
          placeholder={p.chooseLease}
          options={plan.leases.map((l) => ({ value: l.id, label: p.leaseOption(formatDate(locale, l.startDate), t.leaseStatuses[l.status as keyof typeof t.leaseStatuses] ?? l.status) }))}
          value={leaseId}
          onChange={setLeaseId}
          error={form.fieldErrors.leaseId}
        />
      )}
      <Textfield id={IDS.plannedOn} type="date" label={p.plannedOn} value={plannedOn} onChange={(e) => setPlannedOn(e.target.value)} error={form.fieldErrors.plannedOn} />
      <Textfield
        id={IDS.plannedTime}
        label={p.plannedTime}
        description={p.plannedTimeHint}
        inputMode="numeric"
        autoComplete="off"
        value={plannedTime}
        onChange={(e) => setPlannedTime(e.target.value)}
        error={form.fieldErrors.plannedTime}
      />
      <FormActions label={p.planButton} submitting={form.submitting} />
    </form>
  );
}
