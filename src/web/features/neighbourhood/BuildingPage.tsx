import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { ActivitySummary, BuildingDetail } from '../../../contracts/neighbourhood';
import { canManageCaretakerTasks, canRecordActivities } from '../../../domain/neighbourhood';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { ActivityForm } from './ActivityForm';
import { AddTaskForm, CaretakerTaskList } from './CaretakerTasks';
import { getBuilding, listStaff } from './neighbourhood.api';
import { CasesTable } from './NeighbourhoodPage';

/** /bomiljo/bygg/:slug: a building's activities (with this year's and last year's summary), the caretaker's tasks and, for the team, its cases. */
export function BuildingPage({ slug }: { slug: string }) {
  const { t } = useI18n();
  const building = useResource(`neighbourhood-building:${slug}`, (signal) => getBuilding(slug, signal));
  if (building.status !== 'ready') {
    return (
      <Page title={t.buildingPage.factsHeading}>
        <Paragraph>
          <AppLink href={paths.neighbourhood}>{t.buildingPage.back}</AppLink>
        </Paragraph>
        <ResourceView resource={building}>{() => null}</ResourceView>
      </Page>
    );
  }
  return <BuildingView detail={building.data} reload={building.refresh} />;
}

function BuildingView({ detail, reload }: { detail: BuildingDetail; reload: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const b = t.buildingPage;
  const { role } = useCurrentSession();
  const staff = useResource('neighbourhood-staff', listStaff);
  const [notice, setNotice] = useState('');
  const { building } = detail;
  return (
    <Page title={b.title(building.label)} heading={building.label}>
      <Paragraph>
        <AppLink href={paths.neighbourhood}>{b.back}</AppLink>
      </Paragraph>
      <section aria-labelledby="building-facts" className="section section--first">
        <Heading level={2} data-size="sm" id="building-facts">
          {b.factsHeading}
        </Heading>
        <dl className="facts">
          <dt>{b.matrikkel}</dt>
          <dd>{building.key}</dd>
          <dt>{b.district}</dt>
          <dd>{building.districtName ?? t.neighbourhood.none}</dd>
          <dt>{b.dwellings}</dt>
          <dd>{formatNumber(locale, building.dwellings)}</dd>
        </dl>
      </section>
      <Summary summaries={[detail.thisYear, detail.lastYear]} />
      <section aria-labelledby="building-activities" className="section">
        <Heading level={2} data-size="sm" id="building-activities">
          {b.activitiesHeading}
        </Heading>
        <Paragraph role="status">{notice}</Paragraph>
        {detail.activities.length === 0 ? <Paragraph>{b.noActivities}</Paragraph> : <Activities detail={detail} />}
        {canRecordActivities(role) && (
          <ActivityForm
            buildingKey={building.key}
            onSaved={async () => {
              await reload();
              setNotice(b.activityRecorded);
            }}
          />
        )}
      </section>
      <section aria-labelledby="building-tasks" className="section">
        <Heading level={2} data-size="sm" id="building-tasks">
          {t.caretaker.title}
        </Heading>
        {detail.caretakerTasks.length === 0 ? <Paragraph>{t.caretaker.noTasks}</Paragraph> : <CaretakerTaskList tasks={detail.caretakerTasks} showBuilding={false} onChanged={reload} />}
        {canManageCaretakerTasks(role) && (
          <ResourceView resource={staff}>{(people) => <AddTaskForm buildingKey={building.key} staff={people} onSaved={async () => reload()} />}</ResourceView>
        )}
      </section>
      {detail.cases !== null && (
        <section aria-labelledby="building-cases" className="section">
          <Heading level={2} data-size="sm" id="building-cases">
            {b.casesHeading}
          </Heading>
          {detail.cases.length === 0 ? <Paragraph>{b.noCasesHere}</Paragraph> : <CasesTable items={detail.cases} caption={b.casesCaption} />}
        </section>
      )}
    </Page>
  );
}

function Summary({ summaries }: { summaries: readonly ActivitySummary[] }) {
  const { t, locale } = useI18n();
  const b = t.buildingPage;
  const captionId = useId();
  const none = t.neighbourhood.none;
  return (
    <section aria-labelledby="building-summary" className="section">
      <Heading level={2} data-size="sm" id="building-summary">
        {b.summaryHeading}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {b.summaryHeading}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{b.year}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {b.activities}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {b.householdsAttended}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {b.meanAttended}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {b.attendanceRate}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {summaries.map((s) => (
              <Table.Row key={s.year}>
                <Table.HeaderCell scope="row">{s.year}</Table.HeaderCell>
                <Table.Cell className="numeric" data-testid={`activities-${s.year}`}>
                  {formatNumber(locale, s.activities)}
                </Table.Cell>
                <Table.Cell className="numeric">{formatNumber(locale, s.householdsAttended)}</Table.Cell>
                <Table.Cell className="numeric">{s.meanAttended === null ? none : formatNumber(locale, s.meanAttended)}</Table.Cell>
                <Table.Cell className="numeric">{s.attendanceRate === null ? none : b.percent(s.attendanceRate)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function Activities({ detail }: { detail: BuildingDetail }) {
  const { t, locale } = useI18n();
  const b = t.buildingPage;
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {b.activitiesCaption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{b.heldOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {b.invited}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {b.attended}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{b.note}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {detail.activities.map((a) => (
            <Table.Row key={a.id}>
              <Table.HeaderCell scope="row" className="nowrap">
                {formatDate(locale, a.heldOn)}
              </Table.HeaderCell>
              <Table.Cell>{b.activityKinds[a.kind]}</Table.Cell>
              <Table.Cell className="numeric">{a.householdsInvited === null ? t.neighbourhood.none : formatNumber(locale, a.householdsInvited)}</Table.Cell>
              <Table.Cell className="numeric">{formatNumber(locale, a.householdsAttended)}</Table.Cell>
              <Table.Cell>{a.note ?? ''}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
