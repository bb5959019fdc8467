import { Alert, Button, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { StaffUser } from '../../../contracts/admin';
import { isRole } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
import { isLanguage } from '../../app/i18n/languages';
import { ErrorSummary } from '../../components/ErrorSummary';
import {
  fromSubmitError,
  hasMessages,
  summarise,
  type FieldIds,
  type FieldMessages,
  type FormError,
} from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { languageOptions, roleOptions } from './options';
import { createUser } from './users.api';
import { validateNewUser, type NewUserField, type NewUserValues } from './users.validation';

const FIELD_IDS: FieldIds<NewUserField> = {
  username: 'new-user-username',
  displayName: 'new-user-display-name',
  role: 'new-user-role',
  language: 'new-user-language',
  password: 'new-user-password',
};

const EMPTY: NewUserValues = { username: '', displayName: '', role: '', language: 'nb', password: '' };

export function NewUserForm({ onCreated }: { onCreated: (user: StaffUser) => void }) {
  const t = useT();
  const [values, setValues] = useState<NewUserValues>(EMPTY);
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<NewUserField>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [created, setCreated] = useState<StaffUser | null>(null);
  const createdRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (created) createdRef.current?.focus();
  }, [created]);

  function set(field: NewUserField) {
    return (value: string) => setValues((current) => ({ ...current, [field]: value }));
  }

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setCreated(null);
    const invalid = validateNewUser(values, t);
    setFieldErrors(invalid);
    if (hasMessages(invalid) || !isRole(values.role) || !isLanguage(values.language)) {
      setSummary(summarise(invalid, FIELD_IDS));
      return;
    }
    setSubmitting(true);
    try {
      const user = await createUser({
        username: values.username.trim(),
        displayName: values.displayName.trim(),
        role: values.role,
        language: values.language,
        password: values.password,
      });
      setValues(EMPTY);
      setSummary([]);
      setCreated(user);
      onCreated(user);
    } catch (error) {
      const shown = fromSubmitError(error, FIELD_IDS, t);
      setFieldErrors(shown.fields);
      setSummary(shown.summary);
    } finally {
      setSubmitting(false);
    }
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      {created && (
        <Alert data-color="success" ref={createdRef} tabIndex={-1}>
          {t.users.created(created.displayName)}
        </Alert>
      )}
      <ErrorSummary errors={summary} />
      <Textfield
        id={FIELD_IDS.username}
        label={t.users.username}
        description={t.users.usernameHint}
        autoComplete="off"
        autoCapitalize="none"
        spellCheck={false}
        required
        value={values.username}
        onChange={(event) => set('username')(event.target.value)}
        error={fieldErrors.username}
      />
      <Textfield
        id={FIELD_IDS.displayName}
        label={t.users.displayNameLabel}
        autoComplete="off"
        required
        value={values.displayName}
        onChange={(event) => set('displayName')(event.target.value)}
        error={fieldErrors.displayName}
      />
      <SelectField
        id={FIELD_IDS.role}
        label={t.users.role}
        placeholder={t.users.chooseRole}
        options={roleOptions(t)}
        required
        value={values.role}
        onChange={set('role')}
        error={fieldErrors.role}
      />
      <SelectField
        id={FIELD_IDS.language}
        label={t.users.language}
        options={languageOptions(t)}
        required
        value={values.language}
        onChange={set('language')}
        error={fieldErrors.language}
      />
      <Textfield
        id={FIELD_IDS.password}
        label={t.users.password}
        description={t.users.passwordHint}
        type="password"
        autoComplete="new-password"
        required
        value={values.password}
        onChange={(event) => set('password')(event.target.value)}
        error={fieldErrors.password}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={submitting || undefined}>
          {t.users.create}
        </Button>
        {submitting && (
          <span role="status" className="form__status">
            {t.users.creating}
          </span>
        )}
      </div>
    </form>
  );
}
