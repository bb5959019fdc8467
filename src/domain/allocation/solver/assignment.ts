/**
 * Exact minimum-cost assignment on a sparse bipartite graph whose rows may stay unassigned:
 * successive shortest augmenting paths with column potentials (Jonker–Volgenant's augmentation
 * step), Dijkstra over typed arrays and no allocation per search.
 *
 * Every row r owns a private "dummy" column (index cols + r, cost 0 unless scope.dummyCost says
 * otherwise): a row assigned to its dummy is left unassigned. So the solver minimises Σ cost over assigned arcs, and a row takes an arc
 * only when its cost is negative enough to beat everything else — the maximum-weight matching
 * when cost = −weight. Rows are the smaller side; a search touches only the rows it needs.
 *
 * Invariants (the LP dual of the assignment): reduced cost c(r,j) − u(r) − v(j) ≥ 0 on every live
 * arc, = 0 on assigned arcs, v(j) ≤ 0, and v(j) = 0 on free columns. u(r) is implicit:
 * u(r) = cost of r's assigned arc − v(its column). With integer or dyadic costs every sum is exact.
 */

import { createColumnHeap, heapClear, heapDecrease, heapPop, type ColumnHeap } from './heap.js';

/**
 * Rows in compressed sparse form: the arcs of row r are list[start[r] … start[r + 1] − 1], a
 * permutation of the arc ids start[r] … start[r + 1] − 1 (so the live ones can be kept first).
 */
export interface AssignmentGraph {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
  readonly list: Int32Array;
  readonly col: Int32Array;
  /** The row of each arc. */
  readonly row: Int32Array;
}

/** Scratch and result arrays of one graph, reused across solves. */
export interface AssignmentWorkspace {
  /** Column potentials, real columns then one dummy per row. */
  readonly v: Float64Array;
  /** Per row: its assigned arc, or -1 when it is unassigned (on its dummy) or inactive. */
  readonly rowArc: Int32Array;
  /** Per row: the cost of its assigned arc (its dummy cost when unassigned). */
  readonly rowCost: Float64Array;
  readonly rowCol: Int32Array;
  readonly colRow: Int32Array;
  readonly dist: Float64Array;
  readonly pred: Int32Array;
  readonly state: Uint8Array;
  readonly heap: ColumnHeap;
  readonly done: Int32Array;
}

const UNSEEN = 0;
const SCANNED = 2;

export function createAssignmentWorkspace(graph: AssignmentGraph): AssignmentWorkspace {
  const n = graph.cols + graph.rows;
  return {
    v: new Float64Array(n),
    rowArc: new Int32Array(graph.rows),
    rowCost: new Float64Array(graph.rows),
    rowCol: new Int32Array(graph.rows),
    colRow: new Int32Array(n),
    dist: new Float64Array(n).fill(Infinity),
    pred: new Int32Array(n),
    state: new Uint8Array(n),
    heap: createColumnHeap(n),
    done: new Int32Array(n),
  };
}

/** Which part of the graph a solve sees. */
export interface AssignmentScope {
  /** alive[a] = 0 takes arc a out (null: all arcs). */
  readonly alive: Uint8Array | null;
  /** rowActive[r] = 0 takes row r out (null: all rows). */
  readonly rowActive: Uint8Array | null;
  /** Row r uses only list[start[r] … end[r] − 1] (null: all of its arcs). */
  readonly end: Int32Array | null;
  /** Cost of leaving row r unassigned (null: 0 for every row; a big cost forces assignment). */
  readonly dummyCost: Float64Array | null;
}

/**
 * Solves from scratch: every active row is assigned to an arc or left unassigned so that the
 * total cost of the assigned arcs in scope is minimal. Returns that cost; the assignment and
 * the potentials are left in the workspace.
 */
export function solveAssignment(graph: AssignmentGraph, cost: Float64Array, scope: AssignmentScope, ws: AssignmentWorkspace): number {
  const { rows } = graph;
  const { alive, rowActive } = scope;
  const end = scope.end ?? graph.start.subarray(1);
  const dummyCost = scope.dummyCost ?? new Float64Array(rows);
  ws.v.fill(0);
  ws.colRow.fill(-1);
  ws.rowArc.fill(-1);
  ws.rowCol.fill(-1);
  ws.rowCost.fill(0);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    if (rowActive !== null && rowActive[r] === 0) continue;
    augmentFrom(graph, cost, alive, end, dummyCost, ws, r);
  }
  for (let r = 0; r < rows; r++) if (ws.rowCol[r]! >= 0) total += ws.rowCost[r]!;
  return total;
}

/** One Dijkstra search from the free row s to the nearest free column, then augment. */
export function augmentFrom(
  graph: AssignmentGraph,
  cost: Float64Array,
  alive: Uint8Array | null,
  end: Int32Array,
  dummyCost: Float64Array,
  ws: AssignmentWorkspace,
  s: number,
): void {
  const { start, list, col, cols } = graph;
  const { v, dist, pred, state, heap, done, colRow, rowCol, rowArc, rowCost } = ws;
  let closed = 0;

  // The row's own arcs; the implicit u(s) is 0 here, which only shifts every label equally.
  for (let k = start[s]!, stop = end[s]!; k < stop; k++) {
    const a = list[k]!;
    if (alive !== null && alive[a] === 0) continue;
    const j = col[a]!;
    const nd = cost[a]! - v[j]!;
    if (nd < dist[j]!) {
      dist[j] = nd;
      pred[j] = a;
      heapDecrease(heap, dist, j);
    }
  }
  const own = cols + s;
  dist[own] = dummyCost[s]! - v[own]!;
  pred[own] = -1 - s;
  heapDecrease(heap, dist, own);

  let sink: number;
  for (;;) {
    // The open column with the smallest label, ties to the lower column index.
    const bestJ = heapPop(heap, dist);
    const bestD = dist[bestJ]!;
    state[bestJ] = SCANNED;
    done[closed++] = bestJ;
    const r = colRow[bestJ]!;
    if (r < 0) {
      sink = bestJ;
      break;
    }
    // Extend through r, which holds bestJ with zero reduced cost: u(r) = rowCost(r) − v(bestJ).
    const base = bestD - rowCost[r]! + v[bestJ]!;
    for (let k = start[r]!, stop = end[r]!; k < stop; k++) {
      const a = list[k]!;
      if (alive !== null && alive[a] === 0) continue;
      const j = col[a]!;
      if (state[j] === SCANNED) continue;
      const nd = base + cost[a]! - v[j]!;
      if (nd < dist[j]!) {
        dist[j] = nd;
        pred[j] = a;
        heapDecrease(heap, dist, j);
      }
    }
    const dummy = cols + r;
    if (state[dummy] !== SCANNED) {
      const nd = base + dummyCost[r]! - v[dummy]!;
      if (nd < dist[dummy]!) {
        dist[dummy] = nd;
        pred[dummy] = -1 - r;
        heapDecrease(heap, dist, dummy);
      }
    }
  }

  // Potentials: columns settled before the sink move by their slack to it (sink moves by 0).
  const total = dist[sink]!;
  for (let k = 0; k < closed; k++) {
    const j = done[k]!;
    v[j] = v[j]! + dist[j]! - total;
    dist[j] = Infinity;
    state[j] = UNSEEN;
  }
  heapClear(heap, (j) => {
    dist[j] = Infinity;
  });

  // Augment along the predecessor arcs back to s.
  let j = sink;
  for (;;) {
    const a = pred[j]!;
    const r = a >= 0 ? graph.row[a]! : -1 - a;
    const previous = rowCol[r]!;
    rowCol[r] = j;
    colRow[j] = r;
    if (a >= 0) {
      rowArc[r] = a;
      rowCost[r] = cost[a]!;
    } else {
      rowArc[r] = -1;
      rowCost[r] = dummyCost[r]!;
    }
    if (r === s) break;
    j = previous;
  }
}

/**
 * Reduced cost of arc a (of row r, column j) under the workspace's final potentials: how much
 * the optimal cost must rise if a were forced into the assignment. Valid for active rows.
 */
export function reducedCost(ws: AssignmentWorkspace, cost: Float64Array, a: number, r: number, j: number): number {
  const held = ws.rowCol[r]!;
  const u = ws.rowCost[r]! - ws.v[held]!;
  return cost[a]! - u - ws.v[j]!;
}

/**
 * Exact solve on a small core: row r first sees only its heaviest arcs (list[start[r] … end[r] − 1],
 * the list in arc order, arcs sorted heaviest first), then every arc outside the core is priced with the resulting
 * potentials; if any has a negative reduced cost, its row's core grows to include it and the
 * core is solved again. When none is negative the potentials are dual feasible for the whole
 * graph, so the assignment is optimal for it. `end` is updated in place and can be kept for the
 * next solve. Returns the minimal total cost.
 */
export function solveOnCore(
  graph: AssignmentGraph,
  cost: Float64Array,
  scope: AssignmentScope & { readonly end: Int32Array; readonly dummyCost: null },
  ws: AssignmentWorkspace,
): number {
  const { start, list, col, rows } = graph;
  const { alive, rowActive, end } = scope;
  for (;;) {
    const total = solveAssignment(graph, cost, scope, ws);
    let grown = false;
    for (let r = 0; r < rows; r++) {
      if (rowActive !== null && rowActive[r] === 0) continue;
      const u = ws.rowCost[r]! - ws.v[ws.rowCol[r]!]!;
      const stop = start[r + 1]!;
      let last = -1;
      for (let k = end[r]!; k < stop; k++) {
        const a = list[k]!;
        if (alive !== null && alive[a] === 0) continue;
        if (cost[a]! - u - ws.v[col[a]!]! < 0) last = k;
      }
      if (last >= 0) {
        // Grow past the violation, and at least double, so few rounds are needed.
        end[r] = Math.min(stop, Math.max(last + 1, start[r]! + 2 * (end[r]! - start[r]!)));
        grown = true;
      }
    }
    if (!grown) return total;
  }
}
