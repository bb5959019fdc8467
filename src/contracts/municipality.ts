import { z } from 'zod';
import { roleSchema } from './session.js';

export const districtSchema = z.object({
  code: z.string(),
  name: z.string(),
  inhabitants: z.number().int(),
});

/** Aggregates only: safe for the manager role (no personal data). */
export const municipalityOverviewSchema = z.object({
  kommunenummer: z.string(),
  name: z.string(),
  inhabitants: z.number().int(),
  districts: z.array(districtSchema),
  staffByRole: z.array(z.object({ role: roleSchema, count: z.string() })),
});
export type MunicipalityOverview = z.infer<typeof municipalityOverviewSchema>;
