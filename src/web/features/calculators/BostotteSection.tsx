import { Alert, Checkbox, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { APPLICANT_CATEGORIES, CAP_GROUPS, type ApplicantCategory, type CapGroup } from '../../../domain/calculators/bostotte-parameters';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { RadioGroup } from '../../components/Choices';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { SelectField } from '../../components/SelectField';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { calculateBostotte, parseAmount, type BostotteResultDto } from './calculators.api';
import { ParametersTable } from './ParametersTable';
import { PrintButton } from './PrintButton';

type Amount = 'monthlyHousingCosts' | 'monthlyIncome' | 'yearlyCapitalIncome' | 'yearlyOtherIncome';
type Field = 'householdSize' | Amount | 'capGroup' | 'adaptedDwelling' | 'applicantCategory';

/** The API's field paths → element ids, in form order. */
const IDS = {
  householdSize: 'bs-size',
  monthlyHousingCosts: 'bs-housing-costs',
  monthlyIncome: 'bs-income',
  yearlyCapitalIncome: 'bs-capital-income',
  yearlyOtherIncome: 'bs-other-income',
  capGroup: 'bs-cap-group',
  adaptedDwelling: 'bs-adapted',
  applicantCategory: 'bs-category',
} satisfies Record<Field, string>;

/** The bostøtte estimate: the inputs Husbanken's formula takes, every step of the workings out. */
export function BostotteSection() {
  const { t } = useI18n();
  const b = t.bostotte;
  const c = t.calculators;
  const [size, setSize] = useState('1');
  const [amounts, setAmounts] = useState<Record<Amount, string>>({ monthlyHousingCosts: '', monthlyIncome: '', yearlyCapitalIncome: '', yearlyOtherIncome: '' });
  const [capGroup, setCapGroup] = useState<CapGroup | ''>('');
  const [adapted, setAdapted] = useState(false);
  const [category, setCategory] = useState<ApplicantCategory>('standard');
  const [result, setResult] = useState<BostotteResultDto | null>(null);
  const form = useFormSubmit<Field>();

  const labels: Record<Amount, string> = {
    monthlyHousingCosts: b.monthlyHousingCosts,
    monthlyIncome: b.monthlyIncome,
    yearlyCapitalIncome: b.yearlyCapitalIncome,
    yearlyOtherIncome: b.yearlyOtherIncome,
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const sizeText = size.trim();
    if (!sizeText) invalid.householdSize = t.form.required(b.householdSize);
    else if (!/^-?\d{1,3}$/.test(sizeText)) invalid.householdSize = t.form.wholeNumber(b.householdSize);
    const parsed = {} as Record<Amount, number | undefined>;
    for (const field of Object.keys(labels) as Amount[]) {
      const value = parseAmount(amounts[field]);
      if (value === 'invalid') invalid[field] = c.amountInvalid(labels[field]);
      else if (value === undefined && (field === 'monthlyHousingCosts' || field === 'monthlyIncome')) invalid[field] = t.form.required(labels[field]);
      else parsed[field] = value;
    }
    await form.submit(IDS, invalid, async () => {
      const answer = await calculateBostotte({
        householdSize: Number(sizeText),
        monthlyHousingCosts: parsed.monthlyHousingCosts ?? 0,
        monthlyIncome: parsed.monthlyIncome ?? 0,
        yearlyCapitalIncome: parsed.yearlyCapitalIncome ?? null,
        yearlyOtherIncome: parsed.yearlyOtherIncome ?? null,
        capGroup: capGroup || null,
        adaptedDwelling: adapted,
        applicantCategory: category,
      });
      setResult(answer);
    });
  }

  const amountField = (field: Amount, description?: string) => (
    <Textfield
      id={IDS[field]}
      label={labels[field]}
      description={description}
      inputMode="numeric"
      autoComplete="off"
      value={amounts[field]}
      onChange={(e) => setAmounts((a) => ({ ...a, [field]: e.target.value }))}
      error={form.fieldErrors[field]}
    />
  );

  return (
    <section aria-labelledby="bostotte-heading" className="section" data-print-part="bostotte">
      <Heading level={2} data-size="md" id="bostotte-heading">
        {b.heading}
      </Heading>
      <Paragraph>{b.intro}</Paragraph>
      <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-labelledby="bostotte-heading">
        <ErrorSummary errors={form.summary} />
        <div className="field-row">
          <Textfield
            id={IDS.householdSize}
            label={b.householdSize}
            description={b.householdSizeHint}
            inputMode="numeric"
            autoComplete="off"
            value={size}
            onChange={(e) => setSize(e.target.value)}
            error={form.fieldErrors.householdSize}
          />
          {amountField('monthlyHousingCosts')}
        </div>
        <div className="field-row">
          {amountField('monthlyIncome', b.monthlyIncomeHint)}
          {amountField('yearlyCapitalIncome', c.optional)}
          {amountField('yearlyOtherIncome', c.optional)}
        </div>
        <div className="narrow">
          <SelectField
            id={IDS.capGroup}
            label={b.capGroup}
            description={b.capGroupHint}
            value={capGroup}
            onChange={(value) => setCapGroup(value as CapGroup | '')}
            placeholder={b.capGroupFollow}
            options={CAP_GROUPS.map((group) => ({ value: group, label: b.capGroups[group] }))}
            error={form.fieldErrors.capGroup}
          />
        </div>
        <Checkbox id={IDS.adaptedDwelling} label={b.adaptedDwelling} checked={adapted} onChange={(e) => setAdapted(e.target.checked)} />
        <RadioGroup
          id={IDS.applicantCategory}
          legend={b.applicantCategory}
          options={APPLICANT_CATEGORIES.map((value) => ({ value, label: b.applicantCategories[value] }))}
          value={category}
          onChange={setCategory}
          error={form.fieldErrors.applicantCategory}
        />
        <FormActions label={c.calculate} submitting={form.submitting} />
      </form>
      {result && <BostotteResult result={result} />}
    </section>
  );
}

function BostotteResult({ result: r }: { result: BostotteResultDto }) {
  const { t, locale } = useI18n();
  const b = t.bostotte;
  const c = t.calculators;
  const kr = (value: number) => formatKroner(locale, value);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [r]);
  return (
    <section aria-labelledby="bostotte-result" className="section" data-testid="bostotte-result">
      <Heading level={3} data-size="sm" id="bostotte-result" ref={heading} tabIndex={-1}>
        {b.resultHeading}
      </Heading>
      <Alert data-color="warning" className="block-gap" data-testid="estimate-notice">
        <Heading level={4} data-size="xs">
          {b.estimateHeading}
        </Heading>
        <Paragraph>{r.notice}</Paragraph>
      </Alert>
      <dl className="key-figures block-gap">
        <div className="key-figures__item">
          <dt>{b.monthly}</dt>
          <dd data-testid="monthly-support">{kr(r.monthlySupport)}</dd>
        </div>
        <div className="key-figures__item">
          <dt>{b.annual}</dt>
          <dd>{kr(r.annualSupport)}</dd>
        </div>
      </dl>
      {r.belowMinimumPayment && <Paragraph>{b.belowMinimum}</Paragraph>}
      <Paragraph data-size="sm">
        {c.calculatedOn(formatDate(locale, r.date))} {b.capGroupUsed(b.capGroups[r.capGroup], b.capGroupBasis[r.capGroupBasis])}
      </Paragraph>
      <TableScroll captionId="bostotte-steps">
        <Table className="data-table" data-size="sm">
          <caption id="bostotte-steps">{b.stepsCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{b.step}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{b.stepValue}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {r.steps.map((step) => (
              <Table.Row key={step.code}>
                <Table.HeaderCell scope="row">{step.label}</Table.HeaderCell>
                <Table.Cell className="numeric nowrap">{step.code === 'income_weight' ? formatNumber(locale, step.value) : kr(step.value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <ParametersTable parameters={r.parameters} />
      <PrintButton part="bostotte" />
    </section>
  );
}
