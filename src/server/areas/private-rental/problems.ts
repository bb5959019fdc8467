import { AppError } from '../../platform/errors.js';
import { fieldMessageKey, type MessageKey } from '../../platform/i18n.js';

/** Field problems of the private-rental area, with their messages (platform/i18n.ts). */

export type Problem = { path: string; code: string; messageKey: MessageKey };

/** The shared `field.<code>` message when there is one, else `field.private_rental.<code>`. */
export const problem = (path: string, code: string): Problem => ({ path, code, messageKey: fieldMessageKey(code, 'private_rental') });

export const problemsOf = (found: ReadonlyArray<{ path: string; code: string }>): Problem[] => found.map((p) => problem(p.path, p.code));

export function throwIfProblems(problems: readonly Problem[]): void {
  if (problems.length > 0) throw new AppError('validation_failed', 'error.validation_failed', problems);
}
