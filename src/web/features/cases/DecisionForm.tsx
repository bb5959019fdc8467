import { Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { CaseDetail, Decision } from '../../../contracts/cases';
import { ApiError } from '../../app/api';
import { formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { useFormSubmit } from '../../components/useFormSubmit';
import { decisionPreviewUrl, getDecision, sendDecision, updateDecision } from './cases.api';
import { DecisionFields } from './DecisionFields';
import { DECISION_FIELD_IDS, decisionValues, toContent, validateDecision, type DecisionField, type DecisionValues } from './decision-form';
import { LetterPreview } from './LetterPreview';

/** Milliseconds without typing before the draft is saved and the preview follows. */
const AUTOSAVE_DELAY = 1500;

type Props = { kase: CaseDetail; decision: Decision; onSent: (decision: Decision) => void };

/**
 * The draft's fields beside a live preview of the letter. Changes are saved as a draft after a
 * short pause (each save is in the audit log as decision.updated), and the preview is the
 * server's rendering of what was saved, so it is exactly the letter that would be sent.
 */
export function DecisionForm({ kase, decision, onSent }: Props) {
  const { t, locale } = useI18n();
  const d = t.decisionEditor;
  // `values` and `saved.values` start as the same object: "dirty" is "not the object last saved".
  const [initial] = useState(() => decisionValues(decision));
  const [values, setValues] = useState<DecisionValues>(initial);
  const [saved, setSaved] = useState<{ decision: Decision; at: string; values: DecisionValues }>({ decision, at: '', values: initial });
  const [saveError, setSaveError] = useState<string | null>(null);
  const form = useFormSubmit<DecisionField>();
  const saving = useRef<Promise<Decision | null> | null>(null);
  const sending = useRef(false);
  const dirty = values !== saved.values;

  async function save(current: DecisionValues, forSending = false): Promise<Decision | null> {
    // While sending, only the send's own save runs; an autosave then would change a decision being sent.
    if (sending.current && !forSending) return null;
    const invalid = validateDecision(current, t);
    if (Object.values(invalid).some(Boolean)) return null;
    const run = updateDecision(kase.case.id, decision.id, { outcome: current.outcome, language: current.language, content: toContent(current) }).then(
      (updated) => {
        setSaved({ decision: updated, at: new Date().toISOString(), values: current });
        setSaveError(null);
        // A block the letter no longer misses loses its "missing" message from the last send.
        const stillMissing = new Set(updated.missingBlocks);
        const fields = Object.keys(DECISION_FIELD_IDS) as DecisionField[];
        form.resolve(
          fields.filter((field) => field.startsWith('content.') && ![...stillMissing].some((path) => field === path || field.startsWith(`${path}.`))),
          DECISION_FIELD_IDS,
        );
        return updated;
      },
      (error: unknown) => {
        // Sending shows the error in the error summary; an autosave shows it in the status line.
        if (forSending) throw error;
        setSaveError(error instanceof ApiError && error.message ? error.message : t.common.unexpectedError);
        return null;
      },
    );
    if (!forSending) saving.current = run;
    return run;
  }

  // Autosave: a pause in typing saves the draft, and the preview then shows the saved letter.
  useEffect(() => {
    if (!dirty) return;
    const timer = window.setTimeout(() => void save(values), AUTOSAVE_DELAY);
    return () => window.clearTimeout(timer);
    // `save` reads only `values`, which is in the list.
  }, [values, dirty]);

  async function handleSend(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(DECISION_FIELD_IDS, validateDecision(values, t), async () => {
      sending.current = true;
      try {
        await saving.current;
        if (values !== saved.values) await save(values, true);
        await sendDecision(kase.case.id, decision.id);
      } catch (error) {
        throw withFieldLabels(error, d.fieldLabels);
      } finally {
        sending.current = false;
      }
      onSent(await getDecision(kase.case.id, decision.id, new AbortController().signal));
    });
  }

  const missing = saved.decision.missingBlocks;
  return (
    <div className="editor">
      <form className="form editor__form" onSubmit={handleSend} noValidate>
        <ErrorSummary errors={form.summary} />
        <DecisionFields kase={kase} values={values} onChange={setValues} errors={form.fieldErrors} />
        <div className="editor__status" role="status">
          {saveError ? saveError : dirty ? d.unsaved : saved.at ? d.savedAt(formatDateTime(locale, saved.at)) : ''}
        </div>
        <div className="form__actions">
          <Button type="submit" aria-disabled={form.submitting || undefined}>
            {d.send}
          </Button>
          <Button type="button" variant="secondary" onClick={() => {
              if (dirty) void save(values);
            }} aria-disabled={!dirty || undefined}>
            {d.save}
          </Button>
          {form.submitting && (
            <span role="status" className="form__status">
              {t.common.sending}
            </span>
          )}
        </div>
      </form>
      {/* Scrolls on its own beside the form on a wide screen, so it can take focus (WCAG 2.1.1). */}
      <section aria-labelledby="decision-preview" className="editor__preview" tabIndex={0}>
        <Heading level={2} data-size="sm" id="decision-preview">
          {d.preview}
        </Heading>
        {missing.length > 0 ? (
          <>
            <Paragraph>{d.missingIntro}</Paragraph>
            <ul>
              {missing.map((path) => (
                <li key={path}>{d.fieldLabels[path as keyof typeof d.fieldLabels] ?? path}</li>
              ))}
            </ul>
          </>
        ) : (
          <LetterPreview url={decisionPreviewUrl(kase.case.id, decision.id)} version={saved.at} />
        )}
      </section>
    </div>
  );
}

/** "Faktum: Vedtaksbrevet mangler denne delen." – the server's message per field, with the field's name in front. */
function withFieldLabels(error: unknown, labels: Readonly<Record<string, string>>): unknown {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) return error;
  const fieldErrors = error.fieldErrors.map((fe) => {
    const label = labels[fe.path];
    return label ? { ...fe, message: `${label}: ${fe.message}` } : fe;
  });
  return new ApiError(error.status, error.code, error.message, fieldErrors, error.requestId);
}
