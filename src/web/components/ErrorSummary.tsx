import { ErrorSummary as DsErrorSummary } from '@digdir/designsystemet-react';
import { useEffect, useRef, type MouseEvent } from 'react';
import { useT } from '../app/i18n/I18nProvider';
import type { FormError } from './form-errors';

type Props = {
  /** A new array (even with the same lines) moves focus to the summary again. */
  errors: readonly FormError[];
};

/**
 * The error summary at the top of a form (GOV.UK / Designsystemet pattern): a heading and
 * a list of links to the fields with errors. It takes focus when it appears, so screen
 * readers announce it; a link moves focus to its field. Lines without a field (e.g. wrong
 * password, too many attempts) are plain text under the heading "There is a problem".
 */
export function ErrorSummary({ errors }: Props) {
  const t = useT();
  const element = useRef<HTMLElement | null>(null);

  useEffect(() => {
    if (errors.length > 0) element.current?.focus();
  }, [errors]);

  if (errors.length === 0) return null;
  const heading = errors.some((e) => e.fieldId) ? t.form.errorSummaryHeading : t.form.problemHeading;

  return (
    <DsErrorSummary
      className="form-error-summary"
      ref={(node: HTMLElement | null) => {
        element.current = node;
      }}
    >
      <DsErrorSummary.Heading>{heading}</DsErrorSummary.Heading>
      <DsErrorSummary.List>
        {errors.map((error, index) => (
          <DsErrorSummary.Item key={`${error.fieldId ?? '-'}:${index}`}>
            {error.fieldId ? (
              <DsErrorSummary.Link href={`#${error.fieldId}`} onClick={(event) => focusField(event, error.fieldId)}>
                {error.message}
              </DsErrorSummary.Link>
            ) : (
              error.message
            )}
          </DsErrorSummary.Item>
        ))}
      </DsErrorSummary.List>
    </DsErrorSummary>
  );
}

function focusField(event: MouseEvent<HTMLAnchorElement>, fieldId: string | undefined): void {
  const field = fieldId ? document.getElementById(fieldId) : null;
  if (!field) return;
  event.preventDefault();
  // Show the label too, not just the input, as GOV.UK does.
  (field.closest('.ds-field') ?? field).scrollIntoView({ block: 'center' });
  field.focus({ preventScroll: true });
}
