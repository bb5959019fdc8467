import type { Catalogue } from '../../app/i18n/nb';
import type { FieldMessages } from '../../components/form-errors';

/** Mirrors createStaffUserBodySchema and updateStaffUserBodySchema in contracts/admin.ts. */
export const USERNAME_PATTERN = /^[a-z0-9._-]+$/;

export type NewUserField = 'username' | 'displayName' | 'role' | 'language' | 'password';
export type NewUserValues = Record<NewUserField, string>;

export function validateNewUser(values: NewUserValues, t: Catalogue): FieldMessages<NewUserField> {
  const errors: FieldMessages<NewUserField> = {};
  const username = values.username.trim();
  const usernameLabel = t.users.username;
  if (!username) errors.username = t.form.required(usernameLabel);
  else if (username.length < 2) errors.username = t.form.tooShort(usernameLabel, 2);
  else if (username.length > 50) errors.username = t.form.tooLong(usernameLabel, 50);
  else if (!USERNAME_PATTERN.test(username)) errors.username = t.users.usernameFormat;

  errors.displayName = checkDisplayName(values.displayName, t);
  if (!values.role) errors.role = t.form.chooseRequired(t.users.role);
  if (!values.language) errors.language = t.form.chooseRequired(t.users.language);

  const passwordLabel = t.users.password;
  if (!values.password) errors.password = t.form.required(passwordLabel);
  else if (values.password.length < 12) errors.password = t.form.tooShort(passwordLabel, 12);
  else if (values.password.length > 200) errors.password = t.form.tooLong(passwordLabel, 200);
  return errors;
}

export type EditUserField = 'displayName' | 'role' | 'active' | 'reason';

export function validateEditUser(
  values: { displayName: string; reason: string },
  t: Catalogue,
): FieldMessages<EditUserField> {
  const errors: FieldMessages<EditUserField> = {};
  errors.displayName = checkDisplayName(values.displayName, t);
  const reason = values.reason.trim();
  if (!reason) errors.reason = t.form.required(t.user.reason);
  else if (reason.length < 3) errors.reason = t.form.tooShort(t.user.reason, 3);
  else if (reason.length > 500) errors.reason = t.form.tooLong(t.user.reason, 500);
  return errors;
}

function checkDisplayName(value: string, t: Catalogue): string | undefined {
  const name = value.trim();
  if (!name) return t.form.required(t.users.displayNameLabel);
  if (name.length > 120) return t.form.tooLong(t.users.displayNameLabel, 120);
  return undefined;
}
