import { createAssignmentWorkspace, solveOnCore } from './assignment.js';
import { branchAndBound, type SearchOptions } from './branch-and-bound.js';
import { compileProblem, negatedWeights, type Model } from './compile.js';
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
  const found = search(problem, { gapTolerance, maxNodes }, { heuristics: true, maxIterations: Infinity, lambda: null, cutoff: 0 });
  return solution(problem, found);
}

/**
 * Caps of the restricted sub-problems the heuristic solves (see solveOverArcs): branch-and-bound
 * nodes and pricing rounds — work, not time, so the result is the same on every machine.
 */
const SUB_MAX_NODES = 20;
const SUB_MAX_ITERATIONS = 1_000;

/** How one search runs, besides its SearchOptions. */
interface SearchSettings {
  /** Whether the restricted-master heuristic may run (not inside one of its own sub-solves). */
  readonly heuristics: boolean;
  /** Work cap in pricing rounds (Infinity: none). */
  readonly maxIterations: number;
  /** Multipliers to start from, per limit of the problem (null: all 0). */
  readonly lambda: Float64Array | null;
  /** Only solutions worth more than this count: a solution of that value is known elsewhere. */
  readonly cutoff: number;
}

/** What a search found: its best solution above the cutoff (edges of its problem; null if none), a proven bound on every solution, and its work. */
interface Found {
  readonly edges: number[] | null;
  readonly value: number;
  readonly bound: number;
  readonly method: string;
  readonly nodes: number;
  readonly iterations: number;
}

/**
 * One search. With limits, branch-and-bound; when reduced-cost fixing at its root has left only
 * a small part of the arcs (no solution better than the incumbent uses the others), the search
 * goes on over the problem restricted to them, compiled anew with the incumbent as cutoff and
 * the root's multipliers as the start: every pass over the arcs then costs that much less.
 */
function search(problem: AllocationProblem, options: SearchOptions, settings: SearchSettings): Found {
  const model = compileProblem(problem);
  if (model.limitCount === 0) {
    const graph = assignmentGraph(model);
    const ws = createAssignmentWorkspace(graph);
    solveOnCore(graph, negatedWeights(model), { alive: null, rowActive: null, end: initialCore(model), dummyCost: null }, ws);
    const edges = edgesOf(model, ws.rowArc);
    const value = valueOf(problem, edges);
    const best = Math.max(value, settings.cutoff);
    return { edges: value > settings.cutoff ? edges : null, value: best, bound: best, method: 'assignment', nodes: 0, iterations: 1 };
  }

  const ctx = createContext(model, {
    solveOverArcs: settings.heuristics ? (arcs, target, lambda) => solveOverArcs(problem, model, arcs, target, lambda) : null,
    maxIterations: settings.maxIterations,
    rootLambda: settings.lambda,
    cutoff: settings.cutoff,
  });
  const outcome = branchAndBound(ctx, options);
  const { incumbent, stats } = ctx;
  const improved = incumbent.value > settings.cutoff;
  const found: Found = {
    edges: improved ? edgesOf(model, incumbent.rowArc) : null,
    value: incumbent.value,
    bound: outcome.bound,
    method: 'lagrangian-branch-and-bound',
    ...stats,
  };
  if (outcome.restartWith === null) return found;

  const arcs: number[] = [];
  for (let a = 0; a < model.arcCount; a++) if (ctx.baseAlive[a] === 1) arcs.push(a);
  const reduced = restrict(problem, model, Int32Array.from(arcs));
  const rest = search(
    reduced.problem,
    { ...options, maxNodes: options.maxNodes - stats.nodes },
    { ...settings, maxIterations: settings.maxIterations - stats.iterations, lambda: outcome.restartWith, cutoff: incumbent.value },
  );
  return {
    edges: rest.edges === null ? found.edges : rest.edges.map((e) => reduced.edgeOf[e]!),
    value: rest.value,
    bound: Math.max(rest.value, Math.min(found.bound, rest.bound)),
    method: found.method,
    nodes: stats.nodes + rest.nodes,
    iterations: stats.iterations + rest.iterations,
  };
}

/**
 * The problem restricted to some arcs of its model (ascending), with the model's limits in model
 * order (so multipliers per model limit carry over as they are); edgeOf maps its edges back.
 */
function restrict(problem: AllocationProblem, model: Model, arcs: Int32Array): { problem: AllocationProblem; edgeOf: Int32Array } {
  const position = new Int32Array(model.arcCount).fill(-1);
  const edgeOf = new Int32Array(arcs.length);
  const edges = Array.from(arcs, (a, i) => {
    position[a] = i;
    edgeOf[i] = model.edge[a]!;
    return problem.edges[model.edge[a]!]!;
  });
  const limits = Array.from({ length: model.limitCount }, (_, l) => {
    const members: number[] = [];
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
      const e = position[model.limitArcs[k]!]!;
      if (e >= 0) members.push(e);
    }
    return { id: problem.limits[model.limitSource[l]!]!.id, edges: members, limit: model.limitBound[l]! };
  });
  return { problem: { households: problem.households, vacancies: problem.vacancies, edges, limits }, edgeOf };
}

/**
 * The restricted-master heuristic's sub-solve (lp-heuristics.ts): the problem restricted to some
 * arcs (those of generated matchings), solved by this same solver with caps, stopping once its
 * solution is worth `target`, from the caller's multipliers. Returns its arcs in the caller's
 * model and its pricing rounds.
 */
function solveOverArcs(problem: AllocationProblem, model: Model, arcs: Int32Array, target: number, lambda: Float64Array): SubSolution {
  const reduced = restrict(problem, model, arcs);
  const sub = search(
    reduced.problem,
    { gapTolerance: 0, maxNodes: SUB_MAX_NODES, target },
    { heuristics: false, maxIterations: SUB_MAX_ITERATIONS, lambda, cutoff: 0 },
  );
  return { arcs: Int32Array.from(sub.edges ?? [], (e) => arcs[e]!).sort(), iterations: sub.iterations };
}

function edgesOf(model: Model, rowArc: Int32Array): number[] {
  const edges: number[] = [];
  for (const a of rowArc) if (a >= 0) edges.push(model.edge[a]!);
  return edges;
}

function valueOf(problem: AllocationProblem, edges: readonly number[]): number {
  let value = 0;
  for (const e of edges) value += problem.edges[e]!.weight;
  return value;
}

function solution(problem: AllocationProblem, found: Found): AllocationSolution {
  const vacancyToHousehold = new Int32Array(problem.vacancies).fill(-1);
  const householdToVacancy = new Int32Array(problem.households).fill(-1);
  const chosenEdges = [...(found.edges ?? [])].sort((x, y) => x - y);
  for (const e of chosenEdges) {
    const { household, vacancy } = problem.edges[e]!;
    vacancyToHousehold[vacancy] = household;
    householdToVacancy[household] = vacancy;
  }
  const objective = valueOf(problem, chosenEdges);
  const bound = Math.max(found.bound, objective);
  return {
    vacancyToHousehold,
    householdToVacancy,
    chosenEdges,
    objective,
    bound,
    gap: (bound - objective) / Math.max(1, bound),
    optimal: bound === objective,
    stats: { method: found.method, nodes: found.nodes, iterations: found.iterations },
  };
}
