import { Alert, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupPlan, PlanList, StaffRef } from '../../../contracts/followup';
import type { Household } from '../../../contracts/people';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { getHousehold } from '../persons/persons.api';
import { todayIso } from './followup-format';
import { createPlan, listPlans, listWorkers } from './followup.api';
import { PlanFields, toPlanBody, validatePlan, type PlanField, type PlanValues } from './PlanFields';

type Field = PlanField | 'startedOn';

/** In the form's order; a `householdId` error from the server (an open plan exists) shows in the summary. */
const IDS: Record<Field, string> = {
  responsibleTeam: 'plan-new-team',
  responsibleWorkerId: 'plan-new-worker',
  visitEveryDays: 'plan-new-frequency',
  goals: 'plan-new-goals',
  startedOn: 'plan-new-start',
};

interface Loaded {
  household: Household;
  existing: PlanList;
  workers: StaffRef[];
}

/** /oppfolging/ny?husstand=…: a new follow-up plan for a household, reached from the person page. */
export function NewPlanPage() {
  const { t } = useI18n();
  const householdId = useLocation().query.get('husstand') ?? '';
  const loaded = useResource(`followup-new:${householdId}`, async (signal): Promise<Loaded | null> => {
    if (!householdId) return null;
    const [household, existing, workers] = await Promise.all([getHousehold(householdId, signal), listPlans({ householdId, status: 'open' }, signal), listWorkers(signal)]);
    return { household, existing, workers };
  });
  const head = loaded.status === 'ready' && loaded.data ? loaded.data.household.members.find((m) => m.personId === loaded.data?.household.headPersonId) : undefined;
  const title = head ? t.newFollowupPlan.titleFor(`${head.givenName} ${head.familyName}`) : t.newFollowupPlan.title;
  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <AppLink href={head ? paths.person(head.personId) : paths.followup}>{head ? t.followupPlan.personLink : t.followupPlan.back}</AppLink>
      </Paragraph>
      <ResourceView resource={loaded}>
        {(data) =>
          !data ? (
            <>
              <Paragraph>{t.newFollowupPlan.noHousehold}</Paragraph>
              <Paragraph>
                <AppLink href={paths.persons}>{t.newFollowupPlan.toPersons}</AppLink>
              </Paragraph>
            </>
          ) : data.existing.items[0] ? (
            <Alert data-color="info">
              <Paragraph>{t.newFollowupPlan.exists}</Paragraph>
              <Paragraph>
                <AppLink href={paths.followupPlan(data.existing.items[0].id)}>{t.newFollowupPlan.openExisting}</AppLink>
              </Paragraph>
            </Alert>
          ) : (
            <NewPlanForm householdId={householdId} workers={data.workers} />
          )
        }
      </ResourceView>
    </Page>
  );
}

function NewPlanForm({ householdId, workers }: { householdId: string; workers: readonly StaffRef[] }) {
  const { t } = useI18n();
  const [values, setValues] = useState<PlanValues>({ team: '', workerId: workers.length === 1 ? (workers[0]?.id ?? '') : '', frequency: '14', goals: '' });
  const [startedOn, setStartedOn] = useState(todayIso);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid = validatePlan(values, t) as Partial<Record<Field, string>>;
    if (!startedOn) invalid.startedOn = t.form.required(t.newFollowupPlan.startedOn);
    await form.submit(IDS, invalid, async () => {
      const plan: FollowupPlan = await createPlan({ householdId, startedOn, ...toPlanBody(values) });
      navigate(paths.followupPlan(plan.id));
    });
  }

  return (
    <>
      <Paragraph>{t.newFollowupPlan.intro}</Paragraph>
      <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-label={t.newFollowupPlan.title}>
        <ErrorSummary errors={form.summary} />
        <PlanFields ids={IDS} values={values} onChange={setValues} errors={form.fieldErrors} workers={workers} />
        <Textfield id={IDS.startedOn} type="date" label={t.newFollowupPlan.startedOn} value={startedOn} onChange={(e) => setStartedOn(e.target.value)} error={form.fieldErrors.startedOn} />
        <FormActions label={t.newFollowupPlan.create} submitting={form.submitting} />
      </form>
    </>
  );
}
