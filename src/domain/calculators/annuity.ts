import { assertAmount, assertWhole } from './parameters.js';

/**
 * Annuity arithmetic with monthly payments: the same payment every month, interest at
 * `annualRatePercent / 12` per month on the balance (nominal rate, no fees).
 *
 *   payment   = principal × r / (1 − (1 + r)^−n)
 *   principal = payment × (1 − (1 + r)^−n) / r          with r = rate / 1200, n = years × 12
 *
 * and, at 0 %, payment = principal / n.
 */

/** Longest term the calculators accept, in years (startlån up to 50 years in special cases, docs/domain.md § 8.1). */
const MAX_YEARS = 50;

/** Present value of 1 kr a month for `years` years at `annualRatePercent`: the annuity factor. */
function annuityFactor(annualRatePercent: number, years: number): number {
  assertAmount('annualRatePercent', annualRatePercent);
  assertWhole('years', years, 1, MAX_YEARS);
  const n = years * 12;
  const r = annualRatePercent / 1200;
  return r === 0 ? n : (1 - (1 + r) ** -n) / r;
}

/**
 * The monthly payment (unrounded kroner) that repays `principal` over `years` years.
 * @throws RangeError for a negative or non-finite principal or rate, or a term outside 1–50 years.
 */
export function annuityPayment(principal: number, annualRatePercent: number, years: number): number {
  assertAmount('principal', principal);
  return principal / annuityFactor(annualRatePercent, years);
}

/**
 * The largest principal (unrounded kroner) a monthly payment of `payment` repays over `years` years.
 * @throws RangeError for a negative or non-finite payment or rate, or a term outside 1–50 years.
 */
export function annuityPrincipal(payment: number, annualRatePercent: number, years: number): number {
  assertAmount('payment', payment);
  return payment * annuityFactor(annualRatePercent, years);
}
