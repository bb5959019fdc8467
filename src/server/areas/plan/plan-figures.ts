import { and, asc, eq } from 'drizzle-orm';
import { actionPlanGoal, actionPlanTarget } from '../../../db/schema/index.js';
import type { IsoDate } from '../../../domain/deadlines/calendar.js';
import type { IndicatorHistory } from '../../../domain/indicators/history.js';
import { INDICATORS } from '../../../domain/indicators/definitions.js';
import { buildPlanFigures, type PlanFigures } from '../../../domain/plan/figures.js';
import type { Period } from '../../../domain/temporary/kostra.js';
import type { Tx } from '../../platform/db.js';
import { loadIndicatorHistory } from '../indicators/history.repo.js';

export { SUPPRESSED, suppressFigures } from '../../../domain/plan/figures.js';
export type { PlanFigureRow, PlanFigures, ShownValue, SuppressedFigureRow, SuppressedPlanFigures } from '../../../domain/plan/figures.js';

/**
 * A plan's figures for a period (issue 7 §§ 2, 9, 10), for the dashboard and the council report's
 * snapshot: each target of the period's year (the year of `period.to`) with the municipality's
 * value for the period (a stock on its last day), its status by domain/plan/status.ts (a count of
 * events pro rata by the share of the year measured up to min(period.to, asOf)) and the 8 quarters
 * ending with the period's last day. Rows in the order of the plan's goals, then the indicator
 * registry's order; targets without a goal last. Unsuppressed: the caller shows them through
 * suppressFigures. Runs in the caller's tenant transaction (the plan is read under row-level
 * security; a plan of another municipality has no targets here). A caller that has already read
 * the history as of `asOf` in this transaction passes it as `history` (the council report also
 * computes other figures and the data version from it); otherwise it is read here.
 * @throws RangeError for a period beginning after asOf.
 */
export async function planFigures(tx: Tx, options: { planId: string; period: Period; asOf: IsoDate; history?: IndicatorHistory }): Promise<PlanFigures> {
  const { planId, period, asOf } = options;
  if (options.history && options.history.asOf !== asOf) throw new RangeError(`the history is as of ${options.history.asOf}, not ${asOf}`);
  const goals = await tx.select({ id: actionPlanGoal.id, title: actionPlanGoal.title, position: actionPlanGoal.position }).from(actionPlanGoal).where(eq(actionPlanGoal.planId, planId)).orderBy(asc(actionPlanGoal.position));
  const targets = await tx.select().from(actionPlanTarget).where(and(eq(actionPlanTarget.planId, planId)));
  const goalIndex = new Map(goals.map((g, i) => [g.id, i]));
  const indicatorIndex = new Map(INDICATORS.map((d, i) => [d.id, i]));
  const order = (t: (typeof targets)[number]) => [t.goalId === null ? goals.length : (goalIndex.get(t.goalId) ?? goals.length), indicatorIndex.get(t.indicatorId) ?? INDICATORS.length] as const;
  const sorted = [...targets].sort((a, b) => {
    const [ga, ia] = order(a);
    const [gb, ib] = order(b);
    return ga - gb || ia - ib || a.indicatorId.localeCompare(b.indicatorId);
  });
  const history = options.history ?? (await loadIndicatorHistory(tx, asOf));
  return buildPlanFigures(
    history,
    sorted.map((t) => ({
      indicatorId: t.indicatorId,
      year: t.year,
      goalId: t.goalId,
      goalTitle: goals.find((g) => g.id === t.goalId)?.title ?? null,
      direction: t.direction,
      target: Number(t.target),
      tolerance: Number(t.tolerance),
    })),
    period,
  );
}
