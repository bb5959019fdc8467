import { Alert, Button, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import { useState } from 'react';
import type { CaseDetail, Evaluation } from '../../../contracts/cases';
import { describeError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { evaluateCase } from './cases.api';
import { OverrideForm } from './OverrideForm';

type Reason = Evaluation['reasons'][number];
const OUTCOME_COLOR = { met: 'success', not_met: 'danger', unknown: 'warning', overridden: 'info' } as const;
const RESULT_COLOR = { eligible: 'success', not_eligible: 'danger', incomplete: 'warning' } as const;

/** The eligibility evaluation of a rental-dwelling case: the outcome and every rule's reason. */
export function EligibilitySection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const e = t.eligibility;
  const { evaluation } = detail;
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  if (detail.case.caseType !== 'rental_dwelling' && !evaluation) return null;
  const canEvaluate = detail.case.canHandle && detail.case.caseType === 'rental_dwelling';

  async function handleEvaluate() {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      // Overrides already given stay in force: a new evaluation sends them again.
      await evaluateCase(detail.case.id, { overrides: evaluation?.overrides ?? [] });
      await onChanged();
    } catch (err) {
      setError(describeError(err, t));
    } finally {
      setBusy(false);
    }
  }

  return (
    <section aria-labelledby="case-eligibility" className="section">
      <Heading level={2} data-size="sm" id="case-eligibility">
        {e.heading}
      </Heading>
      {evaluation ? (
        <>
          <Paragraph>
            <Tag data-color={RESULT_COLOR[evaluation.outcome]}>{t.labels.evaluationOutcomes[evaluation.outcome]}</Tag>
          </Paragraph>
          <Paragraph data-size="sm">
            {e.evaluatedOn(formatDate(locale, evaluation.evaluatedOn), evaluation.ruleSet.id, evaluation.ruleSet.version)}
            {evaluation.validUntil && ` ${e.validUntil(formatDate(locale, evaluation.validUntil))}`}
          </Paragraph>
          <ol className="plain-list reasons">
            {evaluation.reasons.map((reason) => (
              <ReasonItem key={reason.ruleId} reason={reason} detail={detail} evaluation={evaluation} onChanged={onChanged} />
            ))}
          </ol>
        </>
      ) : (
        <Paragraph>{e.notEvaluated}</Paragraph>
      )}
      {error && (
        <Alert data-color="danger" className="block-gap">
          {error}
        </Alert>
      )}
      {canEvaluate && (
        <div className="form__actions block-gap">
          <Button type="button" variant={evaluation ? 'secondary' : 'primary'} onClick={handleEvaluate} aria-disabled={busy || undefined}>
            {evaluation ? e.evaluateAgain : e.evaluate}
          </Button>
          {busy && (
            <span role="status" className="form__status">
              {e.evaluating}
            </span>
          )}
        </div>
      )}
    </section>
  );
}

function ReasonItem({ reason, detail, evaluation, onChanged }: { reason: Reason; detail: CaseDetail; evaluation: Evaluation; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  const e = t.eligibility;
  const source = [reason.source.document, reason.source.section].filter(Boolean).join(', ');
  const canOverride = detail.case.canHandle && (reason.outcome === 'not_met' || reason.outcome === 'unknown');
  return (
    <li className="list-card">
      <Heading level={3} data-size="2xs">
        {t.labels.ruleKinds[reason.kind]}{' '}
        <Tag data-size="sm" data-color={OUTCOME_COLOR[reason.outcome]}>
          {t.labels.reasonOutcomes[reason.outcome]}
        </Tag>
      </Heading>
      <Paragraph>{reason.explanation}</Paragraph>
      {reason.missingFacts.length > 0 && <Paragraph data-size="sm">{e.missingFacts(reason.missingFacts.map((f) => e.facts[f as keyof typeof e.facts] ?? f).join(', '))}</Paragraph>}
      {reason.override && (
        <Paragraph data-size="sm">
          {e.overrideReason}: {reason.override.reason}
        </Paragraph>
      )}
      <Paragraph data-size="sm" className="secondary-line">
        {e.source}: {source}
      </Paragraph>
      {canOverride && <OverrideForm caseId={detail.case.id} ruleId={reason.ruleId} evaluation={evaluation} onDone={onChanged} />}
    </li>
  );
}
