import { createAssignmentWorkspace, type AssignmentGraph, type AssignmentWorkspace } from './assignment.js';
import { negatedWeights, transpose, type Model } from './compile.js';
import { createCore, partition } from './core.js';
import type { MasterColumn } from './master.js';

/** A matching as a master column: its arcs (ascending), weight and edges per limit. */
export interface Column extends MasterColumn {
  readonly arcs: Int32Array;
}

/**
 * The best feasible matching found so far: one arc (or -1) per row; before one is found, the
 * empty matching, or none at all with the value of a cutoff known outside the search.
 */
export interface Incumbent {
  value: number;
  rowArc: Int32Array;
}

/** A solution of the problem restricted to some arcs: its arcs, and the pricing rounds it took. */
export interface SubSolution {
  readonly arcs: Int32Array;
  readonly iterations: number;
}

/** Everything branch-and-bound shares across nodes; the arrays are reused, never reallocated. */
export interface SearchContext {
  readonly model: Model;
  readonly graph: AssignmentGraph;
  readonly ws: AssignmentWorkspace;
  /** Lagrangian costs at `applied` (up to date on core arcs only). */
  readonly cost: Float64Array;
  /** Arcs still in play below the root (root reduced-cost fixing removes the rest). */
  readonly baseAlive: Uint8Array;
  /** Arcs in play at the current node. */
  readonly alive: Uint8Array;
  /** Arcs of column j: colArcs[colStart[j] … colStart[j + 1] − 1], `scan` ones before colEnd[j]. */
  readonly colStart: Int32Array;
  readonly colEnd: Int32Array;
  readonly colArcs: Int32Array;
  /** Arcs of row r the searches see (`scan`): graph.list[start[r] … rowEnd[r] − 1] (see compactLive). */
  readonly rowEnd: Int32Array;
  /** Arcs in the pricing core (core.ts): the only ones searches look at; it grows, never shrinks. */
  readonly core: Uint8Array;
  /** The core arcs of each limit. */
  readonly coreByLimit: number[][];
  /** The multipliers ctx.cost is at (on core arcs, see core.ts setMultipliers). */
  readonly applied: Float64Array;
  /** Arcs alive at the current node and in the core: those the searches see. */
  readonly scan: Uint8Array;
  /**
   * Rows the current node requires to be assigned: their dummy costs `penalty` (dummyCost),
   * which no solution can make up for, so any solution leaving one unassigned is worthless.
   */
  readonly mustAssign: Uint8Array;
  readonly dummyCost: Float64Array;
  readonly penalty: number;
  /** Multipliers are multiples of 2^-k: every cost, potential and bound stays exact. */
  readonly lambdaStep: number;
  /** λ_l above the heaviest arc in limit l only raises the bound, so it is capped there. */
  readonly lambdaCap: Float64Array;
  readonly incumbent: Incumbent;
  /** Scratch of the repair heuristic (repair.ts): its own workspace and arc mask. */
  readonly repair: { readonly ws: AssignmentWorkspace; readonly alive: Uint8Array; readonly counts: Int32Array; readonly cost: Float64Array };
  readonly pool: Column[];
  readonly poolIndex: Map<string, number>;
  readonly stats: { nodes: number; iterations: number };
  /**
   * Solves the problem restricted to the given arcs (ascending), stopping early once a solution
   * is worth `target`; null inside such a solve.
   */
  readonly solveOverArcs: ((arcs: Int32Array, target: number, lambda: Float64Array) => SubSolution) | null;
  /** Work cap: pricing rounds after which the search stops (Infinity: none). */
  readonly maxIterations: number;
  /** Multipliers the root starts from (per limit of the model; null: all 0). */
  readonly rootLambda: Float64Array | null;
}

/** How a search runs, besides its options: heuristic sub-solves, a work cap and a starting λ. */
export interface ContextSettings {
  readonly solveOverArcs: SearchContext['solveOverArcs'];
  readonly maxIterations: number;
  /** Per limit of the problem (the model keeps only those that can bind). */
  readonly rootLambda: Float64Array | null;
  /** The incumbent's starting value: a solution worth this is known outside the search. */
  readonly cutoff: number;
}

export function createContext(model: Model, settings: ContextSettings): SearchContext {
  const graph = assignmentGraph(model);
  const lambdaCap = new Float64Array(model.limitCount);
  let perArc = 0;
  for (let a = 0; a < model.arcCount; a++) perArc = Math.max(perArc, model.arcLimitStart[a + 1]! - model.arcLimitStart[a]!);
  for (let l = 0; l < model.limitCount; l++) {
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
      lambdaCap[l] = Math.max(lambdaCap[l]!, model.weight[model.limitArcs[k]!]!);
    }
  }
  // More than any matching weighs.
  const penalty = Math.max(1, model.maxWeight) * (model.rows + 1);
  // Largest magnitude any label or potential can reach, with room to spare; the step leaves
  // every sum inside the 53-bit mantissa.
  const magnitude = 8 * (model.rows + 2) * (Math.max(1, model.maxWeight) * (1 + perArc) + penalty);
  const bits = Math.max(0, Math.min(40, Math.floor(52 - Math.log2(magnitude))));
  const [colStart, colArcs] = transpose(model.start, model.col, model.cols, 'position');
  const { core, byLimit } = createCore(model);
  return {
    model,
    graph,
    colStart,
    colEnd: colStart.slice(1),
    colArcs,
    rowEnd: model.start.slice(1),
    core,
    coreByLimit: byLimit,
    applied: new Float64Array(model.limitCount),
    scan: new Uint8Array(model.arcCount),
    ws: createAssignmentWorkspace(graph),
    cost: negatedWeights(model),
    baseAlive: new Uint8Array(model.arcCount).fill(1),
    alive: new Uint8Array(model.arcCount),
    mustAssign: new Uint8Array(model.rows),
    dummyCost: new Float64Array(model.rows),
    penalty,
    lambdaStep: 2 ** -bits,
    lambdaCap,
    repair: {
      ws: createAssignmentWorkspace(graph),
      alive: new Uint8Array(model.arcCount),
      counts: new Int32Array(model.limitCount),
      cost: negatedWeights(model),
    },
    incumbent: { value: settings.cutoff, rowArc: new Int32Array(model.rows).fill(-1) },
    pool: [],
    poolIndex: new Map(),
    stats: { nodes: 0, iterations: 0 },
    solveOverArcs: settings.solveOverArcs,
    maxIterations: settings.maxIterations,
    rootLambda: settings.rootLambda === null ? null : Float64Array.from(model.limitSource, (source) => settings.rootLambda![source]!),
  };
}

/** The model as an assignment graph, with each row's arcs listed in arc order. */
export function assignmentGraph(model: Model): AssignmentGraph {
  const list = new Int32Array(model.arcCount);
  for (let a = 0; a < model.arcCount; a++) list[a] = a;
  return { rows: model.rows, cols: model.cols, start: model.start, list, col: model.col, row: model.row };
}

/** Arcs each row starts with in the core: enough for most rows to never grow it. */
const CORE_START = 10;

export function initialCore(model: Model): Int32Array {
  return Int32Array.from({ length: model.rows }, (_, r) => Math.min(model.start[r + 1]!, model.start[r]! + CORE_START));
}

/** Rounds to the multiplier grid and clamps to [0, cap]. */
export function quantize(ctx: SearchContext, l: number, x: number): number {
  const step = ctx.lambdaStep;
  const q = Math.round(x / step) * step;
  return Math.min(ctx.lambdaCap[l]!, Math.max(0, q));
}

/** The column for a set of arcs (ascending), pooled so each matching is stored once. */
export function columnOf(ctx: SearchContext, arcs: Int32Array): number {
  const key = arcs.join(',');
  const known = ctx.poolIndex.get(key);
  if (known !== undefined) return known;
  const { model } = ctx;
  const counts = new Float64Array(model.limitCount);
  let value = 0;
  for (const a of arcs) {
    value += model.weight[a]!;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) counts[model.arcLimits[k]!]!++;
  }
  const id = ctx.pool.length;
  ctx.pool.push({ arcs, value, counts });
  ctx.poolIndex.set(key, id);
  return id;
}

/** A column's value in the current node: its weight, less the penalty per unassigned must-row. */
export function nodeValue(ctx: SearchContext, column: Column): number {
  let covered = 0;
  let must = 0;
  for (let r = 0; r < ctx.model.rows; r++) must += ctx.mustAssign[r]!;
  if (must === 0) return column.value;
  for (const a of column.arcs) covered += ctx.mustAssign[ctx.model.row[a]!]!;
  return column.value - ctx.penalty * (must - covered);
}

export function isWithinLimits(ctx: SearchContext, column: MasterColumn): boolean {
  for (let l = 0; l < ctx.model.limitCount; l++) if (column.counts[l]! > ctx.model.limitBound[l]!) return false;
  return true;
}

/** Keeps a feasible matching if it beats the incumbent. */
export function offerIncumbent(ctx: SearchContext, arcs: Int32Array, value: number): void {
  if (value <= ctx.incumbent.value) return;
  ctx.incumbent.value = value;
  ctx.incumbent.rowArc.fill(-1);
  for (const a of arcs) ctx.incumbent.rowArc[ctx.model.row[a]!] = a;
}

/**
 * Recomputes `scan` (alive and in the core) and moves those arcs to the front of each row's and
 * column's list, so searches skip the others without looking at them (after node set-up and
 * reduced-cost fixing).
 */
export function compactLive(ctx: SearchContext): void {
  const { model, alive, core, scan, graph } = ctx;
  for (let a = 0; a < model.arcCount; a++) scan[a] = alive[a]! & core[a]!;
  for (let r = 0; r < model.rows; r++) partition(graph.list, model.start, ctx.rowEnd, scan, r);
  for (let c = 0; c < model.cols; c++) partition(ctx.colArcs, ctx.colStart, ctx.colEnd, scan, c);
}
