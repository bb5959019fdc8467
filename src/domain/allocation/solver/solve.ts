import { createAssignmentWorkspace, solveOnCore } from './assignment.js';
import { branchAndBound } from './branch-and-bound.js';
import { compileProblem, type Model } from './compile.js';
import { assignmentGraph, createContext, initialCore, type SubSolution } from './context.js';
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
  return solveValidated(problem, gapTolerance, maxNodes, true);
}

/** Node cap of the restricted sub-problems the heuristic solves (see solveOverArcs). */
const SUB_MAX_NODES = 200;

function solveValidated(problem: AllocationProblem, gapTolerance: number, maxNodes: number, outer: boolean): AllocationSolution {
  const model = compileProblem(problem);

  if (model.limitCount === 0) {
    const graph = assignmentGraph(model);
    const ws = createAssignmentWorkspace(graph);
    const cost = Float64Array.from(model.weight, (w) => -w);
    solveOnCore(graph, cost, { alive: null, rowActive: null, end: initialCore(model), dummyCost: null }, ws);
    return solution(problem, model, ws.rowArc, { method: 'assignment', nodes: 0, iterations: 1 }, null);
  }

  const ctx = createContext(model, outer ? (arcs) => solveOverArcs(problem, model, arcs) : null);
  const bound = branchAndBound(ctx, { gapTolerance, maxNodes });
  return solution(problem, model, ctx.incumbent.rowArc, { method: 'lagrangian-branch-and-bound', ...ctx.stats }, bound);
}

/**
 * The problem restricted to some arcs (those of the generated matchings), solved by this same
 * solver with a node cap: a strong, feasible solution for the outer search (a "restricted
 * master" heuristic). Returns its arcs in the outer model and the sub-search's pricing rounds.
 */
function solveOverArcs(problem: AllocationProblem, model: Model, arcs: Int32Array): SubSolution {
  const edgeOfArc = new Int32Array(model.arcCount).fill(-1);
  const edges = Array.from(arcs, (a, i) => {
    edgeOfArc[a] = i;
    return problem.edges[model.edge[a]!]!;
  });
  const limits = Array.from({ length: model.limitCount }, (_, l) => {
    const members: number[] = [];
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
      const e = edgeOfArc[model.limitArcs[k]!]!;
      if (e >= 0) members.push(e);
    }
    return { id: problem.limits[model.limitSource[l]!]!.id, edges: members, limit: model.limitBound[l]! };
  });
  const sub = solveValidated({ households: problem.households, vacancies: problem.vacancies, edges, limits }, 0, SUB_MAX_NODES, false);
  return { arcs: Int32Array.from(sub.chosenEdges, (e) => arcs[e]!).sort(), iterations: sub.stats.iterations };
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
