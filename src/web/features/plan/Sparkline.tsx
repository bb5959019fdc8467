import { quarterLabel } from '../../../domain/plan/series';
import { isProRata } from '../../../domain/plan/status';
import type { IndicatorKind, IndicatorUnit } from '../../../domain/indicators/types';
import { formatNumber } from '../../app/format';
import { useI18n } from '../../app/i18n/I18nProvider';
import { shownText, type FigureRow } from './plan-display';

const W = 120;
const H = 32;
const PAD = 3;

/**
 * The 8 quarters of one indicator as a small line with the target as a dashed line: an SVG with
 * role="img" and an aria-label stating every value and the target (a count of events is compared
 * per quarter, a quarter of the yearly target). Suppressed and missing values leave a gap.
 */
export function Sparkline({ row }: { row: FigureRow }) {
  const { t, language, locale } = useI18n();
  const p = t.plan;
  const proRata = isProRata(row.kind as IndicatorKind, row.unit as IndicatorUnit);
  const targetLine = proRata ? row.target / 4 : row.target;
  const numbers = row.series.map((s) => (typeof s.value.value === 'number' ? s.value.value : null));
  const known = numbers.filter((n): n is number => n !== null);
  const lo = Math.min(targetLine, ...known);
  const hi = Math.max(targetLine, ...known);
  const span = hi - lo || 1;
  const x = (i: number) => PAD + (row.series.length <= 1 ? (W - 2 * PAD) / 2 : (i * (W - 2 * PAD)) / (row.series.length - 1));
  const y = (v: number) => H - PAD - ((v - lo) * (H - 2 * PAD)) / span;
  const segments: string[] = [];
  let current = '';
  numbers.forEach((n, i) => {
    if (n === null) {
      if (current) segments.push(current);
      current = '';
      return;
    }
    current += `${current ? ' L' : 'M'}${x(i).toFixed(1)},${y(n).toFixed(1)}`;
  });
  if (current) segments.push(current);
  const name = language === 'en' ? row.name.en : row.name.nb;
  const points = row.series.length === 0 ? p.noPoints : row.series.map((s) => `${quarterLabel(s, language)} ${shownText(s.value.value, row.unit, locale, p.units, p.noValue.toLowerCase())}`).join(', ');
  const targetText = (proRata ? p.sparklineTargetQuarter : p.sparklineTarget)(formatNumber(locale, Math.round(targetLine * 10) / 10));
  return (
    <svg className="sparkline" viewBox={`0 0 ${W} ${H}`} role="img" aria-label={p.sparkline(name, points, targetText)} focusable="false">
      <line className="sparkline__target" x1={PAD} x2={W - PAD} y1={y(targetLine)} y2={y(targetLine)} />
      {segments.map((d) => (
        <path key={d} className="sparkline__line" d={d} />
      ))}
      {numbers.map((n, i) => (n === null ? null : <circle key={i} className="sparkline__dot" cx={x(i)} cy={y(n)} r={i === numbers.length - 1 ? 2.5 : 1.5} />))}
    </svg>
  );
}
