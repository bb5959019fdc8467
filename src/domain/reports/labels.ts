import type { IndicatorSource, IndicatorUnit } from '../indicators/types.js';
import type { TargetDirection, TargetStatus } from '../plan/status.js';
import { displayValue, formatNumber, textIn, type ReportIndicator, type ReportLanguage } from './model.js';

/**
 * The fixed texts of the council report in bokmål, nynorsk and English — shared by the PDF and
 * the chart's text alternative, so both say the same.
 */
export interface ReportLabels {
  readonly reportFor: string;
  readonly period: string;
  readonly published: string;
  readonly draft: string;
  readonly dataVersion: string;
  readonly asOf: string;
  readonly plan: string;
  readonly narrative: string;
  readonly figures: string;
  readonly otherFigures: string;
  readonly indicator: string;
  readonly value: string;
  readonly target: string;
  readonly status: string;
  readonly unit: string;
  readonly source: string;
  readonly trend: string;
  readonly quarter: string;
  readonly suppressionNote: string;
  readonly noText: string;
  readonly page: (page: number, pages: number) => string;
  readonly statuses: Readonly<Record<TargetStatus, string>>;
  readonly directions: Readonly<Record<TargetDirection, string>>;
  readonly units: Readonly<Record<IndicatorUnit, string>>;
  readonly sources: Readonly<Record<IndicatorSource, string>>;
  readonly chartAlt: (name: string, points: string, target: string | null) => string;
}

const UNITS_NB: ReportLabels['units'] = {
  households: 'husstander',
  applications: 'søknader',
  cases: 'saker',
  appeals: 'klager',
  dwellings: 'boliger',
  evictions: 'utkastelser',
  participants: 'deltakere',
  days: 'dager',
  kroner: 'kroner',
  percent: 'prosent',
  per_1000_inhabitants: 'per 1 000 innbyggere',
};

const SOURCES_NB: ReportLabels['sources'] = { kostra_13: 'KOSTRA skjema 13', boligsosial_monitor: 'Boligsosial monitor', husly: 'Husly' };

const NB: ReportLabels = {
  reportFor: 'Rapport til kommunestyret',
  period: 'Periode',
  published: 'Publisert',
  draft: 'Utkast – ikke publisert',
  dataVersion: 'Dataversjon',
  asOf: 'Tallene gjelder per',
  plan: 'Boligsosial handlingsplan',
  narrative: 'Vurdering',
  figures: 'Mål og indikatorer',
  otherFigures: 'Andre nøkkeltall',
  indicator: 'Indikator',
  value: 'Verdi',
  target: 'Mål',
  status: 'Status',
  unit: 'Enhet',
  source: 'Kilde',
  trend: 'Utvikling per kvartal',
  quarter: 'Kvartal',
  suppressionNote: 'Tall fra 1 til 4 vises som «<5» av personvernhensyn. Rapporten inneholder ingen personopplysninger.',
  noText: 'Ingen tekst.',
  page: (page, pages) => `Side ${page} av ${pages}`,
  statuses: { on_track: 'I rute', at_risk: 'Usikker', off_track: 'Ikke i rute', no_data: 'Ingen data' },
  directions: { at_most: 'høyst', at_least: 'minst' },
  units: UNITS_NB,
  sources: SOURCES_NB,
  chartAlt: (name, points, target) => `Linjediagram: ${name} per kvartal. ${points}.${target ? ` Mållinje: ${target}.` : ''}`,
};

const NN: ReportLabels = {
  ...NB,
  reportFor: 'Rapport til kommunestyret',
  draft: 'Utkast – ikkje publisert',
  asOf: 'Tala gjeld per',
  narrative: 'Vurdering',
  otherFigures: 'Andre nøkkeltal',
  trend: 'Utvikling per kvartal',
  suppressionNote: 'Tal frå 1 til 4 blir viste som «<5» av omsyn til personvernet. Rapporten inneheld ingen personopplysningar.',
  noText: 'Ingen tekst.',
  page: (page, pages) => `Side ${page} av ${pages}`,
  statuses: { on_track: 'I rute', at_risk: 'Usikker', off_track: 'Ikkje i rute', no_data: 'Ingen data' },
  directions: { at_most: 'høgst', at_least: 'minst' },
  units: { ...UNITS_NB, households: 'hushald', applications: 'søknader', evictions: 'utkastingar', participants: 'deltakarar', days: 'dagar', per_1000_inhabitants: 'per 1 000 innbyggjarar' },
  chartAlt: (name, points, target) => `Linjediagram: ${name} per kvartal. ${points}.${target ? ` Mållinje: ${target}.` : ''}`,
};

const EN: ReportLabels = {
  reportFor: 'Report to the municipal council',
  period: 'Period',
  published: 'Published',
  draft: 'Draft – not published',
  dataVersion: 'Data version',
  asOf: 'Figures as of',
  plan: 'Social housing action plan',
  narrative: 'Assessment',
  figures: 'Goals and indicators',
  otherFigures: 'Other key figures',
  indicator: 'Indicator',
  value: 'Value',
  target: 'Target',
  status: 'Status',
  unit: 'Unit',
  source: 'Source',
  trend: 'Quarterly trend',
  quarter: 'Quarter',
  suppressionNote: 'Counts from 1 to 4 are shown as "<5" to protect privacy. The report holds no personal data.',
  noText: 'No text.',
  page: (page, pages) => `Page ${page} of ${pages}`,
  statuses: { on_track: 'On track', at_risk: 'At risk', off_track: 'Off track', no_data: 'No data' },
  directions: { at_most: 'at most', at_least: 'at least' },
  units: {
    households: 'households',
    applications: 'applications',
    cases: 'cases',
    appeals: 'appeals',
    dwellings: 'dwellings',
    evictions: 'evictions',
    participants: 'participants',
    days: 'days',
    kroner: 'kroner',
    percent: 'percent',
    per_1000_inhabitants: 'per 1,000 inhabitants',
  },
  sources: { kostra_13: 'KOSTRA form 13', boligsosial_monitor: 'Boligsosial monitor', husly: 'Husly' },
  chartAlt: (name, points, target) => `Line chart: ${name} by quarter. ${points}.${target ? ` Target line: ${target}.` : ''}`,
};

export const reportLabels = (language: ReportLanguage): ReportLabels => (language === 'en' ? EN : language === 'nn' ? NN : NB);

/** «høyst 10» / «at least 80 %». */
export function targetText(indicator: ReportIndicator, language: ReportLanguage): string | null {
  const t = indicator.target;
  if (!t) return null;
  return `${reportLabels(language).directions[t.direction]} ${displayValue({ value: t.value, suppressed: false }, indicator.unit, language)}`;
}

/**
 * The trend chart's text alternative: every quarter's value (suppressed ones as «<5») and the
 * target line, so a screen-reader user gets what the chart shows.
 */
export function chartAlt(indicator: ReportIndicator, language: ReportLanguage): string {
  const points = indicator.series.map((p) => `${p.label}: ${displayValue(p.value, indicator.unit, language)}`).join(', ');
  const target = indicator.target ? formatNumber(indicator.target.value, indicator.unit, language) + (indicator.unit === 'percent' ? '\u00a0%' : '') : null;
  return reportLabels(language).chartAlt(textIn(indicator.name, language), points || '–', target);
}
