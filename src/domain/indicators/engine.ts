import type { Period } from '../temporary/kostra.js';
import { getIndicator, INDICATORS } from './definitions.js';
import type { IndicatorHistory } from './history.js';
import { checkHistoryDates, clipPeriod } from './measure.js';
import type { IndicatorDefinition, IndicatorResult, IndicatorValue } from './types.js';

/**
 * Runs indicators over a history for the municipality and each district. A district's value is
 * the same computation over the history cut to that district's facts (and its inhabitants), so
 * shares and medians are the district's own, and counts add up: the districts plus the
 * unassigned facts give the municipality's figure.
 */

/**
 * The history with only the facts of district `code`; with `null`, the facts with no district
 * or a code the history does not list, and the inhabitants not in any listed district.
 */
export function restrictToDistrict(history: IndicatorHistory, code: string | null): IndicatorHistory {
  const listed = new Set(history.districts.map((d) => d.code));
  const belongs = (districtCode: string | null) => (code === null ? districtCode === null || !listed.has(districtCode) : districtCode === code);
  const keep = <T extends { readonly districtCode: string | null }>(facts: readonly T[]): T[] => facts.filter((f) => belongs(f.districtCode));
  const inDistricts = history.districts.reduce((sum, d) => sum + d.inhabitants, 0);
  return {
    asOf: history.asOf,
    inhabitants: code === null ? Math.max(0, history.inhabitants - inDistricts) : (history.districts.find((d) => d.code === code)?.inhabitants ?? 0),
    districts: history.districts.filter((d) => d.code === code),
    applications: keep(history.applications),
    appeals: keep(history.appeals),
    waiting: keep(history.waiting),
    housed: keep(history.housed),
    leases: keep(history.leases),
    dwellings: keep(history.dwellings),
    evictions: keep(history.evictions),
    temporaryStays: keep(history.temporaryStays),
    housingFirst: keep(history.housingFirst),
    rentToOwn: keep(history.rentToOwn),
  };
}

/** The history cut to each district and to the unassigned facts, made once for many indicators. */
interface Slices {
  readonly districts: ReadonlyArray<{ readonly code: string; readonly history: IndicatorHistory }>;
  readonly unassigned: IndicatorHistory;
}

const slice = (history: IndicatorHistory): Slices => ({
  districts: history.districts.map((d) => ({ code: d.code, history: restrictToDistrict(history, d.code) })),
  unassigned: restrictToDistrict(history, null),
});

function run(definition: IndicatorDefinition, history: IndicatorHistory, slices: Slices, period: Period): IndicatorResult {
  return {
    id: definition.id,
    period,
    municipality: definition.compute(history, period),
    districts: slices.districts.map((d) => ({ code: d.code, value: definition.compute(d.history, period) })),
    unassigned: definition.compute(slices.unassigned, period),
  };
}

/**
 * One indicator for `period` (both days included; a stock is measured on its last day), cut to
 * the history's `asOf`. Pass `{ from: day, to: day }` for a value on one day.
 * @throws RangeError for an unknown id, a malformed date in the history or the period, or a period that begins after `asOf`.
 */
export function computeIndicator(indicator: string | IndicatorDefinition, history: IndicatorHistory, period: Period): IndicatorResult {
  const definition = typeof indicator === 'string' ? getIndicator(indicator) : indicator;
  checkHistoryDates(history);
  return run(definition, history, slice(history), clipPeriod(period, history.asOf));
}

/**
 * Several indicators (all by default) for the same period.
 * @throws RangeError as computeIndicator.
 */
export function computeIndicators(history: IndicatorHistory, period: Period, ids?: readonly string[]): IndicatorResult[] {
  const definitions = ids === undefined ? INDICATORS : ids.map(getIndicator);
  checkHistoryDates(history);
  const clipped = clipPeriod(period, history.asOf);
  const slices = slice(history);
  return definitions.map((d) => run(d, history, slices, clipped));
}

/**
 * The municipality's value of several indicators (all by default) for the period, without the
 * district breakdown: what the dashboard, the report's targets and the quarterly series show.
 * `datesChecked` skips the history's date check when the caller has already made it once
 * (a series computes many periods over the same history).
 * @throws RangeError as computeIndicator.
 */
export function computeMunicipality(
  history: IndicatorHistory,
  period: Period,
  ids?: readonly string[],
  options: { readonly datesChecked?: boolean } = {},
): Array<{ readonly id: string; readonly period: Period; readonly value: IndicatorValue }> {
  const definitions = ids === undefined ? INDICATORS : ids.map(getIndicator);
  if (!options.datesChecked) checkHistoryDates(history);
  const clipped = clipPeriod(period, history.asOf);
  return definitions.map((d) => ({ id: d.id, period: clipped, value: d.compute(history, clipped) }));
}
