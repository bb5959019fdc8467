import { z } from 'zod';

/**
 * Stable error codes. The HTTP status is decided only at the edge (server/platform/errors.ts).
 * Clients and scripts may rely on these strings; never rename one.
 */
export const ERROR_CODES = [
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'forbidden',
  'csrf_failed',
  'not_found',
  'conflict',
  'rule_violation',
  'rate_limited',
  'payload_too_large',
  'internal_error',
] as const;
export type ErrorCode = (typeof ERROR_CODES)[number];

export const fieldErrorSchema = z.object({
  /** Dotted path of the field, e.g. `username` or `members.0.birthDate`. */
  path: z.string(),
  /** Stable code: `required`, `too_short`, `too_long`, `invalid_format`, `invalid_value`, `taken`, ... */
  code: z.string(),
  /** Human message in the user's language. */
  message: z.string(),
});
export type FieldError = z.infer<typeof fieldErrorSchema>;

export const errorResponseSchema = z.object({
  error: z.object({
    code: z.enum(ERROR_CODES),
    message: z.string(),
    requestId: z.string().optional(),
    fieldErrors: z.array(fieldErrorSchema).optional(),
  }),
});
export type ErrorResponse = z.infer<typeof errorResponseSchema>;
