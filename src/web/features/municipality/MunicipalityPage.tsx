import { useT } from '../../app/i18n/I18nProvider';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { DistrictsTable } from './DistrictsTable';
import { KeyFigures } from './KeyFigures';
import { fetchMunicipalityOverview } from './municipality.api';
import { StaffByRoleTable } from './StaffByRoleTable';
import { TileSettingsSection } from './TileSettingsForm';

export function MunicipalityPage() {
  const t = useT();
  const overview = useResource('municipality', fetchMunicipalityOverview);
  const session = useCurrentSession();
  return (
    <Page title={t.municipality.title} heading={t.municipality.heading}>
      <ResourceView resource={overview}>
        {(data) => (
          <>
            <KeyFigures overview={data} withIdentity />
            <DistrictsTable districts={data.districts} />
            <StaffByRoleTable staffByRole={data.staffByRole} />
            {session.role === 'admin' && <TileSettingsSection />}
          </>
        )}
      </ResourceView>
    </Page>
  );
}
