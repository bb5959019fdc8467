import { Textfield } from '@digdir/designsystemet-react';
import type { StaffRef } from '../../../contracts/followup';
import { FOLLOWUP_TEAMS, MAX_VISIT_EVERY_DAYS, type FollowupTeam } from '../../../domain/followup/kinds';
import type { Catalogue } from '../../app/i18n/nb';
import { useI18n } from '../../app/i18n/I18nProvider';
import type { FieldIds, FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { goalsFromText } from './followup-format';

/** The plan's own fields, shared by «new plan» and «change plan»: team, responsible worker, visit frequency, goals. */

export type PlanField = 'responsibleTeam' | 'responsibleWorkerId' | 'visitEveryDays' | 'goals';
export type PlanValues = { team: FollowupTeam | ''; workerId: string; frequency: string; goals: string };

const MAX_GOALS = 10;

/** The client's own checks; the server checks again (and whether the worker is on the team). */
export function validatePlan(values: PlanValues, t: Catalogue): FieldMessages<PlanField> {
  const p = t.followupPlan;
  const invalid: FieldMessages<PlanField> = {};
  if (!values.team) invalid.responsibleTeam = t.form.chooseRequired(p.team);
  if (!values.workerId) invalid.responsibleWorkerId = t.form.chooseRequired(p.worker);
  const days = values.frequency.trim();
  if (days && (!/^\d+$/.test(days) || Number(days) < 1 || Number(days) > MAX_VISIT_EVERY_DAYS)) invalid.visitEveryDays = p.frequencyRange;
  const goals = goalsFromText(values.goals);
  if (goals.length > MAX_GOALS) invalid.goals = p.goalsTooMany;
  else if (goals.some((g) => g.length > 300)) invalid.goals = t.form.tooLong(p.goals, 300);
  return invalid;
}

export function toPlanBody(values: PlanValues) {
  const days = values.frequency.trim();
  return {
    responsibleTeam: values.team as FollowupTeam,
    responsibleWorkerId: values.workerId,
    visitEveryDays: days ? Number(days) : null,
    goals: goalsFromText(values.goals),
  };
}

export function PlanFields({
  ids,
  values,
  onChange,
  errors,
  workers,
}: {
  ids: FieldIds<PlanField>;
  values: PlanValues;
  onChange: (values: PlanValues) => void;
  errors: FieldMessages<PlanField>;
  workers: readonly StaffRef[];
}) {
  const { t } = useI18n();
  const p = t.followupPlan;
  return (
    <>
      <SelectField
        id={ids.responsibleTeam}
        label={p.team}
        placeholder={p.chooseTeam}
        options={FOLLOWUP_TEAMS.map((value) => ({ value, label: t.followupLabels.teams[value] }))}
        value={values.team}
        onChange={(team) => onChange({ ...values, team: team as FollowupTeam | '' })}
        error={errors.responsibleTeam}
      />
      <SelectField
        id={ids.responsibleWorkerId}
        label={p.worker}
        description={p.workerHint}
        placeholder={p.chooseWorker}
        options={workers.map((w) => ({ value: w.id, label: w.displayName }))}
        value={values.workerId}
        onChange={(workerId) => onChange({ ...values, workerId })}
        error={errors.responsibleWorkerId}
      />
      <Textfield
        id={ids.visitEveryDays}
        label={p.frequency}
        description={p.frequencyHint}
        inputMode="numeric"
        autoComplete="off"
        value={values.frequency}
        onChange={(e) => onChange({ ...values, frequency: e.target.value })}
        error={errors.visitEveryDays}
      />
      <Textfield
        id={ids.goals}
        label={p.goals}
        description={p.goalsHint}
        multiline
        rows={4}
        value={values.goals}
        onChange={(e) => onChange({ ...values, goals: e.target.value })}
        error={errors.goals}
      />
    </>
  );
}
