import { useState, type FormEvent } from 'react';
import { DECISION_OUTCOMES, type DecisionOutcome } from '../../../domain/cases/decision-status';
import { useT } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createDecision } from './cases.api';

type Field = 'outcome' | 'language';

/** Starts a decision draft and opens it in the decision editor. */
export function NewDecisionForm({ caseId, defaultLanguage }: { caseId: string; defaultLanguage: 'nb' | 'nn' }) {
  const t = useT();
  const d = t.decisionEditor;
  const ids: Record<Field, string> = { outcome: `new-decision-outcome-${caseId}`, language: `new-decision-language-${caseId}` };
  const [outcome, setOutcome] = useState<DecisionOutcome | ''>('');
  const [language, setLanguage] = useState<'nb' | 'nn'>(defaultLanguage);
  const form = useFormSubmit<Field>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(d.outcome);
    await form.submit(ids, invalid, async () => {
      if (!outcome) return;
      const decision = await createDecision(caseId, { outcome, language });
      navigate(paths.decision(caseId, decision.id));
    });
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <RadioGroup
        id={ids.outcome}
        legend={d.outcome}
        options={DECISION_OUTCOMES.map((value) => ({ value, label: t.labels.decisionOutcomes[value] }))}
        value={outcome}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
      />
      <RadioGroup
        id={ids.language}
        legend={d.language}
        description={d.languageHint}
        options={(['nb', 'nn'] as const).map((value) => ({ value, label: t.labels.writtenLanguages[value], lang: value }))}
        value={language}
        onChange={setLanguage}
        error={form.fieldErrors.language}
      />
      <FormActions label={d.start} submitting={form.submitting} />
    </form>
  );
}
