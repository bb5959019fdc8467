import { compareDates } from '../../../domain/deadlines/calendar.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessageKey, type MessageKey } from '../../platform/i18n.js';

/** Field errors of the follow-up area: the shared `field.<code>` message when there is one, else `field.followup.<code>`. */

export type Problem = { path: string; code: string; messageKey: MessageKey };

export const problem = (path: string, code: string): Problem => ({ path, code, messageKey: fieldMessageKey(code, 'followup') });

/** Throws every problem at once as validation_failed (400). */
export function refuseIfAny(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
}

/** A plan is ended from its end date on. */
export const isEnded = (plan: { endedOn: string | null }, today: string): boolean => plan.endedOn !== null && compareDates(plan.endedOn, today) <= 0;

/** Changes are for open plans only. @throws AppError rule_violation. */
export function assertOpen(plan: { endedOn: string | null }, today: string): void {
  if (isEnded(plan, today)) throw new AppError('rule_violation', 'error.followup.plan_ended');
}
