import { Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Task } from '../../../contracts/tasks';
import { isFollowupTaskKind } from '../../../domain/followup/early-warning-close';
import { api } from '../../app/api';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { useFormSubmit } from '../../components/useFormSubmit';
import { EarlyWarningTaskItem } from '../followup/EarlyWarningTaskItem';

function listMyTasks(signal: AbortSignal): Promise<{ items: Task[] }> {
  return api.get<{ items: Task[] }>('/api/tasks', signal);
}

function closeTask(id: string, outcome: string): Promise<Task> {
  return api.post<Task>(`/api/tasks/${encodeURIComponent(id)}/close`, { outcome });
}

/** The open tasks of the user's role (signals: arrears, renewals, § 9-2 alarms …), each closed with an outcome. */
export function MyTasks() {
  const { t } = useI18n();
  const tasks = useResource('my-tasks', listMyTasks);
  const [closed, setClosed] = useState(false);
  return (
    <section aria-labelledby="start-tasks" className="section">
      <Heading level={2} data-size="sm" id="start-tasks">
        {t.tasks.heading}
      </Heading>
      <Paragraph data-size="sm">{t.tasks.intro}</Paragraph>
      {closed && <Paragraph role="status">{t.tasks.closed}</Paragraph>}
      <ResourceView resource={tasks}>
        {(data) =>
          data.items.length === 0 ? (
            <Paragraph>{t.tasks.none}</Paragraph>
          ) : (
            <TaskList
              items={data.items}
              onClosed={async () => {
                await tasks.refresh();
                setClosed(true);
              }}
            />
          )
        }
      </ResourceView>
    </section>
  );
}

function TaskList({ items, onClosed }: { items: readonly Task[]; onClosed: () => Promise<void> }) {
  const { t, locale } = useI18n();
  return (
    <ul className="task-list">
      {items.map((task) =>
        // Early-warning and move-in-visit tasks carry a reason code and close with set outcomes (features/followup).
        isFollowupTaskKind(task.kind) ? (
          <EarlyWarningTaskItem key={task.id} task={task} kind={task.kind} onClosed={onClosed} />
        ) : (
          <li key={task.id} className="task-list__item">
            <Heading level={3} data-size="xs">
              {t.tasks.kinds[task.kind] ?? task.kind}
            </Heading>
            {/* The server writes the reason in bokmål. */}
            <Paragraph data-size="sm" lang="nb">
              {task.reason}
            </Paragraph>
            <dl className="facts facts--compact">
              <dt>{t.tasks.created}</dt>
              <dd>{formatDate(locale, task.createdOn)}</dd>
              <dt>{t.tasks.due}</dt>
              <dd>{task.dueOn ? formatDate(locale, task.dueOn) : t.tasks.noDue}</dd>
            </dl>
            <CloseTaskForm task={task} onClosed={onClosed} />
          </li>
        ),
      )}
    </ul>
  );
}

function CloseTaskForm({ task, onClosed }: { task: Task; onClosed: () => Promise<void> }) {
  const { t } = useI18n();
  const ids: Record<'outcome', string> = { outcome: `task-outcome-${task.id}` };
  const [outcome, setOutcome] = useState('');
  const form = useFormSubmit<'outcome'>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<'outcome'> = {};
    if (!outcome.trim()) invalid.outcome = t.form.required(t.tasks.outcome);
    await form.submit(ids, invalid, async () => {
      await closeTask(task.id, outcome.trim());
      await onClosed();
    });
  }

  return (
    <Details className="block-gap">
      <Details.Summary>{t.tasks.close}</Details.Summary>
      <Details.Content>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorSummary errors={form.summary} />
          <Textfield
            id={ids.outcome}
            multiline
            rows={2}
            label={t.tasks.outcome}
            description={t.tasks.outcomeHint}
            value={outcome}
            onChange={(event) => setOutcome(event.target.value)}
            error={form.fieldErrors.outcome}
          />
          <FormActions label={t.tasks.closeButton} submitting={form.submitting} />
        </form>
      </Details.Content>
    </Details>
  );
}
