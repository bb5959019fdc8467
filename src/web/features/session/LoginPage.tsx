import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useSession } from '../../app/SessionProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import {
  fromSubmitError,
  hasMessages,
  summarise,
  type FieldIds,
  type FieldMessages,
  type FormError,
} from '../../components/form-errors';
import { Page } from '../../components/Page';
import { validateLogin, type LoginField } from './login.validation';

const FIELD_IDS: FieldIds<LoginField> = { username: 'login-username', password: 'login-password' };

export function LoginPage() {
  const t = useT();
  const { login } = useSession();
  const [username, setUsername] = useState('');
  const [password, setPassword] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<LoginField>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [submitting, setSubmitting] = useState(false);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    const invalid = validateLogin({ username, password }, t);
    setFieldErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, FIELD_IDS));
      return;
    }
    setSubmitting(true);
    try {
      await login(username.trim(), password);
      navigate(paths.start);
    } catch (error) {
      const shown = fromSubmitError(error, FIELD_IDS, t);
      setFieldErrors(shown.fields);
      setSummary(shown.summary);
      setPassword('');
      setSubmitting(false);
    }
  }

  return (
    <Page title={t.login.title} heading={t.login.heading}>
      <div className="narrow">
        <Paragraph>{t.login.intro}</Paragraph>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorSummary errors={summary} />
          <Textfield
            id={FIELD_IDS.username}
            label={t.login.username}
            name="username"
            autoComplete="username"
            autoCapitalize="none"
            spellCheck={false}
            required
            value={username}
            onChange={(event) => setUsername(event.target.value)}
            error={fieldErrors.username}
          />
          <Textfield
            id={FIELD_IDS.password}
            label={t.login.password}
            name="password"
            type="password"
            autoComplete="current-password"
            required
            value={password}
            onChange={(event) => setPassword(event.target.value)}
            error={fieldErrors.password}
          />
          <div className="form__actions">
            <Button type="submit" aria-disabled={submitting || undefined}>
              {t.login.submit}
            </Button>
            {submitting && (
              <span role="status" className="form__status">
                {t.login.submitting}
              </span>
            )}
          </div>
        </form>
      </div>
    </Page>
  );
}
