import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId } from 'react';
import type { IndicatorUnit } from '../../../domain/indicators/types';
import { chartGeometry } from '../../../domain/reports/chart';
import { chartAlt, reportLabels, targetText } from '../../../domain/reports/labels';
import { displayValue, textIn, type ReportIndicator, type ReportModel, type ReportValue } from '../../../domain/reports/model';
import { paragraphsOf } from '../../../domain/reports/narrative';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { TableScroll } from '../../components/TableScroll';
import type { ReportComparisonDto, ReportModelDto } from './reports.api';

/**
 * The council report as accessible HTML, from the same model the PDF is drawn from: the title
 * block, the narrative (h2 + paragraphs), per goal a table with a caption and th scope, and a trend
 * chart per indicator (SVG, role="img" with the values in its text alternative, and the same
 * values as a table). Printable. Suppressed counts read «<5».
 */

const BOX = { width: 480, height: 160, left: 48, right: 28, top: 12, bottom: 28 };

export function ReportView({ model: dto, headingLevel = 2 }: { model: ReportModelDto; headingLevel?: 2 | 3 }) {
  const { t, locale } = useI18n();
  const r = t.reports;
  const model = dto as unknown as ReportModel;
  return (
    <article className="council-report">
      <div className="council-report__meta">
        <Paragraph>{r.municipalityLine(model.municipality.name)}</Paragraph>
        <Paragraph>{r.periodLine(model.periodLabel, formatDate(locale, model.period.from), formatDate(locale, model.period.to))}</Paragraph>
        {model.publishedOn && <Paragraph>{r.publishedLine(formatDate(locale, model.publishedOn))}</Paragraph>}
        <Paragraph>{r.asOfLine(formatDate(locale, model.asOf))}</Paragraph>
        {model.dataVersion && (
          <Paragraph>
            {r.dataVersionLine('')}
            <code className="council-report__version">{model.dataVersion}</code>
          </Paragraph>
        )}
        {model.plan && <Paragraph>{r.planLine(`${model.plan.title}${model.plan.adoptedRef ? ` (${model.plan.adoptedRef})` : ''}`)}</Paragraph>}
        <Paragraph data-size="sm">{r.suppressionNote}</Paragraph>
      </div>

      {model.narrative.map((section) => {
        const paragraphs = paragraphsOf(section.text);
        return (
          <section key={section.key} className="section council-report__narrative" aria-labelledby={`narrative-${section.key}`}>
            <Heading level={headingLevel} data-size="sm" id={`narrative-${section.key}`}>
              {section.heading}
            </Heading>
            {paragraphs.length === 0 ? <Paragraph className="muted">{r.noText}</Paragraph> : paragraphs.map((p, i) => <Paragraph key={i}>{p}</Paragraph>)}
          </section>
        );
      })}

      {model.goals.map((goal, gi) => (
        <section key={goal.goalId ?? `other-${gi}`} className="section" aria-labelledby={`goal-${gi}`}>
          <Heading level={headingLevel} data-size="sm" id={`goal-${gi}`}>
            {goal.title}
          </Heading>
          <IndicatorTable caption={goal.goalId === null ? r.otherCaption : r.figuresCaption(goal.title)} indicators={goal.indicators} />
          {goal.indicators
            .filter((i) => i.series.length > 0)
            .map((i) => (
              <TrendChart key={i.id} indicator={i} headingLevel={headingLevel === 2 ? 3 : 4} />
            ))}
        </section>
      ))}
    </article>
  );
}

function IndicatorTable({ caption, indicators }: { caption: string; indicators: readonly ReportIndicator[] }) {
  const { t, language } = useI18n();
  const r = t.reports;
  const l = reportLabels(language);
  const captionId = useId();
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table" data-size="sm">
        <caption id={captionId}>{caption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.colIndicator}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.colValue}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.colTarget}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.colStatus}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.colSource}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {indicators.map((i) => (
            <Table.Row key={i.id}>
              <Table.HeaderCell scope="row">
                {textIn(i.name, language)} <span className="muted">({l.units[i.unit]})</span>
              </Table.HeaderCell>
              <Table.Cell className="numeric">{displayValue(i.value, i.unit, language)}</Table.Cell>
              <Table.Cell>{targetText(i, language) ?? '–'}</Table.Cell>
              <Table.Cell>{i.status ? <span className={`report-status report-status--${i.status}`}>{l.statuses[i.status]}</span> : '–'}</Table.Cell>
              <Table.Cell>{l.sources[i.source]}</Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

/** Quarterly values against the target line: an SVG with its values as the text alternative, and the same as a table. */
export function TrendChart({ indicator, headingLevel }: { indicator: ReportIndicator; headingLevel: 3 | 4 }) {
  const { t, language } = useI18n();
  const r = t.reports;
  const name = textIn(indicator.name, language);
  const g = chartGeometry(indicator, BOX);
  const id = useId();
  const captionId = useId();
  const show = (v: ReportValue, unit: IndicatorUnit = indicator.unit) => displayValue(v, unit, language);
  return (
    <figure className="trend-chart">
      <Heading level={headingLevel} data-size="xs" id={`${id}-h`}>
        {r.trendHeading(name)}
      </Heading>
      <svg viewBox={`0 0 ${BOX.width} ${BOX.height}`} role="img" aria-labelledby={`${id}-t`} aria-describedby={`${id}-d`} className="trend-chart__svg">
        <title id={`${id}-t`}>{r.trendHeading(name)}</title>
        <desc id={`${id}-d`}>{chartAlt(indicator, language)}</desc>
        {g.ticks.map((tick) => (
          <g key={tick.value}>
            <line x1={g.plot.x0} x2={g.plot.x1} y1={tick.y} y2={tick.y} className="trend-chart__grid" />
            <text x={g.plot.x0 - 6} y={tick.y + 4} textAnchor="end" className="trend-chart__label">
              {show({ value: tick.value, suppressed: false })}
            </text>
          </g>
        ))}
        {g.targetY !== null && <line x1={g.plot.x0} x2={g.plot.x1} y1={g.targetY} y2={g.targetY} className="trend-chart__target" />}
        {g.segments.map((segment, i) => (
          <polyline key={i} points={segment.map((p) => `${p.x},${p.y}`).join(' ')} className="trend-chart__line" />
        ))}
        {g.points.map((p) =>
          p.y === null ? null : <circle key={p.label} cx={p.x} cy={p.y} r={3.5} className="trend-chart__dot" />,
        )}
        {g.points.map((p, i) => (
          <g key={p.label}>
            <text x={p.x} y={BOX.height - 8} textAnchor="middle" className="trend-chart__label">
              {p.label}
            </text>
            {indicator.series[i]?.value.suppressed && (
              <text x={p.x} y={g.plot.y0 - 6} textAnchor="middle" className="trend-chart__label">
                {'<5'}
              </text>
            )}
          </g>
        ))}
      </svg>
      <figcaption className="trend-chart__legend" aria-hidden="true">
        <span className="trend-chart__key trend-chart__key--value">{r.valueLegend}</span>
        {indicator.target && <span className="trend-chart__key trend-chart__key--target">{r.targetLegend}</span>}
      </figcaption>
      <details className="trend-chart__table">
        <summary>{r.showTable}</summary>
        <TableScroll captionId={captionId}>
          <Table className="data-table" data-size="sm">
            <caption id={captionId}>{r.trendTableCaption(name)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{r.colQuarter}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {r.colValue}
                </Table.HeaderCell>
                {indicator.target && <Table.HeaderCell scope="col">{r.colTarget}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {indicator.series.map((p) => (
                <Table.Row key={p.label}>
                  <Table.HeaderCell scope="row">{p.label}</Table.HeaderCell>
                  <Table.Cell className="numeric">{show(p.value)}</Table.Cell>
                  {indicator.target && <Table.Cell>{targetText(indicator, language)}</Table.Cell>}
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      </details>
    </figure>
  );
}

/** The published report against the previous one: both values, the change and how the status moved. */
export function ComparisonView({ comparison }: { comparison: ReportComparisonDto | null }) {
  const { t, language } = useI18n();
  const r = t.reports;
  const l = reportLabels(language);
  const captionId = useId();
  if (!comparison) return <Paragraph>{r.noPrevious}</Paragraph>;
  const value = (v: ReportValue | null, unit: IndicatorUnit) => (v ? displayValue(v, unit, language) : '–');
  return (
    <TableScroll captionId={captionId}>
      <Table className="data-table" data-size="sm">
        <caption id={captionId}>{r.comparisonCaption(comparison.current.periodLabel, comparison.previous.periodLabel)}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.colIndicator}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {`${r.colPrevious} (${comparison.previous.periodLabel})`}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {`${r.colCurrent} (${comparison.current.periodLabel})`}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.colChange}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.colStatus}</Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {comparison.rows.map((row) => (
            <Table.Row key={row.id}>
              <Table.HeaderCell scope="row">{textIn(row.name, language)}</Table.HeaderCell>
              <Table.Cell className="numeric">{value(row.previous, row.unit)}</Table.Cell>
              <Table.Cell className="numeric">{value(row.current, row.unit)}</Table.Cell>
              <Table.Cell className="numeric">{row.change === null ? '–' : `${row.change > 0 ? '+' : ''}${displayValue({ value: row.change, suppressed: false }, row.unit, language)}`}</Table.Cell>
              <Table.Cell>
                {row.statusFrom && row.statusTo && row.statusFrom !== row.statusTo ? `${l.statuses[row.statusFrom]} → ${l.statuses[row.statusTo]} ` : row.statusTo ? `${l.statuses[row.statusTo]} ` : ''}
                {row.statusChange !== 'not_comparable' && <span className="muted">({r.statusChange[row.statusChange]})</span>}
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}
