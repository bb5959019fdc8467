import type { AllocationProblem } from './problem.js';

/**
 * The problem in the solver's own terms: "rows" are the smaller side (vacancies unless there are
 * fewer households), "arcs" are the edges that can matter, sorted by row then column, and only
 * limits that can bind are kept. Everything is typed arrays in compressed sparse form.
 */
export interface Model {
  readonly rows: number;
  readonly cols: number;
  readonly rowsAreVacancies: boolean;
  readonly arcCount: number;
  /** Arcs of row r: start[r] … start[r + 1] − 1. */
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly row: Int32Array;
  /** Index into problem.edges. */
  readonly edge: Int32Array;
  readonly weight: Float64Array;
  readonly maxWeight: number;
  /** Arcs of column j: colArcs[colStart[j] … colStart[j + 1] − 1]. */
  readonly colStart: Int32Array;
  readonly colArcs: Int32Array;
  readonly limitCount: number;
  readonly limitBound: Int32Array;
  /** Index into problem.limits. */
  readonly limitSource: Int32Array;
  readonly limitStart: Int32Array;
  readonly limitArcs: Int32Array;
  readonly arcLimitStart: Int32Array;
  readonly arcLimits: Int32Array;
}

/**
 * Builds the model; throws a RangeError on a duplicate household–vacancy pair. Expects a
 * validated problem (validate.ts).
 *
 * Reductions, each preserving the optimum:
 * - edges in a limit of 0 are removed;
 * - a limit that can never bind (limit ≥ its edges, or ≥ the distinct households or vacancies
 *   they touch) is dropped;
 * - of a row's arcs that belong to exactly the same limits, only the `rows` heaviest are kept:
 *   the other rows hold at most rows − 1 of them, so an optimum using a lighter one can swap it
 *   for a free heavier one in the same limits without losing weight or breaking a limit.
 */
export function compileProblem(problem: AllocationProblem): Model {
  const { edges, limits } = problem;
  const edgeCount = edges.length;
  const rowsAreVacancies = problem.vacancies <= problem.households;
  const rows = rowsAreVacancies ? problem.vacancies : problem.households;
  const cols = rowsAreVacancies ? problem.households : problem.vacancies;
  const rowOf = new Int32Array(edgeCount);
  const colOf = new Int32Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const { household, vacancy } = edges[e]!;
    rowOf[e] = rowsAreVacancies ? vacancy : household;
    colOf[e] = rowsAreVacancies ? household : vacancy;
  }
  const order = sortByRowThenCol(rowOf, colOf, rows, cols);
  for (let k = 1; k < edgeCount; k++) {
    const a = order[k - 1]!;
    const b = order[k]!;
    if (rowOf[a] === rowOf[b] && colOf[a] === colOf[b]) {
      const { household, vacancy } = edges[b]!;
      throw new RangeError(`edges ${Math.min(a, b)} and ${Math.max(a, b)} both join household ${household} and vacancy ${vacancy}`);
    }
  }

  const dead = new Uint8Array(edgeCount);
  for (const limit of limits) if (limit.limit === 0) for (const e of limit.edges) dead[e] = 1;
  const kept = keptLimits(problem, rowOf, colOf, rows, cols, dead);
  const signature = edgeSignatures(problem, kept, dead);
  reduceBySignature(order, rowOf, signature, edges, rows, dead);

  let arcCount = 0;
  for (let e = 0; e < edgeCount; e++) if (dead[e] === 0) arcCount++;
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(arcCount);
  const row = new Int32Array(arcCount);
  const edge = new Int32Array(arcCount);
  const weight = new Float64Array(arcCount);
  let maxWeight = 0;
  let a = 0;
  for (const e of order) {
    if (dead[e] === 1) continue;
    row[a] = rowOf[e]!;
    col[a] = colOf[e]!;
    edge[a] = e;
    weight[a] = edges[e]!.weight;
    if (weight[a]! > maxWeight) maxWeight = weight[a]!;
    start[rowOf[e]! + 1]!++;
    a++;
  }
  for (let r = 0; r < rows; r++) start[r + 1]! += start[r]!;

  const arcOfEdge = new Int32Array(edgeCount).fill(-1);
  for (let k = 0; k < arcCount; k++) arcOfEdge[edge[k]!] = k;
  const limitCount = kept.length;
  const limitBound = new Int32Array(limitCount);
  const limitSource = new Int32Array(limitCount);
  const limitStart = new Int32Array(limitCount + 1);
  const limitLists: number[] = [];
  kept.forEach((source, l) => {
    limitBound[l] = limits[source]!.limit;
    limitSource[l] = source;
    const arcs = limits[source]!.edges.map((e) => arcOfEdge[e]!).filter((k) => k >= 0);
    arcs.sort((x, y) => x - y);
    for (const k of arcs) limitLists.push(k);
    limitStart[l + 1] = limitLists.length;
  });
  const limitArcs = Int32Array.from(limitLists);
  const [arcLimitStart, arcLimits] = transpose(limitStart, limitArcs, arcCount, 'group');
  const [colStart, colArcs] = transpose(start, col, cols, 'position');
  return {
    rows,
    cols,
    rowsAreVacancies,
    arcCount,
    start,
    col,
    row,
    edge,
    weight,
    maxWeight,
    colStart,
    colArcs,
    limitCount,
    limitBound,
    limitSource,
    limitStart,
    limitArcs,
    arcLimitStart,
    arcLimits,
  };
}

/** Edge indices sorted by (row, col): a counting sort by column, then a stable one by row. */
function sortByRowThenCol(rowOf: Int32Array, colOf: Int32Array, rows: number, cols: number): Int32Array {
  const n = rowOf.length;
  const byCol = countingSort(Int32Array.from({ length: n }, (_, i) => i), colOf, cols);
  return countingSort(byCol, rowOf, rows);
}

function countingSort(items: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const count = new Int32Array(buckets + 1);
  for (const i of items) count[key[i]! + 1]!++;
  for (let b = 0; b < buckets; b++) count[b + 1]! += count[b]!;
  const out = new Int32Array(items.length);
  for (const i of items) out[count[key[i]!]!++] = i;
  return out;
}

/**
 * Inverts CSR lists (groups → entries in 0 … size − 1) into, for each entry value, the groups
 * that list it (emit 'group') or the positions where it occurs (emit 'position').
 */
function transpose(start: Int32Array, entries: Int32Array, size: number, emit: 'group' | 'position'): [Int32Array, Int32Array] {
  const outStart = new Int32Array(size + 1);
  for (const x of entries) outStart[x + 1]!++;
  for (let i = 0; i < size; i++) outStart[i + 1]! += outStart[i]!;
  const fill = outStart.slice(0, size);
  const out = new Int32Array(entries.length);
  const groups = start.length - 1;
  for (let g = 0; g < groups; g++) {
    for (let k = start[g]!; k < start[g + 1]!; k++) out[fill[entries[k]!]!++] = emit === 'group' ? g : k;
  }
  return [outStart, out];
}

/** Original indices of the limits that can bind once dead edges are gone. */
function keptLimits(problem: AllocationProblem, rowOf: Int32Array, colOf: Int32Array, rows: number, cols: number, dead: Uint8Array): number[] {
  const rowSeen = new Int32Array(rows).fill(-1);
  const colSeen = new Int32Array(cols).fill(-1);
  const kept: number[] = [];
  problem.limits.forEach((limit, l) => {
    if (limit.limit === 0) return;
    let count = 0;
    let distinctRows = 0;
    let distinctCols = 0;
    for (const e of limit.edges) {
      if (dead[e] === 1) continue;
      count++;
      if (rowSeen[rowOf[e]!] !== l) {
        rowSeen[rowOf[e]!] = l;
        distinctRows++;
      }
      if (colSeen[colOf[e]!] !== l) {
        colSeen[colOf[e]!] = l;
        distinctCols++;
      }
    }
    if (limit.limit < Math.min(count, distinctRows, distinctCols)) kept.push(l);
  });
  return kept;
}

/** 0 for an edge in no kept limit; otherwise an id shared by edges in exactly the same kept limits. */
function edgeSignatures(problem: AllocationProblem, kept: readonly number[], dead: Uint8Array): Int32Array {
  const edgeCount = problem.edges.length;
  const member: number[][] = [];
  kept.forEach((source, l) => {
    for (const e of problem.limits[source]!.edges) {
      if (dead[e] === 1) continue;
      (member[e] ??= []).push(l);
    }
  });
  const signature = new Int32Array(edgeCount);
  const ids = new Map<string, number>();
  for (let e = 0; e < edgeCount; e++) {
    const list = member[e];
    if (list === undefined) continue;
    const key = list.join(',');
    let id = ids.get(key);
    if (id === undefined) {
      id = ids.size + 1;
      ids.set(key, id);
    }
    signature[e] = id;
  }
  return signature;
}

/** Marks dead all but the `rows` heaviest live edges of each row within each signature. */
function reduceBySignature(
  order: Int32Array,
  rowOf: Int32Array,
  signature: Int32Array,
  edges: AllocationProblem['edges'],
  rows: number,
  dead: Uint8Array,
): void {
  let k = 0;
  const n = order.length;
  while (k < n) {
    const r = rowOf[order[k]!]!;
    let end = k;
    while (end < n && rowOf[order[end]!] === r) end++;
    let live = 0;
    for (let i = k; i < end; i++) if (dead[order[i]!] === 0) live++;
    if (live > rows) {
      const list: number[] = [];
      for (let i = k; i < end; i++) if (dead[order[i]!] === 0) list.push(order[i]!);
      // Within a signature: heaviest first, ties to the lower edge index.
      list.sort((x, y) => signature[x]! - signature[y]! || edges[y]!.weight - edges[x]!.weight || x - y);
      let run = 0;
      for (let i = 0; i < list.length; i++) {
        run = i > 0 && signature[list[i]!] === signature[list[i - 1]!] ? run + 1 : 0;
        if (run >= rows) dead[list[i]!] = 1;
      }
    }
    k = end;
  }
}
