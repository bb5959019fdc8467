import type { RefusalReason } from '../../../domain/neighbourhood/index.js';
import { AppError } from '../../platform/errors.js';
import { fieldMessageKey, type MessageKey } from '../../platform/i18n.js';

/** Field problems and refusals of the neighbourhood area, with their messages (platform/i18n.ts). */

export type Problem = { path: string; code: string; messageKey: MessageKey };

/** The shared `field.<code>` message when there is one, else `field.neighbourhood.<code>`. */
export const problem = (path: string, code: string): Problem => ({ path, code, messageKey: fieldMessageKey(code, 'neighbourhood') });

export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
}

const REFUSAL: Readonly<Record<RefusalReason, MessageKey>> = {
  case_closed: 'error.neighbourhood.case_closed',
  meeting_first: 'error.neighbourhood.meeting_first',
  agreement_first: 'error.neighbourhood.agreement_first',
};

/** An action the case's status does not allow: 422 rule_violation with the reason on `status`. */
export const refused = (reason: RefusalReason): AppError => new AppError('rule_violation', REFUSAL[reason], [{ path: 'status', code: reason, messageKey: REFUSAL[reason] }]);
