import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import { BOSTOTTE_TABLES, CAP_GROUPS, type BostotteTables } from './bostotte-parameters.js';
import type { Dated, DatedTable, ParameterUnit } from './parameters.js';
import { STARTLAN_TABLES, type StartlanTables } from './startlan-parameters.js';

/**
 * A municipality's own dated values of the calculators' parameters (calculator_parameter), one
 * key per table of startlan-parameters.ts and bostotte-parameters.ts (`startlan.policyRate`,
 * `bostotte.housingCostCaps` …) with the same value shape as the table's rows. Each key has a
 * spec the admin page builds its form from and the server validates against.
 *
 * Which value a calculation uses (issue 6 § 8): the municipality's value in force on the
 * calculation date — the one with the latest `validFrom` on or before it — else the published
 * table's row. Once the municipality has entered a key, later rows of the published table do not
 * replace its value [I: the admin keeps the copy current; a value changing under them without
 * notice would surprise more than it helps].
 */

/** Units of a field on the form; `persons` and `count` are not shown in a calculation's workings. */
export type FieldUnit = ParameterUnit | 'persons';

export interface NumberFieldSpec {
  /** Property of the value; '' for a value that is a number, '0'…'4' for a list's places. */
  readonly name: string;
  readonly kind: 'number';
  readonly unit: FieldUnit;
  readonly min: number;
  readonly max: number;
  /** Decimals allowed: 0 for whole numbers. */
  readonly decimals: number;
}

export interface ChoiceFieldSpec {
  readonly name: string;
  readonly kind: 'choice';
  readonly choices: readonly string[];
}

export type FieldSpec = NumberFieldSpec | ChoiceFieldSpec;

export type ParameterShape = 'number' | 'object' | 'list';

export interface ParameterSpec {
  readonly key: string;
  readonly calculator: 'startlan' | 'bostotte';
  /** The property of StartlanTables / BostotteTables. */
  readonly table: string;
  readonly shape: ParameterShape;
  readonly fields: readonly FieldSpec[];
}

const num = (name: string, unit: FieldUnit, min: number, max: number, decimals = 0): NumberFieldSpec => ({ name, kind: 'number', unit, min, max, decimals });
const spec = (calculator: ParameterSpec['calculator'], table: string, shape: ParameterShape, fields: readonly FieldSpec[]): ParameterSpec => ({
  key: `${calculator}.${table}`,
  calculator,
  table,
  shape,
  fields,
});
const one = (calculator: ParameterSpec['calculator'], table: string, field: Omit<NumberFieldSpec, 'name' | 'kind'>): ParameterSpec => spec(calculator, table, 'number', [{ name: '', kind: 'number', ...field }]);

const monthly = (name: string) => num(name, 'kr_per_month', 0, 100_000);
const yearly = (name: string, max = 1_000_000) => num(name, 'kr_per_year', 0, max);

/** [I] The ranges are wide sanity bounds, not the law's: they catch a misplaced digit, not a policy. */
export const PARAMETER_SPECS: readonly ParameterSpec[] = [
  one('startlan', 'policyRate', { unit: 'percent', min: 0, max: 20, decimals: 4 }),
  one('startlan', 'stressAddOn', { unit: 'percentage_points', min: 0, max: 10, decimals: 4 }),
  one('startlan', 'husbankenRate', { unit: 'percent', min: 0, max: 20, decimals: 4 }),
  one('startlan', 'municipalMarkup', { unit: 'percentage_points', min: 0, max: 0.25, decimals: 4 }),
  one('startlan', 'termFee', { unit: 'kr_per_month', min: 0, max: 1000, decimals: 0 }),
  spec('startlan', 'term', 'object', [num('standardYears', 'years', 1, 50), num('maxYears', 'years', 1, 50)]),
  spec('startlan', 'guidelineRates', 'object', ['single', 'couple', 'sharedHousing', 'child0to5', 'child6to10', 'child11to17'].map(monthly)),
  spec('startlan', 'sifoReference', 'object', ['adult', 'child0to5', 'child6to10', 'child11to17'].map(monthly)),
  spec('startlan', 'sifoScale', 'object', [num('fromPersons', 'persons', 2, 20), num('discount', 'share', 0, 1, 4)]),
  one('startlan', 'minimumUsefulLoan', { unit: 'kr', min: 0, max: 10_000_000, decimals: 0 }),
  one('bostotte', 'coverageRate', { unit: 'share', min: 0, max: 1, decimals: 4 }),
  spec('bostotte', 'housingCostCaps', 'list', ['0', '1', '2', '3', '4'].map((n) => yearly(n))),
  spec('bostotte', 'capAddOns', 'object', CAP_GROUPS.map((g) => yearly(g, 200_000))),
  one('bostotte', 'adaptedDwellingAddOn', { unit: 'kr_per_year', min: 0, max: 200_000, decimals: 0 }),
  one('bostotte', 'minimumOwnShare', { unit: 'kr_per_year', min: 0, max: 200_000, decimals: 0 }),
  spec('bostotte', 'linearOwnShare', 'object', [yearly('threshold'), yearly('thresholdSingleOldAgePensioner'), num('ratePercent', 'percent', 0, 100, 4)]),
  spec('bostotte', 'progressiveOwnShare', 'object', [
    yearly('threshold'),
    yearly('thresholdYoungDisabled'),
    yearly('thresholdSingleOldAgePensioner'),
    num('startRatePercent', 'percent', 0, 10, 4),
    num('stepPercentagePoints', 'percentage_points', 0, 10, 4),
    num('stepKroner', 'kr_per_year', 1, 100_000),
    { name: 'base', kind: 'choice', choices: ['whole_income', 'excess'] },
  ]),
  spec('bostotte', 'incomeWeights', 'object', [num('first', 'share', 0.1, 5, 4), num('perExtraMember', 'share', 0, 2, 4)]),
  one('bostotte', 'minimumPayment', { unit: 'kr_per_month', min: 0, max: 10_000, decimals: 0 }),
  one('bostotte', 'capitalIncomeAllowance', { unit: 'kr_per_year', min: 0, max: 1_000_000, decimals: 0 }),
];

export const PARAMETER_KEYS: readonly string[] = PARAMETER_SPECS.map((s) => s.key);

export function parameterSpec(key: string): ParameterSpec | undefined {
  return PARAMETER_SPECS.find((s) => s.key === key);
}

export type ParameterProblemCode = 'required' | 'invalid_type' | 'too_small' | 'too_big' | 'too_many_decimals' | 'invalid_value' | 'unknown_field' | 'max_below_standard';

export interface ParameterProblem {
  /** `value` or `value.<field>`, the path in the request body. */
  readonly path: string;
  readonly code: ParameterProblemCode;
}

function decimalsOf(n: number): number {
  const text = String(n);
  if (text.includes('e')) return 99;
  const dot = text.indexOf('.');
  return dot < 0 ? 0 : text.length - dot - 1;
}

function checkField(field: FieldSpec, value: unknown, path: string): ParameterProblem[] {
  if (value === undefined || value === null) return [{ path, code: 'required' }];
  if (field.kind === 'choice') return typeof value === 'string' && field.choices.includes(value) ? [] : [{ path, code: 'invalid_value' }];
  if (typeof value !== 'number' || !Number.isFinite(value)) return [{ path, code: 'invalid_type' }];
  if (value < field.min) return [{ path, code: 'too_small' }];
  if (value > field.max) return [{ path, code: 'too_big' }];
  if (decimalsOf(value) > field.decimals) return [{ path, code: 'too_many_decimals' }];
  return [];
}

/** Every problem with `value` for `spec`, at once (an empty list: valid). */
export function validateParameterValue(spec: ParameterSpec, value: unknown): ParameterProblem[] {
  if (spec.shape === 'number') return checkField(spec.fields[0]!, value, 'value');
  if (value === undefined || value === null) return [{ path: 'value', code: 'required' }];
  const isList = Array.isArray(value);
  if (spec.shape === 'list' ? !isList : isList || typeof value !== 'object') return [{ path: 'value', code: 'invalid_type' }];
  const record = value as Record<string, unknown>;
  const problems = spec.fields.flatMap((f) => checkField(f, record[f.name], `value.${f.name}`));
  const names = new Set(spec.fields.map((f) => f.name));
  if (isList) {
    if ((value as unknown[]).length > spec.fields.length) problems.push({ path: `value.${spec.fields.length}`, code: 'unknown_field' });
  } else {
    for (const name of Object.keys(record)) if (!names.has(name)) problems.push({ path: `value.${name}`, code: 'unknown_field' });
  }
  if (spec.key === 'startlan.term' && problems.length === 0) {
    const term = record as { standardYears: number; maxYears: number };
    if (term.maxYears < term.standardYears) problems.push({ path: 'value.maxYears', code: 'max_below_standard' });
  }
  return problems;
}

/** A municipality's value as stored, with the source text to show (who entered it, when, from what). */
export interface ParameterOverride {
  readonly key: string;
  readonly validFrom: IsoDate;
  readonly value: unknown;
  readonly source: string;
}

/**
 * A published table with the municipality's rows for it: its own rows (tag M), and the published
 * rows from before its earliest one — so from that day on the municipality's value is the one in force.
 */
export function mergeOverrides<T>(published: DatedTable<T>, own: readonly ParameterOverride[]): DatedTable<T> {
  if (own.length === 0) return published;
  const rows: Dated<T>[] = own.map((o) => ({ effectiveFrom: o.validFrom, value: o.value as T, source: o.source, tag: 'M' }));
  const earliest = rows.reduce((min, r) => (compareDates(r.effectiveFrom, min) < 0 ? r.effectiveFrom : min), rows[0]!.effectiveFrom);
  return [...rows, ...published.filter((r) => compareDates(r.effectiveFrom, earliest) < 0)];
}

function merged<T extends object>(published: T, calculator: ParameterSpec['calculator'], overrides: readonly ParameterOverride[]): T {
  const out: Record<string, unknown> = { ...(published as Record<string, unknown>) };
  for (const s of PARAMETER_SPECS) {
    if (s.calculator !== calculator) continue;
    const own = overrides.filter((o) => o.key === s.key);
    if (own.length > 0) out[s.table] = mergeOverrides(out[s.table] as DatedTable<unknown>, own);
  }
  return out as T;
}

/**
 * The calculators' tables with the municipality's values merged in. Overrides whose key is unknown
 * are ignored (a retired key); their values are trusted to have passed validateParameterValue.
 */
export function tablesWithOverrides(
  overrides: readonly ParameterOverride[],
  published: { startlan: StartlanTables; bostotte: BostotteTables } = { startlan: STARTLAN_TABLES, bostotte: BOSTOTTE_TABLES },
): { startlan: StartlanTables; bostotte: BostotteTables } {
  return { startlan: merged(published.startlan, 'startlan', overrides), bostotte: merged(published.bostotte, 'bostotte', overrides) };
}

/** The published table of a key (the row list as it ships). */
export function publishedTable(key: string, published = { startlan: STARTLAN_TABLES, bostotte: BOSTOTTE_TABLES }): DatedTable<unknown> | undefined {
  const s = parameterSpec(key);
  if (!s) return undefined;
  return (published[s.calculator] as unknown as Record<string, DatedTable<unknown>>)[s.table];
}

export interface ParameterInForce {
  readonly spec: ParameterSpec;
  /** The row in force on the date (the municipality's or the published one); null when neither has one yet. */
  readonly row: Dated<unknown> | null;
}

/** For every key, the row a calculation on `date` would use. */
export function parametersInForce(overrides: readonly ParameterOverride[], date: IsoDate): ParameterInForce[] {
  return PARAMETER_SPECS.map((s) => {
    const table = mergeOverrides(publishedTable(s.key) ?? [], overrides.filter((o) => o.key === s.key));
    let row: Dated<unknown> | null = null;
    for (const r of table) if (compareDates(r.effectiveFrom, date) <= 0 && (row === null || compareDates(r.effectiveFrom, row.effectiveFrom) > 0)) row = r;
    return { spec: s, row };
  });
}
