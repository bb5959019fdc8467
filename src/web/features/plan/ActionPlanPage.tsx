import { Alert, Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent, type ReactNode } from 'react';
import { MEASURE_STATUSES } from '../../../contracts/plan';
import { findIndicator, INDICATORS } from '../../../domain/indicators/definitions';
import { QUOTA_GROUPS, quotaGroupLabel } from '../../../domain/plan/quotas';
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
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import * as api from './plan.api';
import type { PlanDto, RevisionDto, RevisionList } from './plan.api';
import './plan.css';

type Goal = PlanDto['goals'][number];
type Measure = Goal['measures'][number];

/**
 * One action plan (/styring/planer/:id): header and status (adopt / archive), goals with their
 * measures, targets per year, quotas for building projects and the revision history with what
 * each revision changed. The manager edits; the politician reads.
 */
export function ActionPlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const plan = useResource(`plan:${id}`, (signal) => api.getPlan(id, signal));
  const revisions = useResource(`plan-revisions:${id}`, (signal) => api.listRevisions(id, signal));
  const title = plan.status === 'ready' ? plan.data.title : t.plan.dashboardTitle;
  const changed = (dto?: PlanDto) => {
    if (dto) plan.replace(dto);
    else void plan.refresh();
    void revisions.refresh();
  };
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.dashboard}>{t.plan.backToDashboard}</AppLink>
      </Paragraph>
      <ResourceView resource={plan}>
        {(data) => (
          <>
            <PlanHeader plan={data} onChanged={changed} />
            <GoalsSection plan={data} onChanged={changed} />
            <TargetsSection plan={data} onChanged={changed} />
            <QuotasSection plan={data} onChanged={changed} />
            <ResourceView resource={revisions}>{(list) => <RevisionsSection planId={data.id} list={list} />}</ResourceView>
          </>
        )}
      </ResourceView>
    </Page>
  );
}

type Changed = (dto?: PlanDto) => void;

/** A form's state: values by field, the shared submit, and a «saved» line. */
function useValues<F extends string>(initial: Record<F, string>) {
  const [values, setValues] = useState(initial);
  const set = (field: F) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  const setValue = (field: F) => (value: string) => setValues((v) => ({ ...v, [field]: value }));
  return { values, set, setValue, reset: () => setValues(initial) };
}

const yearOk = (s: string) => /^\d{4}$/.test(s.trim());
const numberOf = (s: string) => Number(s.trim().replace(',', '.'));
const numberOk = (s: string) => s.trim() !== '' && Number.isFinite(numberOf(s));

function Saved({ show }: { show: boolean }) {
  const { t } = useI18n();
  return show ? <span role="status">{t.plan.saved}</span> : null;
}

/* ---------- Header ---------- */

function PlanHeader({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  return (
    <section className="section section--first" aria-labelledby="plan-status-heading">
      <Heading level={2} data-size="sm" id="plan-status-heading">
        {p.planStatus[plan.status]} · {p.years(plan.fromYear, plan.toYear)}
      </Heading>
      {plan.adoptedOn && plan.adoptedRef && <Paragraph>{p.adoptedLine(formatDate(locale, plan.adoptedOn), plan.adoptedRef)}</Paragraph>}
      <Paragraph data-size="sm" data-testid="plan-revision">
        {p.revisionLine(plan.revision, formatDateTime(locale, plan.updatedAt))}
      </Paragraph>
      {!plan.canEdit && (
        <Alert data-color="info" className="block-gap">
          <Paragraph>{p.readOnly}</Paragraph>
        </Alert>
      )}
      {plan.canEdit && plan.status !== 'archived' && <EditPlanForm plan={plan} onChanged={onChanged} />}
      {plan.canEdit && plan.status !== 'adopted' && <AdoptForm plan={plan} onChanged={onChanged} />}
      {plan.canEdit && plan.status === 'adopted' && (
        <div className="block-gap">
          <ConfirmAction label={p.archive} question={p.archiveQuestion} confirmLabel={p.archiveConfirm} onConfirm={async () => onChanged(await api.archivePlan(plan.id))} />
        </div>
      )}
    </section>
  );
}

type PlanField = 'title' | 'fromYear' | 'toYear';

function EditPlanForm({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t } = useI18n();
  const p = t.plan;
  const ids: Record<PlanField, string> = { title: 'plan-title', fromYear: 'plan-from', toYear: 'plan-to' };
  const v = useValues<PlanField>({ title: plan.title, fromYear: String(plan.fromYear), toYear: String(plan.toYear) });
  const form = useFormSubmit<PlanField>();
  const [saved, setSaved] = useState(false);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<PlanField> = {};
    if (!v.values.title.trim()) invalid.title = t.form.required(p.title);
    if (!yearOk(v.values.fromYear)) invalid.fromYear = t.form.wholeNumber(p.fromYear);
    if (!yearOk(v.values.toYear)) invalid.toYear = t.form.wholeNumber(p.toYear);
    const ok = await form.submit(ids, invalid, async () => onChanged(await api.updatePlan(plan.id, { title: v.values.title.trim(), fromYear: Number(v.values.fromYear), toYear: Number(v.values.toYear) })));
    setSaved(ok);
  }
  return (
    <form className="form block-gap" aria-labelledby="plan-edit-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="plan-edit-heading">
        {p.editPlanHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.title} label={p.title} value={v.values.title} onChange={v.set('title')} error={form.fieldErrors.title} autoComplete="off" />
      <div className="narrow">
        <Textfield id={ids.fromYear} label={p.fromYear} inputMode="numeric" value={v.values.fromYear} onChange={v.set('fromYear')} error={form.fieldErrors.fromYear} autoComplete="off" />
        <Textfield id={ids.toYear} label={p.toYear} inputMode="numeric" value={v.values.toYear} onChange={v.set('toYear')} error={form.fieldErrors.toYear} autoComplete="off" />
      </div>
      <FormActions label={p.save} submitting={form.submitting}>
        <Saved show={saved} />
      </FormActions>
    </form>
  );
}

type AdoptField = 'adoptedOn' | 'adoptedRef';

function AdoptForm({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t } = useI18n();
  const p = t.plan;
  const ids: Record<AdoptField, string> = { adoptedOn: 'plan-adopted-on', adoptedRef: 'plan-adopted-ref' };
  const v = useValues<AdoptField>({ adoptedOn: '', adoptedRef: '' });
  const form = useFormSubmit<AdoptField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<AdoptField> = {};
    if (!v.values.adoptedOn) invalid.adoptedOn = t.form.required(p.adoptedOn);
    if (!v.values.adoptedRef.trim()) invalid.adoptedRef = t.form.required(p.adoptedRef);
    await form.submit(ids, invalid, async () => onChanged(await api.adoptPlan(plan.id, { adoptedOn: v.values.adoptedOn, adoptedRef: v.values.adoptedRef.trim() })));
  }
  return (
    <form className="form block-gap" aria-labelledby="plan-adopt-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="plan-adopt-heading">
        {p.adoptHeading}
      </Heading>
      <Paragraph data-size="sm">{p.adoptNote}</Paragraph>
      <ErrorSummary errors={form.summary} />
      <div className="narrow">
        <Textfield id={ids.adoptedOn} type="date" label={p.adoptedOn} value={v.values.adoptedOn} onChange={v.set('adoptedOn')} error={form.fieldErrors.adoptedOn} />
        <Textfield id={ids.adoptedRef} label={p.adoptedRef} description={p.adoptedRefHint} value={v.values.adoptedRef} onChange={v.set('adoptedRef')} error={form.fieldErrors.adoptedRef} autoComplete="off" />
      </div>
      <FormActions label={p.adopt} submitting={form.submitting} />
    </form>
  );
}

/* ---------- Goals and measures ---------- */

function GoalsSection({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t } = useI18n();
  const p = t.plan;
  const editable = plan.canEdit && plan.status !== 'archived';
  const move = async (index: number, by: number) => {
    const order = plan.goals.map((g) => g.id);
    const [moved] = order.splice(index, 1);
    order.splice(index + by, 0, moved!);
    onChanged(await api.reorderGoals(plan.id, order));
  };
  return (
    <section className="section" aria-labelledby="plan-goals-heading">
      <Heading level={2} data-size="sm" id="plan-goals-heading">
        {p.goalsHeading}
      </Heading>
      {plan.goals.length === 0 && <Paragraph>{p.noGoals}</Paragraph>}
      {plan.goals.map((goal, index) => (
        <article key={goal.id} className="plan-goal" aria-labelledby={`plan-goal-${goal.id}`} data-goal={goal.title}>
          <Heading level={3} data-size="xs" id={`plan-goal-${goal.id}`}>
            {p.goalNumber(index + 1)}: {goal.title}
          </Heading>
          {goal.description && <Paragraph>{goal.description}</Paragraph>}
          {editable && (
            <div className="plan-inline-actions">
              {index > 0 && (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => void move(index, -1)}>
                  {p.moveUp(goal.title)}
                </Button>
              )}
              {index < plan.goals.length - 1 && (
                <Button type="button" variant="tertiary" data-size="sm" onClick={() => void move(index, 1)}>
                  {p.moveDown(goal.title)}
                </Button>
              )}
              <Toggle label={p.editGoal}>{(close) => <GoalForm plan={plan} goal={goal} onChanged={(dto) => { onChanged(dto); close(); }} />}</Toggle>
              <ConfirmAction
                label={p.removeGoal}
                question={p.removeGoalQuestion(goal.title)}
                confirmLabel={p.remove}
                onConfirm={async () => {
                  await api.removeGoal(plan.id, goal.id);
                  onChanged();
                }}
              />
            </div>
          )}
          <MeasuresTable plan={plan} goal={goal} editable={editable} onChanged={onChanged} />
          {editable && <Toggle label={p.addMeasure}>{(close) => <MeasureForm plan={plan} goal={goal} onChanged={(dto) => { onChanged(dto); close(); }} />}</Toggle>}
        </article>
      ))}
      {editable && <GoalForm plan={plan} onChanged={onChanged} />}
    </section>
  );
}

/** A button that opens a form in place (and back); focus stays on the page. */
function Toggle({ label, children }: { label: string; children: (close: () => void) => ReactNode }) {
  const { t } = useI18n();
  const [open, setOpen] = useState(false);
  return open ? (
    <div className="block-gap">
      {children(() => setOpen(false))}
      <Button type="button" variant="tertiary" data-size="sm" onClick={() => setOpen(false)}>
        {t.plan.cancel}
      </Button>
    </div>
  ) : (
    <Button type="button" variant="secondary" data-size="sm" onClick={() => setOpen(true)}>
      {label}
    </Button>
  );
}

type GoalField = 'title' | 'description';

function GoalForm({ plan, goal, onChanged }: { plan: PlanDto; goal?: Goal; onChanged: Changed }) {
  const { t } = useI18n();
  const p = t.plan;
  const prefix = goal ? `goal-${goal.id}` : 'goal-new';
  const ids: Record<GoalField, string> = { title: `${prefix}-title`, description: `${prefix}-description` };
  const v = useValues<GoalField>({ title: goal?.title ?? '', description: goal?.description ?? '' });
  const form = useFormSubmit<GoalField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<GoalField> = {};
    if (!v.values.title.trim()) invalid.title = t.form.required(p.goalTitle);
    const body = { title: v.values.title.trim(), description: v.values.description.trim() };
    const ok = await form.submit(ids, invalid, async () => onChanged(goal ? await api.updateGoal(plan.id, goal.id, body) : await api.addGoal(plan.id, body)));
    if (ok && !goal) v.reset();
  }
  const headingId = `${prefix}-form`;
  return (
    <form className="form block-gap" aria-labelledby={headingId} onSubmit={handleSubmit} noValidate>
      <Heading level={goal ? 4 : 3} data-size="xs" id={headingId}>
        {goal ? p.editGoal : p.addGoal}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.title} label={p.goalTitle} value={v.values.title} onChange={v.set('title')} error={form.fieldErrors.title} autoComplete="off" />
      <Textfield id={ids.description} label={p.goalDescription} multiline rows={2} value={v.values.description} onChange={v.set('description')} error={form.fieldErrors.description} />
      <FormActions label={goal ? p.save : p.addGoal} submitting={form.submitting} />
    </form>
  );
}

function MeasuresTable({ plan, goal, editable, onChanged }: { plan: PlanDto; goal: Goal; editable: boolean; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  const captionId = useId();
  const [editing, setEditing] = useState<string | null>(null);
  if (goal.measures.length === 0) return <Paragraph data-size="sm">{p.noMeasures}</Paragraph>;
  return (
    <>
      <TableScroll captionId={captionId}>
        <Table className="data-table block-gap" data-size="sm">
          <caption id={captionId}>
            {p.measures}: {goal.title}
          </caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col">{p.measureTitle}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.owner}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.deadline}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.measureStatus}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.note}</Table.HeaderCell>
              {editable && <Table.HeaderCell scope="col">{p.edit}</Table.HeaderCell>}
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {goal.measures.map((m) => (
              <Table.Row key={m.id}>
                <Table.HeaderCell scope="row">{m.title}</Table.HeaderCell>
                <Table.Cell>{m.owner}</Table.Cell>
                <Table.Cell>{m.deadline ? formatDate(locale, m.deadline) : '–'}</Table.Cell>
                <Table.Cell>{p.measureStatuses[m.status]}</Table.Cell>
                <Table.Cell>{m.note}</Table.Cell>
                {editable && (
                  <Table.Cell>
                    <div className="plan-inline-actions">
                      <Button type="button" variant="tertiary" data-size="sm" aria-expanded={editing === m.id} onClick={() => setEditing(editing === m.id ? null : m.id)}>
                        {p.editMeasure(m.title)}
                      </Button>
                      <ConfirmAction
                        label={p.remove}
                        question={p.removeMeasureQuestion(m.title)}
                        confirmLabel={p.remove}
                        onConfirm={async () => {
                          await api.removeMeasure(plan.id, m.id);
                          onChanged();
                        }}
                      />
                    </div>
                  </Table.Cell>
                )}
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      {editing && goal.measures.some((m) => m.id === editing) && (
        <MeasureForm
          key={editing}
          plan={plan}
          goal={goal}
          measure={goal.measures.find((m) => m.id === editing)!}
          onChanged={(dto) => {
            setEditing(null);
            onChanged(dto);
          }}
        />
      )}
    </>
  );
}

type MeasureField = 'title' | 'owner' | 'deadline' | 'status' | 'note' | 'goalId';

function MeasureForm({ plan, goal, measure, onChanged }: { plan: PlanDto; goal: Goal; measure?: Measure; onChanged: Changed }) {
  const { t } = useI18n();
  const p = t.plan;
  const prefix = measure ? `measure-${measure.id}` : `measure-new-${goal.id}`;
  const ids: Record<MeasureField, string> = {
    title: `${prefix}-title`,
    owner: `${prefix}-owner`,
    deadline: `${prefix}-deadline`,
    status: `${prefix}-status`,
    note: `${prefix}-note`,
    goalId: `${prefix}-goal`,
  };
  const v = useValues<MeasureField>({
    title: measure?.title ?? '',
    owner: measure?.owner ?? '',
    deadline: measure?.deadline ?? '',
    status: measure?.status ?? 'planned',
    note: measure?.note ?? '',
    goalId: goal.id,
  });
  const form = useFormSubmit<MeasureField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<MeasureField> = {};
    if (!v.values.title.trim()) invalid.title = t.form.required(p.measureTitle);
    if (!v.values.owner.trim()) invalid.owner = t.form.required(p.owner);
    const body = {
      title: v.values.title.trim(),
      owner: v.values.owner.trim(),
      deadline: v.values.deadline || null,
      status: v.values.status as Measure['status'],
      note: v.values.note.trim(),
    };
    await form.submit(ids, invalid, async () =>
      onChanged(measure ? await api.updateMeasure(plan.id, measure.id, { ...body, ...(v.values.goalId !== goal.id ? { goalId: v.values.goalId } : {}) }) : await api.addMeasure(plan.id, goal.id, body)),
    );
  }
  const headingId = `${prefix}-form`;
  return (
    <form className="form block-gap" aria-labelledby={headingId} onSubmit={handleSubmit} noValidate>
      <Heading level={4} data-size="xs" id={headingId}>
        {measure ? p.editMeasure(measure.title) : p.addMeasureTo(goal.title)}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.title} label={p.measureTitle} value={v.values.title} onChange={v.set('title')} error={form.fieldErrors.title} autoComplete="off" />
      <Textfield id={ids.owner} label={p.owner} description={p.ownerHint} value={v.values.owner} onChange={v.set('owner')} error={form.fieldErrors.owner} autoComplete="off" />
      <div className="narrow">
        <Textfield id={ids.deadline} type="date" label={p.deadline} value={v.values.deadline} onChange={v.set('deadline')} error={form.fieldErrors.deadline} />
        <SelectField id={ids.status} label={p.measureStatus} value={v.values.status} onChange={v.setValue('status')} options={MEASURE_STATUSES.map((s) => ({ value: s, label: p.measureStatuses[s] }))} error={form.fieldErrors.status} />
        {measure && plan.goals.length > 1 && (
          <SelectField id={ids.goalId} label={p.goal} value={v.values.goalId} onChange={v.setValue('goalId')} options={plan.goals.map((g) => ({ value: g.id, label: g.title }))} error={form.fieldErrors.goalId} />
        )}
      </div>
      <Textfield id={ids.note} label={p.note} multiline rows={2} value={v.values.note} onChange={v.set('note')} error={form.fieldErrors.note} />
      <FormActions label={measure ? p.save : p.addMeasure} submitting={form.submitting} />
    </form>
  );
}

/* ---------- Targets ---------- */

function useIndicatorName() {
  const { language } = useI18n();
  return (id: string) => {
    const d = findIndicator(id);
    return d ? (language === 'en' ? d.name.en : d.name.nb) : id;
  };
}

function TargetsSection({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  const nameOf = useIndicatorName();
  const editable = plan.canEdit && plan.status !== 'archived';
  const years = [...new Set(plan.targets.map((x) => x.year))].sort();
  const goalTitle = (goalId: string | null) => plan.goals.find((g) => g.id === goalId)?.title ?? p.noGoal;
  return (
    <section className="section" aria-labelledby="plan-targets-heading">
      <Heading level={2} data-size="sm" id="plan-targets-heading">
        {p.targetsHeading}
      </Heading>
      {years.length === 0 && <Paragraph>{p.noTargetsAtAll}</Paragraph>}
      {years.map((year) => (
        <TableScroll key={year} captionId={`plan-targets-${year}`}>
          <Table className="data-table block-gap" data-size="sm">
            <caption id={`plan-targets-${year}`}>{p.targetsCaption(year)}</caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{p.indicator}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.goal}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.targetValue}</Table.HeaderCell>
                <Table.HeaderCell scope="col" className="numeric">
                  {p.tolerance}
                </Table.HeaderCell>
                {editable && <Table.HeaderCell scope="col">{p.remove}</Table.HeaderCell>}
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {plan.targets
                .filter((x) => x.year === year)
                .map((x) => (
                  <Table.Row key={`${x.indicatorId}@${x.year}`}>
                    <Table.HeaderCell scope="row">{nameOf(x.indicatorId)}</Table.HeaderCell>
                    <Table.Cell>{goalTitle(x.goalId)}</Table.Cell>
                    <Table.Cell>{p.targetText(p.directions[x.direction], formatNumber(locale, x.target))}</Table.Cell>
                    <Table.Cell className="numeric">{formatNumber(locale, x.tolerance)}</Table.Cell>
                    {editable && (
                      <Table.Cell>
                        <Button
                          type="button"
                          variant="tertiary"
                          data-size="sm"
                          onClick={async () => {
                            await api.removeTarget(plan.id, x.indicatorId, x.year);
                            onChanged();
                          }}
                        >
                          {p.removeTarget(nameOf(x.indicatorId), x.year)}
                        </Button>
                      </Table.Cell>
                    )}
                  </Table.Row>
                ))}
            </Table.Body>
          </Table>
        </TableScroll>
      ))}
      {editable && <TargetForm plan={plan} onChanged={onChanged} />}
    </section>
  );
}

type TargetField = 'indicatorId' | 'year' | 'goalId' | 'direction' | 'target' | 'tolerance';

function TargetForm({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t, language } = useI18n();
  const p = t.plan;
  const ids: Record<TargetField, string> = {
    indicatorId: 'target-indicator',
    year: 'target-year',
    goalId: 'target-goal',
    direction: 'target-direction',
    target: 'target-value',
    tolerance: 'target-tolerance',
  };
  const v = useValues<TargetField>({ indicatorId: '', year: String(plan.fromYear), goalId: '', direction: 'at_most', target: '', tolerance: '0' });
  const form = useFormSubmit<TargetField>();
  const [saved, setSaved] = useState(false);
  const years = Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => plan.fromYear + i);
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<TargetField> = {};
    if (!v.values.indicatorId) invalid.indicatorId = t.form.chooseRequired(p.indicator);
    if (!numberOk(v.values.target)) invalid.target = t.form.required(p.targetValue);
    if (!numberOk(v.values.tolerance) || numberOf(v.values.tolerance) < 0) invalid.tolerance = t.form.required(p.tolerance);
    const ok = await form.submit(ids, invalid, async () =>
      onChanged(
        await api.setTarget(plan.id, {
          indicatorId: v.values.indicatorId,
          year: Number(v.values.year),
          goalId: v.values.goalId || null,
          direction: v.values.direction as 'at_most' | 'at_least',
          target: numberOf(v.values.target),
          tolerance: numberOf(v.values.tolerance),
        }),
      ),
    );
    setSaved(ok);
  }
  return (
    <form className="form block-gap" aria-labelledby="target-form-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="target-form-heading">
        {p.addTarget}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <SelectField
        id={ids.indicatorId}
        label={p.indicator}
        placeholder={p.chooseIndicator}
        value={v.values.indicatorId}
        onChange={v.setValue('indicatorId')}
        options={INDICATORS.map((d) => ({ value: d.id, label: language === 'en' ? d.name.en : d.name.nb }))}
        error={form.fieldErrors.indicatorId}
      />
      <div className="narrow">
        <SelectField id={ids.year} label={p.year} value={v.values.year} onChange={v.setValue('year')} options={years.map((y) => ({ value: String(y), label: String(y) }))} error={form.fieldErrors.year} />
        <SelectField
          id={ids.goalId}
          label={p.goal}
          value={v.values.goalId}
          onChange={v.setValue('goalId')}
          options={[{ value: '', label: p.noGoal }, ...plan.goals.map((g) => ({ value: g.id, label: g.title }))]}
          error={form.fieldErrors.goalId}
        />
        <SelectField
          id={ids.direction}
          label={p.direction}
          value={v.values.direction}
          onChange={v.setValue('direction')}
          options={(['at_most', 'at_least'] as const).map((d) => ({ value: d, label: p.directions[d] }))}
          error={form.fieldErrors.direction}
        />
        <Textfield id={ids.target} label={p.targetValue} inputMode="decimal" value={v.values.target} onChange={v.set('target')} error={form.fieldErrors.target} autoComplete="off" />
        <Textfield id={ids.tolerance} label={p.tolerance} description={p.toleranceHint} inputMode="decimal" value={v.values.tolerance} onChange={v.set('tolerance')} error={form.fieldErrors.tolerance} autoComplete="off" />
      </div>
      <FormActions label={p.save} submitting={form.submitting}>
        <Saved show={saved} />
      </FormActions>
    </form>
  );
}

/* ---------- Quotas ---------- */

function QuotasSection({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t, language, locale } = useI18n();
  const p = t.plan;
  const editable = plan.canEdit && plan.status !== 'archived';
  return (
    <section className="section" aria-labelledby="plan-quotas-heading">
      <Heading level={2} data-size="sm" id="plan-quotas-heading">
        {p.quotasHeading}
      </Heading>
      <Paragraph data-size="sm">{p.quotasIntro}</Paragraph>
      {plan.quotas.length === 0 ? (
        <Paragraph>{p.noQuotas}</Paragraph>
      ) : (
        <ul>
          {plan.quotas.map((q) => (
            <li key={q.groupKey}>
              <strong>{quotaGroupLabel(q.groupKey, language)}</strong>: {p.quotaLine(formatNumber(locale, q.sharePercent), q.minUnits)}{' '}
              {editable && (
                <Button
                  type="button"
                  variant="tertiary"
                  data-size="sm"
                  onClick={async () => {
                    await api.removeQuota(plan.id, q.groupKey);
                    onChanged();
                  }}
                >
                  {p.removeQuota(quotaGroupLabel(q.groupKey, language))}
                </Button>
              )}
            </li>
          ))}
        </ul>
      )}
      {editable && <QuotaForm plan={plan} onChanged={onChanged} />}
    </section>
  );
}

type QuotaField = 'groupKey' | 'sharePercent' | 'minUnits';

function QuotaForm({ plan, onChanged }: { plan: PlanDto; onChanged: Changed }) {
  const { t, language } = useI18n();
  const p = t.plan;
  const ids: Record<QuotaField, string> = { groupKey: 'quota-group', sharePercent: 'quota-share', minUnits: 'quota-min' };
  const v = useValues<QuotaField>({ groupKey: QUOTA_GROUPS[0], sharePercent: '', minUnits: '0' });
  const form = useFormSubmit<QuotaField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<QuotaField> = {};
    if (!numberOk(v.values.sharePercent)) invalid.sharePercent = t.form.required(p.share);
    if (!/^\d+$/.test(v.values.minUnits.trim())) invalid.minUnits = t.form.wholeNumber(p.minUnits);
    await form.submit(ids, invalid, async () =>
      onChanged(await api.setQuota(plan.id, { groupKey: v.values.groupKey as (typeof QUOTA_GROUPS)[number], sharePercent: numberOf(v.values.sharePercent), minUnits: Number(v.values.minUnits) })),
    );
  }
  return (
    <form className="form block-gap" aria-labelledby="quota-form-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="quota-form-heading">
        {p.setQuota}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <div className="narrow">
        <SelectField id={ids.groupKey} label={p.group} value={v.values.groupKey} onChange={v.setValue('groupKey')} options={QUOTA_GROUPS.map((g) => ({ value: g, label: quotaGroupLabel(g, language) }))} error={form.fieldErrors.groupKey} />
        <Textfield id={ids.sharePercent} label={p.share} inputMode="decimal" value={v.values.sharePercent} onChange={v.set('sharePercent')} error={form.fieldErrors.sharePercent} autoComplete="off" />
        <Textfield id={ids.minUnits} label={p.minUnits} inputMode="numeric" value={v.values.minUnits} onChange={v.set('minUnits')} error={form.fieldErrors.minUnits} autoComplete="off" />
      </div>
      <FormActions label={p.setQuota} submitting={form.submitting} />
    </form>
  );
}

/* ---------- Revisions ---------- */

function RevisionsSection({ planId, list }: { planId: string; list: RevisionList }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  const captionId = useId();
  const [shown, setShown] = useState<number | null>(null);
  return (
    <section className="section" aria-labelledby="plan-revisions-heading">
      <Heading level={2} data-size="sm" id="plan-revisions-heading">
        {p.revisionsHeading}
      </Heading>
      <TableScroll captionId={captionId}>
        <Table className="data-table" data-size="sm" data-testid="plan-revisions">
          <caption id={captionId}>{p.revisionsCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell scope="col" className="numeric">
                {p.revision}
              </Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.summary}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.revisedBy}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.revisedAt}</Table.HeaderCell>
              <Table.HeaderCell scope="col">{p.diffChange.changed}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {list.revisions.map((r) => (
              <Table.Row key={r.revision}>
                <Table.Cell className="numeric">{r.revision}</Table.Cell>
                <Table.HeaderCell scope="row">{r.summary}</Table.HeaderCell>
                <Table.Cell>{r.revisedBy}</Table.Cell>
                <Table.Cell>{formatDateTime(locale, r.revisedAt)}</Table.Cell>
                <Table.Cell>
                  <Button type="button" variant="tertiary" data-size="sm" aria-expanded={shown === r.revision} aria-controls="plan-diff" onClick={() => setShown(shown === r.revision ? null : r.revision)}>
                    {p.showDiff(r.revision)}
                  </Button>
                </Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <div id="plan-diff" aria-live="polite">
        {shown !== null && <RevisionDiff planId={planId} revision={shown} />}
      </div>
    </section>
  );
}

function RevisionDiff({ planId, revision }: { planId: string; revision: number }) {
  const resource = useResource(`plan-revision:${planId}:${revision}`, (signal) => api.getRevision(planId, revision, signal));
  return <ResourceView resource={resource}>{(data) => <DiffView revision={data} />}</ResourceView>;
}

function DiffView({ revision }: { revision: RevisionDto }) {
  const { t, language } = useI18n();
  const p = t.plan;
  const nameOf = useIndicatorName();
  const goals = new Map(revision.snapshot.goals.map((g) => [g.id, g.title]));
  const label = (e: RevisionDto['diff'][number]) => {
    if (e.kind === 'target') {
      const [id = '', year = ''] = e.key.split('@');
      return `${nameOf(id)} ${year}`;
    }
    if (e.kind === 'quota') return quotaGroupLabel(e.key, language);
    return e.label;
  };
  const value = (field: string, v: string | number | boolean | null) => {
    if (v === null || v === '') return p.diffEmpty;
    if (field === 'goalId' && typeof v === 'string') return goals.get(v) ?? v;
    if (field === 'status' && typeof v === 'string') return (p.planStatus as Record<string, string>)[v] ?? (p.measureStatuses as Record<string, string>)[v] ?? v;
    if (field === 'direction' && typeof v === 'string') return (p.directions as Record<string, string>)[v] ?? v;
    return `«${String(v)}»`;
  };
  return (
    <div className="block-gap" data-testid="plan-diff">
      <Heading level={3} data-size="xs">
        {p.diffHeading(revision.revision)}
      </Heading>
      <Paragraph data-size="sm">{revision.summary}</Paragraph>
      {revision.diff.length === 0 ? (
        <Paragraph>{p.diffNone}</Paragraph>
      ) : (
        <ul className="plan-diff">
          {revision.diff.map((e) => (
            <li key={`${e.kind}-${e.key}-${e.change}`}>
              <strong>
                {p.diffKind[e.kind]} – {p.diffChange[e.change].toLowerCase()}:
              </strong>{' '}
              {label(e)}
              {e.change === 'changed' && e.fields.length > 0 && (
                <ul>
                  {e.fields.map((f) => (
                    <li key={f.field}>
                      {p.diffFields[f.field] ?? f.field}: {value(f.field, f.before)} → {value(f.field, f.after)}
                    </li>
                  ))}
                </ul>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
