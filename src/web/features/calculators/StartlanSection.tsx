import { Alert, Details, Fieldset, Heading, Paragraph, Table, Textfield } from '@digdir/designsystemet-react';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import { FIXED_COST_KINDS, HOUSING_COST_KINDS, type FixedCostKind, type HousingCostKind } from '../../../domain/calculators/startlan';
import { formatDate, formatKroner, formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { ErrorSummary } from '../../components/ErrorSummary';
import { FormActions } from '../../components/FormActions';
import type { FieldMessages } from '../../components/form-errors';
import { TableScroll } from '../../components/TableScroll';
import { useFormSubmit } from '../../components/useFormSubmit';
import { calculateStartlan, parseAges, parseAmount, parseDecimal, type StartlanResultDto } from './calculators.api';
import { ParametersTable } from './ParametersTable';
import { PrintButton } from './PrintButton';

type Simple = 'monthlyNetIncome' | 'actualLivingCosts' | 'termYears' | 'policyRatePercent' | 'husbankenRatePercent' | 'municipalMarkupPercent' | 'minimumUsefulLoan';
/** The API's field paths, so the server's field errors land on the right input. */
type Field = 'household.adults' | 'household.childAges' | Simple | `fixedCosts.${FixedCostKind}` | `housingCosts.${HousingCostKind}`;

const RATE_FIELDS = ['policyRatePercent', 'husbankenRatePercent', 'municipalMarkupPercent'] as const;

/** In form order: the error summary lists the fields in this order. */
const IDS = {
  'household.adults': 'sl-adults',
  'household.childAges': 'sl-child-ages',
  monthlyNetIncome: 'sl-income',
  actualLivingCosts: 'sl-actual-living',
  ...(Object.fromEntries(FIXED_COST_KINDS.map((k) => [`fixedCosts.${k}`, `sl-fixed-${k}`])) as Record<`fixedCosts.${FixedCostKind}`, string>),
  ...(Object.fromEntries(HOUSING_COST_KINDS.map((k) => [`housingCosts.${k}`, `sl-housing-${k}`])) as Record<`housingCosts.${HousingCostKind}`, string>),
  termYears: 'sl-term',
  policyRatePercent: 'sl-policy-rate',
  husbankenRatePercent: 'sl-husbanken-rate',
  municipalMarkupPercent: 'sl-markup',
  minimumUsefulLoan: 'sl-minimum-loan',
} satisfies Record<Field, string>;

type Values = Record<Field, string>;
const INITIAL = Object.fromEntries((Object.keys(IDS) as Field[]).map((f) => [f, ''])) as Values;
INITIAL['household.adults'] = '1';
INITIAL.termYears = '30';

/** Startlån affordability: the household's economy in, the largest loan and the frarådning out. */
export function StartlanSection() {
  const { t, locale } = useI18n();
  const s = t.startlan;
  const c = t.calculators;
  const [values, setValues] = useState<Values>(INITIAL);
  const [result, setResult] = useState<StartlanResultDto | null>(null);
  const form = useFormSubmit<Field>();
  // The own rates are folded away; a field error there opens them, so the summary's link can reach the field.
  const [ratesOpen, setRatesOpen] = useState(false);
  const rateError = [...RATE_FIELDS, 'minimumUsefulLoan' as const].some((f) => form.fieldErrors[f]);
  useEffect(() => {
    if (rateError) setRatesOpen(true);
  }, [rateError]);
  const set = (field: Field) => (event: { target: { value: string } }) => setValues((v) => ({ ...v, [field]: event.target.value }));

  const labels: Record<Field, string> = {
    'household.adults': s.adults,
    'household.childAges': s.childAges,
    monthlyNetIncome: s.monthlyNetIncome,
    actualLivingCosts: s.actualLivingCosts,
    ...(Object.fromEntries(FIXED_COST_KINDS.map((k) => [`fixedCosts.${k}`, s.fixed[k]])) as Record<`fixedCosts.${FixedCostKind}`, string>),
    ...(Object.fromEntries(HOUSING_COST_KINDS.map((k) => [`housingCosts.${k}`, s.housing[k]])) as Record<`housingCosts.${HousingCostKind}`, string>),
    termYears: s.termYears,
    policyRatePercent: s.policyRatePercent,
    husbankenRatePercent: s.husbankenRatePercent,
    municipalMarkupPercent: s.municipalMarkupPercent,
    minimumUsefulLoan: s.minimumUsefulLoan,
  };

  async function handleSubmit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const invalid: FieldMessages<Field> = {};
    const amount = (field: Field, required = false): number | undefined => {
      const parsed = parseAmount(values[field]);
      if (parsed === 'invalid') invalid[field] = c.amountInvalid(labels[field]);
      else if (parsed === undefined && required) invalid[field] = t.form.required(labels[field]);
      else return parsed;
      return undefined;
    };
    const whole = (field: Field, required: boolean): number | undefined => {
      const text = values[field].trim();
      if (!text) {
        if (required) invalid[field] = t.form.required(labels[field]);
        return undefined;
      }
      if (!/^-?\d{1,4}$/.test(text)) invalid[field] = t.form.wholeNumber(labels[field]);
      return Number(text);
    };
    const decimal = (field: Field): number | null => {
      const parsed = parseDecimal(values[field]);
      if (parsed === 'invalid') invalid[field] = c.numberInvalid(labels[field]);
      return typeof parsed === 'number' ? parsed : null;
    };
    const adults = whole('household.adults', true);
    const ages = parseAges(values['household.childAges']);
    if (ages === 'invalid') invalid['household.childAges'] = s.childAgesInvalid;
    const income = amount('monthlyNetIncome', true);
    const actual = amount('actualLivingCosts');
    const fixedCosts = Object.fromEntries(FIXED_COST_KINDS.flatMap((k) => ((v) => (v === undefined ? [] : [[k, v]]))(amount(`fixedCosts.${k}`))));
    const housingCosts = Object.fromEntries(HOUSING_COST_KINDS.flatMap((k) => ((v) => (v === undefined ? [] : [[k, v]]))(amount(`housingCosts.${k}`))));
    const termYears = whole('termYears', false);
    const rates = Object.fromEntries(RATE_FIELDS.map((f) => [f, decimal(f)]));
    const minimumUsefulLoan = amount('minimumUsefulLoan');

    await form.submit(IDS, invalid, async () => {
      const answer = await calculateStartlan({
        household: { adults: adults ?? 0, childAges: ages === 'invalid' ? [] : ages },
        monthlyNetIncome: income ?? 0,
        actualLivingCosts: actual ?? null,
        fixedCosts,
        housingCosts,
        ...(termYears === undefined ? {} : { termYears }),
        ...rates,
        minimumUsefulLoan: minimumUsefulLoan ?? null,
      });
      setResult(answer);
    });
  }

  const amountField = (field: Field, description?: string) => (
    <Textfield
      key={field}
      id={IDS[field]}
      label={labels[field]}
      description={description}
      inputMode="numeric"
      autoComplete="off"
      value={values[field]}
      onChange={set(field)}
      error={form.fieldErrors[field]}
    />
  );
  const textField = (field: Field, description?: string, inputMode: 'numeric' | 'decimal' = 'decimal') => (
    <Textfield
      key={field}
      id={IDS[field]}
      label={labels[field]}
      description={description}
      inputMode={inputMode}
      autoComplete="off"
      value={values[field]}
      onChange={set(field)}
      error={form.fieldErrors[field]}
    />
  );

  return (
    <section aria-labelledby="startlan-heading" className="section" data-print-part="startlan">
      <Heading level={2} data-size="md" id="startlan-heading">
        {s.heading}
      </Heading>
      <Paragraph>{s.intro}</Paragraph>
      <form className="form block-gap" onSubmit={handleSubmit} noValidate aria-labelledby="startlan-heading">
        <ErrorSummary errors={form.summary} />
        <Fieldset>
          <Fieldset.Legend>{s.householdLegend}</Fieldset.Legend>
          <div className="field-row">
            {textField('household.adults', s.adultsHint, 'numeric')}
            {textField('household.childAges', s.childAgesHint, 'numeric')}
          </div>
        </Fieldset>
        <div className="field-row">
          {amountField('monthlyNetIncome')}
          {amountField('actualLivingCosts', s.actualLivingCostsHint)}
        </div>
        <Fieldset>
          <Fieldset.Legend>{s.fixedLegend}</Fieldset.Legend>
          <Fieldset.Description>{s.fixedHint}</Fieldset.Description>
          <div className="field-grid">{FIXED_COST_KINDS.map((k) => amountField(`fixedCosts.${k}`))}</div>
        </Fieldset>
        <Fieldset>
          <Fieldset.Legend>{s.housingLegend}</Fieldset.Legend>
          <Fieldset.Description>{s.housingHint}</Fieldset.Description>
          <div className="field-grid">{HOUSING_COST_KINDS.map((k) => amountField(`housingCosts.${k}`))}</div>
        </Fieldset>
        <div className="narrow">{textField('termYears', s.termYearsHint, 'numeric')}</div>
        <Details open={ratesOpen} onToggle={(event) => setRatesOpen((event.target as HTMLDetailsElement).open)}>
          <Details.Summary>{s.ratesSummary}</Details.Summary>
          <Details.Content>
            <Paragraph data-size="sm">{s.ratesIntro}</Paragraph>
            <div className="field-grid block-gap">
              {textField('policyRatePercent')}
              {textField('husbankenRatePercent')}
              {textField('municipalMarkupPercent', s.municipalMarkupHint)}
              {amountField('minimumUsefulLoan')}
            </div>
          </Details.Content>
        </Details>
        <FormActions label={c.calculate} submitting={form.submitting} />
      </form>
      {result && <StartlanResult result={result} locale={locale} />}
    </section>
  );
}

function StartlanResult({ result: r, locale }: { result: StartlanResultDto; locale: readonly string[] }) {
  const { t } = useI18n();
  const s = t.startlan;
  const c = t.calculators;
  const kr = (value: number) => formatKroner(locale, value);
  const pct = (value: number) => formatNumber(locale, value);
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => heading.current?.focus(), [r]);
  const living = r.livingCosts;
  const rows: Array<[string, number]> = [
    [s.income, r.monthlyNetIncome],
    [s.livingCostsUsed(living.basis), -living.used],
    [s.fixedCosts, -r.fixedCosts.total],
    [s.housingCosts, -r.housingCosts.total],
    [s.marginLine, r.margin],
    [s.termFee, -r.termFee],
    [s.availableForLoan, r.availableForLoan],
  ];
  return (
    <section aria-labelledby="startlan-result" className="section" data-testid="startlan-result">
      <Heading level={3} data-size="sm" id="startlan-result" ref={heading} tabIndex={-1}>
        {s.resultHeading}
      </Heading>
      <Paragraph data-size="sm">
        {c.calculatedOn(formatDate(locale, r.date))} {s.persons(r.persons)} {s.term(r.termYears)}
      </Paragraph>
      {r.adviseAgainst ? (
        <Alert data-color="danger" className="block-gap">
          <Heading level={4} data-size="xs">
            {s.adviseAgainst}
          </Heading>
          <Paragraph>{s.adviseAgainstIntro}</Paragraph>
          <ul className="compact-list">
            {r.reasons.map((reason) => (
              <li key={reason.code}>{reason.text}</li>
            ))}
          </ul>
        </Alert>
      ) : (
        <Paragraph className="block-gap">{s.notAdvisedAgainst}</Paragraph>
      )}
      <dl className="key-figures block-gap">
        <div className="key-figures__item">
          <dt>{s.maxLoan}</dt>
          <dd data-testid="max-loan">{kr(r.maxLoan)}</dd>
        </div>
        <div className="key-figures__item">
          <dt>{s.margin}</dt>
          <dd>{kr(r.margin)}</dd>
        </div>
        <div className="key-figures__item">
          <dt>{s.paymentStress(pct(r.rates.stressRate))}</dt>
          <dd>{kr(r.monthlyPaymentAtStressRate)}</dd>
        </div>
        <div className="key-figures__item">
          <dt>{s.paymentNormal(pct(r.rates.normalRate))}</dt>
          <dd>{kr(r.monthlyPaymentAtNormalRate)}</dd>
        </div>
      </dl>
      {r.notes.length > 0 && (
        <>
          <Heading level={4} data-size="xs">
            {s.notes}
          </Heading>
          <ul className="compact-list">
            {r.notes.map((note) => (
              <li key={note.code}>{note.text}</li>
            ))}
          </ul>
        </>
      )}
      <TableScroll captionId="startlan-workings">
        <Table className="data-table" data-size="sm">
          <caption id="startlan-workings">{s.workingsCaption}</caption>
          <Table.Head>
            <Table.Row>
              <Table.HeaderCell>{s.line}</Table.HeaderCell>
              <Table.HeaderCell className="numeric">{s.amount}</Table.HeaderCell>
            </Table.Row>
          </Table.Head>
          <Table.Body>
            {rows.map(([label, value]) => (
              <Table.Row key={label}>
                <Table.HeaderCell scope="row">{label}</Table.HeaderCell>
                <Table.Cell className="numeric nowrap">{kr(value)}</Table.Cell>
              </Table.Row>
            ))}
          </Table.Body>
        </Table>
      </TableScroll>
      <Heading level={4} data-size="xs" className="block-gap">
        {s.livingHeading}
      </Heading>
      <Paragraph>{s.basisUsed(living.basis)}</Paragraph>
      <dl className="facts facts--compact block-gap">
        <dt>{s.guideline}</dt>
        <dd>
          {kr(living.guideline.total)}
          <span className="secondary-line">{living.guideline.lines.map((l) => `${l.count} × ${s.livingKinds[l.kind]} ${kr(l.rate)}`).join(', ')}</span>
        </dd>
        <dt>{s.actual}</dt>
        <dd>{living.actual === null ? s.notGiven : kr(living.actual)}</dd>
        {living.sifoReference && (
          <>
            <dt>{s.sifo}</dt>
            <dd>{kr(living.sifoReference.total)}</dd>
          </>
        )}
      </dl>
      <ParametersTable parameters={r.parameters} />
      <PrintButton part="startlan" />
    </section>
  );
}
