import { Heading, Paragraph } from '@digdir/designsystemet-react';
import type { DayVisit, MyDay } from '../../../contracts/followup';
import type { Task } from '../../../contracts/tasks';
import { isSignalReason, signalReasonText } from '../../../domain/followup/early-warning-text';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { PageNavigation } from '../../components/PageNavigation';
import { addressText } from './followup-format';
import { getMyDay, listPlans } from './followup.api';
import './followup.css';
import { PlanTable } from './PlanTable';

const PAGE = 50;

/**
 * /oppfolging. The follow-up worker's day — visits today, the households they are responsible
 * for (overdue first), their open tasks — then every plan the user may see. NAV and the
 * specialist health service see the households that consented to them, read only.
 */
export function FollowupPage() {
  const { t } = useI18n();
  const { role } = useCurrentSession();
  const isWorker = role === 'followup';
  const intro = isWorker ? t.followup.myDayIntro : role === 'nav_adviser' || role === 'specialist_health' ? t.followup.readerIntro[role] : t.followup.caseworkerIntro;
  return (
    <Page title={isWorker ? t.followup.myDayTitle : t.followup.title}>
      <Paragraph className="lead">{intro}</Paragraph>
      {isWorker && <MyDaySections />}
      <AllPlans showWorker={!isWorker} />
    </Page>
  );
}

function MyDaySections() {
  const day = useResource('followup-my-day', getMyDay);
  return <ResourceView resource={day}>{(data) => <MyDayView day={data} />}</ResourceView>;
}

function MyDayView({ day }: { day: MyDay }) {
  const { t, locale } = useI18n();
  const f = t.followup;
  return (
    <>
      <section aria-labelledby="followup-today" className="section section--first">
        <Heading level={2} data-size="sm" id="followup-today">
          {f.todayHeading} <span className="secondary-line">{formatDate(locale, day.today)}</span>
        </Heading>
        {day.visits.length === 0 ? (
          <Paragraph>{f.todayNone}</Paragraph>
        ) : (
          <ul className="plain-list followup-visits">
            {day.visits.map((visit) => (
              <TodaysVisit key={visit.id} visit={visit} />
            ))}
          </ul>
        )}
      </section>
      <section aria-labelledby="followup-households" className="section">
        <Heading level={2} data-size="sm" id="followup-households">
          {f.householdsHeading}
        </Heading>
        {day.households.length === 0 ? <Paragraph>{f.householdsNone}</Paragraph> : <PlanTable plans={day.households} caption={f.householdsCaption(day.households.length)} />}
      </section>
      <section aria-labelledby="followup-tasks" className="section">
        <Heading level={2} data-size="sm" id="followup-tasks">
          {f.tasksHeading}
        </Heading>
        {day.tasks.length === 0 ? (
          <Paragraph>{f.tasksNone}</Paragraph>
        ) : (
          <>
            <Paragraph data-size="sm">
              {f.tasksIntro} <AppLink href={`${paths.start}#start-tasks`}>{f.closeOnStart}</AppLink>
            </Paragraph>
            <ul className="task-list">
              {day.tasks.map((task) => (
                <TaskItem key={task.id} task={task} households={day.households} />
              ))}
            </ul>
          </>
        )}
      </section>
    </>
  );
}

function TodaysVisit({ visit }: { visit: DayVisit }) {
  const { t } = useI18n();
  const f = t.followup;
  return (
    <li className="list-card" data-testid="todays-visit">
      <Heading level={3} data-size="xs">
        {visit.plannedTime ?? f.noTime} · <AppLink href={paths.followupPlan(visit.planId)}>{visit.household.headName}</AppLink>
      </Heading>
      <Paragraph data-size="sm">
        {t.followupLabels.contactKinds[visit.kind]} · {t.followupLabels.contactStatuses[visit.status]}
      </Paragraph>
      <Paragraph data-size="sm">{addressText(t, visit.household)}</Paragraph>
    </li>
  );
}

/** A task with its reason (in the user's language when it has a reason code) and a link to the household's plan. */
function TaskItem({ task, households }: { task: Task; households: MyDay['households'] }) {
  const { t, locale, language } = useI18n();
  const f = t.followup;
  const reason = task.data['reason'];
  const householdId = task.data['householdId'];
  const plan = typeof householdId === 'string' ? households.find((h) => h.household.id === householdId) : undefined;
  const kinds: Readonly<Record<string, string>> = { ...t.tasks.kinds, ...t.followupSignals.kinds };
  return (
    <li className="task-list__item">
      <Heading level={3} data-size="xs">
        {kinds[task.kind] ?? task.kind}
        {plan && (
          <>
            {' · '}
            <AppLink href={paths.followupPlan(plan.id)}>{plan.household.headName}</AppLink>
          </>
        )}
      </Heading>
      {isSignalReason(reason) ? (
        <Paragraph data-size="sm">{signalReasonText(reason, language)}</Paragraph>
      ) : (
        <Paragraph data-size="sm" lang="nb">
          {task.reason}
        </Paragraph>
      )}
      <dl className="facts facts--compact">
        <dt>{f.created}</dt>
        <dd>{formatDate(locale, task.createdOn)}</dd>
        <dt>{f.due}</dt>
        <dd>{task.dueOn ? formatDate(locale, task.dueOn) : t.tasks.noDue}</dd>
      </dl>
    </li>
  );
}

/** Every plan the user may see, a page at a time (`?fra=` offset). */
function AllPlans({ showWorker }: { showWorker: boolean }) {
  const { t } = useI18n();
  const { query } = useLocation();
  const offset = Math.max(0, Number(query.get('fra')) || 0);
  const plans = useResource(`followup-plans:${offset}`, (signal) => listPlans({ offset, limit: PAGE }, signal));
  return (
    <section aria-labelledby="followup-all" className="section">
      <Heading level={2} data-size="sm" id="followup-all">
        {t.followup.allHeading}
      </Heading>
      <ResourceView resource={plans}>
        {(data) =>
          data.total === 0 ? (
            <Paragraph>{t.followup.allNone}</Paragraph>
          ) : (
            <>
              <PlanTable plans={data.items} caption={t.followup.allCaption} showWorker={showWorker} />
              <PageNavigation total={data.total} offset={offset} limit={PAGE} shown={data.items.length} hrefFor={(next) => (next === 0 ? paths.followup : `${paths.followup}?fra=${next}`)} />
            </>
          )
        }
      </ResourceView>
    </section>
  );
}
