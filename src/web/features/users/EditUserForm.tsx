import { Alert, Button, Checkbox, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import type { StaffUser, UpdateStaffUserBody } from '../../../contracts/admin';
import { isRole, type Role } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
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
import { roleOptions } from './options';
import { updateUser } from './users.api';
import { validateEditUser, type EditUserField } from './users.validation';

const FIELD_IDS: FieldIds<EditUserField> = {
  displayName: 'edit-user-display-name',
  role: 'edit-user-role',
  active: 'edit-user-active',
  reason: 'edit-user-reason',
};

export function EditUserForm({ user, onSaved }: { user: StaffUser; onSaved: (user: StaffUser) => void }) {
  const t = useT();
  const [displayName, setDisplayName] = useState(user.displayName);
  const [role, setRole] = useState<Role>(user.role);
  const [active, setActive] = useState(user.active);
  const [reason, setReason] = useState('');
  const [fieldErrors, setFieldErrors] = useState<FieldMessages<EditUserField>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);
  const [submitting, setSubmitting] = useState(false);
  const [saved, setSaved] = useState(false);
  const savedRef = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (saved) savedRef.current?.focus();
  }, [saved]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    if (submitting) return;
    setSaved(false);
    const invalid = validateEditUser({ displayName, reason }, t);
    setFieldErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, FIELD_IDS));
      return;
    }
    const body: UpdateStaffUserBody = { reason: reason.trim() };
    if (displayName.trim() !== user.displayName) body.displayName = displayName.trim();
    if (role !== user.role) body.role = role;
    if (active !== user.active) body.active = active;
    if (Object.keys(body).length === 1) {
      setSummary([{ message: t.user.noChanges }]);
      return;
    }
    setSubmitting(true);
    try {
      const updated = await updateUser(user.id, body);
      setReason('');
      setSummary([]);
      setSaved(true);
      onSaved(updated);
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
      {saved && (
        <Alert data-color="success" ref={savedRef} tabIndex={-1}>
          {t.user.saved}
        </Alert>
      )}
      <ErrorSummary errors={summary} />
      <Textfield
        id={FIELD_IDS.displayName}
        label={t.users.displayNameLabel}
        autoComplete="off"
        required
        value={displayName}
        onChange={(event) => setDisplayName(event.target.value)}
        error={fieldErrors.displayName}
      />
      <SelectField
        id={FIELD_IDS.role}
        label={t.users.role}
        options={roleOptions(t)}
        required
        value={role}
        onChange={(value) => {
          if (isRole(value)) setRole(value);
        }}
        error={fieldErrors.role}
      />
      <Checkbox
        id={FIELD_IDS.active}
        label={t.user.activeLabel}
        description={t.user.activeHint}
        checked={active}
        onChange={(event) => setActive(event.target.checked)}
        error={fieldErrors.active}
      />
      <Textfield
        id={FIELD_IDS.reason}
        multiline
        rows={3}
        label={t.user.reason}
        description={t.user.reasonHint}
        required
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={fieldErrors.reason}
      />
      <div className="form__actions">
        <Button type="submit" aria-disabled={submitting || undefined}>
          {t.user.save}
        </Button>
        {submitting && (
          <span role="status" className="form__status">
            {t.user.saving}
          </span>
        )}
      </div>
    </form>
  );
}
