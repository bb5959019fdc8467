/**
 * The calculators: startlån affordability and the bostøtte estimate (domain/calculators). The
 * bodies hold amounts in whole kroner per month unless the name says per year; nothing is stored.
 * Responses carry the workings and every parameter used with its date, source and tag.
 */
import { z } from 'zod';
import { APPLICANT_CATEGORIES, BOSTOTTE_STEP_CODES, CAP_GROUPS, FIXED_COST_KINDS, HOUSING_COST_KINDS, STARTLAN_FINDING_CODES } from '../domain/calculators/index.js';

const isoDate = z.iso.date();
/** Whole kroner from 0 to `max`. */
const kroner = (max: number) => z.number().int().min(0).max(max);
/** A monthly amount; 500 000 kr a month is far beyond any household the calculators are for. */
const monthly = kroner(500_000);
const percent = z.number().min(0).max(20);

const costsOf = <K extends string>(kinds: readonly K[]) => z.strictObject(Object.fromEntries(kinds.map((k) => [k, monthly.optional()])) as Record<K, z.ZodOptional<typeof monthly>>);

export const startlanBodySchema = z.strictObject({
  household: z.strictObject({
    adults: z.number().int().min(1).max(10),
    /** Ages of the children under 18; older members count as adults. */
    childAges: z.array(z.number().int().min(0).max(17)).max(10).default([]),
  }),
  monthlyNetIncome: kroner(1_000_000),
  /** Actual spending on living costs, e.g. from bank statements. */
  actualLivingCosts: monthly.nullable().optional(),
  fixedCosts: costsOf(FIXED_COST_KINDS).optional(),
  housingCosts: costsOf(HOUSING_COST_KINDS).optional(),
  /** 30 unless given; up to 50 in special cases. */
  termYears: z.number().int().min(1).max(50).optional(),
  /** Enter to override the tables, e.g. with today's rates from Startskudd. */
  policyRatePercent: percent.nullable().optional(),
  husbankenRatePercent: percent.nullable().optional(),
  /** The municipality may add up to 0.25 percentage points. */
  municipalMarkupPercent: z.number().min(0).max(0.25).nullable().optional(),
  minimumUsefulLoan: kroner(10_000_000).nullable().optional(),
});
export type StartlanBody = z.infer<typeof startlanBodySchema>;

export const bostotteBodySchema = z.strictObject({
  /** Everyone living in the dwelling, children included. */
  householdSize: z.number().int().min(1).max(20),
  /** Approved housing costs (godkjente boutgifter) per month. */
  monthlyHousingCosts: monthly,
  /** The household's gross monthly income (a-ordningen); children's income is not counted. */
  monthlyIncome: kroner(1_000_000),
  yearlyCapitalIncome: kroner(10_000_000).nullable().optional(),
  yearlyOtherIncome: kroner(10_000_000).nullable().optional(),
  /** The cap add-on group; when absent it follows the user's municipality. */
  capGroup: z.enum(CAP_GROUPS).nullable().optional(),
  adaptedDwelling: z.boolean().optional(),
  applicantCategory: z.enum(APPLICANT_CATEGORIES).optional(),
});
export type BostotteBody = z.infer<typeof bostotteBodySchema>;

export const appliedParameterSchema = z.object({
  name: z.string(),
  value: z.number(),
  unit: z.enum(['kr_per_month', 'kr_per_year', 'kr', 'percent', 'percentage_points', 'share', 'years']),
  /** Null when the caseworker entered the value. */
  effectiveFrom: isoDate.nullable(),
  source: z.string(),
  /** S sourced, R recalled, I inferred, M the municipality's own value; null when entered. */
  tag: z.enum(['S', 'R', 'I', 'M']).nullable(),
});

const livingCostLineSchema = z.object({
  kind: z.enum(['single', 'couple', 'shared_housing', 'adult', 'child_0_5', 'child_6_10', 'child_11_17']),
  count: z.number().int(),
  rate: z.number(),
  amount: z.number(),
});

const findingSchema = z.object({
  code: z.enum(STARTLAN_FINDING_CODES),
  values: z.record(z.string(), z.number()),
  /** In the user's language. */
  text: z.string(),
});

export const startlanResultSchema = z.object({
  date: isoDate,
  persons: z.number().int(),
  monthlyNetIncome: z.number(),
  livingCosts: z.object({
    guideline: z.object({ total: z.number(), lines: z.array(livingCostLineSchema) }),
    sifoReference: z.object({ total: z.number(), scaleDiscount: z.number(), lines: z.array(livingCostLineSchema) }).nullable(),
    actual: z.number().nullable(),
    used: z.number(),
    basis: z.enum(['actual', 'guideline']),
  }),
  fixedCosts: z.object({ total: z.number(), items: z.record(z.enum(FIXED_COST_KINDS), z.number()) }),
  housingCosts: z.object({ total: z.number(), items: z.record(z.enum(HOUSING_COST_KINDS), z.number()) }),
  margin: z.number(),
  termFee: z.number(),
  availableForLoan: z.number(),
  termYears: z.number().int(),
  rates: z.object({
    policyRate: z.number(),
    stressAddOn: z.number(),
    stressRate: z.number(),
    husbankenRate: z.number(),
    municipalMarkup: z.number(),
    normalRate: z.number(),
  }),
  maxLoan: z.number(),
  monthlyPaymentAtStressRate: z.number(),
  monthlyPaymentAtNormalRate: z.number(),
  minimumUsefulLoan: z.number(),
  /** Frarådning: the municipality must advise against a loan. */
  adviseAgainst: z.boolean(),
  reasons: z.array(findingSchema),
  notes: z.array(findingSchema),
  parameters: z.array(appliedParameterSchema),
});
export type StartlanResultDto = z.infer<typeof startlanResultSchema>;

export const bostotteResultSchema = z.object({
  /** Always true; `notice` says that Husbanken decides. */
  estimate: z.literal(true),
  notice: z.string(),
  date: isoDate,
  householdSize: z.number().int(),
  capGroup: z.enum(CAP_GROUPS),
  capGroupBasis: z.enum(['given', 'kommunenummer', 'none']),
  applicantCategory: z.enum(APPLICANT_CATEGORIES),
  steps: z.array(
    z.object({
      code: z.enum(BOSTOTTE_STEP_CODES),
      /** In the user's language. */
      label: z.string(),
      value: z.number(),
      inputs: z.record(z.string(), z.number()),
    }),
  ),
  annualSupport: z.number(),
  monthlySupport: z.number(),
  belowMinimumPayment: z.boolean(),
  parameters: z.array(appliedParameterSchema),
});
export type BostotteResultDto = z.infer<typeof bostotteResultSchema>;

// ── The municipality's own parameter values (admin) ─────────────────────────────────────────

const fieldSpecSchema = z.discriminatedUnion('kind', [
  z.object({ name: z.string(), kind: z.literal('number'), unit: z.string(), min: z.number(), max: z.number(), decimals: z.number().int() }),
  z.object({ name: z.string(), kind: z.literal('choice'), choices: z.array(z.string()) }),
]);

const parameterRowSchema = z.object({
  validFrom: isoDate,
  value: z.unknown(),
  source: z.string(),
  tag: z.enum(['S', 'R', 'I', 'M']),
});

export const calculatorParameterSchema = z.object({
  key: z.string(),
  calculator: z.enum(['startlan', 'bostotte']),
  shape: z.enum(['number', 'object', 'list']),
  fields: z.array(fieldSpecSchema),
  /** The row a calculation today uses; null when there is none. */
  inForce: parameterRowSchema.nullable(),
  /** The municipality's own rows, newest first. */
  own: z.array(parameterRowSchema.extend({ enteredBy: z.string(), enteredAt: z.string() })),
});
export type CalculatorParameterDto = z.infer<typeof calculatorParameterSchema>;

export const calculatorParameterListSchema = z.object({
  today: isoDate,
  /** Whether the user may add values (the municipality admin). */
  canEdit: z.boolean(),
  items: z.array(calculatorParameterSchema),
});
export type CalculatorParameterList = z.infer<typeof calculatorParameterListSchema>;

export const addParameterBodySchema = z.strictObject({
  key: z.string().min(1).max(100),
  validFrom: isoDate,
  /** A number, an object or a list as the key's fields describe; checked per key with a field error per field. */
  value: z.unknown(),
  /** Where the value comes from (circular, decision, web page). */
  source: z.string().trim().min(1).max(300),
});
export type AddParameterBody = z.infer<typeof addParameterBodySchema>;
