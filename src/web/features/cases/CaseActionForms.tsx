import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { useT } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { forwardCase, sendPreliminaryReply } from './cases.api';

type ReplyField = 'reason' | 'expectedBy';

/** Foreløpig svar (fvl. § 11 a): why it takes time, and when the person can expect an answer. */
export function PreliminaryReplyForm({ caseId, onDone }: { caseId: string; onDone: () => Promise<void> }) {
  const t = useT();
  const a = t.caseActions;
  const ids: Record<ReplyField, string> = { reason: `reply-reason-${caseId}`, expectedBy: `reply-expected-${caseId}` };
  const [reason, setReason] = useState('');
  const [expectedBy, setExpectedBy] = useState('');
  const form = useFormSubmit<ReplyField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<ReplyField> = {};
    if (!reason.trim()) invalid.reason = t.form.required(a.replyReason);
    if (!expectedBy) invalid.expectedBy = t.form.required(a.expectedBy);
    await form.submit(ids, invalid, async () => {
      await sendPreliminaryReply(caseId, { reason: reason.trim(), expectedBy });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.reason} multiline rows={3} label={a.replyReason} description={a.replyReasonHint} value={reason} onChange={(e) => setReason(e.target.value)} error={form.fieldErrors.reason} />
      <Textfield id={ids.expectedBy} type="date" label={a.expectedBy} value={expectedBy} onChange={(e) => setExpectedBy(e.target.value)} error={form.fieldErrors.expectedBy} />
      <FormActions label={a.sendReply} submitting={form.submitting} />
    </form>
  );
}

type ForwardField = 'unit' | 'reason';

/** Forward to the competent unit (fvl. § 11), with a letter to the person. */
export function ForwardForm({ caseId, onDone }: { caseId: string; onDone: () => Promise<void> }) {
  const t = useT();
  const a = t.caseActions;
  const ids: Record<ForwardField, string> = { unit: `forward-unit-${caseId}`, reason: `forward-reason-${caseId}` };
  const [unit, setUnit] = useState('');
  const [reason, setReason] = useState('');
  const form = useFormSubmit<ForwardField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<ForwardField> = {};
    if (!unit.trim()) invalid.unit = t.form.required(a.unit);
    if (!reason.trim()) invalid.reason = t.form.required(a.forwardReason);
    await form.submit(ids, invalid, async () => {
      await forwardCase(caseId, { unit: unit.trim(), reason: reason.trim() });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.unit} label={a.unit} description={a.unitHint} autoComplete="off" value={unit} onChange={(e) => setUnit(e.target.value)} error={form.fieldErrors.unit} />
      <Textfield id={ids.reason} multiline rows={3} label={a.forwardReason} value={reason} onChange={(e) => setReason(e.target.value)} error={form.fieldErrors.reason} />
      <FormActions label={a.sendForward} submitting={form.submitting} />
    </form>
  );
}
