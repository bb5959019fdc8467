import { buildReportModel, type ReportInput, type ReportRowInput } from './build.js';
import type { ReportModel, ReportValue } from './model.js';
import { defaultNarrative } from './narrative.js';

/** Small fixed council reports for the tests (no person in them, as in a real one). */

export const v = (value: number | null): ReportValue => ({ value, suppressed: false });
export const hidden: ReportValue = { value: null, suppressed: true };

export function row(id: string, over: Partial<ReportRowInput> = {}): ReportRowInput {
  return {
    id,
    name: { nb: `Indikator ${id}`, en: `Indicator ${id}` },
    definition: { nb: `Definisjon ${id}`, en: `Definition ${id}` },
    unit: 'households',
    kind: 'stock',
    source: 'husly',
    goalId: 'g1',
    goalTitle: 'Færre barnefamilier i midlertidig botilbud',
    value: v(12),
    target: { year: 2026, direction: 'at_most', value: 10, tolerance: 2, comparedWith: 10 },
    status: 'at_risk',
    series: [
      { year: 2026, quarter: 1, value: v(15) },
      { year: 2026, quarter: 2, value: hidden },
      { year: 2026, quarter: 3, value: v(12) },
    ],
    ...over,
  };
}

export function reportInput(over: Partial<ReportInput> = {}): ReportInput {
  return {
    title: 'Rapport til kommunestyret 2026 K3',
    language: 'nb',
    municipality: { name: 'Demo kommune', kommunenummer: '9999' },
    period: { from: '2026-07-01', to: '2026-09-30' },
    plan: { id: 'p1', title: 'Boligsosial handlingsplan 2025–2028', fromYear: 2025, toYear: 2028, adoptedRef: 'PS 45/25' },
    asOf: '2026-10-05',
    dataVersion: '2026-10-05:abc123',
    publishedOn: '2026-10-05',
    narrative: defaultNarrative('nb').map((s) => (s.key === 'summary' ? { ...s, text: 'Kvartalet gikk godt.\n\nFærre familier bor midlertidig.' } : s)),
    rows: [
      row('temporary.children_households_during'),
      row('waiting.median_days', { goalId: 'g2', goalTitle: 'Kortere ventetid', unit: 'days', value: v(40), target: { year: 2026, direction: 'at_most', value: 60, tolerance: 10, comparedWith: 60 }, status: 'on_track' }),
      row('evictions.carried_out', { goalId: null, goalTitle: null, unit: 'evictions', kind: 'flow', value: hidden, target: null, status: null }),
    ],
    ...over,
  };
}

export const reportModel = (over: Partial<ReportInput> = {}): ReportModel => buildReportModel(reportInput(over));
