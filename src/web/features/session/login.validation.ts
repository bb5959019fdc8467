import type { Catalogue } from '../../app/i18n/nb';
import type { FieldMessages } from '../../components/form-errors';

export type LoginField = 'username' | 'password';

/** Mirrors loginBodySchema: both fields required (username trimmed), at most 100/200 chars. */
export function validateLogin(values: Record<LoginField, string>, t: Catalogue): FieldMessages<LoginField> {
  const errors: FieldMessages<LoginField> = {};
  const username = values.username.trim();
  if (!username) errors.username = t.form.required(t.login.username);
  else if (username.length > 100) errors.username = t.form.tooLong(t.login.username, 100);
  if (!values.password) errors.password = t.form.required(t.login.password);
  else if (values.password.length > 200) errors.password = t.form.tooLong(t.login.password, 200);
  return errors;
}
