import { createAssignmentWorkspace, type AssignmentGraph, type AssignmentWorkspace } from './assignment.js';
import type { Model } from './compile.js';
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
  readonly rowActive: Uint8Array;
  /** Arcs forced into the matching at the current node. */
  forced: number[];
  /** Multipliers are multiples of 2^-k: every cost, potential and bound stays exact. */
  readonly lambdaStep: number;
  /** λ_l above the heaviest arc in limit l only raises the bound, so it is capped there. */
  readonly lambdaCap: Float64Array;
  readonly incumbent: Incumbent;
  readonly pool: Column[];
  readonly poolIndex: Map<string, number>;
  readonly stats: { nodes: number; iterations: number };
}

export function createContext(model: Model): SearchContext {
  const graph: AssignmentGraph = { rows: model.rows, cols: model.cols, start: model.start, col: model.col, row: model.row };
  const lambdaCap = new Float64Array(model.limitCount);
  let perArc = 0;
  for (let a = 0; a < model.arcCount; a++) perArc = Math.max(perArc, model.arcLimitStart[a + 1]! - model.arcLimitStart[a]!);
  for (let l = 0; l < model.limitCount; l++) {
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) {
      lambdaCap[l] = Math.max(lambdaCap[l]!, model.weight[model.limitArcs[k]!]!);
    }
  }
  // Largest magnitude any label or potential can reach, with room to spare; the step leaves
  // every sum inside the 53-bit mantissa.
  const magnitude = 8 * (model.rows + 2) * Math.max(1, model.maxWeight) * (1 + perArc);
  const bits = Math.max(0, Math.min(40, Math.floor(52 - Math.log2(magnitude))));
  return {
    model,
    graph,
    ws: createAssignmentWorkspace(graph),
    cost: new Float64Array(model.arcCount),
    baseAlive: new Uint8Array(model.arcCount).fill(1),
    alive: new Uint8Array(model.arcCount),
    rowActive: new Uint8Array(model.rows),
    forced: [],
    lambdaStep: 2 ** -bits,
    lambdaCap,
    incumbent: { value: 0, rowArc: new Int32Array(model.rows).fill(-1) },
    pool: [],
    poolIndex: new Map(),
    stats: { nodes: 0, iterations: 0 },
  };
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
