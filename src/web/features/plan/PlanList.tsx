import { Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useId, useState, type FormEvent } from 'react';
import { formatDate } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createPlan, listPlans, type PlanList as PlanListDto } from './plan.api';

/** The municipality's action plans (adopted first) and, for the manager, the form for a new plan. */
export function PlanList() {
  const { t } = useI18n();
  const plans = useResource('plan-list', (signal) => listPlans(signal));
  return (
    <section className="section" aria-labelledby="plan-list-heading">
      <Heading level={2} data-size="sm" id="plan-list-heading">
        {t.plan.plansHeading}
      </Heading>
      <ResourceView resource={plans}>{(data) => <PlanTable list={data} />}</ResourceView>
    </section>
  );
}

function PlanTable({ list }: { list: PlanListDto }) {
  const { t, locale } = useI18n();
  const p = t.plan;
  const captionId = useId();
  return (
    <>
      {list.plans.length === 0 ? (
        <Paragraph>{p.noPlans}</Paragraph>
      ) : (
        <TableScroll captionId={captionId}>
          <Table className="data-table" data-size="sm">
            <caption id={captionId}>
              {p.plansHeading}
            </caption>
            <Table.Head>
              <Table.Row>
                <Table.HeaderCell scope="col">{p.title}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.year}</Table.HeaderCell>
                <Table.HeaderCell scope="col">{p.status}</Table.HeaderCell>
              </Table.Row>
            </Table.Head>
            <Table.Body>
              {list.plans.map((plan) => (
                <Table.Row key={plan.id}>
                  <Table.HeaderCell scope="row">
                    <AppLink href={paths.actionPlan(plan.id)}>{plan.title}</AppLink>
                  </Table.HeaderCell>
                  <Table.Cell>{p.years(plan.fromYear, plan.toYear)}</Table.Cell>
                  <Table.Cell>
                    {p.planStatus[plan.status]}
                    {plan.adoptedOn && plan.status === 'adopted' ? ` ${formatDate(locale, plan.adoptedOn)}` : ''}
                  </Table.Cell>
                </Table.Row>
              ))}
            </Table.Body>
          </Table>
        </TableScroll>
      )}
      {list.canEdit && <NewPlanForm />}
    </>
  );
}

type NewPlanField = 'title' | 'fromYear' | 'toYear';

function NewPlanForm() {
  const { t } = useI18n();
  const p = t.plan;
  const ids: Record<NewPlanField, string> = { title: 'plan-new-title', fromYear: 'plan-new-from', toYear: 'plan-new-to' };
  const [values, setValues] = useState<Record<NewPlanField, string>>({ title: '', fromYear: '', toYear: '' });
  const form = useFormSubmit<NewPlanField>();
  const set = (field: NewPlanField) => (e: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: e.target.value }));
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<NewPlanField> = {};
    if (!values.title.trim()) invalid.title = t.form.required(p.title);
    for (const field of ['fromYear', 'toYear'] as const) {
      const label = field === 'fromYear' ? p.fromYear : p.toYear;
      if (!values[field].trim()) invalid[field] = t.form.required(label);
      else if (!/^\d{4}$/.test(values[field].trim())) invalid[field] = t.form.wholeNumber(label);
    }
    let created: string | null = null;
    const ok = await form.submit(ids, invalid, async () => {
      created = (await createPlan({ title: values.title.trim(), fromYear: Number(values.fromYear), toYear: Number(values.toYear) })).id;
    });
    if (ok && created) navigate(paths.actionPlan(created));
  }
  return (
    <form className="form block-gap" aria-labelledby="plan-new-heading" onSubmit={handleSubmit} noValidate>
      <Heading level={3} data-size="xs" id="plan-new-heading">
        {p.newPlanHeading}
      </Heading>
      <ErrorSummary errors={form.summary} />
      <Textfield id={ids.title} label={p.title} value={values.title} onChange={set('title')} error={form.fieldErrors.title} autoComplete="off" />
      <div className="narrow">
        <Textfield id={ids.fromYear} label={p.fromYear} inputMode="numeric" value={values.fromYear} onChange={set('fromYear')} error={form.fieldErrors.fromYear} autoComplete="off" />
        <Textfield id={ids.toYear} label={p.toYear} inputMode="numeric" value={values.toYear} onChange={set('toYear')} error={form.fieldErrors.toYear} autoComplete="off" />
      </div>
      <FormActions label={p.create} submitting={form.submitting} />
    </form>
  );
}
