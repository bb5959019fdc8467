import { Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { STATUS_TRANSITIONS, type DwellingStatus } from '../../../domain/dwellings/status';
import { useT } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { changeDwellingStatus } from './dwellings.api';

/** The API's field paths, in form order. */
type Field = 'status' | 'fromDate' | 'expectedReadyOn' | 'reason';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** Today in the browser's time zone as YYYY-MM-DD. */
function today(): string {
  const now = new Date();
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${now.getFullYear()}-${pad(now.getMonth() + 1)}-${pad(now.getDate())}`;
}

/** A new status from a date (only the changes the domain allows); maintenance needs the date it is expected ready. */
export function StatusChangeForm({ dwellingId, current, onChanged }: { dwellingId: string; current: DwellingStatus; onChanged: () => Promise<void> }) {
  const t = useT();
  const d = t.dwellings;
  const ids: Record<Field, string> = {
    status: 'dwelling-status-new',
    fromDate: 'dwelling-status-from',
    expectedReadyOn: 'dwelling-status-ready',
    reason: 'dwelling-status-reason',
  };
  const [status, setStatus] = useState('');
  const [fromDate, setFromDate] = useState(today);
  const [expectedReadyOn, setExpectedReadyOn] = useState('');
  const [reason, setReason] = useState('');
  const [saved, setSaved] = useState<string | null>(null);
  const form = useFormSubmit<Field>();
  const allowed = STATUS_TRANSITIONS[current];

  if (allowed.length === 0) return <Paragraph>{d.soldFinal}</Paragraph>;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(null);
    const invalid: FieldMessages<Field> = {};
    if (!status) invalid.status = t.form.chooseRequired(d.newStatus);
    if (!fromDate.trim()) invalid.fromDate = d.required(d.fromDate);
    else if (!ISO_DATE.test(fromDate.trim())) invalid.fromDate = t.form.invalidDate(d.fromDate);
    if (status === 'maintenance') {
      if (!expectedReadyOn.trim()) invalid.expectedReadyOn = d.required(d.expectedReadyOn);
      else if (!ISO_DATE.test(expectedReadyOn.trim())) invalid.expectedReadyOn = t.form.invalidDate(d.expectedReadyOn);
    }
    const chosen = status as DwellingStatus;
    const ok = await form.submit(ids, invalid, async () => {
      await changeDwellingStatus(dwellingId, {
        status: chosen,
        fromDate: fromDate.trim(),
        expectedReadyOn: chosen === 'maintenance' ? expectedReadyOn.trim() : null,
        ...(reason.trim() ? { reason: reason.trim() } : {}),
      });
      await onChanged();
    });
    if (ok) {
      setSaved(d.statusSaved(t.dwellingStatuses[chosen]));
      setStatus('');
      setExpectedReadyOn('');
      setReason('');
    }
  }

  return (
    <form className="form block-gap" aria-labelledby="dwelling-status-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="dwelling-status-heading">
        {d.changeStatusHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      {saved && <Paragraph role="status">{saved}</Paragraph>}
      <SelectField
        id={ids.status}
        label={d.newStatus}
        placeholder={d.chooseStatus}
        value={status}
        onChange={setStatus}
        options={allowed.map((value) => ({ value, label: t.dwellingStatuses[value] }))}
        error={form.fieldErrors.status}
      />
      <Textfield
        id={ids.fromDate}
        label={d.fromDate}
        description={d.dateHint}
        autoComplete="off"
        value={fromDate}
        onChange={(event) => setFromDate(event.target.value)}
        error={form.fieldErrors.fromDate}
      />
      {status === 'maintenance' && (
        <Textfield
          id={ids.expectedReadyOn}
          label={d.expectedReadyOn}
          description={d.expectedReadyHint}
          autoComplete="off"
          value={expectedReadyOn}
          onChange={(event) => setExpectedReadyOn(event.target.value)}
          error={form.fieldErrors.expectedReadyOn}
        />
      )}
      <Textfield
        id={ids.reason}
        multiline
        rows={2}
        label={d.statusReason}
        value={reason}
        onChange={(event) => setReason(event.target.value)}
        error={form.fieldErrors.reason}
      />
      <FormActions label={d.saveStatus} submitting={form.submitting} />
    </form>
  );
}
