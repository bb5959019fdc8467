/**
 * Exact minimum-cost assignment on a sparse bipartite graph whose rows may stay unassigned:
 * successive shortest augmenting paths with column potentials (Jonker–Volgenant's augmentation
 * step), Dijkstra over typed arrays and no allocation per search.
 *
 * Every row r owns a private "dummy" column (index cols + r, cost 0): a row assigned to its dummy
 * is left unassigned. So the solver minimises Σ cost over assigned arcs, and a row takes an arc
 * only when its cost is negative enough to beat everything else — the maximum-weight matching
 * when cost = −weight. Rows are the smaller side; a search touches only the rows it needs.
 *
 * Invariants (the LP dual of the assignment): reduced cost c(r,j) − u(r) − v(j) ≥ 0 on every live
 * arc, = 0 on assigned arcs, v(j) ≤ 0, and v(j) = 0 on free columns. u(r) is implicit:
 * u(r) = cost of r's assigned arc − v(its column). With integer or dyadic costs every sum is exact.
 */

/** Rows in compressed sparse form; arcs of row r are start[r] … start[r + 1] − 1. */
export interface AssignmentGraph {
  readonly rows: number;
  readonly cols: number;
  readonly start: Int32Array;
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
  /** Per row: the cost of its assigned arc (0 on the dummy). */
  readonly rowCost: Float64Array;
  readonly rowCol: Int32Array;
  readonly colRow: Int32Array;
  readonly dist: Float64Array;
  readonly pred: Int32Array;
  readonly state: Uint8Array;
  readonly todo: Int32Array;
  readonly done: Int32Array;
}

const UNSEEN = 0;
const OPEN = 1;
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
    todo: new Int32Array(n),
    done: new Int32Array(n),
  };
}

/**
 * Solves from scratch: every active row is assigned to an arc or left unassigned so that the
 * total cost of the assigned arcs is minimal. Arcs with alive[a] = 0 and rows with
 * rowActive[r] = 0 take no part. Returns the minimal total cost; the assignment and the
 * potentials are left in the workspace.
 */
export function solveAssignment(
  graph: AssignmentGraph,
  cost: Float64Array,
  alive: Uint8Array | null,
  rowActive: Uint8Array | null,
  ws: AssignmentWorkspace,
): number {
  const { rows } = graph;
  ws.v.fill(0);
  ws.colRow.fill(-1);
  ws.rowArc.fill(-1);
  ws.rowCol.fill(-1);
  ws.rowCost.fill(0);
  let total = 0;
  for (let r = 0; r < rows; r++) {
    if (rowActive !== null && rowActive[r] === 0) continue;
    augmentFrom(graph, cost, alive, ws, r);
  }
  for (let r = 0; r < rows; r++) if (ws.rowArc[r]! >= 0) total += ws.rowCost[r]!;
  return total;
}

/** One Dijkstra search from the free row s to the nearest free column, then augment. */
function augmentFrom(graph: AssignmentGraph, cost: Float64Array, alive: Uint8Array | null, ws: AssignmentWorkspace, s: number): void {
  const { start, col, cols } = graph;
  const { v, dist, pred, state, todo, done, colRow, rowCol, rowArc, rowCost } = ws;
  let open = 0;
  let closed = 0;

  // The row's own arcs; the implicit u(s) is 0 here, which only shifts every label equally.
  for (let a = start[s]!, end = start[s + 1]!; a < end; a++) {
    if (alive !== null && alive[a] === 0) continue;
    const j = col[a]!;
    const nd = cost[a]! - v[j]!;
    if (nd < dist[j]!) {
      if (state[j] === UNSEEN) {
        state[j] = OPEN;
        todo[open++] = j;
      }
      dist[j] = nd;
      pred[j] = a;
    }
  }
  const own = cols + s;
  dist[own] = -v[own]!;
  pred[own] = -1 - s;
  state[own] = OPEN;
  todo[open++] = own;

  let sink = -1;
  for (;;) {
    // The open column with the smallest label, ties to the lower column index.
    let best = 0;
    let bestJ = todo[0]!;
    let bestD = dist[bestJ]!;
    for (let k = 1; k < open; k++) {
      const j = todo[k]!;
      const d = dist[j]!;
      if (d < bestD || (d === bestD && j < bestJ)) {
        best = k;
        bestJ = j;
        bestD = d;
      }
    }
    todo[best] = todo[--open]!;
    state[bestJ] = SCANNED;
    done[closed++] = bestJ;
    const r = colRow[bestJ]!;
    if (r < 0) {
      sink = bestJ;
      break;
    }
    // Extend through r, which holds bestJ with zero reduced cost: u(r) = rowCost(r) − v(bestJ).
    const base = bestD - rowCost[r]! + v[bestJ]!;
    for (let a = start[r]!, end = start[r + 1]!; a < end; a++) {
      if (alive !== null && alive[a] === 0) continue;
      const j = col[a]!;
      const st = state[j]!;
      if (st === SCANNED) continue;
      const nd = base + cost[a]! - v[j]!;
      if (nd < dist[j]!) {
        if (st === UNSEEN) {
          state[j] = OPEN;
          todo[open++] = j;
        }
        dist[j] = nd;
        pred[j] = a;
      }
    }
    const dummy = cols + r;
    const sd = state[dummy]!;
    if (sd !== SCANNED) {
      const nd = base - v[dummy]!;
      if (nd < dist[dummy]!) {
        if (sd === UNSEEN) {
          state[dummy] = OPEN;
          todo[open++] = dummy;
        }
        dist[dummy] = nd;
        pred[dummy] = -1 - r;
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
  for (let k = 0; k < open; k++) {
    const j = todo[k]!;
    dist[j] = Infinity;
    state[j] = UNSEEN;
  }

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
      rowCost[r] = 0;
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
