import { Details } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupPlan } from '../../../contracts/followup';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { useFormSubmit } from '../../components/useFormSubmit';
import { listWorkers, updatePlan } from './followup.api';
import { PlanFields, toPlanBody, validatePlan, type PlanField, type PlanValues } from './PlanFields';

const IDS: Record<PlanField, string> = {
  responsibleTeam: 'plan-edit-team',
  responsibleWorkerId: 'plan-edit-worker',
  visitEveryDays: 'plan-edit-frequency',
  goals: 'plan-edit-goals',
};

/** Changes the team, the responsible worker, the visit frequency and the goals of an open plan. */
export function EditPlanDetails({ plan, onSaved }: { plan: FollowupPlan; onSaved: (plan: FollowupPlan) => void }) {
  const { t } = useI18n();
  const workers = useResource('followup-workers', listWorkers);
  const [values, setValues] = useState<PlanValues>({
    team: plan.responsibleTeam,
    workerId: plan.responsibleWorker.id,
    frequency: plan.visitEveryDays === null ? '' : String(plan.visitEveryDays),
    goals: plan.goals.join('\n'),
  });
  const form = useFormSubmit<PlanField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(IDS, validatePlan(values, t), async () => onSaved(await updatePlan(plan.id, toPlanBody(values))));
  }

  // The responsible worker stays a choice even if the account has since been deactivated.
  const staff = workers.status === 'ready' ? workers.data : [];
  const options = staff.some((w) => w.id === plan.responsibleWorker.id) ? staff : [plan.responsibleWorker, ...staff];
  return (
    <Details className="block-gap">
      <Details.Summary>{t.followupPlan.editSummary}</Details.Summary>
      <Details.Content>
        <form className="form" onSubmit={handleSubmit} noValidate aria-label={t.followupPlan.editSummary}>
          <ErrorSummary errors={form.summary} />
          <PlanFields ids={IDS} values={values} onChange={setValues} errors={form.fieldErrors} workers={options} />
          <FormActions label={t.followupPlan.save} submitting={form.submitting} />
        </form>
      </Details.Content>
    </Details>
  );
}
