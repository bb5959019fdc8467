import type { AssignmentWorkspace } from './assignment.js';
import type { Model } from './compile.js';
import type { SearchContext } from './context.js';
import { reoptimizeAssignment } from './warm-start.js';

/**
 * The pricing core. A large round has hundreds of arcs per row, yet an optimal assignment uses
 * only a row's best few; searching all of them makes every re-optimisation scan the whole graph.
 * So searches see only the core (ctx.scan: alive and in the core) and the result is checked
 * against every other arc afterwards; arcs with a negative reduced cost join the core and the
 * assignment is re-optimised, until none is left. The answer is exact over all arcs.
 *
 * The check is cheap: a row's arcs are sorted heaviest first, every cost is at least −weight
 * (multipliers are ≥ 0) and every column potential is ≤ 0, so the reduced cost
 * cost − u(r) − v(j) ≥ −weight − u(r): once weight ≤ −u(r) no later arc of the row can violate.
 */

/** Arcs per row in the initial core: the heaviest. */
const CORE_START = 8;
/**
 * Arcs a row adds to the core per check at most (the heaviest violating ones): a row that lost
 * its core arcs (a branch, a full limit) would otherwise take in nearly all of its arcs at once.
 */
const GROW_STEP = 8;

export function createCore(model: Model): { core: Uint8Array; byLimit: number[][] } {
  const core = new Uint8Array(model.arcCount);
  for (let r = 0; r < model.rows; r++) {
    for (let a = model.start[r]!, stop = Math.min(model.start[r + 1]!, a + CORE_START); a < stop; a++) core[a] = 1;
  }
  const byLimit = Array.from({ length: model.limitCount }, (_, l) => {
    const arcs: number[] = [];
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) if (core[model.limitArcs[k]!] === 1) arcs.push(model.limitArcs[k]!);
    return arcs;
  });
  return { core, byLimit };
}

/**
 * Moves ctx.cost to the multipliers λ: cost = −weight + Σ_{l ∋ arc} λ_l, kept up to date on core
 * arcs only (by the change of each multiplier, over that limit's core arcs); an arc gets its cost
 * when it joins the core. Returns Σ λ_l limit_l.
 */
export function setMultipliers(ctx: SearchContext, lambda: Float64Array): number {
  const { model, cost, applied, coreByLimit } = ctx;
  let constant = 0;
  for (let l = 0; l < model.limitCount; l++) {
    const delta = lambda[l]! - applied[l]!;
    constant += lambda[l]! * model.limitBound[l]!;
    if (delta === 0) continue;
    for (const a of coreByLimit[l]!) cost[a]! += delta;
    applied[l] = lambda[l]!;
  }
  return constant;
}

/** The Lagrangian cost of any arc at the applied multipliers. */
function lagrangianCost(ctx: SearchContext, a: number): number {
  const { model } = ctx;
  let c = -model.weight[a]!;
  for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) c += ctx.applied[model.arcLimits[k]!]!;
  return c;
}

function addToCore(ctx: SearchContext, a: number): void {
  const { model } = ctx;
  ctx.core[a] = 1;
  ctx.scan[a] = ctx.alive[a]!;
  ctx.cost[a] = lagrangianCost(ctx, a);
  for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) ctx.coreByLimit[model.arcLimits[k]!]!.push(a);
}

/**
 * Re-optimises the assignment in `ws` (warm-start.ts) for `cost` over the arcs with mask 1 (a
 * subset of ctx.alive), growing the core until the result is optimal over all of them. `cost` is
 * ctx.cost (the Lagrangian costs, see setMultipliers) or a complete array such as the true costs
 * −weight. Returns the minimal total cost.
 */
export function reoptimizeOverCore(
  ctx: SearchContext,
  cost: Float64Array,
  mask: Uint8Array,
  dummyCost: Float64Array | null,
  ws: AssignmentWorkspace,
): number {
  for (;;) {
    const total = reoptimizeAssignment(ctx.graph, cost, { alive: mask, rowActive: null, end: ctx.rowEnd, dummyCost }, ctx, ws);
    if (!growCore(ctx, cost, mask, ws)) return total;
  }
}

/** Adds the arcs outside the core with a negative reduced cost; returns whether there were any. */
function growCore(ctx: SearchContext, cost: Float64Array, mask: Uint8Array, ws: AssignmentWorkspace): boolean {
  const { model, core, scan } = ctx;
  const { v, rowCost, rowCol } = ws;
  const lagrangian = cost === ctx.cost;
  const cols: number[] = [];
  for (let r = 0; r < model.rows; r++) {
    const u = rowCost[r]! - v[rowCol[r]!]!;
    let grown = 0;
    for (let a = model.start[r]!, stop = model.start[r + 1]!; a < stop && grown < GROW_STEP; a++) {
      if (model.weight[a]! <= -u) break;
      if (core[a] === 1 || mask[a] === 0) continue;
      if ((lagrangian ? lagrangianCost(ctx, a) : cost[a]!) - u - v[model.col[a]!]! >= 0) continue;
      addToCore(ctx, a);
      cols.push(model.col[a]!);
      grown++;
    }
    if (grown > 0) partition(ctx.graph.list, model.start, ctx.rowEnd, scan, r);
  }
  for (const c of cols) partition(ctx.colArcs, ctx.colStart, ctx.colEnd, scan, c);
  return cols.length > 0;
}

/** Moves the arcs of group g with mask 1 to the front of its list; end[g] marks where they stop. */
export function partition(list: Int32Array, start: Int32Array, end: Int32Array, mask: Uint8Array, g: number): void {
  let i = start[g]!;
  let j = start[g + 1]! - 1;
  while (i <= j) {
    if (mask[list[i]!] === 1) i++;
    else {
      const t = list[i]!;
      list[i] = list[j]!;
      list[j--] = t;
    }
  }
  end[g] = i;
}
