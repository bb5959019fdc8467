import type { AllocationProblem } from './problem.js';

/**
 * Largest edge weight accepted. Priority × suitability is at most 100 × 100; the cap keeps every
 * sum the solver forms (objective, potentials, Lagrangian bounds) exact in a float64.
 */
export const MAX_WEIGHT = 2 ** 30;

/**
 * Checks sizes, edge endpoints, weights and limits; throws a RangeError naming the first problem
 * found. Duplicate household–vacancy pairs are detected while compiling (compile.ts), where the
 * edges are sorted anyway.
 */
export function validateProblem(problem: AllocationProblem): void {
  const { households, vacancies, edges, limits } = problem;
  if (!Number.isSafeInteger(households) || households < 0) {
    throw new RangeError(`households must be a non-negative integer, got ${households}`);
  }
  if (!Number.isSafeInteger(vacancies) || vacancies < 0) {
    throw new RangeError(`vacancies must be a non-negative integer, got ${vacancies}`);
  }
  for (let i = 0; i < edges.length; i++) {
    const edge = edges[i]!;
    if (!Number.isInteger(edge.household) || edge.household < 0 || edge.household >= households) {
      throw new RangeError(`edge ${i}: household ${edge.household} is not in [0, ${households})`);
    }
    if (!Number.isInteger(edge.vacancy) || edge.vacancy < 0 || edge.vacancy >= vacancies) {
      throw new RangeError(`edge ${i}: vacancy ${edge.vacancy} is not in [0, ${vacancies})`);
    }
    if (!Number.isInteger(edge.weight) || edge.weight < 1 || edge.weight > MAX_WEIGHT) {
      throw new RangeError(`edge ${i}: weight ${edge.weight} is not an integer in [1, ${MAX_WEIGHT}]`);
    }
  }
  const seenIn = new Int32Array(edges.length).fill(-1);
  for (let l = 0; l < limits.length; l++) {
    const limit = limits[l]!;
    const name = `limit ${l} (${limit.id})`;
    if (!Number.isSafeInteger(limit.limit) || limit.limit < 0) {
      throw new RangeError(`${name}: limit ${limit.limit} is not a non-negative integer`);
    }
    for (const e of limit.edges) {
      if (!Number.isInteger(e) || e < 0 || e >= edges.length) {
        throw new RangeError(`${name}: edge index ${e} is not in [0, ${edges.length})`);
      }
      if (seenIn[e] === l) throw new RangeError(`${name}: lists edge ${e} twice`);
      seenIn[e] = l;
    }
  }
}
