import { Button } from '@digdir/designsystemet-react';
import type { ReactNode } from 'react';
import { useT } from '../app/i18n/I18nProvider';

/** The submit button and, while sending, a status line screen readers announce. */
export function FormActions({ label, submitting, children }: { label: string; submitting: boolean; children?: ReactNode }) {
  const t = useT();
  return (
    <div className="form__actions">
      <Button type="submit" aria-disabled={submitting || undefined}>
        {label}
      </Button>
      {children}
      {submitting && (
        <span role="status" className="form__status">
          {t.common.sending}
        </span>
      )}
    </div>
  );
}
