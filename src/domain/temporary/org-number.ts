/**
 * Organisasjonsnummer (Enhetsregisteret, Brønnøysundregistrene): nine digits, the last a
 * mod-11 control digit with weights 3 2 7 6 5 4 3 2. A remainder giving 10 is never issued.
 * Used for private overnight operators under contract (U-5/2003's standard contract).
 */
const WEIGHTS = [3, 2, 7, 6, 5, 4, 3, 2];

/** True when `value` is nine digits with a valid control digit (spaces are not accepted here). */
export function isValidOrgNumber(value: string): boolean {
  if (!/^\d{9}$/.test(value)) return false;
  const digits = value.split('').map(Number);
  const rest = WEIGHTS.reduce((sum, w, i) => sum + w * (digits[i] ?? 0), 0) % 11;
  const control = rest === 0 ? 0 : 11 - rest;
  return control !== 10 && control === digits[8];
}
