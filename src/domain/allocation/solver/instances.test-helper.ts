/**
 * Seeded random allocation problems for the solver's tests and benchmark: households × vacancies
 * with a given density of feasible pairs, weights priority × suitability, and overlapping
 * concentration limits drawn over (need group, district) blocks or over arbitrary edge subsets;
 * and rounds shaped like the allocation rules build them (allocationRound).
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

const DISTRICTS = 12;
const NEED_GROUPS = ['substance_use', 'mental_health', 'released_from_prison'] as const;

/**
 * A round as the allocation rules would build it: twelve districts, three need groups of about
 * 15 % of households each (some in two), priority 1–100 (higher in need groups), suitability
 * 1–100, 30–60 % feasible pairs per household, and a cap per district and need group of about
 * 10 % of the district's vacancies, less what the group already holds there (36 limits, most of
 * them binding).
 */
export function allocationRound(households: number, vacancies: number, seed: number): AllocationProblem {
  const rng = createRng(seed);
  const district = Array.from({ length: vacancies }, () => rng.int(0, DISTRICTS - 1));
  const groups = Array.from({ length: households }, () => NEED_GROUPS.map(() => rng.chance(0.15)));
  const edges: AllocationEdge[] = [];
  const members = new Map<string, number[]>();
  for (let h = 0; h < households; h++) {
    const inGroup = groups[h]!.some(Boolean);
    const priority = inGroup ? rng.int(30, 100) : rng.int(1, 100);
    const density = 0.3 + 0.3 * rng.next();
    for (let v = 0; v < vacancies; v++) {
      if (!rng.chance(density)) continue;
      const e = edges.length;
      edges.push({ household: h, vacancy: v, weight: priority * rng.int(1, 100) });
      groups[h]!.forEach((member, g) => {
        if (!member) return;
        const key = `${district[v]}:${g}`;
        (members.get(key) ?? members.set(key, []).get(key)!).push(e);
      });
    }
  }
  const limits: AllocationLimit[] = [];
  for (let d = 0; d < DISTRICTS; d++) {
    const dwellings = district.filter((x) => x === d).length;
    NEED_GROUPS.forEach((name, g) => {
      const cap = Math.max(1, Math.round(dwellings * 0.1));
      const held = rng.int(0, Math.min(cap, 1));
      limits.push({ id: `district:${String(d + 1).padStart(2, '0')}:${name}`, edges: members.get(`${d}:${g}`) ?? [], limit: cap - held });
    });
  }
  return { households, vacancies, edges, limits };
}
