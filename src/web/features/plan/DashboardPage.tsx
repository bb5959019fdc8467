import { Alert, Button, Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import { quarterLabel } from '../../../domain/plan/series';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { getDashboard, type Dashboard } from './plan.api';
import { shownText, StatusBadge, type FigureRow } from './plan-display';
import { PlanList } from './PlanList';
import { Sparkline } from './Sparkline';

/**
 * The manager's dashboard (/styring, issue 7 § 9): the adopted plan's indicators for the year to
 * date, grouped by goal, with value, target, status (icon and text), a sparkline of 8 quarters and
 * the definition; a table view of every series; the list of plans with «new plan» for the manager.
 * The politician sees the same, read-only. Counts 1–4 come from the server as «<5».
 */
export function DashboardPage() {
  const { t } = useI18n();
  const dashboard = useResource('plan-dashboard', (signal) => getDashboard(undefined, signal));
  return (
    <Page title={t.plan.dashboardTitle}>
      <Paragraph className="lead">{t.plan.dashboardIntro}</Paragraph>
      <ResourceView resource={dashboard}>{(data) => <DashboardView dashboard={data} />}</ResourceView>
      <PlanList />
    </Page>
  );
}

function DashboardView({ dashboard: d }: { dashboard: Dashboard }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  if (!d.plan) {
    return (
      <Alert data-color="info" className="block-gap">
        <Paragraph>{p.noAdopted}</Paragraph>
      </Alert>
    );
  }
  const figures = d.figures;
  const rows = figures?.rows ?? [];
  const groups = [
    ...d.goals.map((g) => ({ id: g.id, title: g.title, rows: rows.filter((r) => r.goalId === g.id) })),
    { id: 'none', title: p.goalless, rows: rows.filter((r) => r.goalId === null || !d.goals.some((g) => g.id === r.goalId)) },
  ].filter((g) => g.rows.length > 0);
  return (
    <>
      <Heading level={2} data-size="md" className="block-gap">
        {d.plan.title}
      </Heading>
      <Paragraph>
        <AppLink href={paths.actionPlan(d.plan.id)}>{p.openPlan(d.plan.title)}</AppLink>
      </Paragraph>
      {figures && <Paragraph data-size="sm">{p.period(formatDate(locale, figures.period.from), formatDate(locale, figures.period.to))} {p.suppressedNote}</Paragraph>}
      {!figures && <Paragraph>{p.noFigures}</Paragraph>}
      {figures && rows.length === 0 && <Paragraph>{p.noTargets(Number(figures.period.to.slice(0, 4)))}</Paragraph>}
      {groups.map((g) => (
        <section key={g.id} className="plan-goal" aria-labelledby={`goal-${g.id}`}>
          <Heading level={3} data-size="sm" id={`goal-${g.id}`}>
            {g.title}
          </Heading>
          <ul className="plan-indicators">
            {g.rows.map((row) => (
              <IndicatorItem key={row.indicatorId} row={row} />
            ))}
          </ul>
        </section>
      ))}
      {rows.length > 0 && <SeriesTable rows={rows} />}
    </>
  );
}

function IndicatorItem({ row }: { row: FigureRow }) {
  const { t, language, locale } = useI18n();
  const p = t.plan;
  const name = language === 'en' ? row.name.en : row.name.nb;
  const definition = language === 'en' ? row.definition.en : row.definition.nb;
  const targetValue = shownText(row.target, row.unit, locale, p.units);
  const headingId = useId();
  const compared = row.check.comparedWith !== row.target ? p.proRata(shownText(row.check.comparedWith, row.unit, locale, p.units)) : null;
  return (
    <li className="plan-indicator" aria-labelledby={headingId} data-indicator={row.indicatorId}>
      <div>
        <Heading level={4} data-size="xs" id={headingId}>
          {name}
        </Heading>
        <dl className="plan-indicator__figures">
          <div>
            <dt>{p.value}</dt>
            <dd data-testid="plan-value">{shownText(row.value.value, row.unit, locale, p.units, p.noValue)}</dd>
          </div>
          <div>
            <dt>{p.target}</dt>
            <dd>{p.targetText(p.directions[row.direction], targetValue)}</dd>
          </div>
          <div>
            <dt>{p.status}</dt>
            <dd>
              <StatusBadge status={row.check.status} />
            </dd>
          </div>
        </dl>
        {compared && <Paragraph data-size="xs">{compared}</Paragraph>}
        <details className="plan-definition">
          <summary>
            <span className="plan-definition__mark" aria-hidden="true">
              ?
            </span>
            {p.aboutIndicator(name)}
          </summary>
          <Paragraph data-size="sm">{definition}</Paragraph>
          <Paragraph data-size="sm">
            {p.source}: {p.sources[row.source] ?? row.source}
          </Paragraph>
        </details>
      </div>
      <div>
        <Paragraph data-size="xs">{p.trend}</Paragraph>
        <Sparkline row={row} />
      </div>
    </li>
  );
}

/** Every indicator's 8 quarters as one table, behind a toggle (the charts' table view). */
function SeriesTable({ rows }: { rows: FigureRow[] }) {
  const { t, language, locale } = useI18n();
  const p = t.plan;
  const [open, setOpen] = useState(false);
  const captionId = useId();
  const regionId = useId();
  const quarters = rows[0]!.series;
  return (
    <section className="section" aria-labelledby={`${captionId}-h`}>
      <Heading level={2} data-size="sm" id={`${captionId}-h`}>
        {p.seriesCaption}
      </Heading>
      <Button type="button" variant="secondary" aria-expanded={open} aria-controls={regionId} onClick={() => setOpen((o) => !o)}>
        {open ? p.hideTable : p.showTable}
      </Button>
      <div id={regionId} hidden={!open} className="block-gap">
        {open && (
          <TableScroll captionId={captionId}>
            <Table className="data-table" data-size="sm" data-testid="plan-series-table">
              <caption id={captionId}>{p.seriesCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{p.indicator}</Table.HeaderCell>
                  {quarters.map((q) => (
                    <Table.HeaderCell scope="col" key={`${q.year}-${q.quarter}`} className="numeric">
                      {quarterLabel(q, language)}
                    </Table.HeaderCell>
                  ))}
                  <Table.HeaderCell scope="col" className="numeric">
                    {p.target}
                  </Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {rows.map((row) => (
                  <Table.Row key={row.indicatorId}>
                    <Table.HeaderCell scope="row">{language === 'en' ? row.name.en : row.name.nb}</Table.HeaderCell>
                    {quarters.map((q) => {
                      const point = row.series.find((s) => s.year === q.year && s.quarter === q.quarter);
                      return (
                        <Table.Cell key={`${q.year}-${q.quarter}`} className="numeric">
                          {point ? shownText(point.value.value, row.unit, locale, p.units) : '–'}
                        </Table.Cell>
                      );
                    })}
                    <Table.Cell className="numeric">{p.targetText(p.directions[row.direction], shownText(row.target, row.unit, locale, p.units))}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        )}
      </div>
    </section>
  );
}
