import type { SearchContext } from './context.js';
import { evaluateNode } from './lagrangian.js';

/**
 * Best-first branch-and-bound over arcs: a node forces one arc in or out; its bound comes from
 * the Lagrangian dual at the node (lagrangian.ts). Nodes whose integer bound does not beat the
 * incumbent are pruned; the search ends when none is left (optimal) or after maxNodes nodes.
 */

interface TreeNode {
  readonly parent: TreeNode | null;
  /** The branching arc (-1 at the root) and its direction. */
  readonly arc: number;
  readonly forceIn: boolean;
  /** The parent's integer bound: no solution in this subtree is better. */
  readonly bound: number;
  readonly depth: number;
  readonly sequence: number;
  readonly lambda: Float64Array;
  readonly columns: readonly number[];
  /** Arcs excluded from this node's subtree by reduced-cost fixing, set when it is evaluated. */
  fixedOut: readonly number[];
}

export interface SearchOptions {
  readonly gapTolerance: number;
  readonly maxNodes: number;
}

/** Runs the search; returns the best proven upper bound (= the incumbent when optimal). */
export function branchAndBound(ctx: SearchContext, options: SearchOptions): number {
  const incumbent = ctx.incumbent;
  const withinGap = (bound: number): boolean =>
    bound <= incumbent.value || (bound - incumbent.value) / Math.max(1, bound) <= options.gapTolerance;
  let unexplored = -Infinity;
  let sequence = 0;
  const open: TreeNode[] = [];
  push(open, {
    parent: null,
    arc: -1,
    forceIn: false,
    bound: Infinity,
    depth: 0,
    sequence: sequence++,
    lambda: new Float64Array(ctx.model.limitCount),
    columns: [],
    fixedOut: [],
  });
  while (open.length > 0) {
    const node = pop(open);
    if (node.bound <= incumbent.value) continue;
    if (withinGap(node.bound) || ctx.stats.nodes >= options.maxNodes) {
      unexplored = Math.max(unexplored, node.bound);
      continue;
    }
    ctx.stats.nodes++;
    if (!setUpNode(ctx, node)) continue;
    const result = evaluateNode(ctx, node.lambda, compatibleColumns(ctx, node.columns), withinGap);
    console.log('DEBUG node', ctx.stats.nodes, node.depth, node.bound, result.status, result.bound, incumbent.value, ctx.stats.iterations, result.fixedOut.length, (performance.now()/1000).toFixed(1));
    if (node.parent === null) {
      for (const a of result.fixedOut) ctx.baseAlive[a] = 0;
    } else {
      node.fixedOut = result.fixedOut;
    }
    if (result.status === 'pruned' || result.status === 'open') {
      if (result.bound > incumbent.value) unexplored = Math.max(unexplored, result.bound);
      continue;
    }
    if (result.status === 'solved') continue;
    for (const forceIn of [true, false]) {
      push(open, {
        parent: node,
        arc: result.branchArc,
        forceIn,
        bound: result.bound,
        depth: node.depth + 1,
        sequence: sequence++,
        lambda: result.lambda,
        columns: result.columns,
        fixedOut: [],
      });
    }
  }
  return Math.max(incumbent.value, unexplored);
}

/**
 * Sets ctx.alive, ctx.rowActive and ctx.forced for a node. Returns false when the node is
 * empty: a forced arc was excluded higher up, or the forced arcs alone break a limit.
 */
function setUpNode(ctx: SearchContext, node: TreeNode): boolean {
  const { model, alive, rowActive } = ctx;
  alive.set(ctx.baseAlive);
  rowActive.fill(1);
  const forced: number[] = [];
  for (let n: TreeNode | null = node; n !== null; n = n.parent) {
    for (const a of n.fixedOut) alive[a] = 0;
    if (n.arc < 0) continue;
    if (n.forceIn) forced.push(n.arc);
    else alive[n.arc] = 0;
  }
  ctx.forced = forced;
  const counts = new Int32Array(model.limitCount);
  for (const a of forced) {
    if (alive[a] === 0) return false;
    for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) {
      const l = model.arcLimits[k]!;
      if (++counts[l]! > model.limitBound[l]!) return false;
    }
  }
  for (const a of forced) {
    const r = model.row[a]!;
    const j = model.col[a]!;
    rowActive[r] = 0;
    for (let b = model.start[r]!; b < model.start[r + 1]!; b++) alive[b] = 0;
    for (let k = model.colStart[j]!; k < model.colStart[j + 1]!; k++) alive[model.colArcs[k]!] = 0;
  }
  for (const a of forced) alive[a] = 1;
  return true;
}

/** The parent's columns that are matchings of this node: only live arcs, every forced arc. */
function compatibleColumns(ctx: SearchContext, ids: readonly number[]): number[] {
  return ids.filter((id) => {
    const arcs = ctx.pool[id]!.arcs;
    for (const a of arcs) if (ctx.alive[a] === 0) return false;
    for (const a of ctx.forced) if (!includes(arcs, a)) return false;
    return true;
  });
}

function includes(sorted: Int32Array, x: number): boolean {
  let lo = 0;
  let hi = sorted.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const y = sorted[mid]!;
    if (y === x) return true;
    if (y < x) lo = mid + 1;
    else hi = mid - 1;
  }
  return false;
}

/** Highest bound first; among equals the deeper node, then forced-in, then the older one. */
function before(a: TreeNode, b: TreeNode): boolean {
  if (a.bound !== b.bound) return a.bound > b.bound;
  if (a.depth !== b.depth) return a.depth > b.depth;
  if (a.forceIn !== b.forceIn) return a.forceIn;
  return a.sequence < b.sequence;
}

function push(heap: TreeNode[], node: TreeNode): void {
  heap.push(node);
  let i = heap.length - 1;
  while (i > 0) {
    const p = (i - 1) >> 1;
    if (!before(heap[i]!, heap[p]!)) break;
    [heap[i], heap[p]] = [heap[p]!, heap[i]!];
    i = p;
  }
}

function pop(heap: TreeNode[]): TreeNode {
  const top = heap[0]!;
  const last = heap.pop()!;
  if (heap.length > 0) {
    heap[0] = last;
    let i = 0;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && before(heap[l]!, heap[m]!)) m = l;
      if (r < heap.length && before(heap[r]!, heap[m]!)) m = r;
      if (m === i) break;
      [heap[i], heap[m]] = [heap[m]!, heap[i]!];
      i = m;
    }
  }
  return top;
}
