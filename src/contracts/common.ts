import { z } from 'zod';

export const LANGUAGES = ['nb', 'nn', 'en'] as const;
export const languageSchema = z.enum(LANGUAGES);
export type Language = z.infer<typeof languageSchema>;

export const uuidSchema = z.uuid();

/** ISO 8601 timestamp as sent over the wire. */
export const timestampSchema = z.iso.datetime({ offset: true });

export const pageQuerySchema = z.object({
  limit: z.coerce.number().int().min(1).max(200).default(50),
  offset: z.coerce.number().int().min(0).max(1_000_000).default(0),
});
