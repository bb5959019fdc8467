/**
 * The allocation problem as the solver sees it: a weighted bipartite graph between households
 * (rows) and vacant dwellings (columns) with side constraints ("concentration limits").
 *
 * Everything about *why* an edge exists or what it weighs (priority rules, suitability, hard
 * constraints) is decided before the solver runs (src/domain/allocation/). The solver only
 * maximises the total weight of a matching that respects the limits, and proves it.
 *
 * Pure and deterministic: the same problem gives the same solution on every run and engine.
 */

/** One feasible household–dwelling pair (hard constraints already passed). */
export interface AllocationEdge {
  /** Household index, 0 ≤ household < problem.households. */
  readonly household: number;
  /** Vacancy index, 0 ≤ vacancy < problem.vacancies. */
  readonly vacancy: number;
  /** Positive integer: priority-weighted suitability. The objective is the sum of chosen weights. */
  readonly weight: number;
}

/**
 * A concentration limit ("unngå opphopning"): of the listed edges at most `limit` may be
 * chosen. E.g. edges joining a household with substance use to a vacancy in district 3, with
 * limit = (district cap − dwellings in district 3 already let to that group).
 */
export interface AllocationLimit {
  /** Stable identifier, used in explanations ("district:03:substance_use"). */
  readonly id: string;
  /** Indices into problem.edges. */
  readonly edges: readonly number[];
  /** Non-negative integer. */
  readonly limit: number;
}

export interface AllocationProblem {
  readonly households: number;
  readonly vacancies: number;
  readonly edges: readonly AllocationEdge[];
  readonly limits: readonly AllocationLimit[];
}

export interface AllocationSolution {
  /** For each vacancy, the household index assigned to it, or -1 (left vacant in this round). */
  readonly vacancyToHousehold: Int32Array;
  /** For each household, the vacancy index assigned to it, or -1. */
  readonly householdToVacancy: Int32Array;
  /** Indices into problem.edges of the chosen edges, ascending. */
  readonly chosenEdges: readonly number[];
  /** Sum of the chosen weights. */
  readonly objective: number;
  /** Proven upper bound on the optimum (= objective when optimal). */
  readonly bound: number;
  /** (bound − objective) / max(1, bound); 0 when proven optimal. */
  readonly gap: number;
  readonly optimal: boolean;
  /** What the solver did, for the round's record and the benchmark. */
  readonly stats: { readonly method: string; readonly nodes: number; readonly iterations: number };
}

export interface SolveOptions {
  /** Stop branch-and-bound once the relative gap is at most this (default 0: prove optimality). */
  readonly gapTolerance?: number;
  /** Stop after this many branch-and-bound nodes and report the gap (default 100 000). */
  readonly maxNodes?: number;
}
