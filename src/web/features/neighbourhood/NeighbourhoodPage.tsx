import { Checkbox, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { Building, BuildingList, NeighbourCaseList, NeighbourCaseSummary } from '../../../contracts/neighbourhood';
import { canManageNeighbourCases, canReadNeighbourCases } from '../../../domain/neighbourhood';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ButtonLink } from '../../components/ButtonLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { listActiveCases, listBuildings } from './neighbourhood.api';
import { STATUS_COLOR } from './neighbourhood-format';

/**
 * /bomiljo: for the neighbourhood team its active cases and the buildings where something is going
 * on; for the property manager the buildings with activities and caretaker tasks (no cases).
 */
export function NeighbourhoodPage() {
  const { t } = useI18n();
  const n = t.neighbourhood;
  const { role } = useCurrentSession();
  const team = canReadNeighbourCases(role);
  const buildings = useResource('neighbourhood-buildings', listBuildings);
  return (
    <Page title={n.title}>
      <Paragraph>{team ? n.intro : n.introProperty}</Paragraph>
      <div className="page-actions">
        {canManageNeighbourCases(role) && <ButtonLink href={paths.newNeighbourCase}>{n.newCase}</ButtonLink>}
        <ButtonLink href={paths.caretakerTasks} variant="secondary">
          {n.caretakerLink}
        </ButtonLink>
      </div>
      {team && <CasesSection />}
      <ResourceView resource={buildings}>{(data) => <BuildingsSection list={data} />}</ResourceView>
    </Page>
  );
}

function CasesSection() {
  const { t, locale } = useI18n();
  const n = t.neighbourhood;
  const cases = useResource('neighbourhood-cases', listActiveCases);
  return (
    <ResourceView resource={cases}>
      {(list: NeighbourCaseList) => (
        <>
          <section aria-labelledby="neighbourhood-counts" className="section">
            <Heading level={2} data-size="sm" id="neighbourhood-counts">
              {n.countsHeading}
            </Heading>
            <dl className="key-figures">
              {(['open', 'dialogue', 'agreement'] as const).map((status) => (
                <div key={status} className="key-figures__item">
                  <dt>{n.statuses[status]}</dt>
                  <dd>{formatNumber(locale, list.counts[status])}</dd>
                </div>
              ))}
            </dl>
          </section>
          <section aria-labelledby="neighbourhood-cases" className="section">
            <Heading level={2} data-size="sm" id="neighbourhood-cases">
              {n.casesHeading}
            </Heading>
            {list.items.length === 0 ? <Paragraph>{n.noCases}</Paragraph> : <CasesTable items={list.items} caption={n.casesCaption} />}
          </section>
        </>
      )}
    </ResourceView>
  );
}

/** Cases as a table: the building links to the case. Used here and on a building's page. */
export function CasesTable({ items, caption }: { items: readonly NeighbourCaseSummary[]; caption: string }) {
  const { t, locale } = useI18n();
  const n = t.neighbourhood;
  const captionId = useId();
  const date = (value: string | null) => (value ? <time dateTime={value}>{formatDate(locale, value)}</time> : n.none);
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table">
        <caption id={captionId} className="ds-sr-only">
          {caption}
        </caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{n.building}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{n.kind}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{n.status}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{n.reportedOn}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{n.lastEvent}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{n.responsible}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((c) => (
            <Table.Row key={c.id}>
              <Table.HeaderCell scope="row">
                <AppLink href={paths.neighbourCase(c.id)}>{c.building.label}</AppLink>
              </Table.HeaderCell>
              <Table.Cell>{n.kinds[c.kind]}</Table.Cell>
              <Table.Cell>
                <Tag data-size="sm" data-color={STATUS_COLOR[c.status]}>
                  {n.statuses[c.status]}
                </Tag>
              </Table.Cell>
              <Table.Cell className="nowrap">{date(c.reportedOn)}</Table.Cell>
              <Table.Cell className="nowrap">{date(c.lastEventOn)}</Table.Cell>
              <Table.Cell>{c.responsibleWorker.name}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

const busy = (b: Building) => b.activitiesThisYear > 0 || b.openCaretakerTasks > 0 || (b.activeCases ?? 0) > 0;

function BuildingsSection({ list }: { list: BuildingList }) {
  const { t, locale } = useI18n();
  const n = t.neighbourhood;
  const [all, setAll] = useState(false);
  const [filter, setFilter] = useState('');
  const captionId = useId();
  const words = filter.trim().toLocaleLowerCase(locale[0]);
  const shown = list.items.filter((b) => (all || words !== '' || busy(b)) && (words === '' || b.label.toLocaleLowerCase(locale[0]).includes(words)));
  const team = list.items.some((b) => b.activeCases !== null);
  return (
    <section aria-labelledby="neighbourhood-buildings" className="section">
      <Heading level={2} data-size="sm" id="neighbourhood-buildings">
        {n.buildingsHeading}
      </Heading>
      <Paragraph data-size="sm">{n.buildingsIntro}</Paragraph>
      <div className="filter-form__fields block-gap">
        <Textfield id="buildings-filter" label={n.filterLabel} autoComplete="off" value={filter} onChange={(e) => setFilter(e.target.value)} />
        <Checkbox id="buildings-all" label={n.showAll} checked={all} onChange={(e) => setAll(e.target.checked)} />
      </div>
      <Paragraph data-size="sm" role="status">
        {n.shown(shown.length, list.items.length)}
      </Paragraph>
      {shown.length === 0 ? (
        <Paragraph>{n.noBuildings}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {n.buildingsCaption}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{n.building}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{n.district}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {n.dwellings}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {n.activitiesThisYear(list.year)}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{n.lastActivity}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {n.openTasks}
                </Table.HeaderCell>
                {team && (
                  <Table.HeaderCell scope="col" className="numeric">
                    {n.activeCases}
                  </Table.HeaderCell>
                )}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {shown.map((b) => (
                <Table.Row key={b.key}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.building(b.slug)}>{b.label}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{b.districtName ?? n.none}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(locale, b.dwellings)}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(locale, b.activitiesThisYear)}</Table.Cell>
                  <Table.Cell className="nowrap">{b.lastActivityOn ? formatDate(locale, b.lastActivityOn) : n.none}</Table.Cell>
                  <Table.Cell className="numeric">{formatNumber(locale, b.openCaretakerTasks)}</Table.Cell>
                  {team && <Table.Cell className="numeric">{formatNumber(locale, b.activeCases ?? 0)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
