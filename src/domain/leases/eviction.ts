import { compareDates, type IsoDate } from '../deadlines/calendar.js';
import type { Problem } from './terms.js';

/**
 * Notice, termination and eviction steps, in the order the law puts them (recorded as events
 * for the indicators, domain.md § 10.4 «utkastelser»):
 * - `warning` — varsel (e.g. tvangsfullbyrdelsesloven § 4-18 for rent arrears);
 * - `termination_notice` — oppsigelse (husleieloven § 9-7/§ 9-8) or heving (§ 9-9);
 * - `eviction_request` — begjæring om fravikelse to the namsmann;
 * - `eviction_carried_out` — fravikelse (the lease ends that day);
 * - `cancelled` — the process stops (paid, agreement, withdrawn); a new one may start later.
 */
export const EVICTION_STEPS = ['warning', 'termination_notice', 'eviction_request', 'eviction_carried_out', 'cancelled'] as const;
export type EvictionStep = (typeof EVICTION_STEPS)[number];

/** Which steps may follow the latest one (`null`: no process yet, or the last was cancelled). */
const NEXT: Readonly<Record<EvictionStep | 'none', readonly EvictionStep[]>> = {
  none: ['warning', 'termination_notice'],
  // A warning may be repeated; arrears may go straight from warning to a request (tvfbl. § 4-18 and § 13-2 (3) a).
  warning: ['warning', 'termination_notice', 'eviction_request', 'cancelled'],
  termination_notice: ['eviction_request', 'cancelled'],
  eviction_request: ['eviction_carried_out', 'cancelled'],
  eviction_carried_out: [],
  cancelled: ['warning', 'termination_notice'],
};

export interface RecordedStep {
  step: EvictionStep;
  stepOn: IsoDate;
}

/** The step a new one follows: the latest by date, then by order recorded. */
export function latestStep(steps: readonly RecordedStep[]): RecordedStep | null {
  return steps.reduce<RecordedStep | null>((last, s) => (last === null || compareDates(s.stepOn, last.stepOn) >= 0 ? s : last), null);
}

/** The steps allowed after the recorded ones. */
export function allowedNextSteps(steps: readonly RecordedStep[]): readonly EvictionStep[] {
  return NEXT[latestStep(steps)?.step ?? 'none'];
}

/**
 * Whether `next` may be recorded after `steps`, on its date, today. Codes: `step: invalid_step_order`,
 * `stepOn: before_previous_step`, `stepOn: in_future`.
 */
export function checkEvictionStep(steps: readonly RecordedStep[], next: RecordedStep, today: IsoDate): Problem[] {
  const problems: Problem[] = [];
  if (!allowedNextSteps(steps).includes(next.step)) problems.push({ path: 'step', code: 'invalid_step_order' });
  const last = latestStep(steps);
  if (last && compareDates(next.stepOn, last.stepOn) < 0) problems.push({ path: 'stepOn', code: 'before_previous_step' });
  if (compareDates(next.stepOn, today) > 0) problems.push({ path: 'stepOn', code: 'in_future' });
  return problems;
}
