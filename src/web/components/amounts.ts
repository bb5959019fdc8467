/**
 * Whole kroner as typed ("350 000", "350000", "kr 350 000"): the number, undefined when empty,
 * or 'invalid'. Spaces (also non-breaking) and a leading "kr" are allowed; decimals are not.
 */
export function parseKroner(text: string): number | undefined | 'invalid' {
  const cleaned = text.replace(/[\s\u00a0]/g, '').replace(/^kr\.?/i, '').replace(/,-$/, '');
  if (cleaned === '') return undefined;
  if (!/^\d{1,10}$/.test(cleaned)) return 'invalid';
  return Number(cleaned);
}
