import { Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { NEED_CATEGORIES, type NeedCategory } from '../../../domain/cases/case-types';
import { RENEWAL_OUTCOMES, type RenewalOutcome } from '../../../domain/leases/lease-status';
import { useT } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { recordRenewalOutcome, type RenewalOutcomeResult } from './leases.api';

type Field = 'outcome' | 'needCategory' | 'note';

/**
 * The outcome of a renewal assessment (caseworker): renew (opens a renewal case, whose KOSTRA
 * need category may be chosen), refer to startlån / rent-to-own, help into a private rental, or end.
 */
export function RenewalOutcomeForm({ renewalId, onDone }: { renewalId: string; onDone: (result: RenewalOutcomeResult) => Promise<void> }) {
  const t = useT();
  const r = t.renewals;
  const ids: Record<Field, string> = { outcome: `renewal-outcome-${renewalId}`, needCategory: `renewal-need-${renewalId}`, note: `renewal-note-${renewalId}` };
  const [outcome, setOutcome] = useState<RenewalOutcome | ''>('');
  const [needCategory, setNeedCategory] = useState('');
  const [note, setNote] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(r.outcome);
    if (!note.trim()) invalid.note = t.form.required(r.note);
    await form.submit(ids, invalid, async () => {
      if (!outcome) return;
      const result = await recordRenewalOutcome(renewalId, {
        outcome,
        note: note.trim(),
        ...(outcome === 'renew' && needCategory ? { needCategory: needCategory as NeedCategory } : {}),
      });
      await onDone(result);
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.outcome}
        legend={r.outcome}
        options={RENEWAL_OUTCOMES.map((value) => ({ value, label: t.leaseLabels.renewalOutcomes[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
      />
      {outcome === 'renew' && (
        <SelectField
          id={ids.needCategory}
          label={r.needCategory}
          description={r.needCategoryHint}
          placeholder={r.chooseNeed}
          value={needCategory}
          onChange={setNeedCategory}
          options={NEED_CATEGORIES.map((value) => ({ value, label: t.labels.needCategories[value] }))}
          error={form.fieldErrors.needCategory}
        />
      )}
      <Textfield id={ids.note} multiline rows={3} label={r.note} description={r.noteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
      <FormActions label={r.save} submitting={form.submitting} />
    </form>
  );
}
