import { Alert, Button, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail, Decision } from '../../../contracts/cases';
import { describeError } from '../../app/errors';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { isMissing } from '../persons/person-format';
import { attestDecision, decisionPdfUrl, decisionPreviewUrl, getCase, getDecision } from './cases.api';
import { DecisionForm } from './DecisionForm';
import { LetterPreview } from './LetterPreview';

/** Writing a decision (enkeltvedtak): the content blocks, a live preview of the letter, and sending. */
export function DecisionEditorPage({ caseId, decisionId }: { caseId: string; decisionId: string }) {
  const { t } = useI18n();
  const data = useResource(`decision:${caseId}:${decisionId}`, async (signal) => {
    const [kase, decision] = await Promise.all([getCase(caseId, signal), getDecision(caseId, decisionId, signal)]);
    return { kase, decision };
  });
  const [sentNow, setSentNow] = useState(false);

  if (data.status === 'error' && isMissing(data.error)) {
    return (
      <Page title={t.decisionEditor.notFound}>
        <Paragraph>
          <AppLink href={paths.case(caseId)}>{t.decisionEditor.backToCase}</AppLink>
        </Paragraph>
      </Page>
    );
  }
  const title =
    data.status === 'ready'
      ? t.decisionEditor.title(t.labels.decisionOutcomes[data.data.decision.outcome].toLowerCase(), data.data.kase.case.caseNumber)
      : t.decisionEditor.loadingTitle;
  return (
    <Page title={title}>
      <Paragraph className="back-link">
        <AppLink href={paths.case(caseId)}>{t.decisionEditor.backToCase}</AppLink>
      </Paragraph>
      <ResourceView resource={data}>
        {({ kase, decision }) =>
          decision.status === 'draft' ? (
            <DecisionForm
              kase={kase}
              decision={decision}
              onSent={(sent) => {
                setSentNow(true);
                data.replace({ kase, decision: sent });
              }}
            />
          ) : (
            <SentDecision kase={kase} decision={decision} sentNow={sentNow} onAttested={(d) => data.replace({ kase, decision: d })} />
          )
        }
      </ResourceView>
    </Page>
  );
}

function SentDecision({ kase, decision, sentNow, onAttested }: { kase: CaseDetail; decision: Decision; sentNow: boolean; onAttested: (d: Decision) => void }) {
  const { t, locale } = useI18n();
  const d = t.decisionEditor;
  const alertRef = useRef<HTMLDivElement>(null);
  const [error, setError] = useState<string | null>(null);
  useEffect(() => {
    if (sentNow) alertRef.current?.focus();
  }, [sentNow]);
  const date = (value: string | null) => (value ? formatDate(locale, value) : '–');

  async function handleAttest() {
    setError(null);
    try {
      await attestDecision(kase.case.id, decision.id);
      onAttested(await getDecision(kase.case.id, decision.id, new AbortController().signal));
    } catch (e) {
      setError(describeError(e, t));
    }
  }

  return (
    <>
      {sentNow && (
        <Alert data-color="success" ref={alertRef} tabIndex={-1}>
          {decision.status === 'sent' ? d.sent : d.submittedForAttestation}
        </Alert>
      )}
      <dl className="facts section section--first">
        <dt>{d.outcome}</dt>
        <dd>{t.labels.decisionOutcomes[decision.outcome]}</dd>
        <dt>{t.decisions.status}</dt>
        <dd>{t.labels.decisionStatuses[decision.status]}</dd>
        <dt>{d.language}</dt>
        <dd lang={decision.language}>{t.labels.writtenLanguages[decision.language]}</dd>
        <dt>{t.decisions.decidedOn}</dt>
        <dd>{date(decision.decidedOn)}</dd>
        <dt>{t.decisions.noticeSentOn}</dt>
        <dd>{date(decision.noticeSentOn)}</dd>
        <dt>{t.decisions.appealDeadline}</dt>
        <dd>{date(decision.appealDeadline)}</dd>
        {decision.validUntil && (
          <>
            <dt>{t.decisions.validUntil}</dt>
            <dd>{date(decision.validUntil)}</dd>
          </>
        )}
      </dl>
      {decision.status === 'awaiting_attestation' && (
        <div className="block-gap">
          <Button type="button" onClick={handleAttest}>
            {d.attest}
          </Button>
          {error && <Paragraph role="alert">{error}</Paragraph>}
        </div>
      )}
      <Paragraph className="block-gap">
        <a className="ds-link" href={decisionPdfUrl(kase.case.id, decision.id)}>
          {t.decisions.pdf(t.labels.decisionOutcomes[decision.outcome], t.labels.writtenLanguages[decision.language])}
        </a>
      </Paragraph>
      <section aria-labelledby="decision-letter" className="section">
        <Heading level={2} data-size="sm" id="decision-letter">
          {d.letterHeading}
        </Heading>
        <LetterPreview url={decisionPreviewUrl(kase.case.id, decision.id)} version={decision.status} />
      </section>
    </>
  );
}
