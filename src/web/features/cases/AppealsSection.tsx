import { Details, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { Appeal, CaseDetail } from '../../../contracts/cases';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { AppealOutcomeForm, ReviewAppealForm } from './AppealForms';

/** Appeals against the case's decisions, with the review and the appeal body's outcome. */
export function AppealsSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t } = useI18n();
  if (detail.appeals.length === 0) return null;
  return (
    <section aria-labelledby="case-appeals" className="section">
      <Heading level={2} data-size="sm" id="case-appeals">
        {t.appeals.heading}
      </Heading>
      <ul className="plain-list">
        {detail.appeals.map((appeal) => (
          <AppealItem key={appeal.id} appeal={appeal} detail={detail} onChanged={onChanged} />
        ))}
      </ul>
    </section>
  );
}

function AppealItem({ appeal, detail, onChanged }: { appeal: Appeal; detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const a = t.appeals;
  const date = (value: string | null) => (value ? formatDate(locale, value) : '–');
  const decision = detail.decisions.find((d) => d.id === appeal.decisionId);
  const canHandle = detail.case.canHandle;
  return (
    <li className="list-card">
      <Paragraph>
        <strong>{a.appealAgainst(decision ? t.labels.decisionOutcomes[decision.outcome].toLowerCase() : '')}</strong>{' '}
        <Tag data-size="sm" data-color={appeal.status === 'registered' ? 'info' : 'neutral'}>
          {t.labels.appealStatuses[appeal.status]}
        </Tag>{' '}
        <Tag data-size="sm" data-color={appeal.inTime ? 'success' : 'warning'}>
          {appeal.inTime ? a.inTime : a.late(appeal.late?.lateByDays ?? 0)}
        </Tag>
      </Paragraph>
      <dl className="facts facts--compact">
        <dt>{a.submittedOn}</dt>
        <dd>{date(appeal.submittedOn)}</dd>
        <dt>{a.receivedOn}</dt>
        <dd>{date(appeal.receivedOn)}</dd>
        <dt>{a.grounds}</dt>
        <dd className="pre-line">{appeal.grounds}</dd>
        {appeal.late && (
          <>
            <dt>{a.lateHeading}</dt>
            <dd>
              {appeal.late.mayBeConsidered ? a.mayBeConsidered : a.mayNotBeConsidered}
              <span className="secondary-line">{appeal.late.basis}</span>
            </dd>
          </>
        )}
        {appeal.reviewNote && (
          <>
            <dt>{a.reviewNote}</dt>
            <dd className="pre-line">
              {appeal.reviewNote}
              {appeal.reviewedOn && <span className="secondary-line">{date(appeal.reviewedOn)}</span>}
            </dd>
          </>
        )}
        {appeal.forwardedOn && (
          <>
            <dt>{a.forwardedTo}</dt>
            <dd>
              {appeal.appealBody ?? detail.case.legalBasis.appealBody}
              <span className="secondary-line">{date(appeal.forwardedOn)}</span>
            </dd>
          </>
        )}
        {appeal.bodyOutcome && (
          <>
            <dt>{a.bodyOutcome}</dt>
            <dd>
              {t.labels.appealBodyOutcomes[appeal.bodyOutcome]}
              {appeal.bodyDecidedOn && <span className="secondary-line">{date(appeal.bodyDecidedOn)}</span>}
            </dd>
          </>
        )}
      </dl>
      {canHandle && appeal.status === 'registered' && (
        <Details className="block-gap">
          <Details.Summary>{a.review}</Details.Summary>
          <Details.Content>
            <ReviewAppealForm appeal={appeal} onDone={onChanged} />
          </Details.Content>
        </Details>
      )}
      {canHandle && appeal.status === 'forwarded' && (
        <Details className="block-gap">
          <Details.Summary>{a.registerOutcome}</Details.Summary>
          <Details.Content>
            <AppealOutcomeForm appeal={appeal} onDone={onChanged} />
          </Details.Content>
        </Details>
      )}
    </li>
  );
}
