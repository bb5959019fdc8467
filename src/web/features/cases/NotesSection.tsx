import { Details, Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { canSeeNote } from '../../../domain/access/person-access';
import { NOTE_SENSITIVITIES, type NoteSensitivity } from '../../../domain/cases/case-types';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { useCurrentSession } from '../../app/SessionProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { addNote } from './cases.api';

/** Notes on the case. Health and substance-use notes are shielded: the server leaves them out for roles that may not see them. */
export function NotesSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const n = t.notes;
  return (
    <section aria-labelledby="case-notes" className="section">
      <Heading level={2} data-size="sm" id="case-notes">
        {n.heading}
      </Heading>
      {detail.notes.length === 0 ? (
        <Paragraph>{n.none}</Paragraph>
      ) : (
        <ul className="plain-list">
          {detail.notes.map((note) => (
            <li key={note.id} className="list-card">
              <Paragraph data-size="sm">
                {note.createdBy.displayName}, <time dateTime={note.createdAt}>{formatDateTime(locale, note.createdAt)}</time>{' '}
                {note.sensitivity !== 'none' && (
                  <Tag data-size="sm" data-color="warning">
                    {t.labels.noteSensitivities[note.sensitivity]}
                  </Tag>
                )}
              </Paragraph>
              <Paragraph className="pre-line">{note.body}</Paragraph>
            </li>
          ))}
        </ul>
      )}
      <Details className="block-gap">
        <Details.Summary>{n.add}</Details.Summary>
        <Details.Content>
          <NoteForm caseId={detail.case.id} onAdded={onChanged} />
        </Details.Content>
      </Details>
    </section>
  );
}

type Field = 'body' | 'sensitivity';

function NoteForm({ caseId, onAdded }: { caseId: string; onAdded: () => Promise<void> }) {
  const { t } = useI18n();
  const n = t.notes;
  const session = useCurrentSession();
  const ids: Record<Field, string> = { body: 'note-body', sensitivity: 'note-sensitivity' };
  const [body, setBody] = useState('');
  const [sensitivity, setSensitivity] = useState<NoteSensitivity>('none');
  const form = useFormSubmit<Field>();
  // Offer only the shielding levels the role may itself read (person-access.ts canSeeNote).
  const levels = NOTE_SENSITIVITIES.filter((level) => canSeeNote(session.role, level));

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!body.trim()) invalid.body = t.form.required(n.body);
    const ok = await form.submit(ids, invalid, async () => {
      await addNote(caseId, { body: body.trim(), sensitivity });
      await onAdded();
    });
    if (ok) {
      setBody('');
      setSensitivity('none');
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.body} multiline rows={4} label={n.body} value={body} onChange={(e) => setBody(e.target.value)} error={form.fieldErrors.body} />
      {levels.length > 1 && (
        <RadioGroup
          id={ids.sensitivity}
          legend={n.sensitivity}
          description={n.sensitivityHint}
          options={levels.map((value) => ({ value, label: t.labels.noteSensitivities[value] }))}
          value={sensitivity}
          onChange={setSensitivity}
          error={form.fieldErrors.sensitivity}
        />
      )}
      <FormActions label={n.save} submitting={form.submitting} />
    </form>
  );
}
