import { columnOf, compactLive, isWithinLimits, nodeValue, offerIncumbent, quantize, type SearchContext } from './context.js';
import { reoptimizeOverCore, setMultipliers } from './core.js';
import { roundAndOffer, solveOverColumns, supportOf } from './lp-heuristics.js';
import { fractionalBranch, reducedCostFixing, solveRestricted, type Branch } from './lp-solution.js';
import { addToMaster, createMaster, reducedValue, solveMaster, type Master } from './master.js';
import { repairAndOffer } from './repair.js';

/**
 * Lagrangian relaxation of the limits at one branch-and-bound node. For multipliers λ ≥ 0,
 *
 *   L(λ) = max over matchings of Σ_e (w_e − Σ_{l ∋ e} λ_l) x_e + Σ_l λ_l limit_l
 *
 * is a plain assignment with adjusted weights and an upper bound on the node's optimum. The
 * dual min_λ L(λ) equals the LP relaxation (the assignment polytope is integral); it is solved
 * by column generation — each L(λ) evaluation yields a matching, the master LP over those
 * matchings yields the next λ — after a few subgradient steps, stabilised by Wentges smoothing
 * towards the best λ so far with automatic adaptation. Each evaluation re-optimises the previous
 * assignment (warm-start.ts) over the pricing core (core.ts).
 *
 * Stopping rules, each keeping the bound proven: the node is settled as soon as the incumbent is
 * within the gap tolerance of its integer bound (branch-and-bound.ts goalOf); the LP counts as
 * solved once ⌊bound⌋ ≤ the master's value; below the root, when the master's value alone keeps
 * the node open, it branches once the bound tails off (early branching).
 *
 * Lower bounds: priced matchings that keep the limits, repaired ones (repair.ts), and the
 * LP-guided heuristics (lp-heuristics.ts). The potentials at the best λ fix arcs by reduced cost.
 */

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
/** Wentges smoothing: the starting weight of the best λ in the query point, and its adaptation step. */
const SMOOTHING = 0.5;
const SMOOTHING_STEP = 0.1;
/** The LP heuristics run every this many rounds, and once more when the node's LP is solved. */
const HEURISTICS_EVERY = 20;
/** The repair heuristic runs on the first priced matching and then every this many rounds. */
const REPAIR_EVERY = 10;
/** Subgradient steps before column generation: many at the root, a few from a parent's λ. */
const ROOT_WARMUP = 40;
const NODE_WARMUP = 5;
/** Reduced-cost fixing runs every this many rounds of column generation. */
const FIX_EVERY = 10;
/** Early branching once the bound is within this share of its distance to the incumbent from the master's value. */
const TAIL = 0.05;

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

/** How column generation ended: the node is settled, its LP solved, or the work cap reached. */
type Outcome = 'pruned' | 'converged' | 'tailing' | 'capped';

interface Priced {
  readonly bound: number;
  readonly column: number;
}

/** Evaluates L(λ) at the current node; the workspace keeps the assignment and its potentials. */
function price(ctx: SearchContext, lambda: Float64Array): Priced {
  const { model, ws } = ctx;
  const constant = setMultipliers(ctx, lambda);
  const minCost = reoptimizeOverCore(ctx, ctx.cost, ctx.alive, ctx.dummyCost, ws);
  ctx.stats.iterations++;
  const arcs: number[] = [];
  for (let r = 0; r < model.rows; r++) if (ws.rowArc[r]! >= 0) arcs.push(ws.rowArc[r]!);
  arcs.sort((x, y) => x - y);
  return { bound: constant - minCost, column: columnOf(ctx, Int32Array.from(arcs)) };
}

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
  /** The incumbent value that settles the node, given its bound (branch-and-bound.ts goalOf). */
  readonly goal: (bound: number) => number;
  readonly root: boolean;
  /** Whether the restricted-master heuristic runs at the next check: it did not fail last time. */
  restrictedPays: boolean;
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
  goal: (bound: number) => number,
): NodeResult {
  restore(ctx, warm);
  const root = warm === null;
  const lambda = root ? startingLambda(ctx) : Float64Array.from(warm.lambda);
  const priced = price(ctx, lambda);
  const shot = snapshot(ctx, lambda, null);
  const run: Run = { ctx, goal, root, restrictedPays: true, master: emptyMaster(ctx), ids: [], priced, best: priced.bound, shot, fixed: [] };
  run.ids.push(columnOf(ctx, new Int32Array(0)));
  for (const id of seedColumns) addColumn(run, id);
  addColumn(run, priced.column);
  addColumn(run, consider(ctx, priced.column, true));

  let outcome = warmUp(run, lambda, root && ctx.rootLambda === null ? ROOT_WARMUP : NODE_WARMUP);
  if (outcome === 'converged') outcome = generate(run, !root);
  if (outcome !== 'pruned') lpHeuristics(run, outcome === 'converged');
  if (settled(run)) return done(run, 'pruned', null);
  if (outcome === 'capped') return done(run, 'open', null);
  let branch = fractionalBranch(ctx, run.master, run.ids);
  if (branch === null && outcome === 'tailing') {
    // Integral but not known optimal: only a solved LP makes the node an assignment.
    outcome = generate(run, false);
    if (settled(run)) return done(run, 'pruned', null);
    if (outcome === 'capped') return done(run, 'open', null);
    branch = fractionalBranch(ctx, run.master, run.ids);
  }
  if (branch !== null) return done(run, 'branch', branch);
  solveRestricted(ctx, run.master, run.ids);
  return done(run, 'solved', null);
}

/** λ at the root: 0, or the given multipliers on this search's grid. */
function startingLambda(ctx: SearchContext): Float64Array {
  const lambda = new Float64Array(ctx.model.limitCount);
  if (ctx.rootLambda !== null) for (let l = 0; l < lambda.length; l++) lambda[l] = quantize(ctx, l, ctx.rootLambda[l]!);
  return lambda;
}

/**
 * Whether the master's value z_M proves the node's LP solved for bounding: z_M ≤ LP ≤ best, so
 * once best meets z_M, or once ⌊best⌋ ≤ z_M (the optimum is an integer, so no λ can lower the
 * integer bound further). Both with a margin for the master's rounding.
 */
function lpSolved(best: number, masterValue: number): boolean {
  const margin = 1e-9 * Math.max(1, Math.abs(best));
  return best - masterValue <= margin || integerBound(best) <= masterValue - margin;
}

/**
 * Early branching: the LP value is at least the master's, so once the master's value alone
 * keeps the incumbent from settling the node, more rounds can only refine its bound, and do so
 * ever more slowly (tailing off). Stop when the bound is within a small share of its distance to
 * the incumbent from the master's value, and branch.
 */
function tailingOff(run: Run, masterValue: number): boolean {
  const margin = 1e-9 * Math.max(1, Math.abs(run.best));
  const lower = integerBound(masterValue - margin);
  if (run.ctx.incumbent.value >= run.goal(lower)) return false;
  return run.best - masterValue <= TAIL * (run.best - run.ctx.incumbent.value);
}

/** Whether the incumbent settles the node: it cannot be beaten here by more than the gap tolerance. */
const settled = (run: Run): boolean => run.ctx.incumbent.value >= run.goal(integerBound(run.best));

/**
 * LP-guided heuristics (lp-heuristics.ts) on the master's current solution, cheapest first,
 * until the node is settled: rounding; at the root, the restricted master over the LP's support,
 * and once the LP is solved, over all of the master's columns.
 */
function lpHeuristics(run: Run, converged: boolean): void {
  const { ctx } = run;
  addColumn(run, roundAndOffer(ctx, run.master, run.ids));
  if (!run.root || settled(run)) return;
  const target = run.goal(integerBound(run.best));
  if (converged || run.restrictedPays) {
    const before = ctx.incumbent.value;
    offerColumn(run, solveOverColumns(ctx, run.ids, supportOf(run.master), target, run.shot.lambda));
    run.restrictedPays = ctx.incumbent.value > before;
  }
  if (!converged || settled(run)) return;
  offerColumn(run, solveOverColumns(ctx, run.ids, run.ids.keys(), target, run.shot.lambda));
}

/** Adds a heuristic's matching to the master when all its arcs are live here. */
function offerColumn(run: Run, id: number): void {
  if (id >= 0 && run.ctx.pool[id]!.arcs.every((a) => run.ctx.alive[a] === 1)) addColumn(run, id);
}

function emptyMaster(ctx: SearchContext): Master {
  const empty = ctx.pool[columnOf(ctx, new Int32Array(0))]!;
  return createMaster(ctx.model.limitBound, { value: nodeValue(ctx, empty), counts: empty.counts });
}

function addColumn(run: Run, id: number): void {
  if (run.ids.includes(id)) return;
  run.ids.push(id);
  const column = run.ctx.pool[id]!;
  addToMaster(run.master, { value: nodeValue(run.ctx, column), counts: column.counts });
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
 */
function warmUp(run: Run, lambda: Float64Array, rounds: number): Outcome {
  const { ctx } = run;
  const { model } = ctx;
  const step = Float64Array.from(lambda);
  let theta = 1;
  let stalled = 0;
  for (let round = 0; round < rounds; round++) {
    if (settled(run)) return 'pruned';
    if (ctx.stats.iterations >= ctx.maxIterations) return 'capped';
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
    addColumn(run, consider(ctx, run.priced.column, round % REPAIR_EVERY === REPAIR_EVERY - 1));
    if (improved) stalled = 0;
    else if (++stalled >= 3) {
      theta /= 2;
      stalled = 0;
    }
  }
  return settled(run) ? 'pruned' : 'converged';
}

/**
 * Column generation with Wentges smoothing: price at α·(best λ) + (1 − α)·(master's λ); a
 * column that does not improve the master there is a mis-price, and the master's own λ is
 * priced next. Converged when that prices nothing new or the bound meets the master's value.
 */
function generate(run: Run, mayBranchEarly: boolean): Outcome {
  const { ctx } = run;
  const { model } = ctx;
  const query = new Float64Array(model.limitCount);
  const fromMaster = new Float64Array(model.limitCount);
  const towardMaster = new Float64Array(model.limitCount);
  let smoothing = SMOOTHING;
  let alpha = SMOOTHING;
  for (let round = 0; round < MAX_ROUNDS; round++) {
    if (settled(run)) return 'pruned';
    if (ctx.stats.iterations >= ctx.maxIterations) return 'capped';
    if (round % FIX_EVERY === 0) fixByReducedCost(run);
    const masterValue = solveMaster(run.master);
    if (round % HEURISTICS_EVERY === HEURISTICS_EVERY - 1) {
      lpHeuristics(run, false);
      if (settled(run)) return 'pruned';
    }
    if (lpSolved(run.best, masterValue)) return 'converged';
    if (mayBranchEarly && tailingOff(run, masterValue)) return 'tailing';
    for (let l = 0; l < model.limitCount; l++) {
      fromMaster[l] = quantize(ctx, l, run.master.dual[l]!);
      query[l] = quantize(ctx, l, smoothing * run.shot.lambda[l]! + (1 - smoothing) * run.master.dual[l]!);
      towardMaster[l] = fromMaster[l]! - run.shot.lambda[l]!;
    }
    evaluate(run, query);
    addColumn(run, consider(ctx, run.priced.column, round % REPAIR_EVERY === REPAIR_EVERY - 1));
    const column = ctx.pool[run.priced.column]!;
    alpha = adaptSmoothing(ctx, alpha, column.counts, towardMaster);
    const value = nodeValue(ctx, column);
    if (reducedValue(run.master, { value, counts: column.counts }) > 1e-9 * Math.max(1, Math.abs(value))) {
      addColumn(run, run.priced.column);
      smoothing = alpha;
    } else if (smoothing > 0 && !sameVector(query, fromMaster)) {
      smoothing = 0; // mis-price: ask the master's own λ next
    } else {
      return 'converged';
    }
  }
  return 'capped';
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
  if (!isWithinLimits(ctx, column)) {
    return repair ? repairAndOffer(ctx) : id;
  }
  offerIncumbent(ctx, column.arcs, column.value);
  return id;
}

/**
 * Automatic smoothing (Pessoa, Sadykov, Uchoa and Vanderbeck 2018): the priced matching's counts
 * give the subgradient g = limit − count of L at the query point. If L rises from there towards
 * the master's λ (g · (λ_master − λ_best) > 0) the query went too far: smooth more; otherwise
 * less.
 */
function adaptSmoothing(ctx: SearchContext, alpha: number, counts: Float64Array, towardMaster: Float64Array): number {
  const { model } = ctx;
  let slope = 0;
  for (let l = 0; l < model.limitCount; l++) slope += (model.limitBound[l]! - counts[l]!) * towardMaster[l]!;
  return slope > 0 ? alpha + SMOOTHING_STEP * (1 - alpha) : Math.max(0, alpha - SMOOTHING_STEP);
}

function sameVector(a: Float64Array, b: Float64Array): boolean {
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) return false;
  return true;
}



