import { Button, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type ReactNode } from 'react';
import { describeError } from '../app/errors';
import { useT } from '../app/i18n/I18nProvider';

type Props = {
  /** The button that starts it, e.g. "Withdraw". */
  label: string;
  /** What will happen, asked as a question. */
  question: ReactNode;
  confirmLabel: string;
  onConfirm: () => Promise<void>;
  /** Extra fields shown with the question (e.g. a note). */
  children?: ReactNode;
};

/**
 * An action that cannot be undone, in two steps on the page itself (no modal): the button
 * shows the question, focus moves there, and "Confirm" or "Cancel" decides.
 */
export function ConfirmAction({ label, question, confirmLabel, onConfirm, children }: Props) {
  const t = useT();
  const [asking, setAsking] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const questionId = useId();
  const questionRef = useRef<HTMLDivElement>(null);
  const startRef = useRef<HTMLButtonElement>(null);
  const wasAsking = useRef(false);

  useEffect(() => {
    if (asking) questionRef.current?.focus();
    else if (wasAsking.current) startRef.current?.focus();
    wasAsking.current = asking;
  }, [asking]);

  async function handleConfirm() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      await onConfirm();
      setAsking(false);
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }

  if (!asking) {
    return (
      <Button ref={startRef} type="button" variant="secondary" data-size="sm" onClick={() => setAsking(true)}>
        {label}
      </Button>
    );
  }
  return (
    <div className="confirm" role="group" aria-labelledby={questionId} ref={questionRef} tabIndex={-1}>
      <Paragraph id={questionId}>{question}</Paragraph>
      {children}
      {error && (
        <Paragraph role="alert" className="confirm__error">
          {error}
        </Paragraph>
      )}
      <div className="form__actions">
        <Button type="button" data-color="danger" data-size="sm" onClick={handleConfirm} aria-disabled={busy || undefined}>
          {confirmLabel}
        </Button>
        <Button type="button" variant="tertiary" data-size="sm" onClick={() => setAsking(false)}>
          {t.common.cancel}
        </Button>
      </div>
    </div>
  );
}
