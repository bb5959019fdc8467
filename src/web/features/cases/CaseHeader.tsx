import { Alert, Heading, Paragraph, Tag } from '@digdir/designsystemet-react';
import type { CaseDetail } from '../../../contracts/cases';
import { osloDate } from '../../../domain/deadlines/calendar';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { AppLink } from '../../components/AppLink';
import { DeadlineCell } from '../worklist/WorklistTable';

/** Case type, status and deadlines, and who the case is about. */
export function CaseHeader({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const c = detail.case;
  const p = t.casePage;
  const date = (value: string | null) => (value ? formatDate(locale, value) : '–');
  const statusColor = c.deadline.state === 'overdue' ? 'danger' : c.status === 'received' ? 'info' : 'neutral';
  return (
    <>
      <Paragraph data-size="lg" className="lead">
        {t.labels.caseTypes[c.caseType]}
        {c.rentalKind && ` – ${t.labels.rentalKinds[c.rentalKind].toLowerCase()}`}{' '}
        <Tag data-color={statusColor}>{t.labels.caseStatuses[c.status]}</Tag>
      </Paragraph>
      {c.deadline.state === 'overdue' && (
        <Alert data-color="danger" className="block-gap">
          <Paragraph>{p.overdueAlert(c.deadline.daysOverdue)}</Paragraph>
        </Alert>
      )}
      <div className="case-columns">
        <section aria-labelledby="case-facts" className="section section--first">
          <Heading level={2} data-size="sm" id="case-facts">
            {p.factsHeading}
          </Heading>
          <dl className="facts">
            <dt>{p.received}</dt>
            <dd>
              {date(c.receivedOn)}
              <span className="secondary-line">{t.labels.channels[c.channel as keyof typeof t.labels.channels] ?? c.channel}</span>
            </dd>
            <dt>{p.assignedTo}</dt>
            <dd>{c.assignedTo?.displayName ?? t.worklist.unassigned}</dd>
            <dt>{p.preliminaryReplyDue}</dt>
            <dd>
              <DeadlineCell item={c} today={osloDate(new Date())} />
            </dd>
            {c.preliminaryReplySentOn && (
              <>
                <dt>{p.preliminaryReplySent}</dt>
                <dd>{date(c.preliminaryReplySentOn)}</dd>
              </>
            )}
            {c.decidedOn && (
              <>
                <dt>{p.decidedOn}</dt>
                <dd>{date(c.decidedOn)}</dd>
              </>
            )}
            {c.forwardedTo && (
              <>
                <dt>{p.forwardedTo}</dt>
                <dd>
                  {c.forwardedTo}
                  {c.forwardedOn && <span className="secondary-line">{date(c.forwardedOn)}</span>}
                </dd>
              </>
            )}
            <dt>{p.legalBasis}</dt>
            <dd>{c.legalBasis.provisions}</dd>
            <dt>{p.decisionMaker}</dt>
            <dd>{c.legalBasis.decisionMaker}</dd>
            <dt>{p.appealBody}</dt>
            <dd>{c.legalBasis.appealBody}</dd>
          </dl>
          <Paragraph className="block-gap">{c.summary}</Paragraph>
        </section>
        <PersonPanel detail={detail} />
      </div>
    </>
  );
}

function PersonPanel({ detail }: { detail: CaseDetail }) {
  const { t, locale } = useI18n();
  const { person } = detail;
  const p = t.casePage;
  const protectedAddress = person.addressProtection !== 'none';
  return (
    <section aria-labelledby="case-person" className="section section--first">
      <Heading level={2} data-size="sm" id="case-person">
        {p.personHeading}
      </Heading>
      <dl className="facts">
        <dt>{t.persons.name}</dt>
        <dd>
          <AppLink href={paths.person(person.id)}>
            {person.givenName} {person.familyName}
          </AppLink>
        </dd>
        <dt>{t.persons.birthDate}</dt>
        <dd>
          {person.birthDate ? formatDate(locale, person.birthDate) : '–'}
          {person.age !== null && <span className="secondary-line">{t.person.age(person.age)}</span>}
        </dd>
        <dt>{t.personForm.writtenLanguage}</dt>
        <dd lang={person.writtenLanguage}>{t.labels.writtenLanguages[person.writtenLanguage]}</dd>
        {person.interpreterLanguage && (
          <>
            <dt>{t.person.interpreter}</dt>
            <dd>{t.person.interpreterIn(person.interpreterLanguage)}</dd>
          </>
        )}
        <dt>{t.person.address}</dt>
        <dd>
          {protectedAddress ? (
            <strong>{p.addressProtected(t.labels.addressProtectionsShort[person.addressProtection])}</strong>
          ) : person.address?.line ? (
            `${person.address.line}, ${person.address.postalCode ?? ''} ${person.address.postalCity ?? ''}`
          ) : (
            t.person.notGiven
          )}
        </dd>
        <dt>{p.representative}</dt>
        <dd>
          {person.representative
            ? `${person.representative.name} (${t.labels.representativeKinds[person.representative.kind].toLowerCase()})`
            : t.common.none}
        </dd>
        <dt>{p.household}</dt>
        <dd>{p.householdSize(detail.household.members.length)}</dd>
      </dl>
    </section>
  );
}
