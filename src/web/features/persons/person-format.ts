import { ApiError } from '../../app/api';

export const fullName = (p: { givenName: string; familyName: string }): string => `${p.givenName} ${p.familyName}`;

/** 404, or 400 for an id that is not a UUID: either way there is no such record for this user (docs/adr/0004). */
export function isMissing(error: unknown): boolean {
  return error instanceof ApiError && (error.code === 'not_found' || error.code === 'validation_failed');
}
