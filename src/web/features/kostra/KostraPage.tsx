import { Alert, Button, Heading, Paragraph, Table, Tag } from '@digdir/designsystemet-react';
import { useId, useState } from 'react';
import type { KostraComparisonDto, KostraDto, KostraRowDto, ShownNumber } from '../../../contracts/indicators';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import type { Language } from '../../../contracts/common';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { getKostra, kostraCsvUrl } from './kostra.api';
import './kostra.css';

const parseYear = (text: string | null): number | undefined => (text && /^\d{4}$/.test(text) ? Number(text) : undefined);

/** The last complete year: what the office reports to SSB in the spring. */
const lastYear = (): number => new Date().getFullYear() - 1;

/**
 * KOSTRA skjema 13 for a year (manager, politician): the form's rows in sections, the check
 * before sending (the manager), last year beside it, a CSV download and a printable page
 * (kostra.css). The politician's counts from 1 to 4 come as «<5».
 */
export function KostraPage() {
  const { t } = useI18n();
  const { query } = useLocation();
  const year = parseYear(query.get('ar')) ?? lastYear();
  const form = useResource(`kostra:${year}`, (signal) => getKostra(year, signal));
  return (
    <Page title={t.kostra.title}>
      <div className="kostra-page">
        <Paragraph className="lead">{t.kostra.intro}</Paragraph>
        <YearPicker year={year} />
        <ResourceView resource={form}>{(data) => <KostraView form={data} />}</ResourceView>
      </div>
    </Page>
  );
}

/** A year to show: a small form, so nothing changes before the user asks (WCAG 3.2.2). */
function YearPicker({ year }: { year: number }) {
  const k = useI18n().t.kostra;
  const current = new Date().getFullYear();
  const [value, setValue] = useState(String(year));
  const years = Array.from({ length: 6 }, (_, i) => current - i);
  if (!years.includes(year)) years.push(year);
  return (
    <form
      className="filter-form kostra-year"
      aria-labelledby="kostra-year-heading"
      onSubmit={(event) => {
        event.preventDefault();
        navigate(paths.kostraYear(Number(value)));
      }}
    >
      <Heading level={2} data-size="xs" id="kostra-year-heading">
        {k.yearHeading}
      </Heading>
      <div className="search-row">
        <SelectField id="kostra-year" label={k.year} value={value} onChange={setValue} options={years.map((y) => ({ value: String(y), label: String(y) }))} />
        <Button type="submit" variant="secondary">
          {k.showYear}
        </Button>
      </div>
    </form>
  );
}

function rowLabel(row: Pick<KostraRowDto, 'key' | 'label'>, language: Language, nn: Readonly<Record<string, string>>): string {
  if (language === 'en') return row.label.en;
  if (language === 'nn') return nn[row.key] ?? row.label.nb;
  return row.label.nb;
}

function valueText(value: ShownNumber | null, unit: KostraRowDto['unit'], locale: readonly string[]): string {
  if (value === null) return '–';
  if (typeof value === 'string') return value;
  if (unit === 'count') return formatNumber(locale, value);
  const rounded = formatNumber(locale, Math.round(value * 10) / 10);
  return unit === 'percent' ? `${rounded} %` : rounded;
}

function KostraView({ form: f }: { form: KostraDto }) {
  const { t, locale } = useI18n();
  const k = t.kostra;
  return (
    <>
      <div className="page-actions kostra-actions">
        <Button asChild variant="secondary">
          <a href={kostraCsvUrl(f.year)} download>
            {k.downloadCsv}
          </a>
        </Button>
        <Button type="button" variant="secondary" onClick={() => window.print()}>
          {k.print}
        </Button>
      </div>
      <Heading level={2} data-size="md" className="kostra-print-title">
        {`${k.title} – ${f.year}`}
      </Heading>
      <Paragraph data-size="sm">{k.asOf(formatDate(locale, f.measuredOn), formatDate(locale, f.asOf))}</Paragraph>
      {!f.yearComplete && (
        <Alert data-color="warning" className="block-gap">
          <Paragraph>{k.preliminary(f.year)}</Paragraph>
        </Alert>
      )}
      {f.suppressed && (
        <Alert data-color="info" className="block-gap">
          <Paragraph>{k.suppressedNote}</Paragraph>
        </Alert>
      )}
      {!f.suppressed && <Findings form={f} />}
      {f.sections.map((s) => (
        <Section key={s.key} sectionKey={s.key} rows={s.rows} />
      ))}
      <Comparison form={f} />
    </>
  );
}

function Findings({ form: f }: { form: KostraDto }) {
  const { t, language } = useI18n();
  const k = t.kostra;
  return (
    <section aria-labelledby="kostra-findings" className="section kostra-findings">
      <Heading level={2} data-size="sm" id="kostra-findings">
        {k.findingsHeading}
      </Heading>
      {f.findings.length === 0 ? (
        <Paragraph>{k.noFindings}</Paragraph>
      ) : (
        <ul className="kostra-finding-list" data-testid="kostra-findings">
          {f.findings.map((x) => (
            <li key={x.code}>
              <Tag data-color={x.severity === 'error' ? 'danger' : 'warning'} data-size="sm">
                {k.severity[x.severity]}
              </Tag>{' '}
              {x.message[language]}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}

function Section({ sectionKey, rows }: { sectionKey: KostraDto['sections'][number]['key']; rows: readonly KostraRowDto[] }) {
  const { t, locale, language } = useI18n();
  const k = t.kostra;
  const headingId = `kostra-section-${sectionKey}`;
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="sm" id={headingId}>
        {k.sections[sectionKey]}
      </Heading>
      <TableScroll captionId={headingId}>
        <Table className="data-table" data-size="sm" data-testid={`kostra-${sectionKey}`} aria-labelledby={headingId}>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{k.row}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="kostra-code">
                {k.code}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {k.value}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map((r) => (
              <Table.Row key={r.key}>
                <Table.HeaderCell scope="row">{rowLabel(r, language, k.rowLabels)}</Table.HeaderCell>
                <Table.Cell className="kostra-code">
                  <code>{r.key}</code>
                </Table.Cell>
                <Table.Cell className="numeric">{valueText(r.value, r.unit, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}

function changeText(c: KostraComparisonDto, locale: readonly string[], points: string): string {
  if (c.change === null) return '–';
  const rounded = Math.round(c.change * 10) / 10;
  const sign = rounded > 0 ? '+' : '';
  return `${sign}${formatNumber(locale, rounded)}${c.unit === 'percent' ? ` ${points}` : ''}`;
}

function changePercentText(c: KostraComparisonDto, locale: readonly string[]): string {
  if (c.changeShare === null) return '–';
  const pct = Math.round(c.changeShare * 100);
  return `${pct > 0 ? '+' : ''}${formatNumber(locale, pct)} %`;
}

function Comparison({ form: f }: { form: KostraDto }) {
  const { t, locale, language } = useI18n();
  const k = t.kostra;
  const captionId = useId();
  const previous = f.comparison.previousYear;
  return (
    <section aria-labelledby="kostra-comparison" className="section">
      <Heading level={2} data-size="sm" id="kostra-comparison">
        {k.comparisonHeading(previous)}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table className="data-table" data-size="sm" data-testid="kostra-comparison">
          <caption id={captionId}>{k.comparisonCaption(previous, f.year)}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{k.row}</Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {previous}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {f.year}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {k.change}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col" className="numeric">
                {k.changePercent}
              </Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {f.comparison.rows.map((c) => (
              <Table.Row key={c.key}>
                <Table.HeaderCell scope="row">
                  {rowLabel(c, language, k.rowLabels)}
                  {c.unusual && (
                    <>
                      {' '}
                      <Tag data-color="warning" data-size="sm">
                        {k.unusual}
                      </Tag>
                    </>
                  )}
                </Table.HeaderCell>
                <Table.Cell className="numeric">{valueText(c.previous, c.unit, locale)}</Table.Cell>
                <Table.Cell className="numeric">{valueText(c.current, c.unit, locale)}</Table.Cell>
                <Table.Cell className="numeric">{changeText(c, locale, k.points)}</Table.Cell>
                <Table.Cell className="numeric">{changePercentText(c, locale)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </section>
  );
}
