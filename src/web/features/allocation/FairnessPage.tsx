import { Button, Heading, Paragraph, Table, Tag, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { FAIRNESS_DIMENSIONS, type FairnessDimension } from '../../../domain/fairness/monitor';
import { toQuery } from '../../app/api';
import { formatDate, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate, useLocation } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { hasMessages, summarise, type FieldMessages, type FormError } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { getFairness, readFairnessParams, type Fairness, type FairnessParams } from './allocation.api';

type GroupRow = Fairness['dimensions'][FairnessDimension][number];
const SMALL = '<5';

/**
 * The fairness monitor (likebehandling): waiting times and outcomes by group, aggregates only;
 * groups under five show «<5». A group waiting notably longer or shorter than everyone is flagged
 * in words, not only by colour.
 */
export function FairnessPage() {
  const { t, locale } = useI18n();
  const f = t.fairness;
  const { query, search } = useLocation();
  const params = readFairnessParams(query);
  const report = useResource(`fairness${search}`, (signal) => getFairness(params, signal));
  return (
    <Page title={f.title}>
      <Paragraph>{f.intro}</Paragraph>
      <FairnessControls initial={params} />
      <ResourceView resource={report}>
        {(data) => (
          <>
            <Paragraph role="status">
              {f.period(formatDate(locale, data.since), formatDate(locale, data.today))} {f.households(data.households)}{' '}
              {data.medianWaitDays === null ? '' : f.medianAll(data.medianWaitDays)} {f.thresholdText(percent(locale, data.threshold))}
            </Paragraph>
            <Paragraph data-size="sm">{t.common.smallNumbers}</Paragraph>
            {FAIRNESS_DIMENSIONS.map((dimension) => (
              <DimensionTable key={dimension} dimension={dimension} rows={data.dimensions[dimension]} />
            ))}
          </>
        )}
      </ResourceView>
    </Page>
  );
}

const percent = (locale: readonly string[], share: number) => new Intl.NumberFormat([...locale], { style: 'percent', maximumFractionDigits: 0 }).format(share);

const MONTHS = /^\d{1,3}$/;
const ids = { months: 'fairness-months', threshold: 'fairness-threshold' } as const;
type Control = keyof typeof ids;

/** The period in months (3–120) and the flag threshold in per cent (5–95); both in the query string. */
function FairnessControls({ initial }: { initial: FairnessParams }) {
  const { t } = useI18n();
  const f = t.fairness;
  const [months, setMonths] = useState(initial.months || '24');
  const [threshold, setThreshold] = useState(initial.threshold ? String(Math.round(Number(initial.threshold) * 100)) : '25');
  const [errors, setErrors] = useState<FieldMessages<Control>>({});
  const [summary, setSummary] = useState<readonly FormError[]>([]);

  function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Control> = {};
    const m = months.trim();
    const p = threshold.trim().replace(/\s*%$/, '');
    if (!MONTHS.test(m) || Number(m) < 3 || Number(m) > 120) invalid.months = f.monthsRange;
    if (!MONTHS.test(p) || Number(p) < 5 || Number(p) > 95) invalid.threshold = f.thresholdRange;
    setErrors(invalid);
    if (hasMessages(invalid)) {
      setSummary(summarise(invalid, ids));
      return;
    }
    setSummary([]);
    navigate(paths.fairness + toQuery({ months: m, threshold: String(Number(p) / 100) }));
  }

  return (
    <form role="search" aria-labelledby="fairness-controls-heading" className="filter-form" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="xs" id="fairness-controls-heading">
        {f.controls}
      </Heading>
      <ErrorSummary errors={summary} />
      <div className="filter-form__fields">
        <Textfield id={ids.months} label={f.months} description={f.monthsHint} inputMode="numeric" autoComplete="off" value={months} onChange={(e) => setMonths(e.target.value)} error={errors.months} />
        <Textfield id={ids.threshold} label={f.threshold} description={f.thresholdHint} inputMode="numeric" autoComplete="off" value={threshold} onChange={(e) => setThreshold(e.target.value)} error={errors.threshold} />
      </div>
      <div className="form__actions">
        <Button type="submit" variant="secondary">
          {f.apply}
        </Button>
        <AppLink href={paths.fairness}>{t.filters.reset}</AppLink>
      </div>
    </form>
  );
}

function DimensionTable({ dimension, rows }: { dimension: FairnessDimension; rows: readonly GroupRow[] }) {
  const { t, locale } = useI18n();
  const f = t.fairness;
  const captionId = useId();
  const headingId = `fairness-${dimension}`;
  const count = (value: number | null) => (value === null ? SMALL : formatNumber(locale, value));
  const groupLabel = (group: string): string => {
    if (group === 'unknown') return dimension === 'ageBand' ? f.unknownAge : f.unknown;
    if (dimension === 'ageBand') return f.ageBand(group.replace('-', '–'));
    const labels: Readonly<Record<string, string>> = dimension === 'needCategory' ? t.labels.needCategories : f.groups[dimension];
    return labels[group] ?? group;
  };
  const deviation = (ratio: number | null) => {
    if (ratio === null) return '–';
    const diff = Math.round((ratio - 1) * 100);
    return diff === 0 ? '0 %' : `${diff > 0 ? '+' : '−'}${formatNumber(locale, Math.abs(diff))} %`;
  };
  return (
    <section aria-labelledby={headingId} className="section">
      <Heading level={2} data-size="sm" id={headingId}>
        {f.dimensions[dimension]}
      </Heading>
      {rows.length === 0 ? (
        <Paragraph>{f.empty}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table data-table--wide">
            <caption id={captionId} className="ds-sr-only">
              {f.caption(f.dimensions[dimension])}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{f.group}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.householdsColumn}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.medianWait}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.deviation}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.housed}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.waiting}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {f.lapsed}
                </Table.HeaderCell>
                <Table.HeaderCell scope="col">{f.flag}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {rows.map((row) => (
                <Table.Row key={row.group}>
                  <Table.HeaderCell scope="row">{groupLabel(row.group)}</Table.HeaderCell>
                  <Table.Cell className="numeric">{count(row.households)}</Table.Cell>
                  <Table.Cell className="numeric">{row.medianWaitDays === null ? '–' : formatNumber(locale, row.medianWaitDays)}</Table.Cell>
                  <Table.Cell className="numeric nowrap">{deviation(row.ratio)}</Table.Cell>
                  <Table.Cell className="numeric">{count(row.outcomes.housed)}</Table.Cell>
                  <Table.Cell className="numeric">{count(row.outcomes.waiting)}</Table.Cell>
                  <Table.Cell className="numeric">{count(row.outcomes.lapsed)}</Table.Cell>
                  <Table.Cell>
                    {row.flagged ? (
                      <Tag data-size="sm" data-color={row.flagged === 'longer' ? 'warning' : 'info'}>
                        {row.flagged === 'longer' ? f.longer : f.shorter}
                      </Tag>
                    ) : row.suppressed ? (
                      f.suppressed
                    ) : (
                      '–'
                    )}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}
