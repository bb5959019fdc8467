import { Button, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { LeaseDetail } from '../../../contracts/leases';
import { osloDate } from '../../../domain/deadlines/calendar';
import type { EvictionStep } from '../../../domain/leases/eviction';
import { END_REASONS, type EndReason } from '../../../domain/leases/lease-status';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { addEvictionStep, cancelLease, endLease, giveNotice, signLease } from './leases.api';

/** Forms for one lease action each: sign, cancel a draft, § 9-2 notice, eviction step, end. Server field errors land on the fields. */

type ActionProps = { lease: LeaseDetail; onDone: () => Promise<void> };

export const today = (): string => osloDate(new Date());
const optionalNote = (note: string) => (note.trim() ? note.trim() : null);

type SignField = 'signedOn' | 'section111NoticeOn';

/** Signs a draft. A § 11-1 lease needs the written notice date (on or before signing); the server refuses without it. */
export function SignForm({ lease, onDone }: ActionProps) {
  const { t, locale } = useI18n();
  const a = t.leaseActions;
  const ids: Record<SignField, string> = { signedOn: `sign-on-${lease.id}`, section111NoticeOn: `sign-notice-${lease.id}` };
  const askNotice = lease.section111 && lease.section111NoticeOn === null;
  const [signedOn, setSignedOn] = useState(today);
  const [noticeOn, setNoticeOn] = useState('');
  const form = useFormSubmit<SignField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<SignField> = {};
    if (!signedOn) invalid.signedOn = t.form.required(a.signedOn);
    await form.submit(ids, invalid, async () => {
      await signLease(lease.id, { signedOn, ...(askNotice && noticeOn ? { section111NoticeOn: noticeOn } : {}) });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.signedOn} type="date" label={a.signedOn} value={signedOn} onChange={(e) => setSignedOn(e.target.value)} error={form.fieldErrors.signedOn} />
      {askNotice && (
        <Textfield
          id={ids.section111NoticeOn}
          type="date"
          label={a.section111NoticeOn}
          description={a.section111NoticeHint}
          value={noticeOn}
          onChange={(e) => setNoticeOn(e.target.value)}
          error={form.fieldErrors.section111NoticeOn}
        />
      )}
      {lease.section111 && lease.section111NoticeOn && (
        <Paragraph data-size="sm">
          {t.lease.section111NoticeOn}: {formatDate(locale, lease.section111NoticeOn)}
        </Paragraph>
      )}
      <FormActions label={a.signButton} submitting={form.submitting} />
    </form>
  );
}

/** Cancels a draft with a reason; the dwelling is no longer held. */
export function CancelForm({ lease, onDone }: ActionProps) {
  const { t } = useI18n();
  const a = t.leaseActions;
  const ids: Record<'reason', string> = { reason: `cancel-reason-${lease.id}` };
  const [reason, setReason] = useState('');
  const form = useFormSubmit<'reason'>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<'reason'> = {};
    if (!reason.trim()) invalid.reason = t.form.required(a.cancelReason);
    await form.submit(ids, invalid, async () => {
      await cancelLease(lease.id, reason.trim());
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.reason} multiline rows={3} label={a.cancelReason} description={a.cancelReasonHint} value={reason} onChange={(e) => setReason(e.target.value)} error={form.fieldErrors.reason} />
      <div className="form__actions">
        <Button type="submit" data-color="danger" aria-disabled={form.submitting || undefined}>
          {a.cancelButton}
        </Button>
        {form.submitting && (
          <span role="status" className="form__status">
            {t.common.sending}
          </span>
        )}
      </div>
    </form>
  );
}

type NoteField<F extends string> = F | 'note';

/** § 9-2 (3): the written notice to move out when a fixed-term lease ends. */
export function NoticeForm({ lease, onDone }: ActionProps) {
  const { t } = useI18n();
  const a = t.leaseActions;
  type Field = NoteField<'givenOn'>;
  const ids: Record<Field, string> = { givenOn: `notice-on-${lease.id}`, note: `notice-note-${lease.id}` };
  const [givenOn, setGivenOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!givenOn) invalid.givenOn = t.form.required(a.givenOn);
    await form.submit(ids, invalid, async () => {
      await giveNotice(lease.id, { givenOn, note: optionalNote(note) });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <Paragraph data-size="sm">{a.noticeIntro}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.givenOn} type="date" label={a.givenOn} value={givenOn} onChange={(e) => setGivenOn(e.target.value)} error={form.fieldErrors.givenOn} />
      <Textfield id={ids.note} multiline rows={2} label={a.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={a.noticeButton} submitting={form.submitting} />
    </form>
  );
}

/** The next step of a notice, termination or eviction process: only the steps the law's order allows now. */
export function EvictionStepForm({ lease, onDone }: ActionProps) {
  const { t } = useI18n();
  const a = t.leaseActions;
  type Field = NoteField<'step' | 'stepOn'>;
  const ids: Record<Field, string> = { step: `eviction-step-${lease.id}`, stepOn: `eviction-on-${lease.id}`, note: `eviction-note-${lease.id}` };
  const allowed = lease.allowedEvictionSteps;
  const [step, setStep] = useState<EvictionStep | ''>(allowed.length === 1 ? (allowed[0] ?? '') : '');
  const [stepOn, setStepOn] = useState(today);
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!step) invalid.step = t.form.chooseRequired(a.step);
    if (!stepOn) invalid.stepOn = t.form.required(a.stepOn);
    await form.submit(ids, invalid, async () => {
      if (!step) return;
      await addEvictionStep(lease.id, { step, stepOn, note: optionalNote(note) });
      setStep('');
      setNote('');
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.step}
        legend={a.step}
        description={a.stepHint}
        options={allowed.map((value) => ({ value, label: t.lease.steps[value] }))}
        value={step}
        onChange={setStep}
        error={form.fieldErrors.step}
      />
      <Textfield id={ids.stepOn} type="date" label={a.stepOn} value={stepOn} onChange={(e) => setStepOn(e.target.value)} error={form.fieldErrors.stepOn} />
      <Textfield id={ids.note} multiline rows={2} label={a.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={a.stepButton} submitting={form.submitting} />
    </form>
  );
}

/** Ends a running lease on its last day, with the reason (for the indicators). */
export function EndLeaseForm({ lease, onDone }: ActionProps) {
  const { t } = useI18n();
  const a = t.leaseActions;
  type Field = NoteField<'endedOn' | 'reason'>;
  const ids: Record<Field, string> = { endedOn: `end-on-${lease.id}`, reason: `end-reason-${lease.id}`, note: `end-note-${lease.id}` };
  const [endedOn, setEndedOn] = useState(() => (lease.endDate && lease.endDate <= today() ? lease.endDate : today()));
  const [reason, setReason] = useState('');
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!endedOn) invalid.endedOn = t.form.required(a.endedOn);
    if (!reason) invalid.reason = t.form.chooseRequired(a.endReason);
    await form.submit(ids, invalid, async () => {
      await endLease(lease.id, { endedOn, reason: reason as EndReason, note: optionalNote(note) });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.endedOn} type="date" label={a.endedOn} value={endedOn} onChange={(e) => setEndedOn(e.target.value)} error={form.fieldErrors.endedOn} />
      <SelectField
        id={ids.reason}
        label={a.endReason}
        placeholder={a.chooseReason}
        value={reason}
        onChange={setReason}
        options={END_REASONS.map((value) => ({ value, label: t.leaseLabels.endReasons[value] }))}
        error={form.fieldErrors.reason}
      />
      <Textfield id={ids.note} multiline rows={2} label={a.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={a.endButton} submitting={form.submitting} />
    </form>
  );
}
