import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Appeal, DecisionSummary } from '../../../contracts/cases';
import { APPEAL_BODY_OUTCOMES, APPEAL_REVIEW_OUTCOMES, type AppealBodyOutcome, type AppealReviewOutcome } from '../../../domain/cases/appeals';
import { osloDate } from '../../../domain/deadlines/calendar';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { recordAppealOutcome, registerAppeal, reviewAppeal } from './cases.api';

type RegisterField = 'decisionId' | 'submittedOn' | 'receivedOn' | 'grounds';

/** Registers an appeal (klage) against a sent decision; the server flags a late one (fvl. § 31). */
export function RegisterAppealForm({ caseId, decisions, onDone }: { caseId: string; decisions: readonly DecisionSummary[]; onDone: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const a = t.appeals;
  const today = osloDate(new Date());
  const ids: Record<RegisterField, string> = {
    decisionId: 'appeal-decision',
    submittedOn: 'appeal-submitted-on',
    receivedOn: 'appeal-received-on',
    grounds: 'appeal-grounds',
  };
  const [decisionId, setDecisionId] = useState(decisions.length === 1 ? (decisions[0]?.id ?? '') : '');
  const [submittedOn, setSubmittedOn] = useState(today);
  const [receivedOn, setReceivedOn] = useState(today);
  const [grounds, setGrounds] = useState('');
  const form = useFormSubmit<RegisterField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<RegisterField> = {};
    if (!decisionId) invalid.decisionId = t.form.chooseRequired(a.decision);
    if (!submittedOn) invalid.submittedOn = t.form.required(a.submittedOn);
    if (!receivedOn) invalid.receivedOn = t.form.required(a.receivedOn);
    if (!grounds.trim()) invalid.grounds = t.form.required(a.grounds);
    await form.submit(ids, invalid, async () => {
      await registerAppeal(caseId, { decisionId, submittedOn, receivedOn, grounds: grounds.trim() });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.decisionId}
        legend={a.decision}
        options={decisions.map((d) => ({
          value: d.id,
          label: a.decisionOption(t.labels.decisionOutcomes[d.outcome], d.decidedOn ? formatDate(locale, d.decidedOn) : '–'),
        }))}
        value={decisionId}
        onChange={setDecisionId}
        error={form.fieldErrors.decisionId}
      />
      <Textfield id={ids.submittedOn} type="date" label={a.submittedOn} description={a.submittedOnHint} value={submittedOn} onChange={(e) => setSubmittedOn(e.target.value)} error={form.fieldErrors.submittedOn} />
      <Textfield id={ids.receivedOn} type="date" label={a.receivedOn} value={receivedOn} onChange={(e) => setReceivedOn(e.target.value)} error={form.fieldErrors.receivedOn} />
      <Textfield id={ids.grounds} multiline rows={4} label={a.grounds} description={a.groundsHint} value={grounds} onChange={(e) => setGrounds(e.target.value)} error={form.fieldErrors.grounds} />
      <FormActions label={a.register} submitting={form.submitting} />
    </form>
  );
}

type ReviewField = 'outcome' | 'note' | 'lateAppealAssessment';

/** The first instance's review (fvl. § 33): reverse the decision, or uphold it and forward the appeal. */
export function ReviewAppealForm({ appeal, onDone }: { appeal: Appeal; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = t.appeals;
  const ids: Record<ReviewField, string> = {
    outcome: `review-outcome-${appeal.id}`,
    note: `review-note-${appeal.id}`,
    lateAppealAssessment: `review-late-${appeal.id}`,
  };
  const [outcome, setOutcome] = useState<AppealReviewOutcome | ''>('');
  const [note, setNote] = useState('');
  const [late, setLate] = useState('');
  const form = useFormSubmit<ReviewField>();
  const askLate = !appeal.inTime && outcome === 'uphold';

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<ReviewField> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(a.reviewOutcome);
    if (!note.trim()) invalid.note = t.form.required(a.reviewNote);
    if (askLate && !late.trim()) invalid.lateAppealAssessment = t.form.required(a.lateAssessment);
    await form.submit(ids, invalid, async () => {
      if (!outcome) return;
      await reviewAppeal(appeal.id, { outcome, note: note.trim(), ...(askLate ? { lateAppealAssessment: late.trim() } : {}) });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.outcome}
        legend={a.reviewOutcome}
        options={APPEAL_REVIEW_OUTCOMES.map((value) => ({ value, label: t.labels.appealReviewOutcomes[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
      />
      <Textfield id={ids.note} multiline rows={4} label={a.reviewNote} description={a.reviewNoteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      {askLate && (
        <Textfield
          id={ids.lateAppealAssessment}
          multiline
          rows={3}
          label={a.lateAssessment}
          description={a.lateAssessmentHint}
          value={late}
          onChange={(e) => setLate(e.target.value)}
          error={form.fieldErrors.lateAppealAssessment}
        />
      )}
      <FormActions label={a.saveReview} submitting={form.submitting} />
    </form>
  );
}

type OutcomeField = 'outcome' | 'decidedOn';

/** The appeal body's outcome (fvl. § 34). */
export function AppealOutcomeForm({ appeal, onDone }: { appeal: Appeal; onDone: () => Promise<void> }) {
  const { t } = useI18n();
  const a = t.appeals;
  const ids: Record<OutcomeField, string> = { outcome: `body-outcome-${appeal.id}`, decidedOn: `body-decided-${appeal.id}` };
  const [outcome, setOutcome] = useState<AppealBodyOutcome | ''>('');
  const [decidedOn, setDecidedOn] = useState(osloDate(new Date()));
  const form = useFormSubmit<OutcomeField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<OutcomeField> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(a.bodyOutcome);
    if (!decidedOn) invalid.decidedOn = t.form.required(a.bodyDecidedOn);
    await form.submit(ids, invalid, async () => {
      if (!outcome) return;
      await recordAppealOutcome(appeal.id, { outcome, decidedOn });
      await onDone();
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.outcome}
        legend={a.bodyOutcome}
        options={APPEAL_BODY_OUTCOMES.map((value) => ({ value, label: t.labels.appealBodyOutcomes[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
      />
      <Textfield id={ids.decidedOn} type="date" label={a.bodyDecidedOn} value={decidedOn} onChange={(e) => setDecidedOn(e.target.value)} error={form.fieldErrors.decidedOn} />
      <FormActions label={a.saveOutcome} submitting={form.submitting} />
    </form>
  );
}
