import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState } from 'react';
import type { IntakeResult } from '../../../contracts/cases';
import type { Person } from '../../../contracts/people';
import { useT } from '../../app/i18n/I18nProvider';
import { useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { ConsentsSection } from '../persons/ConsentsSection';
import { fullName, isMissing } from '../persons/person-format';
import { getPerson } from '../persons/persons.api';
import { ApplicationForm } from './ApplicationForm';

/** The intake of a request for help (paper, phone, meeting) for a person and their household. */
export function ApplicationPage({ personId }: { personId: string }) {
  const t = useT();
  const { query } = useLocation();
  const person = useResource(`person:${personId}`, (signal) => getPerson(personId, signal));
  const [result, setResult] = useState<IntakeResult | null>(null);

  if (person.status === 'error' && isMissing(person.error)) {
    return (
      <Page title={t.person.notFound}>
        <Paragraph>{t.person.notFoundBody}</Paragraph>
      </Page>
    );
  }
  const name = person.status === 'ready' ? fullName(person.data) : '';
  return (
    <Page title={t.application.title} heading={name ? t.application.heading(name) : t.application.title}>
      <Paragraph className="back-link">
        <AppLink href={paths.person(personId)}>{t.application.backToPerson}</AppLink>
      </Paragraph>
      <ResourceView resource={person}>
        {(data) =>
          result ? (
            <IntakeDone result={result} />
          ) : (
            <Intake person={data} householdId={query.get('husstand') ?? undefined} onDone={setResult} />
          )
        }
      </ResourceView>
    </Page>
  );
}

function Intake({ person, householdId, onDone }: { person: Person; householdId?: string; onDone: (r: IntakeResult) => void }) {
  const t = useT();
  const current = person.households.filter((h) => h.current);
  const household = current.find((h) => h.householdId === householdId) ?? current.find((h) => h.headPersonId === person.id) ?? current[0];
  if (!household) {
    return (
      <Alert data-color="warning">
        <Paragraph>{t.application.noHousehold}</Paragraph>
        <Paragraph>
          <AppLink href={paths.person(person.id)}>{t.application.backToPerson}</AppLink>
        </Paragraph>
      </Alert>
    );
  }
  return (
    <>
      <Paragraph variant="long">{t.application.intro}</Paragraph>
      <ApplicationForm
        householdId={household.householdId}
        // The head is the default; another member is named so the cases are about them.
        personId={household.headPersonId === person.id ? undefined : person.id}
        onDone={onDone}
      />
      <ConsentsSection personId={person.id} />
    </>
  );
}

function IntakeDone({ result }: { result: IntakeResult }) {
  const t = useT();
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => ref.current?.focus(), []);
  return (
    <Alert data-color="success" ref={ref} tabIndex={-1}>
      <Heading level={2} data-size="xs">
        {t.application.doneHeading}
      </Heading>
      <Paragraph>{t.application.doneBody(result.cases.length)}</Paragraph>
      <ul>
        {result.cases.map((c) => (
          <li key={c.id}>
            <AppLink href={paths.case(c.id)}>
              {t.application.openCase(c.caseNumber, t.labels.caseTypesShort[c.caseType])}
            </AppLink>
          </li>
        ))}
      </ul>
    </Alert>
  );
}
