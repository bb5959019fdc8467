import loadHighs from 'highs';
import { beforeAll, describe, expect, it } from 'vitest';
import { solveWithHighs, type HighsSolver } from './highs-model.test-helper.js';
import { allocationRound, randomProblem } from './instances.test-helper.js';
import type { AllocationProblem, AllocationSolution } from './problem.js';
import { solveAllocation } from './solve.js';

/** Every constraint of the problem holds for the solution, and its objective is the sum of its edges. */
function assertFeasible(problem: AllocationProblem, s: AllocationSolution): void {
  const households = new Set<number>();
  const vacancies = new Set<number>();
  let sum = 0;
  for (const i of s.chosenEdges) {
    const e = problem.edges[i]!;
    expect(households.has(e.household)).toBe(false);
    expect(vacancies.has(e.vacancy)).toBe(false);
    households.add(e.household);
    vacancies.add(e.vacancy);
    expect(s.vacancyToHousehold[e.vacancy]).toBe(e.household);
    expect(s.householdToVacancy[e.household]).toBe(e.vacancy);
    sum += e.weight;
  }
  for (const limit of problem.limits) expect(limit.edges.filter((i) => s.chosenEdges.includes(i)).length).toBeLessThanOrEqual(limit.limit);
  expect(s.objective).toBe(sum);
}

/** The optimum by enumeration, for tiny problems. */
function bruteForce(problem: AllocationProblem): number {
  let best = 0;
  const usedH = new Set<number>();
  const usedV = new Set<number>();
  const chosen: number[] = [];
  const walk = (i: number, value: number): void => {
    if (i === problem.edges.length) {
      if (problem.limits.every((l) => l.edges.filter((e) => chosen.includes(e)).length <= l.limit)) best = Math.max(best, value);
      return;
    }
    walk(i + 1, value);
    const e = problem.edges[i]!;
    if (usedH.has(e.household) || usedV.has(e.vacancy)) return;
    usedH.add(e.household);
    usedV.add(e.vacancy);
    chosen.push(i);
    walk(i + 1, value + e.weight);
    chosen.pop();
    usedH.delete(e.household);
    usedV.delete(e.vacancy);
  };
  walk(0, 0);
  return best;
}

describe('solveAllocation', () => {
  it('solves the empty problem and one with no feasible pair', () => {
    expect(solveAllocation({ households: 0, vacancies: 0, edges: [], limits: [] })).toMatchObject({ objective: 0, optimal: true, gap: 0 });
    const none = solveAllocation({ households: 3, vacancies: 2, edges: [], limits: [] });
    expect(none.objective).toBe(0);
    expect([...none.vacancyToHousehold]).toEqual([-1, -1]);
  });

  it('gives up the greedy choice for the joint optimum', () => {
    // Household 0 is best for both dwellings, but only household 0 fits dwelling 1.
    const problem: AllocationProblem = {
      households: 2,
      vacancies: 2,
      edges: [
        { household: 0, vacancy: 0, weight: 10 },
        { household: 0, vacancy: 1, weight: 9 },
        { household: 1, vacancy: 0, weight: 8 },
      ],
      limits: [],
    };
    const s = solveAllocation(problem);
    expect(s.objective).toBe(17);
    expect([...s.vacancyToHousehold]).toEqual([1, 0]);
  });

  it('keeps a binding concentration limit, and a limit of 0', () => {
    const problem: AllocationProblem = {
      households: 3,
      vacancies: 2,
      edges: [
        { household: 0, vacancy: 0, weight: 100 },
        { household: 1, vacancy: 1, weight: 100 },
        { household: 2, vacancy: 1, weight: 10 },
      ],
      limits: [{ id: 'district:1:substance_use', edges: [0, 1], limit: 1 }],
    };
    const s = solveAllocation(problem);
    assertFeasible(problem, s);
    expect(s.objective).toBe(110);
    expect(s.optimal).toBe(true);
    const zero = solveAllocation({ ...problem, limits: [{ id: 'z', edges: [0, 1, 2], limit: 0 }] });
    expect(zero.objective).toBe(0);
  });

  it('refuses invalid input with a clear error', () => {
    expect(() => solveAllocation({ households: 1, vacancies: 1, edges: [{ household: 1, vacancy: 0, weight: 1 }], limits: [] })).toThrow(RangeError);
    expect(() => solveAllocation({ households: 1, vacancies: 1, edges: [{ household: 0, vacancy: 0, weight: 1.5 }], limits: [] })).toThrow(RangeError);
    expect(() => solveAllocation({ households: 1, vacancies: 1, edges: [{ household: 0, vacancy: 0, weight: 1 }], limits: [{ id: 'x', edges: [0], limit: -1 }] })).toThrow(RangeError);
  });

  it('matches enumeration on 150 tiny random problems with and without limits', () => {
    for (let seed = 1; seed <= 150; seed++) {
      const problem = randomProblem(seed, { households: [1, 5], vacancies: [1, 4], density: [0.3, 1], limits: [0, 3], maxWeight: 50 });
      if (problem.edges.length > 14) continue;
      const s = solveAllocation(problem);
      assertFeasible(problem, s);
      expect(s.objective, `seed ${seed}`).toBe(bruteForce(problem));
      expect(s.optimal).toBe(true);
    }
  });

  it('is deterministic', () => {
    const problem = randomProblem(7, { households: [30, 30], vacancies: [10, 10], density: [0.5, 0.5], limits: [3, 3] });
    expect(solveAllocation(problem)).toEqual(solveAllocation(problem));
  });

  it('is deterministic when it stops within a gap tolerance', () => {
    const problem = allocationRound(400, 80, 1);
    const first = solveAllocation(problem, { gapTolerance: 0.001 });
    expect(first.gap).toBeLessThanOrEqual(0.001);
    expect(solveAllocation(problem, { gapTolerance: 0.001 })).toEqual(first);
  });
});

describe('agreement with HiGHS (MIP solver)', () => {
  let highs: HighsSolver;
  beforeAll(async () => {
    highs = (await loadHighs()) as unknown as HighsSolver;
  });

  for (const [name, limits] of [
    ['without concentration limits', [0, 0]],
    ['with concentration limits', [1, 4]],
  ] as const) {
    it(`gives HiGHS's optimum on 120 random instances ${name}`, { timeout: 120_000 }, () => {
      for (let seed = 1000; seed < 1120; seed++) {
        const problem = randomProblem(seed, { households: [5, 40], vacancies: [3, 15], density: [0.3, 1], limits: [limits[0], limits[1]] });
        const ours = solveAllocation(problem);
        assertFeasible(problem, ours);
        const reference = solveWithHighs(highs, problem);
        expect(reference.status, `seed ${seed}`).toBe('Optimal');
        expect(ours.optimal, `seed ${seed}`).toBe(true);
        expect(ours.objective, `seed ${seed}`).toBe(Math.round(reference.objective));
      }
    });
  }
});

describe('gap tolerance and node cap, against HiGHS', () => {
  let highs: HighsSolver;
  beforeAll(async () => {
    highs = (await loadHighs()) as unknown as HighsSolver;
  });

  /** Medium rounds: six shaped like the allocation rules build them, six with random overlapping limits. */
  const medium = (seed: number): AllocationProblem =>
    seed <= 6
      ? allocationRound(150, 40, seed)
      : randomProblem(seed, { households: [150, 150], vacancies: [40, 40], density: [0.3, 0.6], limits: [4, 8] });

  it('reports a gap within the tolerance, a bound no lower than the optimum and an objective no higher', { timeout: 120_000 }, () => {
    for (let seed = 1; seed <= 12; seed++) {
      const problem = medium(seed);
      const optimum = Math.round(solveWithHighs(highs, problem).objective);
      for (const gapTolerance of [0, 0.001, 0.01]) {
        const s = solveAllocation(problem, { gapTolerance });
        const at = `seed ${seed}, tolerance ${gapTolerance}`;
        assertFeasible(problem, s);
        expect(s.gap, at).toBeLessThanOrEqual(gapTolerance);
        expect(s.gap, at).toBe((s.bound - s.objective) / Math.max(1, s.bound));
        expect(s.bound, at).toBeGreaterThanOrEqual(optimum);
        expect(s.objective, at).toBeLessThanOrEqual(optimum);
        expect(s.optimal, at).toBe(s.bound === s.objective);
        if (gapTolerance === 0) expect(s.objective, at).toBe(optimum);
      }
    }
  });

  it('stops at the node cap with a proven bound and its gap', { timeout: 60_000 }, () => {
    const problem = allocationRound(400, 80, 1);
    const optimum = Math.round(solveWithHighs(highs, problem).objective);
    const s = solveAllocation(problem, { maxNodes: 1 });
    assertFeasible(problem, s);
    expect(s.stats.nodes).toBe(1);
    expect(s.bound).toBeGreaterThanOrEqual(optimum);
    expect(s.objective).toBeLessThanOrEqual(optimum);
    expect(s.gap).toBe((s.bound - s.objective) / Math.max(1, s.bound));
    expect(s.optimal).toBe(false);
  });
});
