/**
 * The district map's figures (pure): municipal dwellings per 1 000 inhabitants and as a share of
 * all dwellings, allocations by need group with small counts suppressed, and the concentration
 * measure exactly as the allocation round's district limits compute it (concentrationCapacity).
 */
import { concentrationCapacity, type OccupancyCount } from '../allocation/concentration.js';
import type { ConcentrationLimit } from '../allocation/suitability-types.js';
import { suppressSmallCount } from '../statistics/suppression.js';

export interface ShownCount {
  /** The count when it may be shown; null when suppressed. */
  readonly value: number | null;
  readonly shown: string;
}

/** A count as shown outside case work: 1–4 as «<5» (value null). */
export function shown(count: number): ShownCount {
  const text = suppressSmallCount(count);
  return { value: text === String(count) ? count : null, shown: text };
}

/** Municipal dwellings per 1 000 inhabitants, to one decimal; null without inhabitants. */
export const per1000 = (dwellings: number, inhabitants: number): number | null => (inhabitants > 0 ? Math.round((dwellings / inhabitants) * 10_000) / 10 : null);

/** Municipal dwellings as a share (0–1, four decimals) of all dwellings; null when all dwellings are unknown or zero. */
export const municipalShare = (dwellings: number, dwellingsTotal: number | null): number | null =>
  dwellingsTotal === null || dwellingsTotal <= 0 ? null : Math.round((dwellings / dwellingsTotal) * 10_000) / 10_000;

export interface ConcentrationFigure {
  readonly limitId: string;
  readonly group: string;
  readonly alreadyLet: ShownCount;
  readonly cap: number | null;
  readonly share: number | null;
  readonly maxShare: number | null;
  readonly maxCount: number | null;
  readonly reached: boolean;
}

/**
 * Each district-scope limit measured in `districtCode`: the group's dwellings let today against
 * the cap the round would use. Without stock there (no occupancy) a share cap cannot be computed.
 */
export function concentrationFigures(limits: readonly ConcentrationLimit[], districtCode: string, occupancy: OccupancyCount | undefined): ConcentrationFigure[] {
  return limits
    .filter((l) => l.scope === 'district')
    .map((l) => {
      const cap = occupancy === undefined && l.maxShare !== null ? null : concentrationCapacity(l, districtCode, occupancy);
      const let_ = cap?.alreadyLet ?? 0;
      const count = shown(let_);
      const total = occupancy?.totalDwellings ?? 0;
      return {
        limitId: l.id,
        group: l.group,
        alreadyLet: count,
        cap: cap === null ? null : cap.cap === Number.MAX_SAFE_INTEGER ? null : cap.cap,
        share: count.value === null || total === 0 ? null : Math.round((let_ / total) * 10_000) / 10_000,
        maxShare: l.maxShare,
        maxCount: l.maxCount,
        reached: cap !== null && cap.remaining === 0,
      };
    });
}
