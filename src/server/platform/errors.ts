import type { ErrorCode, FieldError } from '../../contracts/errors.js';
import type { MessageKey } from './i18n.js';

/** One error type for the whole server. The HTTP status is decided only at the edge. */
export class AppError extends Error {
  constructor(
    readonly code: ErrorCode,
    /** Catalogue key of the message shown to the user; see platform/i18n.ts. */
    readonly messageKey: MessageKey,
    readonly fieldErrors?: ReadonlyArray<Omit<FieldError, 'message'> & { messageKey: MessageKey }>,
  ) {
    super(`${code}: ${messageKey}`);
    this.name = 'AppError';
  }
}

export const HTTP_STATUS: Readonly<Record<ErrorCode, number>> = {
  validation_failed: 400,
  unauthenticated: 401,
  invalid_credentials: 401,
  forbidden: 403,
  csrf_failed: 403,
  not_found: 404,
  conflict: 409,
  payload_too_large: 413,
  rule_violation: 422,
  rate_limited: 429,
  internal_error: 500,
};

export const notFound = (): AppError => new AppError('not_found', 'error.not_found');
export const forbidden = (): AppError => new AppError('forbidden', 'error.forbidden');
export const unauthenticated = (): AppError => new AppError('unauthenticated', 'error.unauthenticated');

/** The PostgreSQL SQLSTATE of a driver error, on both drivers (drizzle wraps it in `cause`). */
export function pgErrorCode(error: unknown): string | undefined {
  const e = error as { code?: unknown; cause?: { code?: unknown } } | undefined;
  const code = e?.cause?.code ?? e?.code;
  return typeof code === 'string' ? code : undefined;
}

export function pgConstraint(error: unknown): string | undefined {
  const e = error as { constraint?: unknown; cause?: { constraint?: unknown } } | undefined;
  const c = e?.cause?.constraint ?? e?.constraint;
  return typeof c === 'string' ? c : undefined;
}
