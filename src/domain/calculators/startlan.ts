import type { IsoDate } from '../deadlines/calendar.js';
import { annuityPayment, annuityPrincipal } from './annuity.js';
import { applied, assertAmount, assertWhole, entered, inForce, kroner, type AppliedParameter, type Dated } from './parameters.js';
import { STARTLAN_TABLES, type GuidelineRates, type SifoReference, type StartlanTables } from './startlan-parameters.js';
import type { StartlanFindingCode } from './texts.js';

/**
 * Startlån affordability (betjeningsevne), docs/domain.md §§ 8.1 and 10.3:
 *
 *   livsopphold = max(actual spending, veiledende sats for økonomisk stønad)   (SIFO shown as a reference)
 *   margin      = net income − livsopphold − other fixed costs − housing costs besides the loan
 *   max loan    = the largest annuity loan whose monthly payment at styringsrente + 2.5 pp,
 *                 plus Husbanken's term fee, fits the margin (rounded down to whole 1 000 kr [I])
 *
 * and the municipality must advise against a loan (frarådningsplikt) when the margin is ≤ 0 or
 * the largest loan is below the minimum useful amount. All amounts are kroner per month.
 */

export const FIXED_COST_KINDS = ['consumerDebt', 'studentLoan', 'childcare', 'childSupport', 'car', 'other'] as const;
export type FixedCostKind = (typeof FIXED_COST_KINDS)[number];

export const HOUSING_COST_KINDS = ['commonCosts', 'electricity', 'municipalFees', 'insurance', 'maintenance', 'other'] as const;
export type HousingCostKind = (typeof HOUSING_COST_KINDS)[number];

export interface StartlanInput {
  readonly household: { readonly adults: number; readonly childAges: readonly number[] };
  readonly monthlyNetIncome: number;
  /** Actual spending on living costs (from bank statements); optional. */
  readonly actualLivingCosts?: number | null;
  /** Consumer debt, student loan, kindergarten/SFO, support paid, car … */
  readonly fixedCosts?: Readonly<Partial<Record<FixedCostKind, number>>>;
  /** Housing costs other than the loan: common costs, electricity, municipal fees … */
  readonly housingCosts?: Readonly<Partial<Record<HousingCostKind, number>>>;
  /** Whole years; the table's standard term (30) when absent. */
  readonly termYears?: number | null;
  /** Values the caseworker enters instead of the tables' (e.g. today's rate from Startskudd). */
  readonly policyRatePercent?: number | null;
  readonly husbankenRatePercent?: number | null;
  readonly municipalMarkupPercent?: number | null;
  readonly minimumUsefulLoan?: number | null;
}

export type LivingCostKind = 'single' | 'couple' | 'shared_housing' | 'adult' | 'child_0_5' | 'child_6_10' | 'child_11_17';

export interface LivingCostLine {
  readonly kind: LivingCostKind;
  readonly count: number;
  readonly rate: number;
  readonly amount: number;
}

export interface StartlanFinding {
  readonly code: StartlanFindingCode;
  readonly values: Readonly<Record<string, number>>;
}

export interface StartlanResult {
  readonly date: IsoDate;
  readonly persons: number;
  readonly monthlyNetIncome: number;
  readonly livingCosts: {
    readonly guideline: { readonly total: number; readonly lines: readonly LivingCostLine[] };
    /** SIFO's reference budget, shown for comparison only; null when the table has no row for the date. */
    readonly sifoReference: { readonly total: number; readonly scaleDiscount: number; readonly lines: readonly LivingCostLine[] } | null;
    readonly actual: number | null;
    readonly used: number;
    readonly basis: 'actual' | 'guideline';
  };
  readonly fixedCosts: { readonly total: number; readonly items: Readonly<Record<FixedCostKind, number>> };
  readonly housingCosts: { readonly total: number; readonly items: Readonly<Record<HousingCostKind, number>> };
  readonly margin: number;
  readonly termFee: number;
  /** max(0, margin − term fee): what the annuity may take. */
  readonly availableForLoan: number;
  readonly termYears: number;
  readonly rates: {
    readonly policyRate: number;
    readonly stressAddOn: number;
    readonly stressRate: number;
    readonly husbankenRate: number;
    readonly municipalMarkup: number;
    readonly normalRate: number;
  };
  readonly maxLoan: number;
  /** Annuity on `maxLoan`, term fee not included. */
  readonly monthlyPaymentAtStressRate: number;
  readonly monthlyPaymentAtNormalRate: number;
  readonly minimumUsefulLoan: number;
  readonly adviseAgainst: boolean;
  /** Why to advise against (empty when not). */
  readonly reasons: readonly StartlanFinding[];
  /** Things the caseworker should know that do not by themselves advise against. */
  readonly notes: readonly StartlanFinding[];
  readonly parameters: readonly AppliedParameter[];
}

/** [I] The largest loan is rounded down to whole thousands, so the payment never exceeds the margin. */
const LOAN_ROUNDING = 1000;
const MAX_PERSONS = 20;

const rate4 = (percent: number): number => Math.round(percent * 10_000) / 10_000;

function childBand(age: number): 'child_0_5' | 'child_6_10' | 'child_11_17' {
  return age <= 5 ? 'child_0_5' : age <= 10 ? 'child_6_10' : 'child_11_17';
}

function childLines(childAges: readonly number[], rates: Pick<GuidelineRates & SifoReference, 'child0to5' | 'child6to10' | 'child11to17'>): LivingCostLine[] {
  const rateOf = { child_0_5: rates.child0to5, child_6_10: rates.child6to10, child_11_17: rates.child11to17 } as const;
  return (['child_0_5', 'child_6_10', 'child_11_17'] as const)
    .map((kind) => {
      const count = childAges.filter((age) => childBand(age) === kind).length;
      return { kind, count, rate: rateOf[kind], amount: count * rateOf[kind] };
    })
    .filter((line) => line.count > 0);
}

/**
 * Guideline rates: one adult at the single rate, two at the couple rate, and each further adult at
 * the rate for a person in a bofellesskap [I: the guidelines have no rate for a third adult].
 */
function guidelineLines(adults: number, childAges: readonly number[], rates: GuidelineRates): LivingCostLine[] {
  const lines: LivingCostLine[] =
    adults === 1 ? [{ kind: 'single', count: 1, rate: rates.single, amount: rates.single }] : [{ kind: 'couple', count: 1, rate: rates.couple, amount: rates.couple }];
  if (adults > 2) lines.push({ kind: 'shared_housing', count: adults - 2, rate: rates.sharedHousing, amount: (adults - 2) * rates.sharedHousing });
  return [...lines, ...childLines(childAges, rates)];
}

const sum = (values: readonly number[]): number => values.reduce((a, b) => a + b, 0);

function items<K extends string>(kinds: readonly K[], given: Readonly<Partial<Record<K, number>>> | undefined, name: string): Record<K, number> {
  const out = {} as Record<K, number>;
  for (const kind of kinds) {
    const value = given?.[kind] ?? 0;
    assertAmount(`${name}.${kind}`, value);
    out[kind] = value;
  }
  return out;
}

function validate(input: StartlanInput): void {
  assertWhole('household.adults', input.household.adults, 1, MAX_PERSONS);
  if (input.household.adults + input.household.childAges.length > MAX_PERSONS) throw new RangeError(`a household has at most ${MAX_PERSONS} persons`);
  input.household.childAges.forEach((age, i) => assertWhole(`household.childAges.${i}`, age, 0, 17));
  assertAmount('monthlyNetIncome', input.monthlyNetIncome);
  for (const key of ['actualLivingCosts', 'policyRatePercent', 'husbankenRatePercent', 'municipalMarkupPercent', 'minimumUsefulLoan'] as const) {
    const value = input[key];
    if (value !== undefined && value !== null) assertAmount(key, value);
  }
}

/** A value the caseworker entered, else the table's row in force. */
function pick(override: number | null | undefined, row: () => Dated<number>, name: string, unit: AppliedParameter['unit'], used: AppliedParameter[]): number {
  if (override !== undefined && override !== null) {
    used.push(entered(name, override, unit));
    return override;
  }
  const found = row();
  used.push(applied(name, found.value, unit, found));
  return found.value;
}

/**
 * Assesses whether a household can carry a startlån on `date` and how large a loan: margin, the
 * largest loan at the stress rate, the payments at the stress and the normal rate, and whether to
 * advise against (frarådning) with the reasons. Pure.
 * @throws RangeError for negative, non-finite or out-of-range inputs or an invalid date;
 *   MissingParameterError (a RangeError) when a table has no row in force on `date`.
 */
export function assessStartlan(input: StartlanInput, date: IsoDate, tables: StartlanTables = STARTLAN_TABLES): StartlanResult {
  validate(input);
  const { adults, childAges } = input.household;
  const persons = adults + childAges.length;
  const used: AppliedParameter[] = [];

  const term = inForce(tables.term, date, 'startlån term');
  const termYears = input.termYears ?? term.value.standardYears;
  assertWhole('termYears', termYears, 1, term.value.maxYears);
  used.push(applied('term_standard_years', term.value.standardYears, 'years', term), applied('term_max_years', term.value.maxYears, 'years', term));

  const guidelineRow = inForce(tables.guidelineRates, date, 'veiledende satser for økonomisk stønad');
  const guidelineLinesUsed = guidelineLines(adults, childAges, guidelineRow.value);
  for (const line of guidelineLinesUsed) used.push(applied(`guideline_${line.kind}`, line.rate, 'kr_per_month', guidelineRow));
  const guidelineTotal = sum(guidelineLinesUsed.map((l) => l.amount));

  const sifoReference = sifo(adults, childAges, date, tables, used);

  const actual = input.actualLivingCosts ?? null;
  const basis = actual !== null && actual >= guidelineTotal ? 'actual' : 'guideline';
  const livingUsed = basis === 'actual' ? (actual ?? 0) : guidelineTotal;

  const fixedItems = items(FIXED_COST_KINDS, input.fixedCosts, 'fixedCosts');
  const housingItems = items(HOUSING_COST_KINDS, input.housingCosts, 'housingCosts');
  const fixedTotal = sum(Object.values(fixedItems));
  const housingTotal = sum(Object.values(housingItems));
  const margin = kroner(input.monthlyNetIncome - livingUsed - fixedTotal - housingTotal);

  const termFeeRow = inForce(tables.termFee, date, 'termingebyr');
  used.push(applied('term_fee', termFeeRow.value, 'kr_per_month', termFeeRow));
  const availableForLoan = Math.max(0, margin - termFeeRow.value);

  const rates = ratesOf(input, date, tables, used);
  const minimumUsefulLoan = pick(input.minimumUsefulLoan, () => inForce(tables.minimumUsefulLoan, date, 'minste lånebeløp'), 'minimum_useful_loan', 'kr', used);
  const maxLoan = Math.floor(annuityPrincipal(availableForLoan, rates.stressRate, termYears) / LOAN_ROUNDING) * LOAN_ROUNDING;

  const reasons: StartlanFinding[] = [];
  if (margin <= 0) reasons.push({ code: 'margin_not_positive', values: { margin } });
  else if (maxLoan < minimumUsefulLoan) reasons.push({ code: 'below_minimum_loan', values: { maxLoan, minimum: minimumUsefulLoan } });

  const notes: StartlanFinding[] = [];
  if (actual === null) notes.push({ code: 'actual_spending_missing', values: { guideline: guidelineTotal } });
  else if (basis === 'guideline') notes.push({ code: 'actual_below_guideline', values: { actual, guideline: guidelineTotal } });
  if (termYears > term.value.standardYears) notes.push({ code: 'extended_term', values: { termYears, standardYears: term.value.standardYears } });

  return {
    date,
    persons,
    monthlyNetIncome: input.monthlyNetIncome,
    livingCosts: { guideline: { total: guidelineTotal, lines: guidelineLinesUsed }, sifoReference, actual, used: livingUsed, basis },
    fixedCosts: { total: fixedTotal, items: fixedItems },
    housingCosts: { total: housingTotal, items: housingItems },
    margin,
    termFee: termFeeRow.value,
    availableForLoan,
    termYears,
    rates,
    maxLoan,
    monthlyPaymentAtStressRate: kroner(annuityPayment(maxLoan, rates.stressRate, termYears)),
    monthlyPaymentAtNormalRate: kroner(annuityPayment(maxLoan, rates.normalRate, termYears)),
    minimumUsefulLoan,
    adviseAgainst: reasons.length > 0,
    reasons,
    notes,
    parameters: used,
  };
}

/** The stress rate (styringsrente + add-on) and the normal rate (Husbanken's rate + the municipal markup). */
function ratesOf(input: StartlanInput, date: IsoDate, tables: StartlanTables, used: AppliedParameter[]): StartlanResult['rates'] {
  const policyRate = pick(input.policyRatePercent, () => inForce(tables.policyRate, date, 'styringsrente'), 'policy_rate', 'percent', used);
  const addOn = inForce(tables.stressAddOn, date, 'påslag i rentestresstest');
  used.push(applied('stress_add_on', addOn.value, 'percentage_points', addOn));
  const husbankenRate = pick(input.husbankenRatePercent, () => inForce(tables.husbankenRate, date, 'Husbankens flytende rente'), 'husbanken_rate', 'percent', used);
  const municipalMarkup = pick(input.municipalMarkupPercent, () => inForce(tables.municipalMarkup, date, 'kommunalt rentepåslag'), 'municipal_markup', 'percentage_points', used);
  return { policyRate, stressAddOn: addOn.value, stressRate: rate4(policyRate + addOn.value), husbankenRate, municipalMarkup, normalRate: rate4(husbankenRate + municipalMarkup) };
}

/** SIFO's reference for the household, or null when the table has no row for the date (it is only shown). */
function sifo(adults: number, childAges: readonly number[], date: IsoDate, tables: StartlanTables, used: AppliedParameter[]): StartlanResult['livingCosts']['sifoReference'] {
  const row = tables.sifoReference.find((r) => r.effectiveFrom <= date) ? inForce(tables.sifoReference, date, 'SIFO referansebudsjett') : null;
  if (row === null) return null;
  const lines: LivingCostLine[] = [{ kind: 'adult', count: adults, rate: row.value.adult, amount: adults * row.value.adult }, ...childLines(childAges, row.value)];
  for (const line of lines) used.push(applied(`sifo_${line.kind}`, line.rate, 'kr_per_month', row));
  const gross = sum(lines.map((l) => l.amount));
  const scale = inForce(tables.sifoScale, date, 'SIFO stordriftsfordel');
  const persons = adults + childAges.length;
  const scaleDiscount = persons >= scale.value.fromPersons ? kroner(gross * scale.value.discount) : 0;
  if (scaleDiscount > 0) used.push(applied('sifo_scale_discount', scale.value.discount, 'share', scale));
  return { total: gross - scaleDiscount, scaleDiscount, lines };
}
