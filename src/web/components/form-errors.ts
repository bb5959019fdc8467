import { ApiError } from '../app/api';
import { describeError } from '../app/errors';
import type { Catalogue } from '../app/i18n/nb';

/** One line in the error summary; with `fieldId` it links to (and focuses) that field. */
export type FormError = { fieldId?: string; message: string };

/** Messages per field name (the API's field path). */
export type FieldMessages<F extends string> = Partial<Record<F, string>>;

/** Field name → element id. Its key order is the order of the fields in the form. */
export type FieldIds<F extends string> = Readonly<Record<F, string>>;

export function hasMessages<F extends string>(messages: FieldMessages<F>): boolean {
  return Object.values(messages).some(Boolean);
}

/** Summary lines for the field messages, in form order. */
export function summarise<F extends string>(messages: FieldMessages<F>, ids: FieldIds<F>): FormError[] {
  const lines: FormError[] = [];
  for (const field of Object.keys(ids) as F[]) {
    const message = messages[field];
    if (message) lines.push({ fieldId: ids[field], message });
  }
  return lines;
}

/**
 * Turns an error from submitting a form into messages on the fields and summary lines.
 * Server field paths map to the form's fields (`members.0.name` → `members`); a path the
 * form does not know still shows in the summary, without a link.
 */
export function fromSubmitError<F extends string>(
  error: unknown,
  ids: FieldIds<F>,
  t: Catalogue,
): { fields: FieldMessages<F>; summary: FormError[] } {
  if (!(error instanceof ApiError) || error.fieldErrors.length === 0) {
    return { fields: {}, summary: [{ message: describeError(error, t) }] };
  }
  const fields: FieldMessages<F> = {};
  const unplaced: FormError[] = [];
  for (const fieldError of error.fieldErrors) {
    const field = fieldForPath(fieldError.path, ids);
    if (field && !fields[field]) fields[field] = fieldError.message;
    else if (!field) unplaced.push({ message: fieldError.message });
  }
  return { fields, summary: [...summarise(fields, ids), ...unplaced] };
}

function fieldForPath<F extends string>(path: string, ids: FieldIds<F>): F | undefined {
  const names = Object.keys(ids) as F[];
  return names.find((name) => name === path) ?? names.find((name) => path.startsWith(`${name}.`));
}
