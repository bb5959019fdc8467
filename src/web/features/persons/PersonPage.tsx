import { Alert, Heading, Paragraph } from '@digdir/designsystemet-react';
import type { Person } from '../../../contracts/people';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { caseTypesFor } from '../cases/application-form';
import { ConsentsSection } from './ConsentsSection';
import { CreateHouseholdButton } from './CreateHouseholdButton';
import { DuplicatesSection } from './DuplicatesSection';
import { HouseholdSection } from './HouseholdSection';
import { PersonFollowupSection } from '../followup/PersonFollowupSection';
import { PersonAccessLogSection } from './PersonAccessLogSection';
import { PersonCasesSection } from './PersonCasesSection';
import { fullName, isMissing } from './person-format';
import { PersonFacts } from './PersonFacts';
import { getPerson } from './persons.api';
import { RepresentativesSection } from './RepresentativesSection';

/** A person's file: details, representative, household, consents, duplicates and who has read it. */
export function PersonPage({ id }: { id: string }) {
  const t = useT();
  const person = useResource(`person:${id}`, (signal) => getPerson(id, signal));
  const backLink = (
    <Paragraph className="back-link">
      <AppLink href={paths.persons}>{t.persons.backToSearch}</AppLink>
    </Paragraph>
  );

  if (person.status === 'error' && isMissing(person.error)) {
    return (
      <Page title={t.person.notFound}>
        <Paragraph>{t.person.notFoundBody}</Paragraph>
        {backLink}
      </Page>
    );
  }

  return (
    <Page title={person.status === 'ready' ? fullName(person.data) : t.person.title}>
      {backLink}
      <ResourceView resource={person}>{(data) => <PersonFile person={data} onChanged={person.refresh} />}</ResourceView>
    </Page>
  );
}

function PersonFile({ person, onChanged }: { person: Person; onChanged: () => Promise<void> }) {
  const t = useT();
  const session = useCurrentSession();
  const households = person.households.filter((h) => h.current);
  const household = households.find((h) => h.headPersonId === person.id) ?? households[0];

  return (
    <>
      {person.mergedIntoId && (
        <Alert data-color="warning">
          <Paragraph>{t.person.mergedNotice}</Paragraph>
          <Paragraph>
            <AppLink href={paths.person(person.mergedIntoId)}>{t.person.goToSurvivor}</AppLink>
          </Paragraph>
        </Alert>
      )}
      <PersonFacts person={person} />
      {!person.mergedIntoId && household && caseTypesFor(session.role).length > 0 && (
        <div className="page-actions">
          <ButtonLink href={paths.application(person.id, household.householdId)}>{t.person.takeApplication}</ButtonLink>
        </div>
      )}
      <PersonCasesSection personId={person.id} />
      <DuplicatesSection person={person} onMerged={onChanged} />
      <RepresentativesSection person={person} onChanged={onChanged} />
      <section aria-labelledby="person-households" className="section">
        <Heading level={2} data-size="sm" id="person-households">
          {t.person.householdHeading}
        </Heading>
        {households.length === 0 ? (
          <>
            <Paragraph>{t.person.noHousehold}</Paragraph>
            {!person.mergedIntoId && <CreateHouseholdButton personId={person.id} onCreated={onChanged} />}
          </>
        ) : (
          households.map((membership) => (
            <HouseholdSection key={membership.householdId} householdId={membership.householdId} personId={person.id} />
          ))
        )}
      </section>
      {!person.mergedIntoId && <PersonFollowupSection personId={person.id} householdIds={households.map((h) => h.householdId)} />}
      <ConsentsSection personId={person.id} />
      {session.role === 'caseworker' && <PersonAccessLogSection personId={person.id} />}
    </>
  );
}
