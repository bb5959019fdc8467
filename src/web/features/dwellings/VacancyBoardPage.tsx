import { Paragraph } from '@digdir/designsystemet-react';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { getVacancyBoard } from './dwellings.api';
import { DwellingTable } from './DwellingTable';

/** Every dwelling standing empty and for how long, longest first (the server's order). */
export function VacancyBoardPage() {
  const { t, locale } = useI18n();
  const d = t.dwellings;
  const board = useResource('vacancies', getVacancyBoard);
  return (
    <Page title={d.vacancyTitle}>
      <Paragraph>{d.vacancyIntro}</Paragraph>
      <Paragraph>
        <AppLink href={paths.dwellings}>{d.backToList}</AppLink>
      </Paragraph>
      <ResourceView resource={board}>
        {(data) => (
          <>
            <Paragraph role="status">
              {d.asOf(formatDate(locale, data.asOf))} {data.items.length === 0 ? d.noVacancies : d.vacantCount(data.items.length)}
            </Paragraph>
            {data.items.length > 0 && <DwellingTable kind="vacancy" caption={d.vacancyTitle} items={data.items} />}
          </>
        )}
      </ResourceView>
    </Page>
  );
}
