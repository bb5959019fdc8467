import { requiredUnits, type QuotaRule } from '../plan/quotas.js';

/**
 * A project against the adopted action plan's quotas: for each quota whose threshold the project
 * reaches (unitsTotal ≥ minUnits), the units required (the share of unitsTotal rounded up) against
 * the units the project has planned for the group. Quotas below their threshold are listed as not
 * applying, so the table shows why.
 */

export interface QuotaLine {
  readonly groupKey: string;
  readonly sharePercent: number;
  readonly minUnits: number;
  readonly applies: boolean;
  /** 0 when the quota does not apply. */
  readonly requiredUnits: number;
  readonly plannedUnits: number;
  readonly met: boolean;
  /** Units missing; 0 when met. */
  readonly shortBy: number;
}

export interface QuotaCheck {
  readonly lines: readonly QuotaLine[];
  /** Every applying quota met (true when none applies). */
  readonly compliant: boolean;
  /** How many applying quotas are not met. */
  readonly shortCount: number;
}

/**
 * @param planned the project's planned units per group key (groups without a row: 0)
 * @throws RangeError for a unit count that is not a whole number ≥ 0 (from requiredUnits)
 */
export function checkQuotas(unitsTotal: number, quotas: readonly QuotaRule[], planned: Readonly<Record<string, number>>): QuotaCheck {
  const lines = quotas.map((rule): QuotaLine => {
    const applies = unitsTotal >= rule.minUnits;
    const required = applies ? requiredUnits(rule, unitsTotal) : 0;
    const plannedUnits = planned[rule.groupKey] ?? 0;
    const shortBy = Math.max(0, required - plannedUnits);
    return { groupKey: rule.groupKey, sharePercent: rule.sharePercent, minUnits: rule.minUnits, applies, requiredUnits: required, plannedUnits, met: shortBy === 0, shortBy };
  });
  const shortCount = lines.filter((l) => l.applies && !l.met).length;
  return { lines, compliant: shortCount === 0, shortCount };
}
