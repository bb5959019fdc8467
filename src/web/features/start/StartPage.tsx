import { Heading, Paragraph } from '@digdir/designsystemet-react';
import { AREA_ACCESS, canOpenArea, PERSON_DATA_ROLES } from '../../../domain/access/roles';
import { useT } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { KeyFigures } from '../municipality/KeyFigures';
import { fetchMunicipalityOverview } from '../municipality/municipality.api';
import { StaffByRoleTable } from '../municipality/StaffByRoleTable';
import { WorklistCounts } from '../worklist/WorklistCounts';
import { AreaCards } from './AreaCards';
import { MyTasks } from './MyTasks';

/** The role's own start page: what the role does in Husly, and the areas it can open. */
export function StartPage() {
  const t = useT();
  const session = useCurrentSession();
  const areas = AREA_ACCESS[session.role].filter((area) => area !== 'start');

  return (
    <Page title={t.start.title} heading={t.roles[session.role]}>
      <Paragraph data-size="lg" className="lead">
        {t.start.signedInAs(session.displayName, session.municipality.name)}
      </Paragraph>
      <Paragraph variant="long">{t.roleIntro[session.role]}</Paragraph>

      {canOpenArea(session.role, 'worklist') && <WorklistCounts />}
      {/* Tasks are for the roles that work with households (the server's canUseTasks: all but manager and admin). */}
      {PERSON_DATA_ROLES.includes(session.role) && <MyTasks />}

      <section aria-labelledby="start-areas" className="section">
        <Heading level={2} data-size="sm" id="start-areas">
          {t.start.areasHeading}
        </Heading>
        {areas.length > 0 ? <AreaCards areas={areas} /> : <Paragraph>{t.start.noAreas}</Paragraph>}
      </section>

      {canOpenArea(session.role, 'municipality') && <MunicipalityFigures />}
    </Page>
  );
}

function MunicipalityFigures() {
  const t = useT();
  const overview = useResource('municipality', fetchMunicipalityOverview);
  return (
    <section aria-labelledby="start-figures" className="section">
      <Heading level={2} data-size="sm" id="start-figures">
        {t.start.figuresHeading}
      </Heading>
      <ResourceView resource={overview}>
        {(data) => (
          <>
            <KeyFigures overview={data} />
            <StaffByRoleTable staffByRole={data.staffByRole} />
            <Paragraph>
              <AppLink href={paths.municipality}>{t.start.moreFigures}</AppLink>
            </Paragraph>
          </>
        )}
      </ResourceView>
    </section>
  );
}
