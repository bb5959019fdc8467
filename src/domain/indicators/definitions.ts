import { APPEAL_INDICATORS } from './appeals.js';
import { APPLICATION_INDICATORS } from './applications.js';
import { HOUSED_INDICATORS } from './housed.js';
import { STOCK_INDICATORS } from './stock-indicators.js';
import { TEMPORARY_INDICATORS } from './temporary.js';
import { TENANCY_INDICATORS } from './tenancy.js';
import type { IndicatorDefinition } from './types.js';
import { WAITING_INDICATORS } from './waiting.js';

/**
 * Every indicator Husly computes (issue 7 § 1; domain.md §§ 3, 10.4), in the order the
 * dashboard lists them. Each theme keeps its definitions beside its computation.
 */
export const INDICATORS: readonly IndicatorDefinition[] = [
  ...TEMPORARY_INDICATORS,
  ...WAITING_INDICATORS,
  ...APPLICATION_INDICATORS,
  ...HOUSED_INDICATORS,
  ...STOCK_INDICATORS,
  ...TENANCY_INDICATORS,
  ...APPEAL_INDICATORS,
];

const BY_ID = new Map(INDICATORS.map((d) => [d.id, d]));

/** The definition with this id, or undefined. */
export function findIndicator(id: string): IndicatorDefinition | undefined {
  return BY_ID.get(id);
}

/**
 * The definition with this id.
 * @throws RangeError when no indicator has the id.
 */
export function getIndicator(id: string): IndicatorDefinition {
  const found = BY_ID.get(id);
  if (!found) throw new RangeError(`unknown indicator: ${id}`);
  return found;
}
