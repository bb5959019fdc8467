import { Heading, Paragraph, Tag, Textfield } from '@digdir/designsystemet-react';
import { useState, type FormEvent } from 'react';
import { RENT_TO_OWN_OUTCOMES, type RentToOwnOutcome } from '../../../domain/rent-to-own/plan';
import { formatDate, formatKroner } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { paths } from '../../app/routes';
import { useResource } from '../../app/useResource';
import { AppLink } from '../../components/AppLink';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { ResourceView } from '../../components/Loading';
import { Page } from '../../components/Page';
import { SelectField } from '../../components/SelectField';
import { useFormSubmit } from '../../components/useFormSubmit';
import { todayIso } from '../temporary/temporary-format';
import { getPlan, recordOutcome, updatePlan, type Plan } from './rent-to-own.api';
import { STATUS_COLOURS } from './RentToOwnPage';

/** One household's rent-to-own plan: the plan, the start-loan case, and the outcome. */
export function PlanPage({ id }: { id: string }) {
  const { t } = useI18n();
  const plan = useResource(`rto-plan:${id}`, (signal) => getPlan(id, signal));
  const title = plan.status === 'ready' ? t.rentToOwn.planTitle(plan.data.name) : t.rentToOwn.title;
  return (
    <Page title={title}>
      <Paragraph>
        <AppLink href={paths.rentToOwn}>{t.rentToOwn.backToList}</AppLink>
      </Paragraph>
      <ResourceView resource={plan}>{(data) => <PlanView plan={data} onChanged={plan.replace} />}</ResourceView>
    </Page>
  );
}

function PlanView({ plan: p, onChanged }: { plan: Plan; onChanged: (p: Plan) => void }) {
  const { t, locale } = useI18n();
  const r = t.rentToOwn;
  const date = (d: string | null) => (d ? formatDate(locale, d) : '–');
  return (
    <>
      <Paragraph>
        <Tag data-color={STATUS_COLOURS[p.status]}>{r.statuses[p.status]}</Tag>
      </Paragraph>
      <section aria-labelledby="rto-facts" className="section">
        <Heading level={2} data-size="sm" id="rto-facts">
          {r.factsHeading}
        </Heading>
        <dl className="facts" data-testid="rto-facts">
          <dt>{r.dwelling}</dt>
          <dd>{p.address ?? r.addressProtected}</dd>
          <dt>{r.leaseSince}</dt>
          <dd>{date(p.leaseStartDate)}</dd>
          <dt>{r.rent}</dt>
          <dd>{formatKroner(locale, p.monthlyRent)}</dd>
          <dt>{r.startedOn}</dt>
          <dd>{date(p.startedOn)}</dd>
          <dt>{r.targetOn}</dt>
          <dd>{date(p.targetOn)}</dd>
          <dt>{r.startLoanCase}</dt>
          <dd>{p.startLoanCase ? r.caseOption(p.startLoanCase.caseNumber, formatDate(locale, p.startLoanCase.receivedOn)) : r.noCase}</dd>
          <dt>{r.plan}</dt>
          <dd className="pre-line">{p.plan}</dd>
          {p.status !== 'active' && (
            <>
              <dt>{r.outcome}</dt>
              <dd>
                {r.statuses[p.status]}, {date(p.outcomeOn)}
                {p.outcomeNote ? ` – ${p.outcomeNote}` : ''}
              </dd>
            </>
          )}
        </dl>
      </section>
      {p.status === 'active' && (
        <>
          <EditSection plan={p} onSaved={onChanged} />
          <OutcomeSection plan={p} onSaved={onChanged} />
        </>
      )}
    </>
  );
}

type EditField = 'plan' | 'targetOn' | 'startLoanCaseId';
const EDIT_IDS: Record<EditField, string> = { plan: 'rto-edit-plan', targetOn: 'rto-edit-target', startLoanCaseId: 'rto-edit-case' };

function EditSection({ plan: p, onSaved }: { plan: Plan; onSaved: (p: Plan) => void }) {
  const { t, locale } = useI18n();
  const r = t.rentToOwn;
  const [plan, setPlan] = useState(p.plan);
  const [targetOn, setTargetOn] = useState(p.targetOn ?? '');
  const [caseId, setCaseId] = useState(p.startLoanCase?.id ?? '');
  const [saved, setSaved] = useState(false);
  const form = useFormSubmit<EditField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    setSaved(false);
    const invalid: FieldMessages<EditField> = {};
    if (!plan.trim()) invalid.plan = t.form.required(r.plan);
    const ok = await form.submit(EDIT_IDS, invalid, async () => {
      onSaved(await updatePlan(p.id, { plan: plan.trim(), targetOn: targetOn || null, startLoanCaseId: caseId || null }));
    });
    setSaved(ok);
  }
  return (
    <section aria-labelledby="rto-edit" className="section">
      <Heading level={2} data-size="sm" id="rto-edit">
        {r.editHeading}
      </Heading>
      <form className="form block-gap" aria-labelledby="rto-edit" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <Textfield id={EDIT_IDS.plan} multiline rows={5} label={r.plan} value={plan} onChange={(e) => setPlan(e.target.value)} error={form.fieldErrors.plan} />
        <div className="narrow">
          <Textfield id={EDIT_IDS.targetOn} type="date" label={r.targetOn} description={r.optional} value={targetOn} onChange={(e) => setTargetOn(e.target.value)} error={form.fieldErrors.targetOn} />
        </div>
        {p.startLoanCaseOptions.length > 0 ? (
          <SelectField
            id={EDIT_IDS.startLoanCaseId}
            label={r.startLoanCase}
            description={r.startLoanCaseHint}
            placeholder={r.noCaseYet}
            value={caseId}
            onChange={setCaseId}
            options={p.startLoanCaseOptions.map((c) => ({ value: c.id, label: r.caseOption(c.caseNumber, formatDate(locale, c.receivedOn)) }))}
            error={form.fieldErrors.startLoanCaseId}
          />
        ) : (
          <Paragraph data-size="sm">{r.noStartLoanCases}</Paragraph>
        )}
        <FormActions label={r.save} submitting={form.submitting}>
          {saved && <span role="status">{r.saved}</span>}
        </FormActions>
      </form>
    </section>
  );
}

type OutcomeField = 'outcome' | 'outcomeOn' | 'note';
const OUTCOME_IDS: Record<OutcomeField, string> = { outcome: 'rto-outcome', outcomeOn: 'rto-outcome-on', note: 'rto-outcome-note' };

function OutcomeSection({ plan: p, onSaved }: { plan: Plan; onSaved: (p: Plan) => void }) {
  const { t } = useI18n();
  const r = t.rentToOwn;
  const [outcome, setOutcome] = useState<RentToOwnOutcome | ''>('');
  const [outcomeOn, setOutcomeOn] = useState(todayIso);
  const [note, setNote] = useState('');
  const form = useFormSubmit<OutcomeField>();
  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<OutcomeField> = {};
    if (!outcome) invalid.outcome = t.form.chooseRequired(r.outcome);
    if (!outcomeOn) invalid.outcomeOn = t.form.required(r.outcomeOn);
    if (outcome === 'ended' && !note.trim()) invalid.note = r.noteRequired;
    await form.submit(OUTCOME_IDS, invalid, async () => {
      if (!outcome) return;
      onSaved(await recordOutcome(p.id, { outcome, outcomeOn, note: note.trim() || null }));
    });
  }
  return (
    <section aria-labelledby="rto-outcome-heading" className="section">
      <Heading level={2} data-size="sm" id="rto-outcome-heading">
        {r.outcomeHeading}
      </Heading>
      <form className="form block-gap" aria-labelledby="rto-outcome-heading" onSubmit={handleSubmit} noValidate>
        <ErrorSummary errors={form.summary} />
        <RadioGroup
          id={OUTCOME_IDS.outcome}
          legend={r.outcome}
          options={RENT_TO_OWN_OUTCOMES.map((o) => ({ value: o, label: r.outcomes[o] }))}
          value={outcome}
          onChange={setOutcome}
          error={form.fieldErrors.outcome}
        />
        <div className="narrow">
          <Textfield id={OUTCOME_IDS.outcomeOn} type="date" label={r.outcomeOn} value={outcomeOn} onChange={(e) => setOutcomeOn(e.target.value)} error={form.fieldErrors.outcomeOn} />
        </div>
        <Textfield id={OUTCOME_IDS.note} multiline rows={3} label={r.note} description={r.noteHint} value={note} onChange={(e) => setNote(e.target.value)} error={form.fieldErrors.note} />
        <FormActions label={r.outcomeSubmit} submitting={form.submitting} />
      </form>
    </section>
  );
}
