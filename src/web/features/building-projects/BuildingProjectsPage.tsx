import { Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { PROJECT_STATUSES, type ProjectStatus } from '../../../domain/building-projects/status';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { listProjects, type ProjectList } from './building-projects.api';

type Filter = ProjectStatus | 'open' | 'all';

/** Zoning plans and building projects with status, quota compliance against the adopted plan and checklist progress. */
export function BuildingProjectsPage() {
  const { t } = useI18n();
  const b = t.buildingProjects;
  const [filter, setFilter] = useState<Filter>('all');
  const [chosen, setChosen] = useState<Filter>('all');
  const projects = useResource(`bp-list:${filter}`, (signal) => listProjects(filter, signal));
  return (
    <Page title={b.title}>
      <Paragraph className="lead">{b.intro}</Paragraph>
      <div className="page-actions">
        <ButtonLink href={paths.newBuildingProject}>{b.newLink}</ButtonLink>
      </div>
      <form
        className="filter-form"
        aria-labelledby="bp-filter-heading"
        onSubmit={(event) => {
          event.preventDefault();
          setFilter(chosen);
        }}
      >
        <Heading level={2} data-size="xs" id="bp-filter-heading">
          {b.filterHeading}
        </Heading>
        <div className="search-row">
          <SelectField
            id="bp-filter"
            label={b.filterLabel}
            value={chosen}
            onChange={(value) => setChosen(value as Filter)}
            options={[{ value: 'all', label: b.filterAll }, { value: 'open', label: b.filterOpen }, ...PROJECT_STATUSES.map((s) => ({ value: s, label: b.statuses[s] }))]}
          />
          <Button type="submit" variant="secondary">
            {b.show}
          </Button>
        </div>
      </form>
      <ResourceView resource={projects}>{(data) => <ProjectTable list={data} />}</ResourceView>
    </Page>
  );
}

function ProjectTable({ list }: { list: ProjectList }) {
  const { t, locale } = useI18n();
  const b = t.buildingProjects;
  const captionId = useId();
  if (list.items.length === 0) return <Paragraph>{b.none}</Paragraph>;
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table" data-size="sm">
        <caption id={captionId}>{b.listCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{b.name}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {b.units}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.district}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.quota}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.checklist}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {list.items.map((p) => (
            <Table.Row key={p.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.buildingProject(p.id)}>{p.name}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{b.kinds[p.kind]}</Table.Cell>
              <Table.Cell>{b.statuses[p.status]}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, p.unitsTotal)}</Table.Cell>
              <Table.Cell>{p.districtName ?? '–'}</Table.Cell>
              <Table.Cell>{p.quotaCompliant === null ? b.noPlan : p.quotaCompliant ? b.quotaMet : b.quotaShort(p.quotaShortCount)}</Table.Cell>
              <Table.Cell>{b.checklistProgress(p.checklistDone, p.checklistTotal)}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
