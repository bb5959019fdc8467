import { createAssignmentWorkspace, type AssignmentGraph, type AssignmentWorkspace } from './assignment.js';
import { transpose, type Model } from './compile.js';
import type { MasterColumn } from './master.js';

/** A matching as a master column: its arcs (ascending), weight and edges per limit. */
export interface Column extends MasterColumn {
  readonly arcs: Int32Array;
}

/** The best feasible matching found so far: one arc (or -1) per row. */
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
  readonly cost: Float64Array;
  /** Arcs still in play below the root (root reduced-cost fixing removes the rest). */
  readonly baseAlive: Uint8Array;
  /** Arcs in play at the current node. */
  readonly alive: Uint8Array;
  /** Arcs of column j: colArcs[colStart[j] … colStart[j + 1] − 1], live ones before colEnd[j]. */
  readonly colStart: Int32Array;
  readonly colEnd: Int32Array;
  readonly colArcs: Int32Array;
  /** Live arcs of row r: graph.list[start[r] … rowEnd[r] − 1] (see compactLive). */
  readonly rowEnd: Int32Array;
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
  /** Solves the problem restricted to the given arcs (ascending); null inside such a solve. */
  readonly solveOverArcs: ((arcs: Int32Array) => SubSolution) | null;
}

export function createContext(model: Model, solveOverArcs: SearchContext['solveOverArcs']): SearchContext {
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
  return {
    model,
    graph,
    colStart,
    colEnd: colStart.slice(1),
    colArcs,
    rowEnd: model.start.slice(1),
    ws: createAssignmentWorkspace(graph),
    cost: new Float64Array(model.arcCount),
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
      cost: Float64Array.from(model.weight, (w) => -w),
    },
    incumbent: { value: 0, rowArc: new Int32Array(model.rows).fill(-1) },
    pool: [],
    poolIndex: new Map(),
    stats: { nodes: 0, iterations: 0 },
    solveOverArcs,
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
 * Moves the arcs alive at the current node to the front of each row's and column's list, so
 * searches skip dead arcs without looking at them (after node set-up and reduced-cost fixing).
 */
export function compactLive(ctx: SearchContext): void {
  const { model, alive, graph } = ctx;
  partition(graph.list, model.start, ctx.rowEnd, alive, model.rows);
  partition(ctx.colArcs, ctx.colStart, ctx.colEnd, alive, model.cols);
}

function partition(list: Int32Array, start: Int32Array, end: Int32Array, alive: Uint8Array, groups: number): void {
  for (let g = 0; g < groups; g++) {
    let i = start[g]!;
    let j = start[g + 1]! - 1;
    while (i <= j) {
      if (alive[list[i]!] === 1) i++;
      else {
        const t = list[i]!;
        list[i] = list[j]!;
        list[j--] = t;
      }
    }
    end[g] = i;
  }
}
