import { useT } from '../../app/i18n/I18nProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DistrictsTable } from './DistrictsTable';
import { KeyFigures } from './KeyFigures';
import { fetchMunicipalityOverview } from './municipality.api';
import { StaffByRoleTable } from './StaffByRoleTable';

export function MunicipalityPage() {
  const t = useT();
  const overview = useResource('municipality', fetchMunicipalityOverview);
  return (
    <Page title={t.municipality.title} heading={t.municipality.heading}>
      <ResourceView resource={overview}>
        {(data) => (
          <>
            <KeyFigures overview={data} withIdentity />
            <DistrictsTable districts={data.districts} />
            <StaffByRoleTable staffByRole={data.staffByRole} />
          </>
        )}
      </ResourceView>
    </Page>
  );
}
