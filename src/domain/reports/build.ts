import type { IsoDate } from '../deadlines/calendar.js';
import { quarter as quarterOfYear, quarterLabel } from '../plan/series.js';
import type { TargetStatus } from '../plan/status.js';
import { reportLabels } from './labels.js';
import type { ReportGoal, ReportIndicator, ReportLanguage, ReportModel, ReportValue } from './model.js';
import type { NarrativeSection } from './narrative.js';

/**
 * Builds the council report's model from figures already computed and suppressed (the plan's
 * figures, then the other figures of domain.md § 10.4) and the manager's narrative. Pure: the
 * server computes the figures once and passes them in.
 */

export interface ReportRowInput extends Omit<ReportIndicator, 'series'> {
  /** The plan goal the indicator belongs to; null for the other figures. */
  readonly goalId: string | null;
  readonly goalTitle: string | null;
  readonly series: ReadonlyArray<{ readonly year: number; readonly quarter: number; readonly value: ReportValue }>;
}

export interface ReportInput {
  readonly title: string;
  readonly language: ReportLanguage;
  readonly municipality: ReportModel['municipality'];
  readonly period: { readonly from: IsoDate; readonly to: IsoDate };
  readonly plan: ReportModel['plan'];
  readonly asOf: IsoDate;
  readonly dataVersion: string | null;
  readonly publishedOn: IsoDate | null;
  readonly narrative: readonly NarrativeSection[];
  /** Plan rows first (in goal order), then the other figures; an id already shown under a goal is not repeated. */
  readonly rows: readonly ReportRowInput[];
}

/** «1.1.2026» */
const shortDate = (day: IsoDate): string => {
  const [y, m, d] = day.split('-');
  return `${Number(d)}.${Number(m)}.${y}`;
};

/** The quarter the period is exactly, if it is one. */
export function periodQuarter(period: { from: IsoDate; to: IsoDate }): { year: number; quarter: number } | null {
  const year = Number(period.from.slice(0, 4));
  for (let q = 1; q <= 4; q++) {
    const candidate = quarterOfYear(year, q);
    if (candidate.period.from === period.from && candidate.period.to === period.to) return { year, quarter: q };
  }
  return null;
}

/** «2026 K3» for a quarter, «1.1.2026–30.6.2026» for any other period. */
export function periodLabel(period: { from: IsoDate; to: IsoDate }, language: ReportLanguage): string {
  const q = periodQuarter(period);
  return q ? quarterLabel(quarterOfYear(q.year, q.quarter), language) : `${shortDate(period.from)}–${shortDate(period.to)}`;
}

export function buildReportModel(input: ReportInput): ReportModel {
  const goals: Array<{ goalId: string | null; title: string; indicators: ReportIndicator[] }> = [];
  const shown = new Set<string>();
  for (const row of input.rows) {
    if (row.goalId === null && shown.has(row.id)) continue;
    shown.add(row.id);
    let goal = goals.find((g) => g.goalId === row.goalId);
    if (!goal) {
      goal = { goalId: row.goalId, title: row.goalId === null ? reportLabels(input.language).otherFigures : (row.goalTitle ?? ''), indicators: [] };
      goals.push(goal);
    }
    const { goalId: _goalId, goalTitle: _goalTitle, series, ...indicator } = row;
    goal.indicators.push({
      ...indicator,
      series: series.map((p) => ({ year: p.year, quarter: p.quarter, label: quarterLabel(quarterOfYear(p.year, p.quarter), input.language), value: p.value })),
    });
  }
  // The other figures after the plan's goals.
  const ordered: ReportGoal[] = [...goals.filter((g) => g.goalId !== null), ...goals.filter((g) => g.goalId === null)];
  return {
    format: 1,
    title: input.title,
    language: input.language,
    municipality: input.municipality,
    period: input.period,
    periodLabel: periodLabel(input.period, input.language),
    plan: input.plan,
    asOf: input.asOf,
    dataVersion: input.dataVersion,
    publishedOn: input.publishedOn,
    narrative: input.narrative,
    goals: ordered,
  };
}

/** How many of the report's indicators have each status (for the summary line). */
export function statusCounts(model: ReportModel): Record<TargetStatus, number> {
  const counts: Record<TargetStatus, number> = { on_track: 0, at_risk: 0, off_track: 0, no_data: 0 };
  for (const g of model.goals) for (const i of g.indicators) if (i.status) counts[i.status] += 1;
  return counts;
}
