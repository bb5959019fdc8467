/** Concentration limits («unngå opphopning»): how many more dwellings a need group may get in a district or building. */
import { AllocationError } from './errors.js';
import type { ConcentrationLimit } from './suitability-types.js';
import type { NeedCategory } from './types.js';

/** What is let today in one district or building; the server counts it from the leases. */
export interface OccupancyCount {
  readonly scope: 'district' | 'building';
  /** District code, or building key (see buildingKey). */
  readonly key: string;
  /** All the municipality's dwellings there, let or vacant, this round's vacancies included. */
  readonly totalDwellings: number;
  /** Dwellings let today, by the need category (KOSTRA hovedårsak) of the household living there. */
  readonly letByNeedCategory: Partial<Readonly<Record<NeedCategory, number>>>;
}

export interface LimitCapacity {
  /** Most dwellings the group may have there. */
  readonly cap: number;
  /** Dwellings there let to the group today. */
  readonly alreadyLet: number;
  /** How many more this round may propose: cap − alreadyLet, at least 0. */
  readonly remaining: number;
}

/** Whether a household of `category` belongs to the limit's need group. */
export const inNeedGroup = (limit: ConcentrationLimit, category: NeedCategory): boolean => limit.needCategories.includes(category);

/** Guards against 0.29 × 100 = 28.999…: a share is read to a millionth of a dwelling. */
const EPSILON = 1e-6;

/**
 * The capacity left under `limit` in one district or building. Without an occupancy row nothing
 * is let there; a share limit then cannot be computed and throws AllocationError
 * `missing_occupancy`, since guessing the total could let a building fill up.
 */
export function concentrationCapacity(limit: ConcentrationLimit, key: string, occupancy: OccupancyCount | undefined): LimitCapacity {
  const alreadyLet = limit.needCategories.reduce((sum, c) => sum + (occupancy?.letByNeedCategory[c] ?? 0), 0);
  let cap = limit.maxCount ?? Number.MAX_SAFE_INTEGER;
  if (limit.maxShare !== null) {
    if (occupancy === undefined) throw new AllocationError('missing_occupancy', `limit ${limit.id} is a share, but the occupancy has no ${limit.scope} ${key}`);
    cap = Math.min(cap, Math.floor(limit.maxShare * occupancy.totalDwellings + EPSILON));
  }
  return { cap, alreadyLet, remaining: Math.max(0, cap - alreadyLet) };
}
