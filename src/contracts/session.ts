import { z } from 'zod';
import { ROLES } from '../domain/access/roles.js';
import { languageSchema } from './common.js';

export const roleSchema = z.enum(ROLES);

export const loginBodySchema = z.object({
  username: z.string().trim().min(1).max(100),
  password: z.string().min(1).max(200),
  /** Kommunenummer; only needed when the same username exists in two municipalities. */
  municipality: z.string().regex(/^\d{4}$/).optional(),
});
export type LoginBody = z.infer<typeof loginBodySchema>;

export const municipalitySummarySchema = z.object({
  kommunenummer: z.string(),
  name: z.string(),
});

export const sessionSchema = z.object({
  username: z.string(),
  displayName: z.string(),
  role: roleSchema,
  municipality: municipalitySummarySchema,
  language: languageSchema,
  /** Send back as the `X-CSRF-Token` header on every state-changing request. */
  csrfToken: z.string(),
});
export type Session = z.infer<typeof sessionSchema>;

export const languageBodySchema = z.object({ language: languageSchema });
