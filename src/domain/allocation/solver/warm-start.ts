import { augmentFrom, type AssignmentGraph, type AssignmentScope, type AssignmentWorkspace } from './assignment.js';
import { heapClear, heapDecrease, heapPeek, heapPop } from './heap.js';

/**
 * Re-optimises an assignment after its costs or its scope changed, starting from the matching
 * and potentials left in the workspace by an earlier solve (column generation changes a few
 * multipliers per round; a branch-and-bound child removes a few arcs). Exact, like a cold solve:
 *
 * 1. Rows whose arc left the scope, or that now have an arc of negative reduced cost, are
 *    unassigned; the others keep a dual-feasible, complementary arc.
 * 2. Each free row augments forward to the nearest free column (assignment.ts augmentFrom).
 * 3. A free column with a negative potential breaks complementary slackness (the duality gap is
 *    exactly the sum of those potentials). For each, a reverse Dijkstra over alternating paths
 *    raises its potential to 0 at the least cost, either in place or by shifting a chain of rows
 *    into it and freeing another column whose potential reaches 0 at the same time.
 *
 * scope.end must only cut off dead arcs (live lists, context.ts), not a core of live ones.
 *
 * Afterwards the reduced costs are ≥ 0 on every arc in scope, 0 on assigned arcs, and
 * potentials are ≤ 0 with free columns at 0: the assignment is optimal.
 */

/** Arcs of each column: colArcs[colStart[j] … colEnd[j] − 1] (the live ones first). */
export interface ColumnIndex {
  readonly colStart: Int32Array;
  readonly colEnd: Int32Array;
  readonly colArcs: Int32Array;
}

const UNSEEN = 0;
const SCANNED = 2;

/** Returns the minimal total cost; the workspace holds the new assignment and potentials. */
export function reoptimizeAssignment(
  graph: AssignmentGraph,
  cost: Float64Array,
  scope: AssignmentScope,
  columns: ColumnIndex,
  ws: AssignmentWorkspace,
): number {
  const { rows, cols, start, list, col } = graph;
  const { alive, rowActive } = scope;
  const end = scope.end ?? start.subarray(1);
  const dummyCost = scope.dummyCost ?? new Float64Array(rows);
  const { v, rowArc, rowCol, rowCost, colRow } = ws;
  colRow.fill(-1);
  for (let r = 0; r < rows; r++) if (rowCol[r]! >= 0) colRow[rowCol[r]!] = r;

  const free: number[] = [];
  for (let r = 0; r < rows; r++) {
    const held = rowCol[r]!;
    if (rowActive !== null && rowActive[r] === 0) {
      if (held >= 0) unassign(ws, r);
      v[cols + r] = 0;
      continue;
    }
    const a = rowArc[r]!;
    if (held < 0 || (a >= 0 && alive !== null && alive[a] === 0)) {
      if (held >= 0) unassign(ws, r);
      free.push(r);
      continue;
    }
    rowCost[r] = a >= 0 ? cost[a]! : dummyCost[r]!;
    const u = rowCost[r]! - v[held]!;
    let happy = dummyCost[r]! - u - v[cols + r]! >= 0;
    for (let k = start[r]!, stop = end[r]!; happy && k < stop; k++) {
      const b = list[k]!;
      if (alive !== null && alive[b] === 0) continue;
      if (cost[b]! - u - v[col[b]!]! < 0) happy = false;
    }
    if (!happy) {
      unassign(ws, r);
      free.push(r);
    }
  }
  for (const r of free) augmentFrom(graph, cost, alive, end, dummyCost, ws, r);
  for (let j = 0; j < cols + rows; j++) {
    if (colRow[j] === -1 && v[j]! < 0) raiseToZero(graph, cost, scope, dummyCost, columns, ws, j);
  }
  let total = 0;
  for (let r = 0; r < rows; r++) if (rowCol[r]! >= 0) total += rowCost[r]!;
  return total;
}

function unassign(ws: AssignmentWorkspace, r: number): void {
  ws.colRow[ws.rowCol[r]!] = -1;
  ws.rowCol[r] = -1;
  ws.rowArc[r] = -1;
}

/**
 * Reverse Dijkstra from the free column j0 with v(j0) < 0. Label d(x) of a column: the least
 * total reduced cost of an alternating path j0 ← r1 → x1 ← r2 → … → x (rows with an arc into the
 * previous column, then the column they hold). Raising the potentials of the settled columns by
 * δ − d(x) keeps every reduced cost ≥ 0; δ is the least of −v(j0) (j0 reaches 0 in place) and
 * d(x) − v(x) over settled columns x (x reaches 0: shift the path's rows and free x).
 */
function raiseToZero(
  graph: AssignmentGraph,
  cost: Float64Array,
  scope: AssignmentScope,
  dummyCost: Float64Array,
  columns: ColumnIndex,
  ws: AssignmentWorkspace,
  j0: number,
): void {
  const { cols, row, col } = graph;
  const { alive, rowActive } = scope;
  const { v, dist, pred, state, heap, done, colRow, rowCol, rowCost, rowArc } = ws;
  const { colStart, colEnd, colArcs } = columns;
  let closed = 0;
  let best = -v[j0]!;
  let bestX = j0;
  dist[j0] = 0;
  heapDecrease(heap, dist, j0);

  const reach = (x: number, nd: number, arc: number): void => {
    if (state[x] === SCANNED || nd >= dist[x]!) return;
    dist[x] = nd;
    pred[x] = arc;
    heapDecrease(heap, dist, x);
  };

  while (heap.size > 0) {
    const y = heapPeek(heap);
    const d = dist[y]!;
    if (d >= best) break;
    heapPop(heap, dist);
    state[y] = SCANNED;
    done[closed++] = y;
    if (y !== j0 && d - v[y]! < best) {
      best = d - v[y]!;
      bestX = y;
    }
    if (y >= cols) {
      // A dummy column: only its own row has an arc into it.
      const r = y - cols;
      const m = rowCol[r]!;
      if ((rowActive === null || rowActive[r] === 1) && m >= 0 && m !== y) {
        reach(m, d + dummyCost[r]! - (rowCost[r]! - v[m]!) - v[y]!, -1 - r);
      }
      continue;
    }
    for (let i = colStart[y]!, stop = colEnd[y]!; i < stop; i++) {
      const a = colArcs[i]!;
      if (alive !== null && alive[a] === 0) continue;
      const r = row[a]!;
      if (rowActive !== null && rowActive[r] === 0) continue;
      const m = rowCol[r]!;
      if (m < 0 || m === y) continue;
      reach(m, d + cost[a]! - (rowCost[r]! - v[m]!) - v[y]!, a);
    }
  }

  for (let i = 0; i < closed; i++) {
    const x = done[i]!;
    v[x] = v[x]! + best - dist[x]!;
    dist[x] = Infinity;
    state[x] = UNSEEN;
  }
  heapClear(heap, (j) => {
    dist[j] = Infinity;
  });
  if (bestX === j0) return;

  // Shift: the row holding bestX moves into the column it was reached from, and so on to j0.
  let x = bestX;
  colRow[x] = -1;
  for (;;) {
    const a = pred[x]!;
    const r = a >= 0 ? row[a]! : -1 - a;
    const y = a >= 0 ? col[a]! : cols + r;
    rowCol[r] = y;
    colRow[y] = r;
    rowArc[r] = a >= 0 ? a : -1;
    rowCost[r] = a >= 0 ? cost[a]! : dummyCost[r]!;
    if (y === j0) break;
    x = y;
  }
}
