import { columnOf, compactLive, isWithinLimits, nodeValue, offerIncumbent, quantize, type SearchContext } from './context.js';
import { activeColumns, createMaster, reducedValue, solveMaster, type Master } from './master.js';
import { repairAndOffer } from './repair.js';
import { reoptimizeAssignment } from './warm-start.js';

/**
 * Lagrangian relaxation of the limits at one branch-and-bound node. For multipliers λ ≥ 0,
 *
 *   L(λ) = max over matchings of Σ_e (w_e − Σ_{l ∋ e} λ_l) x_e + Σ_l λ_l limit_l
 *
 * is a plain assignment with adjusted weights and an upper bound on the node's optimum. The
 * dual min_λ L(λ) equals the LP relaxation (the assignment polytope is integral); it is solved
 * exactly by column generation — each L(λ) evaluation yields a matching, the master LP over those
 * matchings yields the next λ — stabilised by Wentges smoothing towards the best λ so far. Each
 * evaluation re-optimises the previous assignment (warm-start.ts). Every priced matching is
 * repaired into a feasible one (the lower bound), and the potentials at the best λ give reduced
 * costs for fixing arcs that cannot be in a better solution.
 */

/** A row and a limit: "row r takes an arc of limit l" is the branching disjunction. */
export interface Branch {
  readonly row: number;
  readonly limit: number;
}

export interface NodeResult {
  /** Integer upper bound on any solution in the node. */
  readonly bound: number;
  /** The assignment at the best λ, to warm-start the children. */
  readonly state: Snapshot;
  /** Pool ids of the master's columns, reused by the children. */
  readonly columns: number[];
  /**
   * 'pruned': cannot beat the incumbent; 'solved': its optimum was offered to the incumbent;
   * 'branch': see `branch`; 'open': column generation hit its round cap (reported honestly).
   */
  readonly status: 'pruned' | 'solved' | 'branch' | 'open';
  readonly branch: Branch | null;
  /** Arcs that reduced costs exclude from this node's subtree. */
  readonly fixedOut: number[];
}

/** Generous cap on pricing rounds per node. */
const MAX_ROUNDS = 2_000;
const SMOOTHING = 0.5;
/** LP rounding runs every this many rounds, and once more when the node's LP is solved. */
const ROUNDING_EVERY = 20;
/** The repair heuristic runs when the bound improves, and at least every this many rounds. */
const REPAIR_EVERY = 10;
/** Subgradient steps before column generation: many at the root, a few from a parent's λ. */
const ROOT_WARMUP = 40;
const NODE_WARMUP = 5;
/** Reduced-cost fixing runs every this many rounds of column generation. */
const FIX_EVERY = 10;

/**
 * The assignment at the best λ: its potentials give reduced costs for fixing, and the children
 * warm-start from it.
 */
export interface Snapshot {
  readonly lambda: Float64Array;
  readonly v: Float64Array;
  readonly u: Float64Array;
  readonly rowArc: Int32Array;
  readonly rowCol: Int32Array;
}

interface Priced {
  readonly bound: number;
  readonly column: number;
}

/** Sets ctx.cost to the adjusted costs −(w − Σλ); returns Σ λ_l limit_l. */
function adjustCosts(ctx: SearchContext, lambda: Float64Array): number {
  const { model, cost } = ctx;
  for (let a = 0; a < model.arcCount; a++) cost[a] = -model.weight[a]!;
  let constant = 0;
  for (let l = 0; l < model.limitCount; l++) {
    const lam = lambda[l]!;
    if (lam === 0) continue;
    constant += lam * model.limitBound[l]!;
    for (let k = model.limitStart[l]!; k < model.limitStart[l + 1]!; k++) cost[model.limitArcs[k]!]! += lam;
  }
  return constant;
}

/** Evaluates L(λ) at the current node; the workspace keeps the assignment and its potentials. */
function price(ctx: SearchContext, lambda: Float64Array): Priced {
  const { model, ws } = ctx;
  const constant = adjustCosts(ctx, lambda);
  const minCost = reoptimizeAssignment(ctx.graph, ctx.cost, scopeOf(ctx, ctx.alive), ctx, ws);
  ctx.stats.iterations++;
  const arcs: number[] = [];
  for (let r = 0; r < model.rows; r++) if (ws.rowArc[r]! >= 0) arcs.push(ws.rowArc[r]!);
  arcs.sort((x, y) => x - y);
  return { bound: constant - minCost, column: columnOf(ctx, Int32Array.from(arcs)) };
}

const scopeOf = (ctx: SearchContext, alive: Uint8Array) => ({ alive, rowActive: null, end: ctx.rowEnd, dummyCost: ctx.dummyCost });

function snapshot(ctx: SearchContext, lambda: Float64Array, into: Snapshot | null): Snapshot {
  const { ws, model } = ctx;
  const s = into ?? {
    lambda: new Float64Array(model.limitCount),
    v: new Float64Array(ws.v.length),
    u: new Float64Array(model.rows),
    rowArc: new Int32Array(model.rows),
    rowCol: new Int32Array(model.rows),
  };
  s.lambda.set(lambda);
  s.v.set(ws.v);
  s.rowArc.set(ws.rowArc);
  s.rowCol.set(ws.rowCol);
  for (let r = 0; r < model.rows; r++) s.u[r] = ws.rowCost[r]! - ws.v[ws.rowCol[r]!]!;
  return s;
}

/** Loads a parent's assignment into the workspace, or an empty one at the root. */
function restore(ctx: SearchContext, warm: Snapshot | null): void {
  const { ws } = ctx;
  if (warm === null) {
    ws.v.fill(0);
    ws.rowArc.fill(-1);
    ws.rowCol.fill(-1);
    return;
  }
  ws.v.set(warm.v);
  ws.rowArc.set(warm.rowArc);
  ws.rowCol.set(warm.rowCol);
}

/** Integer bound from an exact Lagrangian value: the optimum is an integer. */
const integerBound = (value: number): number => Math.floor(value + 1e-9);

/** The state of column generation at one node. */
interface Run {
  readonly ctx: SearchContext;
  readonly canPrune: (bound: number) => boolean;
  master: Master;
  /** Pool id of each master column, in master order. */
  ids: number[];
  priced: Priced;
  /** Best (lowest) Lagrangian value so far: the node's bound. */
  best: number;
  shot: Snapshot;
  /** Arcs fixed out by reduced costs during this node. */
  readonly fixed: number[];
}

/**
 * Runs column generation at the current node (ctx.alive, ctx.mustAssign and ctx.dummyCost set
 * up by the caller), warm-started from the parent's assignment, multipliers and columns.
 */
export function evaluateNode(
  ctx: SearchContext,
  warm: Snapshot | null,
  seedColumns: readonly number[],
  canPrune: (bound: number) => boolean,
): NodeResult {
  const { model } = ctx;
  restore(ctx, warm);
  const lambda = warm === null ? new Float64Array(model.limitCount) : Float64Array.from(warm.lambda);
  const priced = price(ctx, lambda);
  const run: Run = { ctx, canPrune, master: emptyMaster(ctx), ids: [], priced, best: priced.bound, shot: snapshot(ctx, lambda, null), fixed: [] };
  run.ids.push(columnOf(ctx, new Int32Array(0)));
  for (const id of seedColumns) addColumn(run, id);
  addColumn(run, priced.column);
  addColumn(run, consider(ctx, priced.column, true));

  const root = warm === null;
  let outcome: 'pruned' | 'converged' | 'capped' = warmUp(run, lambda, root ? ROOT_WARMUP : NODE_WARMUP) ? 'pruned' : 'converged';
  if (outcome !== 'pruned' && root) solveOverColumns(run);
  if (outcome !== 'pruned') outcome = generate(run);
  if (outcome !== 'pruned') addColumn(run, roundAndOffer(ctx, run.master, run.ids));
  if (outcome === 'converged' && root && !canPrune(integerBound(run.best))) solveOverColumns(run);
  if (outcome === 'pruned' || canPrune(integerBound(run.best))) return done(run, 'pruned', null);
  if (outcome === 'capped') return done(run, 'open', null);
  const branch = fractionalBranch(ctx, run.master, run.ids);
  if (branch !== null) return done(run, 'branch', branch);
  solveRestricted(ctx, run.master, run.ids);
  return done(run, 'solved', null);
}

function emptyMaster(ctx: SearchContext): Master {
  const empty = ctx.pool[columnOf(ctx, new Int32Array(0))]!;
  return createMaster(ctx.model.limitBound, { value: nodeValue(ctx, empty), counts: empty.counts });
}

function addColumn(run: Run, id: number): void {
  if (run.ids.includes(id)) return;
  run.ids.push(id);
  const column = run.ctx.pool[id]!;
  run.master.columns.push({ value: nodeValue(run.ctx, column), counts: column.counts });
}

/** Prices λ; keeps the bound and snapshot when it improves; returns whether it did. */
function evaluate(run: Run, lambda: Float64Array): boolean {
  run.priced = price(run.ctx, lambda);
  if (run.priced.bound >= run.best) return false;
  run.best = run.priced.bound;
  run.shot = snapshot(run.ctx, lambda, run.shot);
  return true;
}

/**
 * Subgradient warm-up (Polyak steps towards the incumbent): cheap, robust moves towards λ*, so
 * the cutting-plane model starts with columns around the optimum instead of around λ = 0.
 * Returns true when the node can be pruned.
 */
function warmUp(run: Run, lambda: Float64Array, rounds: number): boolean {
  const { ctx } = run;
  const { model } = ctx;
  const step = Float64Array.from(lambda);
  let theta = 1;
  let stalled = 0;
  for (let round = 0; round < rounds; round++) {
    if (run.canPrune(integerBound(run.best))) return true;
    const counts = ctx.pool[run.priced.column]!.counts;
    let norm = 0;
    for (let l = 0; l < model.limitCount; l++) {
      const g = model.limitBound[l]! - counts[l]!;
      if (g < 0 || step[l]! > 0) norm += g * g;
    }
    if (norm === 0) break;
    const t = (theta * (run.priced.bound - ctx.incumbent.value)) / norm;
    for (let l = 0; l < model.limitCount; l++) step[l] = quantize(ctx, l, step[l]! - t * (model.limitBound[l]! - counts[l]!));
    const improved = evaluate(run, step);
    addColumn(run, run.priced.column);
    addColumn(run, consider(ctx, run.priced.column, improved || round % REPAIR_EVERY === 0));
    if (improved) stalled = 0;
    else if (++stalled >= 3) {
      theta /= 2;
      stalled = 0;
    }
  }
  return run.canPrune(integerBound(run.best));
}

/**
 * Column generation with Wentges smoothing: price at α·(best λ) + (1 − α)·(master's λ); a
 * column that does not improve the master there is a mis-price, and the master's own λ is
 * priced next. Converged when that prices nothing new or the bound meets the master's value.
 */
function generate(run: Run): 'pruned' | 'converged' | 'capped' {
  const { ctx } = run;
  const { model } = ctx;
  const query = new Float64Array(model.limitCount);
  const fromMaster = new Float64Array(model.limitCount);
  let smoothing = SMOOTHING;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (run.canPrune(integerBound(run.best))) return 'pruned';
    if (round % FIX_EVERY === 0) fixByReducedCost(run);
    const masterValue = solveMaster(run.master);
    if (round % ROUNDING_EVERY === ROUNDING_EVERY - 1) addColumn(run, roundAndOffer(ctx, run.master, run.ids));
    if (run.best - masterValue <= 1e-9 * Math.max(1, Math.abs(run.best))) return 'converged';
    for (let l = 0; l < model.limitCount; l++) {
      fromMaster[l] = quantize(ctx, l, run.master.dual[l]!);
      query[l] = quantize(ctx, l, smoothing * run.shot.lambda[l]! + (1 - smoothing) * run.master.dual[l]!);
    }
    const improved = evaluate(run, query);
    addColumn(run, consider(ctx, run.priced.column, improved || round % REPAIR_EVERY === 0));
    const column = ctx.pool[run.priced.column]!;
    const value = nodeValue(ctx, column);
    if (reducedValue(run.master, { value, counts: column.counts }) > 1e-9 * Math.max(1, Math.abs(value))) {
      addColumn(run, run.priced.column);
      smoothing = SMOOTHING;
    } else if (smoothing > 0 && !sameVector(query, fromMaster)) {
      smoothing = 0; // mis-price: ask the master's own λ next
    } else {
      return 'converged';
    }
  }
  return 'capped';
}

/**
 * The restricted-master heuristic: the problem over the arcs of the master's columns and the
 * incumbent, solved exactly (context.ts solveOverArcs, with a node cap). Its matching is
 * offered to the incumbent and joins the master when all its arcs are live here.
 */
function solveOverColumns(run: Run): void {
  const { ctx } = run;
  if (ctx.solveOverArcs === null) return;
  const { model } = ctx;
  const marked = new Uint8Array(model.arcCount);
  for (const id of run.ids) for (const a of ctx.pool[id]!.arcs) marked[a] = 1;
  for (const a of ctx.incumbent.rowArc) if (a >= 0) marked[a] = 1;
  const arcs: number[] = [];
  for (let a = 0; a < model.arcCount; a++) if (marked[a] === 1) arcs.push(a);
  const sub = ctx.solveOverArcs(Int32Array.from(arcs));
  ctx.stats.iterations += sub.iterations;
  const id = columnOf(ctx, sub.arcs);
  offerIncumbent(ctx, sub.arcs, ctx.pool[id]!.value);
  if (sub.arcs.every((a) => ctx.alive[a] === 1)) addColumn(run, id);
}

/**
 * Reduced-cost fixing in the middle of a node: the arcs go at once (the searches skip them), at
 * the root for good. Master columns using them leave the master, which is rebuilt.
 */
function fixByReducedCost(run: Run): void {
  const { ctx } = run;
  const fixed = reducedCostFixing(ctx, run.best, run.shot);
  if (fixed.length === 0) return;
  const root = ctx.stats.nodes === 1;
  for (const a of fixed) {
    ctx.alive[a] = 0;
    if (root) ctx.baseAlive[a] = 0;
    else run.fixed.push(a);
  }
  compactLive(ctx);
  const ids = run.ids.filter((id) => ctx.pool[id]!.arcs.every((a) => ctx.alive[a] === 1));
  run.master = emptyMaster(ctx);
  run.ids = [ids[0]!];
  for (const id of ids.slice(1)) addColumn(run, id);
}

function done(run: Run, status: NodeResult['status'], branch: Branch | null): NodeResult {
  const { ctx, best, shot } = run;
  const fixedOut = status === 'branch' ? [...run.fixed, ...reducedCostFixing(ctx, best, shot)] : [];
  return { bound: integerBound(best), state: shot, columns: run.ids, status, branch, fixedOut };
}

/**
 * A priced matching: feasible ones go to the incumbent directly, others through repair when
 * asked (it costs a few re-optimisations). Returns the feasible one's pool id: a good column for the master, which otherwise starts with only
 * the empty matching and takes many rounds to find feasible combinations of its own.
 */
function consider(ctx: SearchContext, id: number, repair: boolean): number {
  const column = ctx.pool[id]!;
  if (!isWithinLimits(ctx, column)) return repair ? repairAndOffer(ctx) : id;
  offerIncumbent(ctx, column.arcs, column.value);
  return id;
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}

/** y(r, l) keyed by r · limits + l, for the pairs with y > 0. */
function limitUse(ctx: SearchContext, master: Master, ids: readonly number[]): Map<number, number> {
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
 * y(r, l) = Σ_k μ_k [column k gives row r an arc of limit l]. Returns the pair whose value is
 * most fractional (closest to ½, ties to the lower row, then limit), or null when all are 0 or 1.
 */
function fractionalBranch(ctx: SearchContext, master: Master, ids: readonly number[]): Branch | null {
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
function solveRestricted(ctx: SearchContext, master: Master, ids: readonly number[]): void {
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
  adjustCosts(ctx, new Float64Array(model.limitCount));
  const ws = repair.ws;
  ws.v.fill(0);
  ws.rowArc.fill(-1);
  ws.rowCol.fill(-1);
  reoptimizeAssignment(ctx.graph, ctx.cost, { alive, rowActive: null, end: ctx.rowEnd, dummyCost }, ctx, ws);
  const arcs: number[] = [];
  let value = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = ws.rowArc[r]!;
    if (a < 0) continue;
    arcs.push(a);
    value += model.weight[a]!;
  }
  const column = ctx.pool[columnOf(ctx, Int32Array.from(arcs))]!;
  if (isWithinLimits(ctx, column)) offerIncumbent(ctx, column.arcs, value);
}

/**
 * LP rounding (a lower bound): each limit l admits only the limit_l rows that use it most in the
 * LP solution (largest y(r, l), ties to the lower row); every other row loses its arcs in l.
 * Then no limit can be exceeded, and the assignment with the true weights over the remaining arcs
 * is solved exactly (re-optimising the node's assignment) and offered to the incumbent.
 */
function roundAndOffer(ctx: SearchContext, master: Master, ids: readonly number[]): number {
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
  const saved = Float64Array.from(ctx.cost);
  adjustCosts(ctx, new Float64Array(model.limitCount));
  reoptimizeAssignment(ctx.graph, ctx.cost, { alive, rowActive: null, end: ctx.rowEnd, dummyCost: null }, ctx, ws);
  ctx.cost.set(saved);
  const arcs: number[] = [];
  let value = 0;
  for (let r = 0; r < model.rows; r++) {
    const a = ws.rowArc[r]!;
    if (a < 0) continue;
    arcs.push(a);
    value += model.weight[a]!;
  }
  arcs.sort((p, q) => p - q);
  offerIncumbent(ctx, Int32Array.from(arcs), value);
  return columnOf(ctx, Int32Array.from(arcs));
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
