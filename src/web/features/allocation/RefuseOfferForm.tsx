import { Checkbox, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { osloDate } from '../../../domain/deadlines/calendar';
import { REFUSAL_REASONS, type RefusalReason } from '../../../domain/offers/rules';
import { useT } from '../../app/i18n/I18nProvider';
import { useSession } from '../../app/SessionProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { refuseOffer, type OfferDto } from './allocation.api';
import { reasonableByRule } from './allocation-format';

type Field = 'answeredOn' | 'reason' | 'note' | 'judgedReasonable' | 'justification';
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const MIN_JUSTIFICATION = 10;

/**
 * The household's no with its reason. The municipality's rule judges whether the reason is
 * reasonable («saklig grunn»); the caseworker may judge otherwise with a written justification.
 */
export function RefuseOfferForm({ offer, onDone }: { offer: OfferDto; onDone: (offer: OfferDto) => Promise<void> }) {
  const t = useT();
  const o = t.offers;
  const { state } = useSession();
  const kommunenummer = state.status === 'authenticated' ? state.session.municipality.kommunenummer : '';
  const ids: Record<Field, string> = {
    answeredOn: `refuse-answered-${offer.id}`,
    reason: `refuse-reason-${offer.id}`,
    note: `refuse-note-${offer.id}`,
    judgedReasonable: `refuse-judge-${offer.id}`,
    justification: `refuse-justification-${offer.id}`,
  };
  const [answeredOn, setAnsweredOn] = useState(() => osloDate(new Date()));
  const [reason, setReason] = useState<RefusalReason | ''>('');
  const [note, setNote] = useState('');
  const [judgeOtherwise, setJudgeOtherwise] = useState(false);
  const [justification, setJustification] = useState('');
  const form = useFormSubmit<Field>();
  const byRule = reason ? reasonableByRule(kommunenummer, offer.offeredOn, reason) : null;

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!answeredOn) invalid.answeredOn = t.form.required(o.answeredOn);
    else if (!ISO_DATE.test(answeredOn)) invalid.answeredOn = t.form.invalidDate(o.answeredOn);
    if (!reason) invalid.reason = t.form.chooseRequired(o.refusalReason);
    const judging = judgeOtherwise && byRule !== null;
    if (judging && [...justification.trim()].length < MIN_JUSTIFICATION) invalid.justification = t.form.tooShort(o.justification, MIN_JUSTIFICATION);
    await form.submit(ids, invalid, async () => {
      if (!reason) return;
      const answered = await refuseOffer(offer.id, {
        answeredOn,
        reason,
        note: note.trim(),
        ...(judging ? { judgedReasonable: !byRule, justification: justification.trim() } : {}),
      });
      await onDone(answered);
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.answeredOn} type="date" label={o.answeredOn} value={answeredOn} onChange={(e) => setAnsweredOn(e.target.value)} error={form.fieldErrors.answeredOn} />
      <SelectField
        id={ids.reason}
        label={o.refusalReason}
        placeholder={o.chooseReason}
        value={reason}
        onChange={(value) => setReason(value as RefusalReason | '')}
        options={REFUSAL_REASONS.map((value) => ({ value, label: o.refusalReasons[value] }))}
        error={form.fieldErrors.reason}
      />
      {byRule !== null && (
        <Paragraph data-size="sm" role="status">
          {byRule ? o.ruleReasonable : o.ruleUnreasonable}
        </Paragraph>
      )}
      <Textfield id={ids.note} multiline rows={2} label={o.note} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      {byRule !== null && (
        <Checkbox
          id={ids.judgedReasonable}
          label={byRule ? o.judgeUnreasonable : o.judgeReasonable}
          description={o.judgeHint}
          checked={judgeOtherwise}
          onChange={(e) => setJudgeOtherwise(e.target.checked)}
          aria-invalid={form.fieldErrors.judgedReasonable ? true : undefined}
        />
      )}
      {judgeOtherwise && byRule !== null && (
        <Textfield
          id={ids.justification}
          multiline
          rows={3}
          label={o.justification}
          description={o.justificationHint(MIN_JUSTIFICATION)}
          value={justification}
          onChange={(e) => setJustification(e.target.value)}
          error={form.fieldErrors.justification}
        />
      )}
      <FormActions label={o.refuseSubmit} submitting={form.submitting} />
    </form>
  );
}
