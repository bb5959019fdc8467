import { Details, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import type { Evaluation } from '../../../contracts/cases';
import { MIN_OVERRIDE_REASON_LENGTH } from '../../../domain/eligibility/evaluate';
import { useT } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { evaluateCase } from './cases.api';

/** The server reports the reason at `overrides.<index>.reason`; everything about the override lands on the one field. */
type Field = 'overrides';

/** An exception for «åpenbart urimelig utslag»: needs a written reason, which is audited and quoted in the decision. */
export function OverrideForm({ caseId, ruleId, evaluation, onDone }: { caseId: string; ruleId: string; evaluation: Evaluation; onDone: () => Promise<void> }) {
  const t = useT();
  const e = t.eligibility;
  const ids: Record<Field, string> = { overrides: `override-${ruleId}` };
  const [reason, setReason] = useState('');
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (reason.trim().length < MIN_OVERRIDE_REASON_LENGTH) invalid.overrides = t.form.tooShort(e.overrideReason, MIN_OVERRIDE_REASON_LENGTH);
    const others = evaluation.overrides.filter((o) => o.ruleId !== ruleId);
    await form.submit(ids, invalid, async () => {
      await evaluateCase(caseId, { overrides: [...others, { ruleId, reason: reason.trim() }] });
      await onDone();
    });
  }

  return (
    <Details className="block-gap">
      <Details.Summary>{e.override}</Details.Summary>
      <Details.Content>
        <form className="form" onSubmit={handleSubmit} noValidate>
          <ErrorSummary errors={form.summary} />
          <Textfield
            id={ids.overrides}
            multiline
            rows={3}
            label={e.overrideReason}
            description={e.overrideHint(MIN_OVERRIDE_REASON_LENGTH)}
            value={reason}
            onChange={(event) => setReason(event.target.value)}
            error={form.fieldErrors.overrides}
          />
          <FormActions label={e.saveOverride} submitting={form.submitting} />
        </form>
      </Details.Content>
    </Details>
  );
}
