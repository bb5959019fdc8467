import { Button, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { formatDate, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { navigate } from '../../app/router';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { createPlan, listCandidates, type Candidate } from './rent-to-own.api';

/** Starts a rent-to-own plan: choose a tenant whose dwelling has rent-to-own potential, then the plan, target date and start-loan case. */
export function NewPlanPage() {
  const { t } = useI18n();
  const r = t.rentToOwn;
  const candidates = useResource('rto-candidates', listCandidates);
  const [chosen, setChosen] = useState<Candidate | null>(null);
  const chosenRef = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (chosen) chosenRef.current?.focus();
  }, [chosen]);
  return (
    <Page title={r.newTitle}>
      <Paragraph>
        <AppLink href={paths.rentToOwn}>{r.backToList}</AppLink>
      </Paragraph>
      <Paragraph>{r.newIntro}</Paragraph>
      <section aria-labelledby="rto-tenant" className="section section--first">
        <Heading level={2} data-size="sm" id="rto-tenant">
          {r.tenantHeading}
        </Heading>
        {chosen ? (
          <div className="list-card block-gap" role="group" ref={chosenRef} tabIndex={-1} aria-labelledby="rto-chosen">
            <Heading level={3} data-size="xs" id="rto-chosen">
              {r.chosenTenant(chosen.name)}
            </Heading>
            <Paragraph>{chosen.address ?? r.addressProtected}</Paragraph>
            <Button id="rto-change" type="button" variant="secondary" data-size="sm" onClick={() => setChosen(null)}>
              {r.changeTenant}
            </Button>
          </div>
        ) : (
          <ResourceView resource={candidates}>{(items) => <Candidates items={items} onChoose={setChosen} />}</ResourceView>
        )}
      </section>
      {chosen && <PlanForm key={chosen.leaseId} chosen={chosen} />}
    </Page>
  );
}

function Candidates({ items, onChoose }: { items: readonly Candidate[]; onChoose: (c: Candidate) => void }) {
  const { t, locale } = useI18n();
  const r = t.rentToOwn;
  const captionId = useId();
  if (items.length === 0) return <Paragraph>{r.noCandidates}</Paragraph>;
  return (
    <TableScroll captionId={captionId}>
      <Table zebra className="data-table data-table--wide" data-size="sm" data-testid="rto-candidates">
        <caption id={captionId}>{r.candidatesCaption}</caption>
        <Table.Head>
          <Table.Row>
            <Table.HeaderCell scope="col">{r.household}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.dwelling}</Table.HeaderCell>
            <Table.HeaderCell scope="col">{r.leaseSince}</Table.HeaderCell>
            <Table.HeaderCell scope="col" className="numeric">
              {r.rent}
            </Table.HeaderCell>
            <Table.HeaderCell scope="col">
              <span className="ds-sr-only">{r.choose}</span>
            </Table.HeaderCell>
          </Table.Row>
        </Table.Head>
        <Table.Body>
          {items.map((c) => (
            <Table.Row key={c.leaseId}>
              <Table.HeaderCell scope="row">{c.name}</Table.HeaderCell>
              <Table.Cell>{c.address ?? r.addressProtected}</Table.Cell>
              <Table.Cell className="nowrap">{formatDate(locale, c.leaseStartDate)}</Table.Cell>
              <Table.Cell className="numeric nowrap">{formatKroner(locale, c.monthlyRent)}</Table.Cell>
              <Table.Cell>
                <Button type="button" variant="secondary" data-size="sm" aria-label={r.chooseLabel(c.name)} onClick={() => onChoose(c)}>
                  {r.choose}
                </Button>
              </Table.Cell>
            </Table.Row>
          ))}
        </Table.Body>
      </Table>
    </TableScroll>
  );
}

type Field = 'leaseId' | 'plan' | 'targetOn' | 'startLoanCaseId';
const IDS: Record<Field, string> = { leaseId: 'rto-change', plan: 'rto-plan', targetOn: 'rto-target', startLoanCaseId: 'rto-case' };

function PlanForm({ chosen }: { chosen: Candidate }) {
  const { t, locale } = useI18n();
  const r = t.rentToOwn;
  const [plan, setPlan] = useState('');
  const [targetOn, setTargetOn] = useState('');
  const [caseId, setCaseId] = useState(chosen.startLoanCaseOptions.length === 1 ? (chosen.startLoanCaseOptions[0]?.id ?? '') : '');
  const form = useFormSubmit<Field>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    if (!plan.trim()) invalid.plan = t.form.required(r.plan);
    await form.submit(IDS, invalid, async () => {
      const created = await createPlan({ leaseId: chosen.leaseId, plan: plan.trim(), targetOn: targetOn || null, startLoanCaseId: caseId || null });
      navigate(paths.rentToOwnPlan(created.id));
    });
  }
  return (
    <section aria-labelledby="rto-plan-heading" className="section">
      <Heading level={2} data-size="sm" id="rto-plan-heading">
        {r.planHeading}
      </Heading>
      <form className="form block-gap" aria-labelledby="rto-plan-heading" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Textfield id={IDS.plan} multiline rows={5} label={r.plan} description={r.planHint} value={plan} onChange={(e) => setPlan(e.target.value)} error={form.fieldErrors.plan} />
        <div className="narrow">
          <Textfield id={IDS.targetOn} type="date" label={r.targetOn} description={r.optional} value={targetOn} onChange={(e) => setTargetOn(e.target.value)} error={form.fieldErrors.targetOn} />
        </div>
        {chosen.startLoanCaseOptions.length > 0 ? (
          <SelectField
            id={IDS.startLoanCaseId}
            label={r.startLoanCase}
            description={r.startLoanCaseHint}
            placeholder={r.noCaseYet}
            value={caseId}
            onChange={setCaseId}
            options={chosen.startLoanCaseOptions.map((c) => ({ value: c.id, label: r.caseOption(c.caseNumber, formatDate(locale, c.receivedOn)) }))}
            error={form.fieldErrors.startLoanCaseId}
          />
        ) : (
          <Paragraph data-size="sm">{r.noStartLoanCases}</Paragraph>
        )}
        <FormActions label={r.createSubmit} submitting={form.submitting} />
      </form>
    </section>
  );
}
