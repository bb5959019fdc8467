import { Details, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Task } from '../../../contracts/tasks';
import { noteRequired, outcomesFor, type CloseOutcome, type FollowupTaskKind } from '../../../domain/followup/early-warning-close';
import { isSignalReason, signalReasonText } from '../../../domain/followup/early-warning-text';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { closeFollowupTask } from './early-warning.api';

/**
 * One early-warning or move-in-visit task in the worker's list: what it is, why (rendered in the
 * user's language from the task's reason code), and the form that closes it with an outcome.
 */
export function EarlyWarningTaskItem({ task, kind, onClosed }: { task: Task; kind: FollowupTaskKind; onClosed: () => Promise<void> }) {
  const { t, locale, language } = useI18n();
  const s = t.followupSignals;
  const reason = task.data.reason;
  return (
    <li className="task-list__item">
      <Heading level={3} data-size="xs">
        {s.kinds[kind]}
      </Heading>
      {isSignalReason(reason) ? (
        <Paragraph data-size="sm">{signalReasonText(reason, language)}</Paragraph>
      ) : (
        <Paragraph data-size="sm" lang="nb">
          {task.reason}
        </Paragraph>
      )}
      <Paragraph data-size="sm">{task.assignedToId ? s.yours : s.team}</Paragraph>
      <dl className="facts facts--compact">
        <dt>{t.tasks.created}</dt>
        <dd>{formatDate(locale, task.createdOn)}</dd>
        <dt>{t.tasks.due}</dt>
        <dd>{task.dueOn ? formatDate(locale, task.dueOn) : t.tasks.noDue}</dd>
      </dl>
      <EarlyWarningCloseForm task={task} kind={kind} onClosed={onClosed} />
    </li>
  );
}

type Field = 'outcome' | 'note';

function EarlyWarningCloseForm({ task, kind, onClosed }: { task: Task; kind: FollowupTaskKind; onClosed: () => Promise<void> }) {
  const { t } = useI18n();
  const s = t.followupSignals;
  const ids: Record<Field, string> = { outcome: `ew-outcome-${task.id}`, note: `ew-note-${task.id}` };
  const [outcome, setOutcome] = useState<CloseOutcome | ''>('');
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(s.outcome);
    else if (noteRequired(outcome) && !note.trim()) invalid.note = t.form.required(s.note);
    await form.submit(ids, invalid, async () => {
      if (!outcome) return;
      await closeFollowupTask(task.id, outcome, note.trim());
      await onClosed();
    });
  }

  return (
    <Details className="block-gap">
      <Details.Summary>{s.close}</Details.Summary>
      <Details.Content>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorSummary errors={form.summary} />
          <RadioGroup
            id={ids.outcome}
            legend={s.outcome}
            options={outcomesFor(kind).map((value) => ({
              value,
              label: s.outcomes[value],
              ...(kind === 'ew_arrears' && value === 'resolved' ? { description: s.resolvedArrears } : {}),
            }))}
            value={outcome}
            onChange={setOutcome}
            error={form.fieldErrors.outcome}
          />
          <Textfield id={ids.note} multiline rows={2} label={s.note} description={s.noteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
          <FormActions label={s.closeButton} submitting={form.submitting} />
        </form>
      </Details.Content>
    </Details>
  );
}
