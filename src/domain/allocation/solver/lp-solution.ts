import { columnOf, isWithinLimits, offerIncumbent, type SearchContext } from './context.js';
import { reoptimizeOverCore } from './core.js';
import type { Snapshot } from './lagrangian.js';
import { limitUse, matchedArcs } from './lp-heuristics.js';
import { activeColumns, type Master } from './master.js';

/**
 * What a node does with its LP solution (the master's μ over matchings) and its best λ: branch
 * on the most fractional "row r takes an arc of limit l"; or, when that is integral for every
 * row and limit, solve the node exactly as one assignment; and reduced-cost fixing.
 */

/** A row and a limit: "row r takes an arc of limit l" is the branching disjunction. */
export interface Branch {
  readonly row: number;
  readonly limit: number;
}

/**
 * y(r, l) = Σ_k μ_k [column k gives row r an arc of limit l]. Returns the pair whose value is
 * most fractional (closest to ½, ties to the lower row, then limit), or null when all are 0 or 1.
 */
export function fractionalBranch(ctx: SearchContext, master: Master, ids: readonly number[]): Branch | null {
  const { model } = ctx;
  const y = limitUse(ctx, master, ids);
  let bestKey = -1;
  let distance = Infinity;
  for (const [key, value] of y) {
    if (value > 1 - 1e-9) continue;
    const d = Math.abs(value - 0.5);
    if (d < distance || (d === distance && key < bestKey)) {
      bestKey = key;
      distance = d;
    }
  }
  return bestKey < 0 ? null : { row: Math.floor(bestKey / model.limitCount), limit: bestKey % model.limitCount };
}

/**
 * When the LP optimum gives every row an integral y(r, ·), the node's optimum is a plain
 * assignment: each row keeps only arcs in exactly the limits it uses in the LP (and must be
 * assigned if it uses any), so every limit count is the LP's and within bounds, and the
 * restricted assignment polytope is integral. Solved exactly with the true weights.
 */
export function solveRestricted(ctx: SearchContext, master: Master, ids: readonly number[]): void {
  const { model, repair } = ctx;
  const used = new Map<number, Set<number>>();
  for (const [k] of activeColumns(master)) {
    for (const a of ctx.pool[ids[k]!]!.arcs) {
      const limits = new Set<number>();
      for (let i = model.arcLimitStart[a]!; i < model.arcLimitStart[a + 1]!; i++) limits.add(model.arcLimits[i]!);
      if (limits.size > 0) used.set(model.row[a]!, limits);
    }
  }
  const alive = repair.alive;
  alive.set(ctx.alive);
  const dummyCost = Float64Array.from(ctx.dummyCost);
  for (let r = 0; r < model.rows; r++) {
    const limits = used.get(r);
    if (limits !== undefined) dummyCost[r] = ctx.penalty;
    for (let a = model.start[r]!; a < model.start[r + 1]!; a++) {
      const count = model.arcLimitStart[a + 1]! - model.arcLimitStart[a]!;
      let same = count === (limits?.size ?? 0);
      for (let i = model.arcLimitStart[a]!; same && i < model.arcLimitStart[a + 1]!; i++) same = limits!.has(model.arcLimits[i]!);
      if (!same) alive[a] = 0;
    }
  }
  const ws = repair.ws;
  ws.v.fill(0);
  ws.rowArc.fill(-1);
  ws.rowCol.fill(-1);
  reoptimizeOverCore(ctx, repair.cost, alive, dummyCost, ws);
  const { arcs, value } = matchedArcs(model, ws.rowArc);
  const column = ctx.pool[columnOf(ctx, arcs)]!;
  if (isWithinLimits(ctx, column)) offerIncumbent(ctx, column.arcs, value);
}

/**
 * Arcs whose reduced cost at the best λ exceeds the gap to the incumbent: forcing one in would
 * bring the node's bound below incumbent + 1, so no better solution in the subtree uses it.
 */
export function reducedCostFixing(ctx: SearchContext, best: number, shot: Snapshot): number[] {
  const { model, alive } = ctx;
  const threshold = ctx.incumbent.value + 1;
  const out: number[] = [];
  for (let a = 0; a < model.arcCount; a++) {
    if (alive[a] === 0) continue;
    let c = -model.weight[a]!;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) c += shot.lambda[model.arcLimits[k]!]!;
    const reduced = c - shot.u[model.row[a]!]! - shot.v[model.col[a]!]!;
    if (best - reduced < threshold) out.push(a);
  }
  return out;
}
