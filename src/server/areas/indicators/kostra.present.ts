import type { KostraComparisonDto, KostraDto, KostraRowDto, KostraSection, ShownNumber } from '../../../contracts/indicators.js';
import { checkForm13 } from '../../../domain/kostra/check.js';
import { compareForm13 } from '../../../domain/kostra/compare.js';
import type { Form13Figures } from '../../../domain/kostra/form13.js';
import { form13Rows, type Form13Row } from '../../../domain/kostra/rows.js';
import { SUPPRESSION_THRESHOLD } from '../../../domain/statistics/suppression.js';

/**
 * KOSTRA form 13 as the page and the CSV show it: the rows in sections, the politician's
 * suppression, the findings and the comparison. Pure.
 */

const SMALL = `<${SUPPRESSION_THRESHOLD}` as const;
const isSmall = (n: number | null): boolean => n !== null && n > 0 && n < SUPPRESSION_THRESHOLD;

/** The section a row belongs to, by its key's first part (the let dwellings are part of the stock). */
export function sectionOf(key: string): KostraSection {
  const head = key.split('.')[0]!;
  if (head === 'stock' || head === 'let') return 'stock';
  return head as KostraSection;
}

/** The count rows a derived share rests on (numerator, denominator); `inhabitants` is not a count of people. */
const DERIVED_PARTS: Readonly<Record<string, readonly [string, string | null]>> = {
  'derived.per_1000_inhabitants': ['stock.total', null],
  'derived.municipally_owned_share': ['stock.municipally_owned', 'stock.total'],
  'derived.wheelchair_share': ['stock.wheelchair', 'stock.total'],
  'derived.let_share': ['let.total', 'stock.total'],
  'derived.refusal_share': ['applications.new_refused', 'applications.new_received'],
};

/**
 * The rows' values as shown: unchanged, or with `suppress` a count from 1 to 4 as «<5» and a
 * share resting on one as «<5» too (it would give the count away).
 */
export function shownValues(rows: readonly Form13Row[], suppress: boolean): Map<string, ShownNumber | null> {
  const raw = new Map(rows.map((r) => [r.key, r.value]));
  return new Map(
    rows.map((r): [string, ShownNumber | null] => {
      if (!suppress) return [r.key, r.value];
      if (r.unit === 'count') return [r.key, isSmall(r.value) ? SMALL : r.value];
      const parts = DERIVED_PARTS[r.key];
      const hidden = parts === undefined || parts.some((k) => k !== null && isSmall(raw.get(k) ?? null));
      return [r.key, hidden && r.value !== null ? SMALL : r.value];
    }),
  );
}

export function presentKostra(current: Form13Figures, previous: Form13Figures, options: { suppress: boolean }): KostraDto {
  const { suppress } = options;
  const rows = form13Rows(current);
  const now = shownValues(rows, suppress);
  const before = shownValues(form13Rows(previous), suppress);
  const sections: KostraDto['sections'] = [];
  for (const row of rows) {
    const key = sectionOf(row.key);
    const dto: KostraRowDto = { key: row.key, label: row.label, unit: row.unit, value: now.get(row.key) ?? null };
    const last = sections[sections.length - 1];
    if (last?.key === key) last.rows.push(dto);
    else sections.push({ key, rows: [dto] });
  }
  const comparison = compareForm13(previous, current).map((c): KostraComparisonDto => {
    const prev = before.get(c.key) ?? null;
    const cur = now.get(c.key) ?? null;
    const hidden = prev === SMALL || cur === SMALL;
    return { key: c.key, label: c.label, unit: c.unit, previous: prev, current: cur, change: hidden ? null : c.change, changeShare: hidden ? null : c.changeShare, unusual: hidden ? false : c.unusual };
  });
  return {
    year: current.year,
    asOf: current.asOf,
    measuredOn: current.measuredOn,
    yearComplete: current.yearComplete,
    suppressed: suppress,
    sections,
    findings: suppress ? [] : checkForm13(current).map((p) => ({ code: p.code, severity: p.severity, message: { nb: p.message.nb, nn: p.message.nn, en: p.message.en } })),
    comparison: { previousYear: previous.year, rows: comparison },
  };
}

// ── CSV ─────────────────────────────────────────────────────────────────────────────────────

const BOM = '\uFEFF';

/** A number the Norwegian way (decimal comma, at most two decimals), «<5», or empty. */
function csvNumber(value: ShownNumber | null): string {
  if (value === null) return '';
  if (typeof value === 'string') return value;
  return String(Math.round(value * 100) / 100).replace('.', ',');
}

function csvCell(text: string): string {
  return /[;"\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

const UNIT_NB: Readonly<Record<KostraRowDto['unit'], string>> = { count: 'antall', percent: 'prosent', per_1000_inhabitants: 'per 1 000 innbyggere' };

/**
 * The form as CSV for the office (semicolon-separated, UTF-8 with BOM so Excel reads æøå,
 * CRLF): the row code, the Norwegian label, the unit, this year, last year and the change.
 */
export function kostraCsv(dto: KostraDto): string {
  const header = ['Kode', 'Tekst', 'Enhet', `Verdi ${dto.year}`, `Verdi ${dto.comparison.previousYear}`, 'Endring'];
  const byKey = new Map(dto.comparison.rows.map((c) => [c.key, c]));
  const lines = dto.sections.flatMap((s) =>
    s.rows.map((r) => {
      const c = byKey.get(r.key);
      return [r.key, r.label.nb, UNIT_NB[r.unit], csvNumber(r.value), csvNumber(c?.previous ?? null), csvNumber(c?.change ?? null)].map(csvCell).join(';');
    }),
  );
  return `${BOM}${[header.map(csvCell).join(';'), ...lines].join('\r\n')}\r\n`;
}
