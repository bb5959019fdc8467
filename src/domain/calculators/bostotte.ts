import type { IsoDate } from '../deadlines/calendar.js';
import { BOSTOTTE_TABLES, capGroupOf, type ApplicantCategory, type BostotteTables, type CapGroup } from './bostotte-parameters.js';
import { applied, assertAmount, assertWhole, inForce, kroner, type AppliedParameter } from './parameters.js';
import type { BostotteStepCode } from './texts.js';

/**
 * An estimate of the state housing allowance (bostøtte) with the published formula
 * (forskrift om bustøtte §§ 1, 3, 4, 7; docs/domain.md § 8.2), per year and then per month:
 *
 *   counted costs  = min(housing costs × 12, cap by household size + municipal add-on (+ adapted dwelling))
 *   weighted W     = yearly income ÷ (1 + 0.13 × (members − 1))
 *   own share      = minimum + 16.44 % × max(0, W − 110 866) + progressive term above 195 220
 *   support / year = 0.737 × max(0, counted costs − own share)
 *   support / month= support / year ÷ 12, and 0 when below 51 kr
 *
 * Each step is rounded to whole kroner and the next is computed from the rounded value [I], so the
 * workings can be followed by hand. Always an estimate: Husbanken decides.
 */

export interface BostotteInput {
  /** Everyone living in the dwelling, children included. */
  readonly householdSize: number;
  /** Approved housing costs (godkjente boutgifter) per month: rent, or common costs and loan costs. */
  readonly monthlyHousingCosts: number;
  /** The household's gross income per month from the a-ordningen; children's income is not counted. */
  readonly monthlyIncome: number;
  /** Capital income per year before the allowance per member. */
  readonly yearlyCapitalIncome?: number | null;
  /** Other income per year: business, foreign, formuestillegg, tax-free rental income. */
  readonly yearlyOtherIncome?: number | null;
  /** The add-on group; when absent it follows `kommunenummer`, else `none`. */
  readonly capGroup?: CapGroup | null;
  readonly kommunenummer?: string | null;
  /** A dwelling specially adapted because of disability. */
  readonly adaptedDwelling?: boolean | null;
  readonly applicantCategory?: ApplicantCategory | null;
}

export interface BostotteStep {
  readonly code: BostotteStepCode;
  readonly value: number;
  /** The numbers the step is computed from, by name. */
  readonly inputs: Readonly<Record<string, number>>;
}

export interface BostotteResult {
  /** Always true: Husbanken decides (see BOSTOTTE_ESTIMATE_NOTICE). */
  readonly estimate: true;
  readonly date: IsoDate;
  readonly householdSize: number;
  readonly capGroup: CapGroup;
  readonly capGroupBasis: 'given' | 'kommunenummer' | 'none';
  readonly applicantCategory: ApplicantCategory;
  readonly steps: readonly BostotteStep[];
  /** The formula's amount a year; 0 when nothing is paid (below the minimum payment). */
  readonly annualSupport: number;
  readonly monthlySupport: number;
  /** The formula gave something, but less than the minimum payment, so nothing is paid. */
  readonly belowMinimumPayment: boolean;
  readonly parameters: readonly AppliedParameter[];
}

const MAX_MEMBERS = 20;
const round6 = (x: number): number => Math.round(x * 1e6) / 1e6;

function validate(input: BostotteInput): void {
  assertWhole('householdSize', input.householdSize, 1, MAX_MEMBERS);
  assertAmount('monthlyHousingCosts', input.monthlyHousingCosts);
  assertAmount('monthlyIncome', input.monthlyIncome);
  if (input.yearlyCapitalIncome != null) assertAmount('yearlyCapitalIncome', input.yearlyCapitalIncome);
  if (input.yearlyOtherIncome != null) assertAmount('yearlyOtherIncome', input.yearlyOtherIncome);
}

/** What the steps of one estimate share: the date and tables, and the workings collected so far. */
interface Work {
  readonly date: IsoDate;
  readonly tables: BostotteTables;
  readonly used: AppliedParameter[];
  /** Records a step and returns its value. */
  step(code: BostotteStepCode, value: number, inputs: Record<string, number>): number;
}

/**
 * Estimates bostøtte on `date` with the workings step by step. Pure.
 * @throws RangeError for negative, non-finite or out-of-range inputs or an invalid date;
 *   MissingParameterError (a RangeError) when a table has no row in force on `date`.
 */
export function estimateBostotte(input: BostotteInput, date: IsoDate, tables: BostotteTables = BOSTOTTE_TABLES): BostotteResult {
  validate(input);
  const category = input.applicantCategory ?? 'standard';
  const steps: BostotteStep[] = [];
  const w: Work = {
    date,
    tables,
    used: [],
    step: (code, value, inputs) => {
      steps.push({ code, value, inputs });
      return value;
    },
  };

  const { counted, group, basis } = countedHousingCosts(input, w);
  const weighted = weightedIncome(input, w);
  const ownShare = ownShareOf(weighted, category, w);

  // Support (§ 1) and the minimum payment.
  const coverage = inForce(tables.coverageRate, date, 'dekningsgrad');
  w.used.push(applied('coverage_rate', coverage.value, 'share', coverage));
  const annualSupport = w.step('annual_support', kroner(coverage.value * Math.max(0, counted - ownShare)), { coverageRate: coverage.value, countedHousingCosts: counted, ownShare });
  const beforeMinimum = w.step('monthly_support_before_minimum', kroner(annualSupport / 12), { annualSupport, months: 12 });
  const minimumPayment = inForce(tables.minimumPayment, date, 'minste utbetaling');
  w.used.push(applied('minimum_payment', minimumPayment.value, 'kr_per_month', minimumPayment));
  const belowMinimumPayment = beforeMinimum > 0 && beforeMinimum < minimumPayment.value;
  const monthlySupport = w.step('monthly_support', belowMinimumPayment ? 0 : beforeMinimum, { monthlySupportBeforeMinimum: beforeMinimum, minimumPayment: minimumPayment.value });

  return {
    estimate: true,
    date,
    householdSize: input.householdSize,
    capGroup: group,
    capGroupBasis: basis,
    applicantCategory: category,
    steps,
    annualSupport: monthlySupport === 0 ? 0 : annualSupport,
    monthlySupport,
    belowMinimumPayment,
    parameters: w.used,
  };
}

/** Housing costs per year, up to the cap for the household's size and municipality (§ 3). */
function countedHousingCosts(input: BostotteInput, w: Work): { counted: number; group: CapGroup; basis: BostotteResult['capGroupBasis'] } {
  const size = Math.min(input.householdSize, 5);
  const housingCosts = w.step('annual_housing_costs', kroner(input.monthlyHousingCosts * 12), { monthlyHousingCosts: input.monthlyHousingCosts, months: 12 });
  const caps = inForce(w.tables.housingCostCaps, w.date, 'boutgiftstak');
  const baseCap = caps.value[size - 1] ?? caps.value[4];
  w.used.push(applied(`housing_cost_cap_${size}`, baseCap, 'kr_per_year', caps));
  const { group, basis } = resolveGroup(input);
  const addOns = inForce(w.tables.capAddOns, w.date, 'tillegg i boutgiftstak');
  const municipalAddOn = addOns.value[group];
  if (group !== 'none') w.used.push(applied(`cap_add_on_${group}`, municipalAddOn, 'kr_per_year', addOns));
  let adaptedAddOn = 0;
  if (input.adaptedDwelling) {
    const row = inForce(w.tables.adaptedDwellingAddOn, w.date, 'tillegg for tilpasset bolig');
    adaptedAddOn = row.value;
    w.used.push(applied('cap_add_on_adapted_dwelling', adaptedAddOn, 'kr_per_year', row));
  }
  const cap = w.step('housing_cost_cap', baseCap + municipalAddOn + adaptedAddOn, { baseCap, municipalAddOn, adaptedDwellingAddOn: adaptedAddOn });
  const counted = w.step('counted_housing_costs', Math.min(housingCosts, cap), { annualHousingCosts: housingCosts, cap });
  return { counted, group, basis };
}

function resolveGroup(input: BostotteInput): { group: CapGroup; basis: BostotteResult['capGroupBasis'] } {
  if (input.capGroup != null) return { group: input.capGroup, basis: 'given' };
  if (input.kommunenummer != null) {
    const group = capGroupOf(input.kommunenummer);
    if (group !== 'none') return { group, basis: 'kommunenummer' };
  }
  return { group: 'none', basis: 'none' };
}

/** Income per year (veileder «Inntekt»), weighted by the household's size (§ 7). */
function weightedIncome(input: BostotteInput, w: Work): number {
  const n = input.householdSize;
  const capital = input.yearlyCapitalIncome ?? 0;
  let countedCapital = 0;
  if (capital > 0) {
    const allowance = inForce(w.tables.capitalIncomeAllowance, w.date, 'fribeløp for kapitalinntekt');
    w.used.push(applied('capital_income_allowance_per_member', allowance.value, 'kr_per_year', allowance));
    countedCapital = w.step('counted_capital_income', kroner(Math.max(0, capital - allowance.value * n)), { yearlyCapitalIncome: capital, allowancePerMember: allowance.value, members: n });
  }
  const other = input.yearlyOtherIncome ?? 0;
  const income = w.step('annual_income', kroner(input.monthlyIncome * 12 + countedCapital + other), {
    monthlyIncome: input.monthlyIncome,
    months: 12,
    countedCapitalIncome: countedCapital,
    yearlyOtherIncome: other,
  });
  const weights = inForce(w.tables.incomeWeights, w.date, 'vekting av inntekt');
  w.used.push(applied('income_weight_per_extra_member', weights.value.perExtraMember, 'share', weights));
  const weight = w.step('income_weight', round6(weights.value.first + weights.value.perExtraMember * (n - 1)), { first: weights.value.first, perExtraMember: weights.value.perExtraMember, members: n });
  return w.step('weighted_income', kroner(income / weight), { annualIncome: income, weight });
}

/** The own share (§ 4): the minimum, the linear addition and the progressive term. */
function ownShareOf(weighted: number, category: ApplicantCategory, w: Work): number {
  const minimumRow = inForce(w.tables.minimumOwnShare, w.date, 'minste egenandel');
  w.used.push(applied('minimum_own_share', minimumRow.value, 'kr_per_year', minimumRow));
  const minimum = w.step('minimum_own_share', minimumRow.value, {});
  const linearRow = inForce(w.tables.linearOwnShare, w.date, 'egenandel over første grense');
  const threshold = category === 'single_old_age_pensioner' ? linearRow.value.thresholdSingleOldAgePensioner : linearRow.value.threshold;
  w.used.push(applied('linear_threshold', threshold, 'kr_per_year', linearRow), applied('linear_rate', linearRow.value.ratePercent, 'percent', linearRow));
  const linear = w.step('linear_own_share', kroner((Math.max(0, weighted - threshold) * linearRow.value.ratePercent) / 100), {
    weightedIncome: weighted,
    threshold,
    ratePercent: linearRow.value.ratePercent,
  });
  const progressive = progressiveTerm(weighted, category, w);
  return w.step('own_share', minimum + linear + progressive, { minimumOwnShare: minimum, linearOwnShare: linear, progressiveOwnShare: progressive });
}

/**
 * The progressive term: above the threshold T, `startRatePercent` at T + 1, rising by
 * `stepPercentagePoints` for every whole `stepKroner` of further weighted income [I: whole steps],
 * taken of the whole weighted income (or of the excess over T, if the table says so).
 */
function progressiveTerm(weighted: number, category: ApplicantCategory, w: Work): number {
  const row = inForce(w.tables.progressiveOwnShare, w.date, 'progressivt ledd i egenandel');
  const p = row.value;
  const threshold = category === 'young_disabled' ? p.thresholdYoungDisabled : category === 'single_old_age_pensioner' ? p.thresholdSingleOldAgePensioner : p.threshold;
  w.used.push(
    applied('progressive_threshold', threshold, 'kr_per_year', row),
    applied('progressive_start_rate', p.startRatePercent, 'percent', row),
    applied('progressive_step_rate', p.stepPercentagePoints, 'percentage_points', row),
    applied('progressive_step_kroner', p.stepKroner, 'kr_per_year', row),
  );
  if (weighted <= threshold) return w.step('progressive_own_share', 0, { weightedIncome: weighted, threshold });
  const steps = Math.floor((weighted - threshold - 1) / p.stepKroner);
  const ratePercent = round6(p.startRatePercent + p.stepPercentagePoints * steps);
  const base = p.base === 'whole_income' ? weighted : weighted - threshold;
  return w.step('progressive_own_share', kroner((base * ratePercent) / 100), { weightedIncome: weighted, threshold, steps, ratePercent, base });
}
