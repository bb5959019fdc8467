import { useState } from 'react';
import { useT } from '../app/i18n/I18nProvider';
import { fromSubmitError, hasMessages, summarise, type FieldIds, type FieldMessages, type FormError } from './form-errors';

/**
 * The state every form shares: messages on the fields, the error summary and "sending".
 * `submit` shows the client's own checks first; only a form without them goes to the server,
 * whose field errors then land on the same fields (all at once, docs/adr/0003).
 */
export function useFormSubmit<F extends string>() {
  const t = useT();
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<F>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [submitting, setSubmitting] = useState(false);

  /** Returns true when `action` succeeded. `ids` maps the API's field paths to element ids, in form order. */
  async function submit(ids: FieldIds<F>, invalid: FieldMessages<F>, action: () => Promise<void>): Promise<boolean> {
    if (submitting) return false;
    setFieldErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, ids));
      return false;
    }
    setSubmitting(true);
    try {
      await action();
      setSummary([]);
      return true;
    } catch (error) {
      const shown = fromSubmitError(error, ids, t);
      setFieldErrors(shown.fields);
      setSummary(shown.summary);
      return false;
    } finally {
      setSubmitting(false);
    }
  }

  function clear() {
    setFieldErrors({});
    setSummary([]);
  }

  /** Takes away the messages of fields that are no longer wrong (e.g. filled in and saved since). */
  function resolve(fields: readonly F[], ids: FieldIds<F>) {
    const goneIds = new Set(fields.map((field) => ids[field]));
    setFieldErrors((current) => {
      if (!fields.some((field) => current[field])) return current;
      const next = { ...current };
      for (const field of fields) delete next[field];
      return next;
    });
    setSummary((lines) => (lines.some((line) => line.fieldId && goneIds.has(line.fieldId)) ? lines.filter((line) => !line.fieldId || !goneIds.has(line.fieldId)) : lines));
  }

  return { fieldErrors, summary, submitting, submit, clear, resolve };
}
