import { solveAssignment } from './assignment.js';
import { columnOf, isWithinLimits, offerIncumbent, quantize, type SearchContext } from './context.js';
import { activeColumns, createMaster, reducedValue, solveMaster, type Master } from './master.js';
import { repairAndOffer } from './repair.js';

/**
 * Lagrangian relaxation of the limits at one branch-and-bound node. For multipliers λ ≥ 0,
 *
 *   L(λ) = max over matchings of Σ_e (w_e − Σ_{l ∋ e} λ_l) x_e + Σ_l λ_l limit_l
 *
 * is a plain assignment with adjusted weights and an upper bound on the node's optimum. The
 * dual min_λ L(λ) equals the LP relaxation (the assignment polytope is integral); it is solved
 * exactly by column generation — each L(λ) evaluation yields a matching, the master LP over those
 * matchings yields the next λ — stabilised by Wentges smoothing towards the best λ so far. Every
 * priced matching is repaired into a feasible one (the lower bound), and the potentials at the
 * best λ give reduced costs for fixing arcs that cannot be in a better solution.
 */

export interface NodeResult {
  /** Integer upper bound on any solution in the node (−Infinity: infeasible). */
  readonly bound: number;
  readonly lambda: Float64Array;
  /** Pool ids of the master's columns, reused by the children. */
  readonly columns: number[];
  /** 'pruned': cannot beat the incumbent; 'solved': its optimum is the incumbent or worse. */
  readonly status: 'pruned' | 'solved' | 'branch' | 'open';
  /** The arc to branch on when status is 'branch'. */
  readonly branchArc: number;
  /** Arcs that reduced costs exclude from this node's subtree. */
  readonly fixedOut: number[];
}

/** Generous cap on pricing rounds per node; hitting it leaves the node open, reported honestly. */
const MAX_ROUNDS = 2_000;
const SMOOTHING = 0.5;

interface Priced {
  readonly bound: number;
  readonly column: number;
}

/** Evaluates L(λ) at the current node; the workspace keeps the assignment and its potentials. */
function price(ctx: SearchContext, lambda: Float64Array): Priced {
  const { model, cost, ws } = ctx;
  for (let a = 0; a < model.arcCount; a++) cost[a] = -model.weight[a]!;
  let constant = 0;
  for (let l = 0; l < model.limitCount; l++) {
    const lam = lambda[l]!;
    if (lam === 0) continue;
    constant += lam * model.limitBound[l]!;
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) cost[model.limitArcs[k]!]! += lam;
  }
  const minCost = solveAssignment(ctx.graph, cost, ctx.alive, ctx.rowActive, ws);
  ctx.stats.iterations++;
  let forcedCost = 0;
  const arcs: number[] = [];
  for (const a of ctx.forced) {
    forcedCost += cost[a]!;
    arcs.push(a);
  }
  for (let r = 0; r < model.rows; r++) if (ws.rowArc[r]! >= 0) arcs.push(ws.rowArc[r]!);
  arcs.sort((x, y) => x - y);
  return { bound: constant - minCost - forcedCost, column: columnOf(ctx, Int32Array.from(arcs)) };
}

/** A copy of what reduced-cost fixing needs from the assignment at the best λ. */
interface Snapshot {
  lambda: Float64Array;
  v: Float64Array;
  u: Float64Array;
}

function snapshot(ctx: SearchContext, lambda: Float64Array, into: Snapshot | null): Snapshot {
  const { ws, model } = ctx;
  const s = into ?? { lambda: new Float64Array(model.limitCount), v: new Float64Array(ws.v.length), u: new Float64Array(model.rows) };
  s.lambda.set(lambda);
  s.v.set(ws.v);
  for (let r = 0; r < model.rows; r++) s.u[r] = ctx.rowActive[r] === 1 ? ws.rowCost[r]! - ws.v[ws.rowCol[r]!]! : 0;
  return s;
}

/** Integer bound from an exact Lagrangian value: the optimum is an integer. */
const integerBound = (value: number): number => Math.floor(value + 1e-9);

/**
 * Runs column generation at the current node (ctx.alive, ctx.rowActive and ctx.forced set up
 * by the caller), starting from λ and the given pool columns.
 */
export function evaluateNode(ctx: SearchContext, start: Float64Array, seedColumns: readonly number[], canPrune: (bound: number) => boolean): NodeResult {
  const { model } = ctx;
  const lambda = Float64Array.from(start, (x, l) => quantize(ctx, l, x));
  let priced = price(ctx, lambda);
  let best = priced.bound;
  let shot = snapshot(ctx, lambda, null);
  consider(ctx, priced.column);
  const forcedOnly = columnOf(ctx, Int32Array.from([...ctx.forced].sort((x, y) => x - y)));
  const master = createMaster(model.limitBound, ctx.pool[forcedOnly]!);
  const ids = [forcedOnly];
  const add = (id: number): void => {
    if (ids.includes(id)) return;
    ids.push(id);
    master.columns.push(ctx.pool[id]!);
  };
  for (const id of seedColumns) add(id);
  add(priced.column);

  const query = new Float64Array(model.limitCount);
  const fromMaster = new Float64Array(model.limitCount);
  let smoothing = SMOOTHING;
  let converged = false;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (canPrune(integerBound(best))) return done(ctx, 'pruned', best, shot, ids, -1);
    const masterValue = solveMaster(master);
    if (best - masterValue <= 1e-9 * Math.max(1, Math.abs(best))) {
      converged = true;
      break;
    }
    for (let l = 0; l < model.limitCount; l++) {
      fromMaster[l] = quantize(ctx, l, master.dual[l]!);
      query[l] = quantize(ctx, l, smoothing * shot.lambda[l]! + (1 - smoothing) * master.dual[l]!);
    }
    priced = price(ctx, query);
    if (priced.bound < best) {
      best = priced.bound;
      shot = snapshot(ctx, query, shot);
    }
    consider(ctx, priced.column);
    const column = ctx.pool[priced.column]!;
    if (reducedValue(master, column) > 1e-9 * Math.max(1, Math.abs(column.value))) {
      add(priced.column);
      smoothing = SMOOTHING;
    } else if (smoothing > 0 && !sameVector(query, fromMaster)) {
      smoothing = 0; // mis-price: ask the master's own λ next
    } else {
      converged = true;
      break;
    }
  }
  if (canPrune(integerBound(best))) return done(ctx, 'pruned', best, shot, ids, -1);
  const arc = branchingArc(ctx, master, ids);
  if (converged && arc < 0) {
    // The LP optimum is one matching within the limits: the node's integer optimum.
    for (const [k] of activeColumns(master)) offerIncumbent(ctx, ctx.pool[ids[k]!]!.arcs, master.columns[k]!.value);
    return done(ctx, 'solved', best, shot, ids, -1);
  }
  return done(ctx, arc < 0 ? 'open' : 'branch', best, shot, ids, arc);
}

function done(ctx: SearchContext, status: NodeResult['status'], best: number, shot: Snapshot, ids: number[], arc: number): NodeResult {
  const bound = integerBound(best);
  const fixedOut = status === 'branch' ? reducedCostFixing(ctx, best, shot) : [];
  return { bound, lambda: shot.lambda, columns: ids, status, branchArc: arc, fixedOut };
}

/** A priced matching: feasible ones go to the incumbent directly, others through repair. */
function consider(ctx: SearchContext, id: number): void {
  const column = ctx.pool[id]!;
  if (isWithinLimits(ctx, column)) offerIncumbent(ctx, column.arcs, column.value);
  else repairAndOffer(ctx, column);
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/**
 * The fractional arc of the LP solution closest to one half (ties to the lower arc), or -1 when
 * the LP solution is a single matching.
 */
function branchingArc(ctx: SearchContext, master: Master, ids: readonly number[]): number {
  const value = new Map<number, number>();
  for (const [k, mu] of activeColumns(master)) {
    for (const a of ctx.pool[ids[k]!]!.arcs) value.set(a, (value.get(a) ?? 0) + mu);
  }
  let arc = -1;
  let distance = Infinity;
  for (const [a, x] of value) {
    if (x > 1 - 1e-9 || ctx.forced.includes(a)) continue;
    const d = Math.abs(x - 0.5);
    if (d < distance || (d === distance && a < arc)) {
      arc = a;
      distance = d;
    }
  }
  return arc;
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
    const r = model.row[a]!;
    if (ctx.rowActive[r] === 0) continue;
    let c = -model.weight[a]!;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) c += shot.lambda[model.arcLimits[k]!]!;
    const reduced = c - shot.u[r]! - shot.v[model.col[a]!]!;
    if (best - reduced < threshold) out.push(a);
  }
  return out;
}
