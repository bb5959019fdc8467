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
  /** Arcs of row r: start[r] … start[r + 1] − 1, heaviest first (ties to the lower column). */
  readonly start: Int32Array;
  readonly col: Int32Array;
  readonly row: Int32Array;
  /** Index into problem.edges. */
  readonly edge: Int32Array;
  readonly weight: Float64Array;
  readonly maxWeight: number;
  readonly limitCount: number;
  readonly limitBound: Int32Array;
  /** Index into problem.limits. */
  readonly limitSource: Int32Array;
  readonly limitStart: Int32Array;
  readonly limitArcs: Int32Array;
  readonly arcLimitStart: Int32Array;
  readonly arcLimits: Int32Array;
}

/** −weight of every arc: the costs of a maximum-weight assignment. */
export function negatedWeights(model: Model): Float64Array {
  const cost = new Float64Array(model.arcCount);
  for (let a = 0; a < model.arcCount; a++) cost[a] = -model.weight[a]!;
  return cost;
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
  const weightOf = new Float64Array(edgeCount);
  for (let e = 0; e < edgeCount; e++) {
    const { household, vacancy, weight } = edges[e]!;
    rowOf[e] = rowsAreVacancies ? vacancy : household;
    colOf[e] = rowsAreVacancies ? household : vacancy;
    weightOf[e] = weight;
  }
  const byWeight = sortByRowThenWeight(rowOf, weightOf, rows);
  rejectDuplicates(byWeight, rowOf, colOf, cols, edges);

  const dead = new Uint8Array(edgeCount);
  for (const limit of limits) if (limit.limit === 0) for (const e of limit.edges) dead[e] = 1;
  const kept = keptLimits(problem, rowOf, colOf, rows, cols, dead);
  const signature = edgeSignatures(problem, kept, dead);
  if (longestRow(rowOf, rows) > rows) reduceBySignature(byWeight, rowOf, signature, rows, dead);

  let arcCount = 0;
  for (let e = 0; e < edgeCount; e++) if (dead[e] === 0) arcCount++;
  const start = new Int32Array(rows + 1);
  const col = new Int32Array(arcCount);
  const row = new Int32Array(arcCount);
  const edge = new Int32Array(arcCount);
  const weight = new Float64Array(arcCount);
  let maxWeight = 0;
  let a = 0;
  for (let k = 0; k < edgeCount; k++) {
    const e = byWeight[k]!;
    if (dead[e] === 1) continue;
    row[a] = rowOf[e]!;
    col[a] = colOf[e]!;
    edge[a] = e;
    weight[a] = weightOf[e]!;
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
  kept.forEach((source, l) => {
    limitBound[l] = limits[source]!.limit;
    limitSource[l] = source;
    let count = 0;
    for (const e of limits[source]!.edges) if (arcOfEdge[e]! >= 0) count++;
    limitStart[l + 1] = limitStart[l]! + count;
  });
  const limitArcs = new Int32Array(limitStart[limitCount]!);
  kept.forEach((source, l) => {
    let k = limitStart[l]!;
    for (const e of limits[source]!.edges) if (arcOfEdge[e]! >= 0) limitArcs[k++] = arcOfEdge[e]!;
    limitArcs.subarray(limitStart[l]!, k).sort();
  });
  const [arcLimitStart, arcLimits] = transpose(limitStart, limitArcs, arcCount, 'group');
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
    limitCount,
    limitBound,
    limitSource,
    limitStart,
    limitArcs,
    arcLimitStart,
    arcLimits,
  };
}

/**
 * Edge indices sorted by row, then heaviest first, then edge index: stable counting sorts on the
 * weight (one 16-bit digit per pass, as many passes as the weights need), then on the row.
 */
function sortByRowThenWeight(rowOf: Int32Array, weightOf: Float64Array, rows: number): Int32Array {
  const n = rowOf.length;
  let order: Int32Array = new Int32Array(n);
  let maxWeight = 0;
  for (let e = 0; e < n; e++) {
    order[e] = e;
    if (weightOf[e]! > maxWeight) maxWeight = weightOf[e]!;
  }
  const digit = new Int32Array(n);
  for (let scale = 1; scale <= maxWeight; scale *= 0x10000) {
    let top = 0;
    for (let e = 0; e < n; e++) {
      const d = Math.floor((maxWeight - weightOf[e]!) / scale) % 0x10000;
      digit[e] = d;
      if (d > top) top = d;
    }
    order = countingSort(order, digit, top + 1);
  }
  return countingSort(order, rowOf, rows);
}

/** Throws a RangeError on two edges joining the same pair; `order` groups edges by row. */
function rejectDuplicates(order: Int32Array, rowOf: Int32Array, colOf: Int32Array, cols: number, edges: AllocationProblem['edges']): void {
  const seenInRow = new Int32Array(cols).fill(-1);
  const seenEdge = new Int32Array(cols);
  for (let k = 0; k < order.length; k++) {
    const e = order[k]!;
    const r = rowOf[e]!;
    const c = colOf[e]!;
    if (seenInRow[c] === r) {
      const { household, vacancy } = edges[e]!;
      throw new RangeError(
        `edges ${Math.min(e, seenEdge[c]!)} and ${Math.max(e, seenEdge[c]!)} both join household ${household} and vacancy ${vacancy}`,
      );
    }
    seenInRow[c] = r;
    seenEdge[c] = e;
  }
}

function longestRow(rowOf: Int32Array, rows: number): number {
  const degree = new Int32Array(rows);
  let longest = 0;
  for (let e = 0; e < rowOf.length; e++) longest = Math.max(longest, ++degree[rowOf[e]!]!);
  return longest;
}

function countingSort(items: Int32Array, key: Int32Array, buckets: number): Int32Array {
  const n = items.length;
  const count = new Int32Array(buckets + 1);
  for (let k = 0; k < n; k++) count[key[items[k]!]! + 1]!++;
  for (let b = 0; b < buckets; b++) count[b + 1]! += count[b]!;
  const out = new Int32Array(n);
  for (let k = 0; k < n; k++) {
    const i = items[k]!;
    out[count[key[i]!]!++] = i;
  }
  return out;
}

/**
 * Inverts CSR lists (groups → entries in 0 … size − 1) into, for each entry value, the groups
 * that list it (emit 'group') or the positions where it occurs (emit 'position').
 */
export function transpose(start: Int32Array, entries: Int32Array, size: number, emit: 'group' | 'position'): [Int32Array, Int32Array] {
  const outStart = new Int32Array(size + 1);
  for (let k = 0; k < entries.length; k++) outStart[entries[k]! + 1]!++;
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

/**
 * 0 for an edge in no kept limit; otherwise an id shared by edges in exactly the same kept
 * limits: the ids form a trie over the limits in order (id, next limit) → id.
 */
function edgeSignatures(problem: AllocationProblem, kept: readonly number[], dead: Uint8Array): Int32Array {
  const signature = new Int32Array(problem.edges.length);
  const child = new Map<number, number>();
  const fanOut = kept.length + 1;
  kept.forEach((source, l) => {
    for (const e of problem.limits[source]!.edges) {
      if (dead[e] === 1) continue;
      const key = signature[e]! * fanOut + l;
      let id = child.get(key);
      if (id === undefined) {
        id = child.size + 1;
        child.set(key, id);
      }
      signature[e] = id;
    }
  });
  return signature;
}

/**
 * Marks dead all but the `rows` heaviest live edges of each row within each signature; `order`
 * is by row, then heaviest first.
 */
function reduceBySignature(order: Int32Array, rowOf: Int32Array, signature: Int32Array, rows: number, dead: Uint8Array): void {
  let signatures = 0;
  for (let e = 0; e < signature.length; e++) if (signature[e]! > signatures) signatures = signature[e]!;
  const seen = new Int32Array(signatures + 1);
  const stamp = new Int32Array(signatures + 1).fill(-1);
  for (let k = 0; k < order.length; k++) {
    const e = order[k]!;
    if (dead[e] === 1) continue;
    const r = rowOf[e]!;
    const sig = signature[e]!;
    if (stamp[sig] !== r) {
      stamp[sig] = r;
      seen[sig] = 0;
    }
    if (++seen[sig]! > rows) dead[e] = 1;
  }
}
