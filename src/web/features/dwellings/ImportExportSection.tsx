import { Field, Heading, Input, Label, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { ImportError } from '../../../contracts/dwellings';
import { ApiError } from '../../app/api';
import { useT } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { EXPORT_PATHS, importDwellings } from './dwellings.api';

const ACCEPT = '.xlsx,.csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,text/csv';

type Field = 'file';

/** Import of a Kobo sheet (all or nothing, every error listed by row and column) and export of the register. */
export function ImportExportSection({ onImported }: { onImported: () => void }) {
  const t = useT();
  const d = t.dwellings;
  const ids: Record<Field, string> = { file: 'dwelling-import-file' };
  const fileRef = useRef<HTMLInputElement>(null);
  const form = useFormSubmit<Field>();
  const [done, setDone] = useState<string | null>(null);
  const [report, setReport] = useState<readonly ImportError[]>([]);

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setDone(null);
    setReport([]);
    const file = fileRef.current?.files?.[0];
    const invalid: FieldMessages<Field> = {};
    if (!file) invalid.file = d.chooseFile;
    else if (!/\.(xlsx|csv)$/i.test(file.name)) invalid.file = d.wrongFileType;
    const ok = await form.submit(ids, invalid, async () => {
      if (!file) return;
      try {
        const result = await importDwellings(file);
        setDone(d.imported(result.imported, result.updated));
        onImported();
      } catch (error) {
        const errors = importErrors(error);
        if (errors.length > 0) setReport(errors);
        throw error;
      }
    });
    if (ok && fileRef.current) fileRef.current.value = '';
  }

  return (
    <section aria-labelledby="dwelling-files" className="section">
      <Heading level={2} data-size="sm" id="dwelling-files">
        {d.fileHeading}
      </Heading>
      <Paragraph>{d.fileIntro}</Paragraph>
      <form className="form" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        {done && <Paragraph role="status">{done}</Paragraph>}
        <Field>
          <Label htmlFor={ids.file}>{d.file}</Label>
          <Field.Description>{d.fileHint}</Field.Description>
          <Input id={ids.file} ref={fileRef} type="file" accept={ACCEPT} aria-invalid={form.fieldErrors.file ? true : undefined} />
          {form.fieldErrors.file && <ValidationMessage>{form.fieldErrors.file}</ValidationMessage>}
        </Field>
        <FormActions label={d.upload} submitting={form.submitting} />
      </form>
      {report.length > 0 && <ImportReport errors={report} />}
      <ul className="link-list">
        <li>
          <a href={EXPORT_PATHS.xlsx} download>
            {d.exportXlsx}
          </a>
        </li>
        <li>
          <a href={EXPORT_PATHS.csv} download>
            {d.exportCsv}
          </a>
        </li>
      </ul>
    </section>
  );
}

function importErrors(error: unknown): ImportError[] {
  if (!(error instanceof ApiError) || typeof error.body !== 'object' || error.body === null) return [];
  const errors = (error.body as { errors?: unknown }).errors;
  return Array.isArray(errors) ? (errors as ImportError[]) : [];
}

function ImportReport({ errors }: { errors: readonly ImportError[] }) {
  const t = useT();
  const d = t.dwellings;
  const captionId = useId();
  return (
    <>
      <Heading level={3} data-size="xs">
        {d.importErrorsHeading}
      </Heading>
      <Paragraph>{d.importErrorsIntro(errors.length)}</Paragraph>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {d.importErrorsHeading}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{d.row}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.column}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{d.message}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {errors.map((error, index) => (
              <Table.Row key={`${error.row ?? '-'}:${error.column ?? '-'}:${index}`}>
                <Table.HeaderCell scope="row">{error.row ?? d.wholeFile}</Table.HeaderCell>
                <Table.Cell>{error.column ?? d.wholeRow}</Table.Cell>
                <Table.Cell>{error.message}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
    </>
  );
}
