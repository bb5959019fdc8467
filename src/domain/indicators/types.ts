import type { Period } from '../temporary/kostra.js';
import type { IndicatorHistory } from './history.js';

/**
 * What an indicator is and what computing one gives. An indicator is a pure function of an
 * {@link IndicatorHistory} and a period; the engine (engine.ts) runs it for the municipality and
 * for each district.
 */

/** A text in bokmål and English (the definitions are shown to the council and to SSB's readers). */
export interface IndicatorText {
  readonly nb: string;
  readonly en: string;
}

/**
 * Where the definition comes from: KOSTRA skjema 13 «Kommunalt disponerte boliger» (SSB,
 * domain.md § 3), Husbanken's Boligsosial monitor (domain.md § 4), or Husly's own (domain.md
 * § 10.4 lists them for the council report; no national format exists).
 */
export type IndicatorSource = 'kostra_13' | 'boligsosial_monitor' | 'husly';

/** A stock is measured on one day (the period's last day); a flow counts what happened in the period. */
export type IndicatorKind = 'stock' | 'flow';

export type IndicatorUnit = 'households' | 'applications' | 'cases' | 'appeals' | 'dwellings' | 'evictions' | 'participants' | 'days' | 'kroner' | 'percent' | 'per_1000_inhabitants';

/** One computed figure. */
export interface IndicatorValue {
  /** Null when the figure is undefined: a share of nothing, a median of no values. */
  readonly value: number | null;
  /** Shares and rates: the count over the line (so figures can be added up and small counts suppressed). */
  readonly numerator?: number;
  /** Shares and rates: the count under the line. */
  readonly denominator?: number;
  /** Medians: how many values the median was taken of. */
  readonly observations?: number;
}

export interface IndicatorDefinition {
  /** Stable id, dotted: `temporary.households_during`, `housed.new.refugee`. Targets and reports refer to it. */
  readonly id: string;
  /** Short name for tables and charts. */
  readonly name: IndicatorText;
  /** The full definition, as the «?» box shows it. */
  readonly definition: IndicatorText;
  readonly unit: IndicatorUnit;
  readonly source: IndicatorSource;
  readonly kind: IndicatorKind;
  /** Where the definition is written down: domain.md section and tag ([S] source, [R] recalled, [I] Husly's choice). */
  readonly basis: string;
  /** For a breakdown: the indicator it is part of, and its group (a need category, a dwelling size, an appeal outcome). */
  readonly parent?: string;
  readonly group?: string;
  /**
   * The value for `period` (already clipped to the history's `asOf` by the engine). A stock is
   * measured on `period.to`. Pure; throws only on malformed dates (RangeError).
   */
  readonly compute: (history: IndicatorHistory, period: Period) => IndicatorValue;
}

/** The figure for the municipality, each district, and the facts that belong to no district. */
export interface IndicatorResult {
  readonly id: string;
  /** The period computed, after clipping to the history's `asOf`. */
  readonly period: Period;
  readonly municipality: IndicatorValue;
  /** Every district of the history, in its order. */
  readonly districts: ReadonlyArray<{ readonly code: string; readonly value: IndicatorValue }>;
  /** Facts without a district (e.g. an applicant not yet living in a municipal dwelling). */
  readonly unassigned: IndicatorValue;
}
