import { reoptimizeOverCore } from './core.js';
import { columnOf, offerIncumbent, type SearchContext } from './context.js';
import { activeColumns, type Master } from './master.js';

/**
 * LP-guided heuristics (lower bounds) from the master's fractional solution: a convex
 * combination μ of matchings whose limit counts are within the bounds. Both offer what they find
 * to the incumbent and return its pool id (a feasible column for the master).
 *
 * - rounding: each limit admits only the rows that use it most in the LP, then one assignment
 *   with the true weights (cheap: one re-optimisation);
 * - restricted master: the whole problem restricted to the arcs of some of the master's columns
 *   (those with μ > 0, or all of them) and the incumbent, solved by this same solver with a node
 *   cap and a work cap — a small problem whose optimum is usually within a hair of the LP bound.
 */

/** y(r, l) = Σ_k μ_k [column k gives row r an arc of limit l], keyed by r · limits + l, for y > 0. */
export function limitUse(ctx: SearchContext, master: Master, ids: readonly number[]): Map<number, number> {
  const { model } = ctx;
  const y = new Map<number, number>();
  for (const [k, mu] of activeColumns(master)) {
    for (const a of ctx.pool[ids[k]!]!.arcs) {
      for (let i = model.arcLimitStart[a]!; i < model.arcLimitStart[a + 1]!; i++) {
        const key = model.row[a]! * model.limitCount + model.arcLimits[i]!;
        y.set(key, (y.get(key) ?? 0) + mu);
      }
    }
  }
  return y;
}

/**
 * LP rounding: each limit l admits only the limit_l rows that use it most in the LP solution
 * (largest y(r, l), ties to the lower row); every other row loses its arcs in l. Then no limit
 * can be exceeded, and the assignment with the true weights over the remaining arcs is solved
 * exactly, re-optimising the node's assignment.
 */
export function roundAndOffer(ctx: SearchContext, master: Master, ids: readonly number[]): number {
  const { model, repair } = ctx;
  const y = limitUse(ctx, master, ids);
  const byLimit: Array<Array<[number, number]>> = Array.from({ length: model.limitCount }, () => []);
  for (const [key, value] of y) byLimit[key % model.limitCount]!.push([Math.floor(key / model.limitCount), value]);
  const admitted = new Set<number>();
  byLimit.forEach((list, l) => {
    list.sort((p, q) => q[1] - p[1] || p[0] - q[0]);
    for (let i = 0; i < Math.min(list.length, model.limitBound[l]!); i++) admitted.add(list[i]![0] * model.limitCount + l);
  });
  const alive = repair.alive;
  alive.set(ctx.alive);
  for (let a = 0; a < model.arcCount; a++) {
    if (alive[a] === 0) continue;
    for (let i = model.arcLimitStart[a]!; i < model.arcLimitStart[a + 1]!; i++) {
      if (!admitted.has(model.row[a]! * model.limitCount + model.arcLimits[i]!)) alive[a] = 0;
    }
  }
  const ws = repair.ws;
  ws.v.set(ctx.ws.v);
  ws.rowArc.set(ctx.ws.rowArc);
  ws.rowCol.set(ctx.ws.rowCol);
  reoptimizeOverCore(ctx, repair.cost, alive, null, ws);
  const { arcs, value } = matchedArcs(model, ws.rowArc);
  offerIncumbent(ctx, arcs, value);
  return columnOf(ctx, Int32Array.from(arcs));
}

/**
 * The restricted-master heuristic over the master columns `which` (indices into ids) and the
 * incumbent; the sub-search stops once its incumbent reaches `target` (what would settle the
 * caller's node), starting from the caller's multipliers λ. Returns the pool id of its matching, or -1 inside a sub-search (no nesting).
 */
export function solveOverColumns(ctx: SearchContext, ids: readonly number[], which: Iterable<number>, target: number, lambda: Float64Array): number {
  if (ctx.solveOverArcs === null) return -1;
  const { model } = ctx;
  const marked = new Uint8Array(model.arcCount);
  for (const k of which) for (const a of ctx.pool[ids[k]!]!.arcs) marked[a] = 1;
  for (const a of ctx.incumbent.rowArc) if (a >= 0) marked[a] = 1;
  const arcs: number[] = [];
  for (let a = 0; a < model.arcCount; a++) if (marked[a] === 1) arcs.push(a);
  const sub = ctx.solveOverArcs(Int32Array.from(arcs), target, lambda);
  ctx.stats.iterations += sub.iterations;
  const id = columnOf(ctx, sub.arcs);
  offerIncumbent(ctx, sub.arcs, ctx.pool[id]!.value);
  return id;
}

/** The master columns with μ > 0. */
export const supportOf = (master: Master): number[] => activeColumns(master).map(([k]) => k);

/** The arcs a workspace's rows are matched on, ascending, and their total weight. */
export function matchedArcs(model: { readonly rows: number; readonly weight: ArrayLike<number> }, rowArc: Int32Array): { arcs: Int32Array; value: number } {
  const arcs: number[] = [];
  let value = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = rowArc[r]!;
    if (a < 0) continue;
    arcs.push(a);
    value += model.weight[a]!;
  }
  return { arcs: Int32Array.from(arcs).sort(), value };
}
