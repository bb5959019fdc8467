import { Paragraph } from '@digdir/designsystemet-react';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { createProject, listProjects } from './building-projects.api';
import { emptyValues, ProjectForm } from './ProjectForm';

/** Register a zoning plan or building project (manager, property manager). */
export function NewBuildingProjectPage() {
  const { t } = useI18n();
  const b = t.buildingProjects;
  const options = useResource('bp-options', (signal) => listProjects('all', signal));
  return (
    <Page title={b.newTitle}>
      <Paragraph>
        <AppLink href={paths.buildingProjects}>{b.back}</AppLink>
      </Paragraph>
      <span id="bp-new-form" hidden>
        {b.newTitle}
      </span>
      <ResourceView resource={options}>
        {(data) => (
          <ProjectForm
            idPrefix="bp-new"
            initial={emptyValues}
            districts={data.districts}
            submitLabel={b.create}
            labelledBy="bp-new-form"
            onSubmit={async (body) => {
              const created = await createProject({ ...body, districtCode: body.districtCode ?? undefined });
              navigate(paths.buildingProject(created.id));
            }}
          />
        )}
      </ResourceView>
    </Page>
  );
}
