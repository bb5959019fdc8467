import type { z } from 'zod';
import type { BostotteResultDto, bostotteBodySchema, StartlanResultDto, startlanBodySchema } from '../../../contracts/calculators';
import { api } from '../../app/api';

export type { BostotteResultDto, StartlanResultDto };
export type AppliedParameter = StartlanResultDto['parameters'][number];

/** Startlån affordability; nothing is stored. */
export function calculateStartlan(body: z.input<typeof startlanBodySchema>): Promise<StartlanResultDto> {
  return api.post<StartlanResultDto>('/api/calculators/startlan', body);
}

/** The bostøtte estimate with its workings; nothing is stored. */
export function calculateBostotte(body: z.input<typeof bostotteBodySchema>): Promise<BostotteResultDto> {
  return api.post<BostotteResultDto>('/api/calculators/bostotte', body);
}

/**
 * A signed whole number of kroner as typed («12 500», «kr 12 500»): undefined when empty, 'invalid'
 * otherwise. The sign is kept so the server, not the form, judges the range and answers on the field.
 */
export function parseAmount(text: string): number | undefined | 'invalid' {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/^kr\.?/i, '').replace(/,-$/, '').replace(/^[\u2212–]/, '-');
  if (cleaned === '') return undefined;
  if (!/^-?\d{1,10}$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}

/** A decimal number with comma or point («4,5»): undefined when empty, 'invalid' otherwise. */
export function parseDecimal(text: string): number | undefined | 'invalid' {
  const cleaned = text.replace(/[\s\u00a0%]/g, '').replace(',', '.').replace(/^[\u2212–]/, '-');
  if (cleaned === '') return undefined;
  if (!/^-?\d{1,6}(\.\d{1,4})?$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}

/** Children's ages, comma or space separated: [] when empty, 'invalid' when a part is not a whole number. */
export function parseAges(text: string): number[] | 'invalid' {
  const parts = text.split(/[\s,;]+/).filter(Boolean);
  if (parts.some((part) => !/^-?\d{1,3}$/.test(part))) return 'invalid';
  return parts.map(Number);
}
