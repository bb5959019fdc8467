import { formatNumber } from '../../app/format';
import type { Dashboard } from '../../../contracts/plan';
import type { IndicatorUnit } from '../../../domain/indicators/types';
import type { TargetStatus } from '../../../domain/plan/status';
import { useI18n } from '../../app/i18n/I18nProvider';
import './plan.css';

export type FigureRow = NonNullable<Dashboard['figures']>['rows'][number];
export type Shown = FigureRow['value']['value'];
type Locale = Parameters<typeof formatNumber>[0];

const round = (n: number): number => Math.round(n * 10) / 10;

/** A figure as shown: «<5» for a suppressed count, a dash for none, else the number in the unit (%, days …). */
export function shownText(value: Shown, unit: string, locale: Locale, units: Record<IndicatorUnit, string>, noValue = '–'): string {
  if (value === null) return noValue;
  if (typeof value === 'string') return value;
  const n = formatNumber(locale, round(value));
  if (unit === 'percent') return `${n} %`;
  if (unit === 'days' || unit === 'kroner' || unit === 'per_1000_inhabitants') return `${n} ${units[unit as IndicatorUnit]}`;
  return n;
}

const STATUS_ICON: Record<TargetStatus, string> = { on_track: '✓', at_risk: '!', off_track: '✕', no_data: '–' };

/** A target status as an icon and text (never colour alone). */
export function StatusBadge({ status }: { status: TargetStatus }) {
  const { t } = useI18n();
  return (
    <span className={`plan-status plan-status--${status}`} data-status={status}>
      <span className="plan-status__icon" aria-hidden="true">
        {STATUS_ICON[status]}
      </span>
      {t.plan.statuses[status]}
    </span>
  );
}
