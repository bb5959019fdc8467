import { Alert, Details, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { canDraftDecision } from '../../../domain/cases/case-status';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { ForwardForm, PreliminaryReplyForm } from './CaseActionForms';
import { NewDecisionForm } from './NewDecisionForm';
import { RegisterAppealForm } from './AppealForms';

/** What the caseworker can do with the case now (allowedEvents from the server's state machine). */
export function CaseActions({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const t = useT();
  const a = t.caseActions;
  const c = detail.case;
  const [done, setDone] = useState<string | null>(null);
  const doneRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (done) doneRef.current?.focus();
  }, [done]);

  const draft = detail.decisions.find((d) => d.status === 'draft');
  const sent = detail.decisions.filter((d) => d.status === 'sent');
  const can = (event: (typeof c.allowedEvents)[number]) => c.allowedEvents.includes(event);
  const finish = (message: string) => async () => {
    await onChanged();
    setDone(message);
  };
  const actions = [
    can('send_preliminary_reply') && (
      <Details key="reply">
        <Details.Summary>{a.preliminaryReply}</Details.Summary>
        <Details.Content>
          <PreliminaryReplyForm caseId={c.id} onDone={finish(a.preliminaryReplySent)} />
        </Details.Content>
      </Details>
    ),
    canDraftDecision(c.status) && !draft && (
      <Details key="decision">
        <Details.Summary>{a.writeDecision}</Details.Summary>
        <Details.Content>
          <NewDecisionForm caseId={c.id} defaultLanguage={detail.person.writtenLanguage} />
        </Details.Content>
      </Details>
    ),
    can('forward_case') && (
      <Details key="forward">
        <Details.Summary>{a.forward}</Details.Summary>
        <Details.Content>
          <ForwardForm caseId={c.id} onDone={finish(a.forwarded)} />
        </Details.Content>
      </Details>
    ),
    can('register_appeal') && sent.length > 0 && (
      <Details key="appeal">
        <Details.Summary>{a.registerAppeal}</Details.Summary>
        <Details.Content>
          <RegisterAppealForm caseId={c.id} decisions={sent} onDone={finish(a.appealRegistered)} />
        </Details.Content>
      </Details>
    ),
  ].filter(Boolean);

  return (
    <section aria-labelledby="case-actions" className="section">
      <Heading level={2} data-size="sm" id="case-actions">
        {a.heading}
      </Heading>
      {done && (
        <Alert data-color="success" ref={doneRef} tabIndex={-1} className="block-gap">
          {done}
        </Alert>
      )}
      {draft && (
        <Paragraph>
          <AppLink href={paths.decision(c.id, draft.id)}>{a.continueDraft(t.labels.decisionOutcomes[draft.outcome].toLowerCase())}</AppLink>
        </Paragraph>
      )}
      {actions.length > 0 ? <div className="action-list">{actions}</div> : !draft && <Paragraph>{a.none}</Paragraph>}
    </section>
  );
}
