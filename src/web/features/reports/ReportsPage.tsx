import { Heading, Paragraph, Table } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { formatDate, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createReport, listReports, type ReportList } from './reports.api';
import './reports.css';

type Summary = ReportList['published'][number];

/**
 * The council reports: the archive of published reports (date and data version) for the manager
 * and the politician; for the manager also the drafts and the form for a new quarter's report.
 */
export function ReportsPage() {
  const { t } = useI18n();
  const list = useResource('reports', (signal) => listReports(signal));
  return (
    <Page title={t.reports.title}>
      <Paragraph className="lead">{t.reports.intro}</Paragraph>
      <ResourceView resource={list}>
        {(data) => (
          <>
            {data.canManage && <NewReportForm list={data} />}
            {data.canManage && <Drafts drafts={data.drafts} />}
            <Archive published={data.published} />
          </>
        )}
      </ResourceView>
    </Page>
  );
}

function Archive({ published }: { published: readonly Summary[] }) {
  const { t, locale } = useI18n();
  const r = t.reports;
  const captionId = useId();
  return (
    <section className="section" aria-labelledby="reports-archive">
      <Heading level={2} data-size="sm" id="reports-archive">
        {r.archiveHeading}
      </Heading>
      {published.length === 0 ? (
        <Paragraph>{r.noPublished}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table" data-size="sm">
            <caption id={captionId}>{r.archiveCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{r.colTitle}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.colPeriod}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.colPublished}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.colDataVersion}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {published.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.report(s.id)}>{s.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{s.periodLabel}</Table.Cell>
                  <Table.Cell>{s.publishedAt ? formatDate(locale, s.publishedAt.slice(0, 10)) : '–'}</Table.Cell>
                  <Table.Cell>
                    <code className="council-report__version">{s.dataVersion}</code>
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

function Drafts({ drafts }: { drafts: readonly Summary[] }) {
  const { t, locale } = useI18n();
  const r = t.reports;
  const captionId = useId();
  return (
    <section className="section" aria-labelledby="reports-drafts">
      <Heading level={2} data-size="sm" id="reports-drafts">
        {r.draftsHeading}
      </Heading>
      {drafts.length === 0 ? (
        <Paragraph>{r.noDrafts}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table" data-size="sm">
            <caption id={captionId}>{r.draftsCaption}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{r.colTitle}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.colPeriod}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{r.colUpdated}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {drafts.map((s) => (
                <Table.Row key={s.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.report(s.id)}>{s.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{s.periodLabel}</Table.Cell>
                  <Table.Cell>{formatDateTime(locale, s.updatedAt)}</Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
    </section>
  );
}

type NewField = 'year' | 'quarter';
const NEW_IDS: Record<NewField, string> = { year: 'report-year', quarter: 'report-quarter' };

/** A draft for a quarter: defaults to the last finished quarter. */
function NewReportForm({ list }: { list: ReportList }) {
  const { t } = useI18n();
  const r = t.reports;
  const todayYear = Number(list.today.slice(0, 4));
  const todayQuarter = Math.floor((Number(list.today.slice(5, 7)) - 1) / 3) + 1;
  const last = todayQuarter === 1 ? { year: todayYear - 1, quarter: 4 } : { year: todayYear, quarter: todayQuarter - 1 };
  const [year, setYear] = useState(String(last.year));
  const [quarter, setQuarter] = useState(String(last.quarter));
  const form = useFormSubmit<NewField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    let id = '';
    const ok = await form.submit(NEW_IDS, {}, async () => {
      id = (await createReport({ year: Number(year), quarter: Number(quarter) })).id;
    });
    if (ok) navigate(paths.report(id));
  }
  const years = [todayYear, todayYear - 1, todayYear - 2];
  return (
    <form className="form section" aria-labelledby="reports-new" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="sm" id="reports-new">
        {r.newHeading}
      </Heading>
      <Paragraph>{r.newIntro(list.adoptedPlan?.title ?? null)}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <div className="search-row">
        <SelectField id={NEW_IDS.year} label={r.year} value={year} onChange={setYear} options={years.map((y) => ({ value: String(y), label: String(y) }))} error={form.fieldErrors.year} />
        <SelectField id={NEW_IDS.quarter} label={r.quarter} value={quarter} onChange={setQuarter} options={[1, 2, 3, 4].map((q) => ({ value: String(q), label: r.quarterOption(q) }))} error={form.fieldErrors.quarter} />
      </div>
      <FormActions label={r.create} submitting={form.submitting} />
    </form>
  );
}
