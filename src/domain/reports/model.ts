import type { IsoDate } from '../deadlines/calendar.js';
import type { IndicatorKind, IndicatorSource, IndicatorText, IndicatorUnit, IndicatorValue } from '../indicators/types.js';
import type { TargetDirection, TargetStatus } from '../plan/status.js';
import { SUPPRESSION_THRESHOLD } from '../statistics/suppression.js';
import type { NarrativeSection } from './narrative.js';

/**
 * The council report's model (rapport til kommunestyret, issue 7 § 3, domain.md § 10.4 item 2):
 * what the HTML page, the tagged PDF and the comparison all read. A published report stores this
 * object as its snapshot, so it is plain JSON, carries its own labels (the indicator names and
 * definitions in nb/en) and holds no person: only the municipality's figures, with counts from 1
 * to 4 already replaced by «<5» (`suppressed`).
 */

export type ReportLanguage = 'nb' | 'nn' | 'en';

/** A figure as shown: the number, or suppressed (a count from 1 to 4, shown «<5»), or none (a share of nothing). */
export interface ReportValue {
  /** Null when there is no figure or it is suppressed. */
  readonly value: number | null;
  readonly suppressed: boolean;
}

export interface ReportPoint {
  readonly year: number;
  readonly quarter: number;
  /** «2026 K3» / «2026 Q3». */
  readonly label: string;
  readonly value: ReportValue;
}

export interface ReportIndicator {
  readonly id: string;
  readonly name: IndicatorText;
  readonly definition: IndicatorText;
  readonly unit: IndicatorUnit;
  readonly kind: IndicatorKind;
  readonly source: IndicatorSource;
  /** The value for the report's period. */
  readonly value: ReportValue;
  /** The plan's target for the year, when the plan sets one. */
  readonly target: { readonly year: number; readonly direction: TargetDirection; readonly value: number; readonly tolerance: number; readonly comparedWith: number } | null;
  readonly status: TargetStatus | null;
  /** Quarterly values, oldest first (the trend chart). */
  readonly series: readonly ReportPoint[];
}

export interface ReportGoal {
  /** Null for the figures that belong to no goal of the plan. */
  readonly goalId: string | null;
  readonly title: string;
  readonly indicators: readonly ReportIndicator[];
}

export interface ReportModel {
  /** The model's format, so an old snapshot can still be read when the model grows. */
  readonly format: 1;
  readonly title: string;
  readonly language: ReportLanguage;
  readonly municipality: { readonly name: string; readonly kommunenummer: string };
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  /** «2026 K3», or «1.1.2026–30.6.2026» for another period. */
  readonly periodLabel: string;
  readonly plan: { readonly id: string; readonly title: string; readonly fromYear: number; readonly toYear: number; readonly adoptedRef: string | null } | null;
  /** The day the figures were computed to (publishing: that day). */
  readonly asOf: IsoDate;
  /** The data version the figures came from (null in a preview that has none). */
  readonly dataVersion: string | null;
  /** The day it was published; null for a draft's preview. */
  readonly publishedOn: IsoDate | null;
  readonly narrative: readonly NarrativeSection[];
  /** The plan's goals with their indicators, then (goalId null) the other figures of domain.md § 10.4. */
  readonly goals: readonly ReportGoal[];
}

/** The units that count people, households, cases or events: a value from 1 to 4 is suppressed. */
const COUNT_UNITS: ReadonlySet<IndicatorUnit> = new Set(['households', 'applications', 'cases', 'appeals', 'evictions', 'participants']);

/**
 * The shown value of a computed figure. Counts of households, cases and events from 1 to 4 are
 * suppressed; a share or rate whose numerator or denominator counts 1–4 is suppressed (it would
 * give the small count away); a median of 1–4 observations is suppressed. Dwellings, days and
 * kroner identify nobody and are shown as they are.
 */
export function shownValue(v: IndicatorValue, unit: IndicatorUnit): ReportValue {
  const small = (n: number | undefined) => n !== undefined && n > 0 && n < SUPPRESSION_THRESHOLD;
  if (v.value === null || Number.isNaN(v.value)) return { value: null, suppressed: small(v.denominator) || small(v.observations) };
  const suppressed = (COUNT_UNITS.has(unit) && small(v.value)) || small(v.numerator) || small(v.denominator) || small(v.observations);
  return suppressed ? { value: null, suppressed: true } : { value: v.value, suppressed: false };
}

const DECIMALS: Readonly<Record<IndicatorUnit, number>> = {
  households: 0,
  applications: 0,
  cases: 0,
  appeals: 0,
  dwellings: 0,
  evictions: 0,
  participants: 0,
  days: 0,
  kroner: 0,
  percent: 1,
  per_1000_inhabitants: 1,
};

/** A number for the report: «1 234», «12,5» (nb/nn) / «1,234», «12.5» (en); the unit's decimals. */
export function formatNumber(value: number, unit: IndicatorUnit, language: ReportLanguage): string {
  const decimals = DECIMALS[unit];
  const fixed = Math.abs(value).toFixed(decimals);
  const [whole = '0', fraction] = fixed.split('.');
  const groups = whole.replace(/\B(?=(\d{3})+(?!\d))/g, language === 'en' ? ',' : '\u00a0');
  const sign = value < 0 && Number(fixed) !== 0 ? '−' : '';
  return `${sign}${groups}${fraction ? (language === 'en' ? '.' : ',') + fraction : ''}`;
}

/** «<5», «–» (no figure) or the formatted number, with «%» for a share. */
export function displayValue(v: ReportValue, unit: IndicatorUnit, language: ReportLanguage): string {
  if (v.suppressed) return `<${SUPPRESSION_THRESHOLD}`;
  if (v.value === null) return '–';
  return `${formatNumber(v.value, unit, language)}${unit === 'percent' ? '\u00a0%' : ''}`;
}

/** The language of an indicator's name and definition: nynorsk reads the bokmål text. */
export const textIn = (text: IndicatorText, language: ReportLanguage): string => (language === 'en' ? text.en : text.nb);

/** Every indicator of the report, in order (goals first). */
export const reportIndicators = (model: ReportModel): ReportIndicator[] => model.goals.flatMap((g) => g.indicators);
