import { createAssignmentWorkspace, solveAssignment } from './assignment.js';
import { branchAndBound } from './branch-and-bound.js';
import { compileProblem, type Model } from './compile.js';
import { createContext } from './context.js';
import type { AllocationProblem, AllocationSolution, SolveOptions } from './problem.js';
import { validateProblem } from './validate.js';

const DEFAULT_MAX_NODES = 100_000;

/**
 * Finds a maximum-weight matching of households to vacancies that respects every limit, and
 * proves it optimal (or, when stopped by options, reports a proven bound and gap). Without
 * limits it is one exact assignment; with limits, a Lagrangian dual solved by column generation
 * inside branch-and-bound. Deterministic: no randomness, ties go to the lower index.
 *
 * @throws RangeError when the problem is malformed (an index out of range, a weight that is not
 *   a positive integer, a duplicate household–vacancy edge, a limit that is not a non-negative
 *   integer, or a limit listing an edge twice) or an option is out of range.
 */
export function solveAllocation(problem: AllocationProblem, options: SolveOptions = {}): AllocationSolution {
  validateProblem(problem);
  const gapTolerance = options.gapTolerance ?? 0;
  const maxNodes = options.maxNodes ?? DEFAULT_MAX_NODES;
  if (!(gapTolerance >= 0 && gapTolerance < 1)) throw new RangeError(`gapTolerance must be in [0, 1), got ${gapTolerance}`);
  if (!Number.isInteger(maxNodes) || maxNodes < 1) throw new RangeError(`maxNodes must be a positive integer, got ${maxNodes}`);
  const model = compileProblem(problem);

  if (model.limitCount === 0) {
    const ws = createAssignmentWorkspace(model);
    const cost = Float64Array.from(model.weight, (w) => -w);
    solveAssignment(model, cost, null, null, ws);
    return solution(problem, model, ws.rowArc, { method: 'assignment', nodes: 0, iterations: 1 }, null);
  }

  const ctx = createContext(model);
  const bound = branchAndBound(ctx, { gapTolerance, maxNodes });
  return solution(problem, model, ctx.incumbent.rowArc, { method: 'lagrangian-branch-and-bound', ...ctx.stats }, bound);
}

function solution(
  problem: AllocationProblem,
  model: Model,
  rowArc: Int32Array,
  stats: AllocationSolution['stats'],
  provenBound: number | null,
): AllocationSolution {
  const vacancyToHousehold = new Int32Array(problem.vacancies).fill(-1);
  const householdToVacancy = new Int32Array(problem.households).fill(-1);
  const chosenEdges: number[] = [];
  let objective = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = rowArc[r]!;
    if (a < 0) continue;
    const e = model.edge[a]!;
    const { household, vacancy, weight } = problem.edges[e]!;
    vacancyToHousehold[vacancy] = household;
    householdToVacancy[household] = vacancy;
    chosenEdges.push(e);
    objective += weight;
  }
  chosenEdges.sort((x, y) => x - y);
  const bound = provenBound ?? objective;
  return {
    vacancyToHousehold,
    householdToVacancy,
    chosenEdges,
    objective,
    bound,
    gap: (bound - objective) / Math.max(1, bound),
    optimal: bound === objective,
    stats,
  };
}
