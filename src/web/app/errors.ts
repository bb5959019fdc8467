import { ApiError } from './api';
import type { Catalogue } from './i18n/nb';

/** A message for the user: the server's (already in the user's language) or a fallback. */
export function describeError(error: unknown, t: Catalogue): string {
  if (!(error instanceof ApiError)) return t.common.unexpectedError;
  if (error.code === 'network_error') return t.common.networkError;
  const message = error.message || t.common.unexpectedError;
  return error.requestId && error.code === 'internal_error'
    ? `${message} ${t.common.requestId(error.requestId)}`
    : message;
}
