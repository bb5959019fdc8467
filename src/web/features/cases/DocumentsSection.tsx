import { Details, Field, Heading, Input, Label, Paragraph, Table, ValidationMessage } from '@digdir/designsystemet-react';
import { useId, useRef, useState, type FormEvent } from 'react';
import type { CaseDetail } from '../../../contracts/cases';
import { DOCUMENTATION_ITEMS } from '../../../domain/cases/case-types';
import { formatBytes, formatDateTime } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { documentUrl, uploadDocument } from './cases.api';

/** Bytes; the server's MAX_DOCUMENT_BYTES (cases/documents.service.ts), checked here first to save the upload. */
const MAX_BYTES = 10 * 1024 * 1024;
const ACCEPT = '.pdf,.jpg,.jpeg,.png,application/pdf,image/jpeg,image/png';

/** The case's documents (download) and the upload form; the server checks the content, not the name. */
export function DocumentsSection({ detail, onChanged }: { detail: CaseDetail; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const d = t.documents;
  const captionId = useId();
  return (
    <section aria-labelledby="case-documents" className="section">
      <Heading level={2} data-size="sm" id="case-documents">
        {d.heading}
      </Heading>
      {detail.documents.length === 0 ? (
        <Paragraph>{d.none}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table zebra className="data-table">
            <caption id={captionId} className="ds-sr-only">
              {d.heading}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{d.file}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.item}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{d.uploaded}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {detail.documents.map((doc) => (
                <Table.Row key={doc.id}>
                  <Table.HeaderCell scope="row">
                    <a className="ds-link" href={documentUrl(detail.case.id, doc.id)} download={doc.filename}>
                      {doc.filename}
                    </a>
                    <span className="secondary-line">
                      {d.types[doc.mimeType]}, {formatBytes(locale, doc.sizeBytes)}
                    </span>
                  </Table.HeaderCell>
                  <Table.Cell>{t.labels.documentationItems[doc.checklistItem] ?? doc.checklistItem}</Table.Cell>
                  <Table.Cell>
                    {formatDateTime(locale, doc.uploadedAt)}
                    <span className="secondary-line">{doc.uploadedBy.displayName}</span>
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {detail.case.canHandle && (
        <Details className="block-gap">
          <Details.Summary>{d.upload}</Details.Summary>
          <Details.Content>
            <UploadForm detail={detail} onUploaded={onChanged} />
          </Details.Content>
        </Details>
      )}
    </section>
  );
}

type Field = 'checklistItem' | 'file';

function UploadForm({ detail, onUploaded }: { detail: CaseDetail; onUploaded: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const d = t.documents;
  const ids: Record<Field, string> = { checklistItem: 'upload-item', file: 'upload-file' };
  const fileRef = useRef<HTMLInputElement>(null);
  const [item, setItem] = useState('');
  const [uploaded, setUploaded] = useState<string | null>(null);
  const form = useFormSubmit<Field>();
  // The application's own checklist first, then the usual items it does not have.
  const own = detail.application.documentation.map((doc) => doc.item);
  const items = [...own, ...DOCUMENTATION_ITEMS.filter((i) => !own.includes(i))];

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setUploaded(null);
    const file = fileRef.current?.files?.[0];
    const invalid: FieldMessages<Field> = {};
    if (!item) invalid.checklistItem = t.form.chooseRequired(d.item);
    if (!file) invalid.file = d.chooseFile;
    else if (file.size > MAX_BYTES) invalid.file = d.tooLarge(formatBytes(locale, MAX_BYTES));
    const ok = await form.submit(ids, invalid, async () => {
      if (!file) return;
      await uploadDocument(detail.case.id, item, file);
      await onUploaded();
      setUploaded(file.name);
    });
    if (ok && fileRef.current) fileRef.current.value = '';
  }

  return (
    <form className="form" onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      {uploaded && <Paragraph role="status">{d.uploadedMessage(uploaded)}</Paragraph>}
      <SelectField
        id={ids.checklistItem}
        label={d.item}
        placeholder={d.chooseItem}
        options={items.map((value) => ({ value, label: t.labels.documentationItems[value] ?? value }))}
        value={item}
        onChange={setItem}
        error={form.fieldErrors.checklistItem}
      />
      <Field>
        <Label htmlFor={ids.file}>{d.file}</Label>
        <Field.Description>{d.fileHint(formatBytes(locale, MAX_BYTES))}</Field.Description>
        <Input id={ids.file} ref={fileRef} type="file" accept={ACCEPT} aria-invalid={form.fieldErrors.file ? true : undefined} />
        {form.fieldErrors.file && <ValidationMessage>{form.fieldErrors.file}</ValidationMessage>}
      </Field>
      <FormActions label={d.uploadButton} submitting={form.submitting} />
    </form>
  );
}
