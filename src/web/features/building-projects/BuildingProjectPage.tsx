import { Button, Checkbox, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { Project } from '../../../contracts/building-projects';
import { STARTUP_CHECKLIST } from '../../../domain/building-projects/checklist';
import { PROJECT_STEPS, type ProjectStatus } from '../../../domain/building-projects/status';
import { quotaGroupLabel } from '../../../domain/plan/quotas';
import { describeError } from '../../app/errors';
import { formatDate, formatDateTime, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ConfirmAction } from '../../components/ConfirmAction';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { changeStatus, getProject, setCheck, setQuotaUnits, updateProject } from './building-projects.api';
import { ProjectForm } from './ProjectForm';

/** One project: its fields, status steps, the quota table against the adopted plan, the start-up meeting checklist. */
export function BuildingProjectPage({ id }: { id: string }) {
  const { t } = useI18n();
  const project = useResource(`bp:${id}`, (signal) => getProject(id, signal));
  const title = project.status === 'ready' ? project.data.name : t.buildingProjects.title;
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.buildingProjects}>{t.buildingProjects.back}</AppLink>
      </Paragraph>
      <ResourceView resource={project}>{(data) => <ProjectView project={data} onChanged={project.replace} />}</ResourceView>
    </Page>
  );
}

function ProjectView({ project: p, onChanged }: { project: Project; onChanged: (p: Project) => void }) {
  const { t, locale } = useI18n();
  const b = t.buildingProjects;
  const date = (d: string | null) => (d ? formatDate(locale, d) : '–');
  return (
    <>
      <section aria-labelledby="bp-details" className="section">
        <Heading level={2} data-size="sm" id="bp-details">
          {b.detailsHeading}
        </Heading>
        <dl className="key-figures">
          {(
            [
              [b.kind, b.kinds[p.kind]],
              [b.status, b.statuses[p.status]],
              [b.units, formatNumber(locale, p.unitsTotal)],
              [b.district, p.districtName ?? '–'],
              [b.reference, p.reference || '–'],
              [b.developer, p.developer || '–'],
              [b.startupMeetingOn, date(p.startupMeetingOn)],
              [b.expectedCompletionOn, date(p.expectedCompletionOn)],
              ...(p.completedOn ? [[b.completedOn, date(p.completedOn)]] : []),
            ] as Array<[string, string]>
          ).map(([label, value]) => (
            <div key={label} className="key-figures__item">
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
        {p.note && <Paragraph>{p.note}</Paragraph>}
      </section>
      <StatusSection project={p} onChanged={onChanged} />
      <QuotaSection project={p} onChanged={onChanged} />
      <ChecklistSection project={p} onChanged={onChanged} />
      <section aria-labelledby="bp-edit" className="section">
        <Heading level={2} data-size="sm" id="bp-edit">
          {b.editHeading}
        </Heading>
        <ProjectForm
          key={p.updatedAt}
          idPrefix="bp-edit"
          labelledBy="bp-edit"
          districts={p.districts}
          submitLabel={b.save}
          initial={{
            kind: p.kind,
            name: p.name,
            reference: p.reference,
            developer: p.developer,
            districtCode: p.districtCode ?? '',
            unitsTotal: String(p.unitsTotal),
            startupMeetingOn: p.startupMeetingOn ?? '',
            expectedCompletionOn: p.expectedCompletionOn ?? '',
            note: p.note,
          }}
          onSubmit={async (body) => onChanged(await updateProject(p.id, body))}
        />
      </section>
    </>
  );
}

function StatusSection({ project: p, onChanged }: { project: Project; onChanged: (p: Project) => void }) {
  const { t } = useI18n();
  const b = t.buildingProjects;
  const [error, setError] = useState<string | null>(null);
  const [busy, setBusy] = useState(false);
  const [changed, setChanged] = useState('');
  const currentIndex = PROJECT_STEPS.indexOf(p.status);
  const next = p.allowedNext.filter((s) => s !== 'cancelled');
  async function move(status: ProjectStatus) {
    if (busy) return;
    setBusy(true);
    setError(null);
    try {
      onChanged(await changeStatus(p.id, { status }));
      setChanged(b.statusChanged(b.statuses[status]));
    } catch (e) {
      setError(describeError(e, t));
    } finally {
      setBusy(false);
    }
  }
  return (
    <section aria-labelledby="bp-status" className="section">
      <Heading level={2} data-size="sm" id="bp-status">
        {b.stepsHeading}
      </Heading>
      {p.status === 'cancelled' && <Paragraph>{b.cancelledText}</Paragraph>}
      <ol aria-label={b.stepsLabel} className="bp-steps">
        {PROJECT_STEPS.map((step, i) => (
          <li key={step} aria-current={step === p.status ? 'step' : undefined}>
            {step === p.status ? <strong>{`${b.statuses[step]} ${b.currentStep}`}</strong> : i < currentIndex || p.status === 'completed' ? `${b.statuses[step]} ${b.doneStep}` : b.statuses[step]}
          </li>
        ))}
      </ol>
      <Paragraph role="status">{changed}</Paragraph>
      {error && (
        <Paragraph role="alert" className="confirm__error">
          {error}
        </Paragraph>
      )}
      <div className="form__actions">
        {next.map((s) => (
          <Button key={s} type="button" onClick={() => void move(s)} aria-disabled={busy || undefined}>
            {b.moveTo(b.statuses[s])}
          </Button>
        ))}
        {p.allowedNext.includes('cancelled') && <ConfirmAction label={b.cancel} question={b.cancelQuestion} confirmLabel={b.confirmCancel} onConfirm={async () => onChanged(await changeStatus(p.id, { status: 'cancelled' }))} />}
      </div>
    </section>
  );
}

function QuotaSection({ project: p, onChanged }: { project: Project; onChanged: (p: Project) => void }) {
  const { t, language, locale } = useI18n();
  const b = t.buildingProjects;
  const captionId = useId();
  return (
    <section aria-labelledby="bp-quota" className="section">
      <Heading level={2} data-size="sm" id="bp-quota">
        {b.quotaHeading}
      </Heading>
      {p.plan === null ? (
        <Paragraph>{b.quotaNoPlan}</Paragraph>
      ) : (
        <>
          <Paragraph>{b.quotaPlan(p.plan.title, p.plan.adoptedRef)}</Paragraph>
          <TableScroll captionId={captionId}>
            <Table className="data-table" data-size="sm">
              <caption id={captionId}>{b.quotaCaption}</caption>
              <Table.Head>
                <Table.Row>
                  <Table.HeaderCell scope="col">{b.group}</Table.HeaderCell>
                  <Table.HeaderCell scope="col">{b.rule}</Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {b.required}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col" className="numeric">
                    {b.planned}
                  </Table.HeaderCell>
                  <Table.HeaderCell scope="col">{b.result}</Table.HeaderCell>
                </Table.Row>
              </Table.Head>
              <Table.Body>
                {p.quotaLines.map((q) => (
                  <Table.Row key={q.groupKey}>
                    <Table.HeaderCell scope="row">{quotaGroupLabel(q.groupKey, language)}</Table.HeaderCell>
                    <Table.Cell>{b.ruleText(formatNumber(locale, q.sharePercent), q.minUnits)}</Table.Cell>
                    <Table.Cell className="numeric">{q.applies ? formatNumber(locale, q.requiredUnits) : '–'}</Table.Cell>
                    <Table.Cell className="numeric">{formatNumber(locale, q.plannedUnits)}</Table.Cell>
                    <Table.Cell>{!q.applies ? b.notApplicable : q.met ? b.met : b.shortBy(q.shortBy)}</Table.Cell>
                  </Table.Row>
                ))}
              </Table.Body>
            </Table>
          </TableScroll>
        </>
      )}
      <PlannedForm key={p.updatedAt} project={p} onChanged={onChanged} />
    </section>
  );
}

function PlannedForm({ project: p, onChanged }: { project: Project; onChanged: (p: Project) => void }) {
  const { t, language } = useI18n();
  const b = t.buildingProjects;
  type F = `units.${number}.plannedUnits`;
  const [values, setValues] = useState(() => p.plannedUnits.map((u) => String(u.plannedUnits)));
  const form = useFormSubmit<F>();
  const ids = Object.fromEntries(p.plannedUnits.map((u, i) => [`units.${i}.plannedUnits`, `bp-planned-${u.groupKey}`])) as Record<F, string>;
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<F> = {};
    values.forEach((v, i) => {
      if (!/^\d{1,6}$/.test(v.trim())) invalid[`units.${i}.plannedUnits`] = t.form.wholeNumber(b.plannedLabel(quotaGroupLabel(p.plannedUnits[i]!.groupKey, language)));
    });
    await form.submit(ids, invalid, async () => {
      onChanged(await setQuotaUnits(p.id, { units: p.plannedUnits.map((u, i) => ({ groupKey: u.groupKey, plannedUnits: Number(values[i]!.trim()) })) }));
    });
  }
  return (
    <form className="form block-gap" aria-labelledby="bp-planned" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="bp-planned">
        {b.plannedHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <div className="narrow">
        {p.plannedUnits.map((u, i) => (
          <Textfield
            key={u.groupKey}
            id={ids[`units.${i}.plannedUnits`]}
            label={quotaGroupLabel(u.groupKey, language)}
            inputMode="numeric"
            autoComplete="off"
            value={values[i] ?? ''}
            onChange={(e) => setValues((current) => current.map((c, j) => (j === i ? e.target.value : c)))}
            error={form.fieldErrors[`units.${i}.plannedUnits`]}
          />
        ))}
      </div>
      <FormActions label={b.savePlanned} submitting={form.submitting} />
    </form>
  );
}

function ChecklistSection({ project: p, onChanged }: { project: Project; onChanged: (p: Project) => void }) {
  const { t } = useI18n();
  const b = t.buildingProjects;
  return (
    <section aria-labelledby="bp-checklist" className="section">
      <Heading level={2} data-size="sm" id="bp-checklist">
        {b.checklistHeading}
      </Heading>
      <Paragraph data-size="sm">{b.checklistIntro}</Paragraph>
      <Paragraph>{b.checklistProgress(p.checklistDone, p.checklistTotal)}</Paragraph>
      <ul className="bp-checklist">
        {p.checklist.map((entry) => (
          <li key={entry.key}>
            <CheckItem projectId={p.id} entry={entry} onChanged={onChanged} />
          </li>
        ))}
      </ul>
    </section>
  );
}

function CheckItem({ projectId, entry, onChanged }: { projectId: string; entry: Project['checklist'][number]; onChanged: (p: Project) => void }) {
  const { t, language, locale } = useI18n();
  const b = t.buildingProjects;
  const item = STARTUP_CHECKLIST.find((i) => i.key === entry.key);
  const text = item ? item[language] : entry.key;
  const [done, setDone] = useState(entry.done);
  const [note, setNote] = useState(entry.note);
  const form = useFormSubmit<'done' | 'note'>();
  const ids = { done: `bp-check-${entry.key}`, note: `bp-check-${entry.key}-note` };
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    await form.submit(ids, {}, async () => onChanged(await setCheck(projectId, entry.key, { done, note: note.trim() })));
  }
  return (
    <form className="form" aria-label={text} onSubmit={handleSubmit} noValidate>
      <ErrorSummary errors={form.summary} />
      <Checkbox id={ids.done} label={text} checked={done} onChange={(e) => setDone(e.target.checked)} />
      <Textfield id={ids.note} label={b.checkNote} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} autoComplete="off" />
      {entry.checkedByName && entry.checkedAt && <Paragraph data-size="sm">{b.checkedBy(entry.checkedByName, formatDateTime(locale, entry.checkedAt))}</Paragraph>}
      <FormActions label={b.saveCheck} submitting={form.submitting} />
    </form>
  );
}
