import { compactLive, type SearchContext } from './context.js';
import { evaluateNode, type Snapshot } from './lagrangian.js';
import type { Branch } from './lp-solution.js';

/**
 * Best-first branch-and-bound. A node decides, for one row r and limit l, whether r takes an arc
 * of l ("take": r keeps only those arcs and must be assigned) or not (r loses them); its bound
 * comes from the Lagrangian dual at the node (lagrangian.ts). Once every such choice is integral
 * in the LP the node is an assignment and is solved exactly, so the tree is finite. Nodes whose
 * integer bound does not beat the incumbent are pruned, and nodes the incumbent comes within the
 * gap tolerance of are set aside (their bounds still count); the search ends when none is left,
 * or after maxNodes nodes or ctx.maxIterations pricing rounds (the bound and gap are then
 * reported as they stand).
 */

interface TreeNode {
  readonly parent: TreeNode | null;
  /** The decision this node adds (null at the root). */
  readonly branch: Branch | null;
  readonly take: boolean;
  /** The parent's integer bound: no solution in this subtree is better. */
  readonly bound: number;
  readonly depth: number;
  readonly sequence: number;
  /** The parent's assignment at its best multipliers (null at the root). */
  readonly warm: Snapshot | null;
  readonly columns: readonly number[];
  /** Arcs excluded from this node's subtree by reduced-cost fixing, set when it is evaluated. */
  fixedOut: readonly number[];
}

export interface SearchOptions {
  readonly gapTolerance: number;
  readonly maxNodes: number;
  /** Stop once the incumbent is worth this much (the restricted-master heuristic's sub-searches). */
  readonly target?: number;
}

/**
 * The incumbent value that settles a node with integer bound b: within the gap tolerance of b
 * (bound − value ≤ tolerance · max(1, bound), the reported gap), or the target.
 */
export function goalOf(options: SearchOptions): (bound: number) => number {
  const target = options.target ?? Infinity;
  const tolerance = options.gapTolerance;
  return (bound) => {
    if (bound === Infinity) return target;
    const scale = Math.max(1, bound);
    let value = Math.ceil(bound - tolerance * scale);
    while ((bound - value) / scale > tolerance) value++;
    return Math.min(target, value);
  };
}

/**
 * Reduced-cost fixing at the root often removes most arcs for good. When less than this share is
 * left, the search stops after the root and asks to go on over the remaining arcs (solve.ts).
 */
const RESTART_BELOW = 0.5;

export interface SearchOutcome {
  /** Proven upper bound on every solution (= the incumbent when optimal). */
  readonly bound: number;
  /** Set when the search stopped after its root to go on over ctx.baseAlive: the root's best λ. */
  readonly restartWith: Float64Array | null;
}

/** Runs the search from the root; see the file's comment. */
export function branchAndBound(ctx: SearchContext, options: SearchOptions): SearchOutcome {
  const incumbent = ctx.incumbent;
  const goal = goalOf(options);
  let unexplored = -Infinity;
  let sequence = 0;
  const open: TreeNode[] = [];
  push(open, {
    parent: null,
    branch: null,
    take: false,
    bound: Infinity,
    depth: 0,
    sequence: sequence++,
    warm: null,
    columns: [],
    fixedOut: [],
  });
  while (open.length > 0) {
    const node = pop(open);
    if (node.bound <= incumbent.value) continue;
    if (incumbent.value >= goal(node.bound) || ctx.stats.nodes >= options.maxNodes || ctx.stats.iterations >= ctx.maxIterations) {
      unexplored = Math.max(unexplored, node.bound);
      continue;
    }
    ctx.stats.nodes++;
    setUpNode(ctx, node);
    const result = evaluateNode(ctx, node.warm, compatibleColumns(ctx, node.columns), goal);
    if (node.parent === null) {
      for (const a of result.fixedOut) ctx.baseAlive[a] = 0;
      if (result.status === 'branch' && ctx.stats.nodes < options.maxNodes && share(ctx.baseAlive) < RESTART_BELOW) {
        return { bound: Math.max(incumbent.value, result.bound), restartWith: result.state.lambda };
      }
    } else {
      node.fixedOut = result.fixedOut;
    }
    if (result.status === 'pruned' || result.status === 'open') {
      if (result.bound > incumbent.value) unexplored = Math.max(unexplored, result.bound);
      continue;
    }
    if (result.status === 'solved') continue;
    for (const take of [true, false]) {
      push(open, {
        parent: node,
        branch: result.branch,
        take,
        bound: result.bound,
        depth: node.depth + 1,
        sequence: sequence++,
        warm: result.state,
        columns: result.columns,
        fixedOut: [],
      });
    }
  }
  return { bound: Math.max(incumbent.value, unexplored), restartWith: null };
}

function share(mask: Uint8Array): number {
  let count = 0;
  for (const x of mask) count += x;
  return count / Math.max(1, mask.length);
}

/** Sets ctx.alive, ctx.mustAssign and ctx.dummyCost for a node. */
function setUpNode(ctx: SearchContext, node: TreeNode): void {
  const { model, alive } = ctx;
  alive.set(ctx.baseAlive);
  ctx.mustAssign.fill(0);
  ctx.dummyCost.fill(0);
  for (let n: TreeNode | null = node; n !== null; n = n.parent) {
    for (const a of n.fixedOut) alive[a] = 0;
    if (n.branch === null) continue;
    const { row: r, limit: l } = n.branch;
    for (let a = model.start[r]!; a < model.start[r + 1]!; a++) {
      let inLimit = false;
      for (let k = model.arcLimitStart[a]!; k < model.arcLimitStart[a + 1]!; k++) if (model.arcLimits[k] === l) inLimit = true;
      if (inLimit !== n.take) alive[a] = 0;
    }
    if (n.take) {
      ctx.mustAssign[r] = 1;
      ctx.dummyCost[r] = ctx.penalty;
    }
  }
  compactLive(ctx);
}

/** The parent's columns that are matchings of this node: only live arcs. */
function compatibleColumns(ctx: SearchContext, ids: readonly number[]): number[] {
  return ids.filter((id) => ctx.pool[id]!.arcs.every((a) => ctx.alive[a] === 1));
}

/** Highest bound first; among equals the deeper node, then "take", then the older one. */
function before(a: TreeNode, b: TreeNode): boolean {
  if (a.bound !== b.bound) return a.bound > b.bound;
  if (a.depth !== b.depth) return a.depth > b.depth;
  if (a.take !== b.take) return a.take;
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
