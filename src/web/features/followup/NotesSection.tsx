import { Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { FollowupPlan } from '../../../contracts/followup';
import { NOTE_SENSITIVITIES, type NoteSensitivity } from '../../../domain/cases/case-types';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { addNote } from './followup.api';

type Changed = (message: string) => (plan: FollowupPlan) => void;
type Field = 'text' | 'sensitivity';
const IDS: Record<Field, string> = { text: 'note-new-text', sensitivity: 'note-new-sensitivity' };

/** The notes the user may see (the server leaves out the others), and the form to add one with its protection flag. */
export function NotesSection({ plan, writable, onChanged }: { plan: FollowupPlan; writable: boolean; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.followupPlan;
  return (
    <section aria-labelledby="plan-notes" className="section">
      <Heading level={2} data-size="sm" id="plan-notes">
        {p.notesHeading}
      </Heading>
      {plan.notes.length === 0 ? (
        <Paragraph>{p.notesNone}</Paragraph>
      ) : (
        <ul className="plain-list followup-visits">
          {plan.notes.map((note) => (
            <li key={note.id} className="list-card" data-testid="plan-note">
              <Paragraph data-size="sm">
                {p.writtenBy(note.author.displayName, formatDateTime(locale, note.createdAt))}
                {note.sensitivity !== 'none' && (
                  <>
                    {' '}
                    <Tag data-size="sm" data-color="warning">
                      {t.labels.noteSensitivities[note.sensitivity]}
                    </Tag>
                  </>
                )}
              </Paragraph>
              <Paragraph className="followup-note">{note.text}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      {writable && <AddNoteForm plan={plan} onAdded={onChanged(p.noteAdded)} />}
    </section>
  );
}

function AddNoteForm({ plan, onAdded }: { plan: FollowupPlan; onAdded: (plan: FollowupPlan) => void }) {
  const { t } = useI18n();
  const p = t.followupPlan;
  const [text, setText] = useState('');
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>('none');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!text.trim()) invalid.text = t.form.required(p.note);
    else if (text.trim().length > 4000) invalid.text = t.form.tooLong(p.note, 4000);
    await form.submit(IDS, invalid, async () => {
      onAdded(await addNote(plan.id, { text: text.trim(), sensitivity }));
      setText('');
      setSensitivity('none');
    });
  }

  return (
    <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-label={p.addNote}>
      <ErrorSummary errors={form.summary} />
      <Textfield id={IDS.text} multiline rows={4} label={p.note} value={text} onChange={(e) => setText(e.target.value)} error={form.fieldErrors.text} />
      <RadioGroup
        id={IDS.sensitivity}
        legend={p.sensitivity}
        description={p.sensitivityHint}
        options={NOTE_SENSITIVITIES.map((value) => ({ value, label: t.labels.noteSensitivities[value] }))}
        value={sensitivity}
        onChange={setSensitivity}
        error={form.fieldErrors.sensitivity}
      />
      <FormActions label={p.addNote} submitting={form.submitting} />
    </form>
  );
}
