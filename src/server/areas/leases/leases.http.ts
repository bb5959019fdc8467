import { errorResponseSchema } from '../../../contracts/errors.js';
import type { Problem } from '../../../domain/leases/terms.js';
import type { ServiceContext } from '../../platform/context.js';
import { AppError } from '../../platform/errors.js';
import type { requireActor } from '../../platform/http.js';
import { fieldMessageKey as sharedFieldMessageKey, type MessageKey } from '../../platform/i18n.js';

/** What the route files and services of the leases area share. */
export const leaseErrors = {
  400: errorResponseSchema,
  401: errorResponseSchema,
  403: errorResponseSchema,
  404: errorResponseSchema,
  409: errorResponseSchema,
  422: errorResponseSchema,
};
export const tags = ['leases'];

export type ContextOf = (req: Parameters<typeof requireActor>[0]) => ServiceContext;

/** A field code's message: the shared `field.<code>` when there is one, else the lease catalogue's `field.lease.<code>`. */
export function fieldMessageKey(code: string): MessageKey {
  return sharedFieldMessageKey(code, 'lease');
}

/** Domain problems as one AppError with every field error (docs/adr/0003). */
export function problemsError(code: 'validation_failed' | 'rule_violation' | 'conflict', problems: readonly Problem[], messageKey?: MessageKey): AppError {
  const key: MessageKey = messageKey ?? (code === 'rule_violation' ? 'error.lease.rule_violation' : code === 'conflict' ? 'error.conflict' : 'error.validation_failed');
  return new AppError(code, key, problems.map((p) => ({ path: p.path, code: p.code, messageKey: fieldMessageKey(p.code) })));
}

/** Throws the problems, if there are any. */
export function refuseIf(code: 'validation_failed' | 'rule_violation', problems: readonly Problem[]): void {
  if (problems.length > 0) throw problemsError(code, problems);
}
