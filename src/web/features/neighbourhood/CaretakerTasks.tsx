import { Button, Checkbox, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import type { Building, CaretakerTask, NeighbourhoodStaff } from '../../../contracts/neighbourhood';
import { CARETAKER_TASK_KINDS, canManageCaretakerTasks, type CaretakerTaskKind } from '../../../domain/neighbourhood';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useCurrentSession } from '../../app/SessionProvider';
import { AppLink } from '../../components/AppLink';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { completeTask, createTask } from './neighbourhood.api';
import { todayIso } from './neighbourhood-format';

/**
 * The caretaker's (miljøvaktmester) task list: a table with «mark as done» per open task, the
 * done form (date, residents took part) and the form for a new task. Used on a building's page
 * and on the caretaker's own page across buildings.
 */
export function CaretakerTaskList({ tasks, showBuilding, onChanged }: { tasks: readonly CaretakerTask[]; showBuilding: boolean; onChanged: () => Promise<void> }) {
  const { t, locale } = useI18n();
  const k = t.caretaker;
  const { role } = useCurrentSession();
  const manages = canManageCaretakerTasks(role);
  const [doing, setDoing] = useState<CaretakerTask | null>(null);
  const [notice, setNotice] = useState('');
  const captionId = useId();
  return (
    <>
      <Paragraph role="status">{notice}</Paragraph>
      <TableScroll captionId={captionId}>
        <Table zebra className="data-table">
          <caption id={captionId} className="ds-sr-only">
            {k.caption}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{k.description}</Table.HeaderCell>
              {showBuilding && <Table.HeaderCell scope="col">{k.building}</Table.HeaderCell>}
              <Table.HeaderCell scope="col">{k.kind}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{k.createdOn}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{k.status}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{k.assignedTo}</Table.HeaderCell>
              {manages && (
                <Table.HeaderCell scope="col">
                  <span className="ds-sr-only">{k.markDone}</span>
                </Table.HeaderCell>
              )}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {tasks.map((task) => (
              <Table.Row key={task.id}>
                <Table.HeaderCell scope="row">{task.description}</Table.HeaderCell>
                {showBuilding && (
                  <Table.Cell>
                    <AppLink href={paths.building(task.building.slug)}>{task.building.label}</AppLink>
                  </Table.Cell>
                )}
                <Table.Cell>{k.kinds[task.kind]}</Table.Cell>
                <Table.Cell className="nowrap">{formatDate(locale, task.createdOn)}</Table.Cell>
                <Table.Cell>
                  {task.doneOn ? k.doneOn(formatDate(locale, task.doneOn)) : k.open}
                  {task.residentsTookPart && <span className="secondary-line">{k.residentsTookPart}</span>}
                </Table.Cell>
                <Table.Cell>{task.assignedTo?.name ?? k.nobody}</Table.Cell>
                {manages && (
                  <Table.Cell>
                    {task.status === 'open' && (
                      <Button type="button" variant="secondary" data-size="sm" aria-label={k.markDoneLabel(task.description)} onClick={() => setDoing(task)}>
                        {k.markDone}
                      </Button>
                    )}
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {doing && (
        <div className="list-card block-gap">
          <DoneForm
            key={doing.id}
            task={doing}
            onCancel={() => setDoing(null)}
            onSaved={async () => {
              await onChanged();
              setDoing(null);
              setNotice(k.saved);
            }}
          />
        </div>
      )}
    </>
  );
}

type DoneField = 'doneOn' | 'residentsTookPart';

function DoneForm({ task, onSaved, onCancel }: { task: CaretakerTask; onSaved: () => Promise<void>; onCancel: () => void }) {
  const { t } = useI18n();
  const k = t.caretaker;
  const ids: Record<DoneField, string> = { doneOn: 'task-done-date', residentsTookPart: 'task-done-residents' };
  const [doneOn, setDoneOn] = useState(todayIso);
  const [residents, setResidents] = useState(false);
  const form = useFormSubmit<DoneField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<DoneField> = {};
    if (!doneOn) invalid.doneOn = t.form.required(k.doneDate);
    await form.submit(ids, invalid, async () => {
      await completeTask(task.id, { doneOn, residentsTookPart: residents });
      await onSaved();
    });
  }

  return (
    <form className="form" aria-labelledby="task-done-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="task-done-heading">
        {k.doneHeading(task.description)}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.doneOn} type="date" label={k.doneDate} value={doneOn} onChange={(e) => setDoneOn(e.target.value)} error={form.fieldErrors.doneOn} />
      <Checkbox id={ids.residentsTookPart} label={k.residentsLabel} checked={residents} onChange={(e) => setResidents(e.target.checked)} />
      <FormActions label={k.save} submitting={form.submitting}>
        <Button type="button" variant="tertiary" onClick={onCancel}>
          {t.common.cancel}
        </Button>
      </FormActions>
    </form>
  );
}

type AddField = 'buildingKey' | 'kind' | 'description' | 'assignedToId';

/** A new task; with `buildingKey` for that building, else the building is chosen from the list. */
export function AddTaskForm({
  buildingKey,
  buildings,
  staff,
  onSaved,
}: {
  buildingKey?: string;
  buildings?: readonly Building[];
  staff: NeighbourhoodStaff['items'];
  onSaved: (task: CaretakerTask) => Promise<void>;
}) {
  const { t } = useI18n();
  const k = t.caretaker;
  const ids: Record<AddField, string> = { buildingKey: 'task-building', kind: 'task-kind', description: 'task-description', assignedToId: 'task-assigned' };
  const [building, setBuilding] = useState(buildingKey ?? '');
  const [kind, setKind] = useState<CaretakerTaskKind | ''>('');
  const [description, setDescription] = useState('');
  const [assigned, setAssigned] = useState('');
  const form = useFormSubmit<AddField>();

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<AddField> = {};
    if (!building) invalid.buildingKey = t.form.chooseRequired(k.building);
    if (!kind) invalid.kind = t.form.chooseRequired(k.kind);
    if (!description.trim()) invalid.description = t.form.required(k.description);
    else if (description.trim().length > 2000) invalid.description = t.form.tooLong(k.description, 2000);
    const ok = await form.submit(ids, invalid, async () => {
      await onSaved(await createTask({ buildingKey: building, kind: kind as CaretakerTaskKind, description: description.trim(), assignedToId: assigned || null }));
    });
    if (ok) {
      setKind('');
      setDescription('');
      setAssigned('');
      if (!buildingKey) setBuilding('');
    }
  }

  return (
    <form className="form form--readable list-card block-gap" aria-labelledby="task-add-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="task-add-heading">
        {k.addHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      {!buildingKey && (
        <SelectField
          id={ids.buildingKey}
          label={k.building}
          placeholder={k.chooseBuilding}
          value={building}
          onChange={setBuilding}
          options={(buildings ?? []).map((b) => ({ value: b.key, label: b.districtName ? `${b.label} (${b.districtName})` : b.label }))}
          error={form.fieldErrors.buildingKey}
        />
      )}
      <RadioGroup<CaretakerTaskKind>
        id={ids.kind}
        legend={k.kind}
        options={CARETAKER_TASK_KINDS.map((value) => ({ value, label: k.kinds[value] }))}
        value={kind}
        onChange={setKind}
        error={form.fieldErrors.kind}
      />
      <Textfield id={ids.description} label={k.description} description={k.descriptionHint} autoComplete="off" value={description} onChange={(e) => setDescription(e.target.value)} error={form.fieldErrors.description} />
      <SelectField
        id={ids.assignedToId}
        label={k.assignTo}
        description={k.assignHint}
        placeholder={k.nobody}
        value={assigned}
        onChange={setAssigned}
        options={staff.map((s) => ({ value: s.id, label: `${s.name} (${t.roles[s.role]})` }))}
        error={form.fieldErrors.assignedToId}
      />
      <FormActions label={k.add} submitting={form.submitting} />
    </form>
  );
}
