import { Alert, Button, Heading, Paragraph, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { useFormSubmit } from '../../components/useFormSubmit';
import { ComparisonView, ReportView } from './ReportView';
import { deleteReport, getComparison, getReport, previewReport, publishReport, reportPdfUrl, updateReport, type ReportDetail } from './reports.api';
import './reports.css';

/**
 * One council report. A draft (the manager): the narrative editor, the live preview of the figures
 * and charts, «Publiser» with a confirm step, delete. Published: the snapshot as accessible HTML,
 * «Last ned PDF» and the comparison with the previous report.
 */
export function ReportPage({ id }: { id: string }) {
  const { t } = useI18n();
  const report = useResource(`report:${id}`, (signal) => getReport(id, signal));
  const title = report.status === 'ready' ? (report.data.status === 'draft' ? t.reports.editorTitle(report.data.title) : report.data.title) : t.reports.title;
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.reports}>{t.reports.backToList}</AppLink>
      </Paragraph>
      <ResourceView resource={report}>
        {(data) => (data.status === 'draft' ? <Editor report={data} onPublished={report.replace} /> : <Published report={data} />)}
      </ResourceView>
    </Page>
  );
}

function Published({ report }: { report: ReportDetail }) {
  const { t, locale } = useI18n();
  const r = t.reports;
  const comparison = useResource(`report-comparison:${report.id}`, (signal) => getComparison(report.id, signal));
  return (
    <div className="council-report-page">
      <Alert data-color="success" className="block-gap">
        <Paragraph>{r.publishedNotice(report.publishedAt ? formatDate(locale, report.publishedAt.slice(0, 10)) : '')}</Paragraph>
      </Alert>
      <div className="page-actions">
        <Button asChild>
          <a href={reportPdfUrl(report.id)} type="application/pdf">
            {r.downloadPdf}
          </a>
        </Button>
        <Paragraph data-size="sm">{r.pdfHint}</Paragraph>
      </div>
      {report.snapshot && <ReportView model={report.snapshot} />}
      <section className="section" aria-labelledby="report-comparison">
        <Heading level={2} data-size="sm" id="report-comparison">
          {r.comparisonHeading}
        </Heading>
        <ResourceView resource={comparison}>{(data) => <ComparisonView comparison={data.comparison} />}</ResourceView>
      </section>
    </div>
  );
}

function Editor({ report, onPublished }: { report: ReportDetail; onPublished: (detail: ReportDetail) => void }) {
  const { t } = useI18n();
  const r = t.reports;
  const preview = useResource(`report-preview:${report.id}`, (signal) => previewReport(report.id, signal));
  return (
    <div className="council-report-page">
      <Alert data-color="info" className="block-gap">
        <Paragraph>{r.draftNotice}</Paragraph>
      </Alert>
      <NarrativeForm report={report} onSaved={() => void preview.refresh()} />
      <section className="section" aria-labelledby="report-preview">
        <Heading level={2} data-size="sm" id="report-preview">
          {r.previewHeading}
        </Heading>
        <Button variant="secondary" data-size="sm" onClick={() => void preview.refresh()}>
          {r.refreshPreview}
        </Button>
        <ResourceView resource={preview}>{(model) => <ReportView model={model} headingLevel={3} />}</ResourceView>
      </section>
      <section className="section" aria-labelledby="report-publish">
        <Heading level={2} data-size="sm" id="report-publish">
          {r.publishHeading}
        </Heading>
        <Paragraph>{r.publishIntro}</Paragraph>
        <div className="page-actions">
          <ConfirmAction label={r.publish} question={r.publishQuestion} confirmLabel={r.publishConfirm} onConfirm={async () => onPublished(await publishReport(report.id))} />
          <ConfirmAction
            label={r.deleteDraft}
            question={r.deleteQuestion}
            confirmLabel={r.deleteConfirm}
            onConfirm={async () => {
              await deleteReport(report.id);
              navigate(paths.reports);
            }}
          />
        </div>
      </section>
    </div>
  );
}

function NarrativeForm({ report, onSaved }: { report: ReportDetail; onSaved: () => void }) {
  const { t } = useI18n();
  const r = t.reports;
  const [title, setTitle] = useState(report.title);
  const [sections, setSections] = useState(report.narrative.map((s) => ({ ...s })));
  const [saved, setSaved] = useState(false);
  const ids: Record<string, string> = { title: 'report-title' };
  sections.forEach((s, i) => {
    ids[`narrative.${i}.heading`] = `report-${s.key}-heading`;
    ids[`narrative.${i}.text`] = `report-${s.key}-text`;
  });
  const form = useFormSubmit<string>();
  const change = (i: number, field: 'heading' | 'text', value: string) => {
    setSaved(false);
    setSections((all) => all.map((s, j) => (j === i ? { ...s, [field]: value } : s)));
  };
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: Record<string, string> = {};
    if (!title.trim()) invalid.title = t.form.required(r.reportTitle);
    sections.forEach((s, i) => {
      if (!s.heading.trim()) invalid[`narrative.${i}.heading`] = t.form.required(r.sectionHeading(s.heading || s.key));
    });
    const ok = await form.submit(ids, invalid, async () => {
      await updateReport(report.id, { title, narrative: sections });
    });
    if (ok) {
      setSaved(true);
      onSaved();
    }
  }
  return (
    <form className="form section" aria-labelledby="report-narrative" onSubmit={handleSubmit} noValidate>
      <Heading level={2} data-size="sm" id="report-narrative">
        {r.narrativeHeading}
      </Heading>
      <Paragraph>{r.narrativeIntro}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.title} label={r.reportTitle} value={title} onChange={(e) => setTitle(e.target.value)} error={form.fieldErrors.title} />
      {sections.map((s, i) => (
        <fieldset key={s.key} className="narrative-section">
          <legend>{report.narrative[i]?.heading ?? s.heading}</legend>
          <Textfield id={ids[`narrative.${i}.heading`]} label={r.sectionHeading(report.narrative[i]?.heading ?? s.key)} value={s.heading} onChange={(e) => change(i, 'heading', e.target.value)} error={form.fieldErrors[`narrative.${i}.heading`]} />
          <Textfield
            id={ids[`narrative.${i}.text`]}
            multiline
            rows={5}
            label={r.sectionText(report.narrative[i]?.heading ?? s.key)}
            value={s.text}
            onChange={(e) => change(i, 'text', e.target.value)}
            error={form.fieldErrors[`narrative.${i}.text`]}
          />
        </fieldset>
      ))}
      <FormActions label={r.save} submitting={form.submitting}>
        {saved && <span role="status">{r.saved}</span>}
      </FormActions>
    </form>
  );
}
