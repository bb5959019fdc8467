/**
 * Seeded random allocation problems for the solver's tests: households × vacancies with a given
 * density of feasible pairs, weights priority × suitability, and overlapping concentration limits
 * drawn over (need group, district) blocks or over arbitrary edge subsets.
 */
import { createRng, type Rng } from '../../random/rng.js';
import type { AllocationEdge, AllocationLimit, AllocationProblem } from './problem.js';

export interface RandomProblemShape {
  readonly households: [number, number];
  readonly vacancies: [number, number];
  readonly density: [number, number];
  readonly limits: [number, number];
  readonly maxWeight?: number;
}

export function randomProblem(seed: number, shape: RandomProblemShape): AllocationProblem {
  const rng = createRng(seed);
  const households = rng.int(...shape.households);
  const vacancies = rng.int(...shape.vacancies);
  const density = shape.density[0] + rng.next() * (shape.density[1] - shape.density[0]);
  const maxWeight = shape.maxWeight ?? 10_000;
  const edges: AllocationEdge[] = [];
  for (let h = 0; h < households; h++) {
    for (let v = 0; v < vacancies; v++) {
      if (rng.chance(density)) edges.push({ household: h, vacancy: v, weight: weightOf(rng, maxWeight) });
    }
  }
  const limitCount = rng.int(...shape.limits);
  const limits: AllocationLimit[] = [];
  for (let l = 0; l < limitCount; l++) limits.push(randomLimit(rng, l, households, vacancies, edges));
  return { households, vacancies, edges, limits };
}

function weightOf(rng: Rng, maxWeight: number): number {
  if (maxWeight >= 10_000) return rng.int(1, 100) * rng.int(1, 100);
  return rng.int(1, maxWeight);
}

/**
 * Mostly a "need group × district" block (a random set of households × a random set of
 * vacancies), sometimes an arbitrary subset of edges; the bound is below the unconstrained
 * count often enough to bind.
 */
function randomLimit(rng: Rng, l: number, households: number, vacancies: number, edges: readonly AllocationEdge[]): AllocationLimit {
  let members: number[];
  if (rng.chance(0.75)) {
    const group = new Set<number>();
    for (let h = 0; h < households; h++) if (rng.chance(0.3)) group.add(h);
    const district = new Set<number>();
    for (let v = 0; v < vacancies; v++) if (rng.chance(0.4)) district.add(v);
    members = [];
    edges.forEach((e, i) => {
      if (group.has(e.household) && district.has(e.vacancy)) members.push(i);
    });
  } else {
    members = [];
    edges.forEach((_, i) => {
      if (rng.chance(0.2)) members.push(i);
    });
  }
  const limit = rng.int(0, Math.max(0, Math.min(4, Math.floor(members.length / 3))));
  return { id: `limit:${l}`, edges: members, limit };
}
