import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import type { FollowupPlan } from '../../../contracts/followup';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isMissing } from '../persons/person-format';
import { ContactsSection } from './ContactsSection';
import { EditPlanDetails } from './EditPlanDetails';
import { EndPlanSection } from './EndPlanSection';
import { addressText, frequencyText, hasEnded, todayIso } from './followup-format';
import { getPlan } from './followup.api';
import './followup.css';
import { NotesSection } from './NotesSection';
import { ServicesSection } from './ServicesSection';
import { useNotice } from './useNotice';
import { NextVisit, VisitStatus } from './VisitStatus';

/** A household's follow-up plan: the plan and its goals, services, visits and contacts, notes; the forms for those who may change it. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const plan = useResource(`followup-plan:${id}`, (signal) => getPlan(id, signal));
  const back = (
    <Paragraph className="back-link">
      <AppLink href={paths.followup}>{t.followupPlan.back}</AppLink>
    </Paragraph>
  );
  if (plan.status === 'error' && isMissing(plan.error)) {
    return (
      <Page title={t.followupPlan.notFound}>
        <Paragraph>{t.followupPlan.notFoundBody}</Paragraph>
        {back}
      </Page>
    );
  }
  if (plan.status !== 'ready') {
    return (
      <Page title={t.followupPlan.title}>
        {back}
        <ResourceView resource={plan}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <PlanView plan={plan.data} onChanged={plan.replace} back={back} />;
}

function PlanView({ plan, onChanged, back }: { plan: FollowupPlan; onChanged: (plan: FollowupPlan) => void; back: ReactNode }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  const { notice, setNotice, ref } = useNotice();
  const ended = hasEnded(plan, todayIso());
  const writable = plan.canWrite && !ended;
  const changed = (message: string) => (next: FollowupPlan) => {
    onChanged(next);
    setNotice(message);
  };
  return (
    <Page title={p.pageTitle(plan.household.headName)}>
      {back}
      {notice && (
        <Alert data-color="success" ref={ref} tabIndex={-1} className="block-gap" data-testid="plan-notice">
          {notice}
        </Alert>
      )}
      {!plan.canWrite && (
        <Alert data-color="info" className="block-gap">
          {p.readOnly}
        </Alert>
      )}
      {ended && plan.endedOn && (
        <Alert data-color="warning" className="block-gap">
          {p.endedNotice(formatDate(locale, plan.endedOn), plan.endReason ?? '')}
        </Alert>
      )}
      <SummarySection plan={plan} />
      <section aria-labelledby="plan-goals" className="section">
        <Heading level={2} data-size="sm" id="plan-goals">
          {p.goalsHeading}
        </Heading>
        {plan.goals.length === 0 ? (
          <Paragraph>{p.goalsNone}</Paragraph>
        ) : (
          <ul className="followup-goals">
            {plan.goals.map((goal, i) => (
              <li key={i}>{goal}</li>
            ))}
          </ul>
        )}
        {writable && <EditPlanDetails plan={plan} onSaved={changed(p.saved)} />}
      </section>
      <ContactsSection plan={plan} writable={writable} onChanged={changed} />
      <ServicesSection plan={plan} writable={writable} onChanged={changed} />
      <NotesSection plan={plan} writable={plan.canWrite} onChanged={changed} />
      {writable && <EndPlanSection plan={plan} onEnded={changed(p.endedMsg)} />}
    </Page>
  );
}

function SummarySection({ plan }: { plan: FollowupPlan }) {
  const { t, locale } = useI18n();
  const f = t.followup;
  const p = t.followupPlan;
  return (
    <section aria-labelledby="plan-summary" className="section section--first">
      <Heading level={2} data-size="sm" id="plan-summary">
        {p.summaryHeading}
      </Heading>
      <dl className="facts">
        <dt>{f.household}</dt>
        <dd>
          {plan.household.headName}
          <span className="secondary-line">{f.members(plan.household.memberCount)}</span>
        </dd>
        <dt>{f.address}</dt>
        <dd>{addressText(t, plan.household)}</dd>
        <dt>{f.team}</dt>
        <dd>{t.followupLabels.teams[plan.responsibleTeam]}</dd>
        <dt>{f.worker}</dt>
        <dd>{plan.responsibleWorker.displayName}</dd>
        <dt>{p.started}</dt>
        <dd>{formatDate(locale, plan.startedOn)}</dd>
        <dt>{f.frequency}</dt>
        <dd>{frequencyText(t, plan.visitEveryDays)}</dd>
        <dt>{f.visitStatus}</dt>
        <dd data-testid="plan-visit-status">{plan.endedOn ? f.ended : <VisitStatus visit={plan.visit} />}</dd>
        <dt>{f.lastVisit}</dt>
        <dd data-testid="plan-last-visit">{plan.visit.lastHeldOn ? formatDate(locale, plan.visit.lastHeldOn) : f.neverVisited}</dd>
        <dt>{f.nextVisit}</dt>
        <dd>
          <NextVisit visit={plan.visit} />
        </dd>
        <dt>{f.services}</dt>
        <dd>{plan.activeServices.length === 0 ? t.common.none : plan.activeServices.map((s) => t.followupLabels.services[s]).join(', ')}</dd>
      </dl>
    </section>
  );
}
