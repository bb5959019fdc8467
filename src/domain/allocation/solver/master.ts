/**
 * The restricted master LP of column generation (Dantzig–Wolfe over the assignment polytope):
 *
 *   maximise Σ_k value_k μ_k  subject to  Σ_k count_lk μ_k ≤ bound_l  (one row per limit),
 *                                         Σ_k μ_k = 1,  μ ≥ 0,
 *
 * where column k is a matching, value_k its weight and count_lk its edges in limit l. Its dual
 * prices on the limit rows are Lagrange multipliers λ ≥ 0. A dense revised simplex with an
 * explicit basis inverse: there are only a few dozen rows, so the whole LP costs far less than
 * one assignment solve. Dantzig's entering rule with the lexicographic ratio test, which cannot
 * cycle (the master is highly degenerate: most limits bind at once).
 */

export interface MasterColumn {
  readonly value: number;
  readonly counts: Float64Array;
}

export interface Master {
  readonly limits: number;
  readonly bound: Float64Array;
  /** Columns stored densely for fast pricing: value[k], and coef[k · limits + l] = count_lk. */
  size: number;
  value: Float64Array;
  coef: Float64Array;
  /** Basic variable of each row: −1 − l for the slack of limit l, k ≥ 0 for column k. */
  readonly basis: Int32Array;
  readonly inverse: Float64Array;
  readonly primal: Float64Array;
  /** Row duals: λ_l for the limits, then the convexity row's price. */
  readonly dual: Float64Array;
  pivots: number;
}

const PIVOT_TOLERANCE = 1e-9;
const REINVERT_EVERY = 50;

/** A master whose first column is feasible on its own (its counts are within the bounds). */
export function createMaster(bound: Int32Array, first: MasterColumn): Master {
  const limits = bound.length;
  const m = limits + 1;
  const master: Master = {
    limits,
    bound: Float64Array.from(bound),
    size: 0,
    value: new Float64Array(16),
    coef: new Float64Array(16 * limits),
    basis: new Int32Array(m),
    inverse: new Float64Array(m * m),
    primal: new Float64Array(m),
    dual: new Float64Array(m),
    pivots: 0,
  };
  addToMaster(master, first);
  for (let l = 0; l < limits; l++) master.basis[l] = -1 - l;
  master.basis[limits] = 0;
  reinvert(master);
  return master;
}

/** Appends a column (it enters the basis only when the next solve prices it in). */
export function addToMaster(master: Master, column: MasterColumn): void {
  const { limits } = master;
  if (master.size === master.value.length) {
    const value = new Float64Array(2 * master.size);
    value.set(master.value);
    const coef = new Float64Array(2 * master.size * limits);
    coef.set(master.coef);
    master.value = value;
    master.coef = coef;
  }
  master.value[master.size] = column.value;
  master.coef.set(column.counts.subarray(0, limits), master.size * limits);
  master.size++;
}

/** Reduced cost of a column under the current duals (positive: it would improve the master). */
export function reducedValue(master: Master, column: MasterColumn): number {
  let rc = column.value - master.dual[master.limits]!;
  for (let l = 0; l < master.limits; l++) rc -= master.dual[l]! * column.counts[l]!;
  return rc;
}

/** Optimises the master from its current basis; leaves primal values and duals in place. */
export function solveMaster(master: Master): number {
  const m = master.limits + 1;
  const column = new Float64Array(m);
  const direction = new Float64Array(m);
  for (let guard = 0; guard < 100_000; guard++) {
    computeDuals(master);
    const entering = chooseEntering(master);
    if (entering === null) break;
    fillColumn(master, entering, column);
    multiply(master.inverse, column, direction, m);
    let leave = -1;
    let ratio = Infinity;
    for (let i = 0; i < m; i++) {
      if (direction[i]! <= PIVOT_TOLERANCE) continue;
      const t = Math.max(0, master.primal[i]!) / direction[i]!;
      if (t < ratio - 1e-12 || (Math.abs(t - ratio) <= 1e-12 && lexicographicallyBefore(master, i, leave, direction))) {
        ratio = t;
        leave = i;
      }
    }
    if (leave < 0) throw new Error('master LP unbounded: the convexity row should prevent this');
    pivot(master, leave, entering, direction);
  }
  computeDuals(master);
  return objective(master);
}

export function objective(master: Master): number {
  let total = 0;
  for (let i = 0; i <= master.limits; i++) {
    const k = master.basis[i]!;
    if (k >= 0) total += master.primal[i]! * master.value[k]!;
  }
  return total;
}

/** μ_k of every column with a positive value: [column index, μ] pairs. */
export function activeColumns(master: Master): Array<[number, number]> {
  const out: Array<[number, number]> = [];
  for (let i = 0; i <= master.limits; i++) {
    const k = master.basis[i]!;
    if (k >= 0 && master.primal[i]! > 1e-9) out.push([k, master.primal[i]!]);
  }
  return out;
}

/**
 * The lexicographic ratio test's tie-break: row i leaves before row k when its row of the basis
 * inverse, divided by the pivot column, is lexicographically smaller. With a lexicographically
 * positive start (the identity: slacks and the empty matching) this rules out cycling whatever
 * the entering rule.
 */
function lexicographicallyBefore(master: Master, i: number, k: number, direction: Float64Array): boolean {
  const m = master.limits + 1;
  const inv = master.inverse;
  for (let j = 0; j < m; j++) {
    const a = inv[i * m + j]! / direction[i]!;
    const b = inv[k * m + j]! / direction[k]!;
    if (a < b - 1e-12) return true;
    if (a > b + 1e-12) return false;
  }
  return master.basis[i]! < master.basis[k]!;
}

function computeDuals(master: Master): void {
  const m = master.limits + 1;
  master.dual.fill(0);
  for (let i = 0; i < m; i++) {
    const k = master.basis[i]!;
    if (k < 0) continue;
    const c = master.value[k]!;
    for (let j = 0; j < m; j++) master.dual[j]! += c * master.inverse[i * m + j]!;
  }
}

/** Dantzig's rule: the most positive reduced cost (ties to the slacks, then the lower column). */
function chooseEntering(master: Master): number | null {
  const tolerance = 1e-9;
  let best: number | null = null;
  let bestRc = 0;
  const inBasis = new Set(master.basis);
  for (let l = 0; l < master.limits; l++) {
    const id = -1 - l;
    if (inBasis.has(id)) continue;
    const rc = -master.dual[l]!;
    if (rc > tolerance * Math.max(1, Math.abs(master.dual[l]!)) && rc > bestRc) {
      best = id;
      bestRc = rc;
    }
  }
  const { limits, dual, value, coef } = master;
  const convexity = dual[limits]!;
  for (let k = 0; k < master.size; k++) {
    let rc = value[k]! - convexity;
    for (let l = 0, at = k * limits; l < limits; l++) rc -= dual[l]! * coef[at + l]!;
    if (rc > tolerance * Math.max(1, Math.abs(value[k]!)) && rc > bestRc && !inBasis.has(k)) {
      best = k;
      bestRc = rc;
    }
  }
  return best;
}

function fillColumn(master: Master, id: number, out: Float64Array): void {
  out.fill(0);
  if (id < 0) {
    out[-1 - id] = 1;
    return;
  }
  out.set(master.coef.subarray(id * master.limits, (id + 1) * master.limits));
  out[master.limits] = 1;
}

function multiply(matrix: Float64Array, x: Float64Array, out: Float64Array, m: number): void {
  for (let i = 0; i < m; i++) {
    let s = 0;
    for (let j = 0; j < m; j++) s += matrix[i * m + j]! * x[j]!;
    out[i] = s;
  }
}

function pivot(master: Master, leave: number, entering: number, direction: Float64Array): void {
  const m = master.limits + 1;
  const inv = master.inverse;
  const p = direction[leave]!;
  for (let j = 0; j < m; j++) inv[leave * m + j]! /= p;
  master.primal[leave]! /= p;
  for (let i = 0; i < m; i++) {
    if (i === leave) continue;
    const f = direction[i]!;
    if (f === 0) continue;
    for (let j = 0; j < m; j++) inv[i * m + j]! -= f * inv[leave * m + j]!;
    master.primal[i]! -= f * master.primal[leave]!;
  }
  master.basis[leave] = entering;
  if (++master.pivots % REINVERT_EVERY === 0) reinvert(master);
}

/** Recomputes the inverse of the basis and the primal values from scratch (Gauss–Jordan). */
function reinvert(master: Master): void {
  const m = master.limits + 1;
  const a = new Float64Array(m * m);
  const column = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    fillColumn(master, master.basis[i]!, column);
    for (let r = 0; r < m; r++) a[r * m + i] = column[r]!;
  }
  const inv = master.inverse;
  inv.fill(0);
  for (let i = 0; i < m; i++) inv[i * m + i] = 1;
  for (let c = 0; c < m; c++) {
    let p = c;
    for (let r = c + 1; r < m; r++) if (Math.abs(a[r * m + c]!) > Math.abs(a[p * m + c]!)) p = r;
    if (Math.abs(a[p * m + c]!) < 1e-12) throw new Error('master basis is singular');
    if (p !== c) {
      swapRows(a, p, c, m);
      swapRows(inv, p, c, m);
    }
    const d = a[c * m + c]!;
    for (let j = 0; j < m; j++) {
      a[c * m + j]! /= d;
      inv[c * m + j]! /= d;
    }
    for (let r = 0; r < m; r++) {
      if (r === c) continue;
      const f = a[r * m + c]!;
      if (f === 0) continue;
      for (let j = 0; j < m; j++) {
        a[r * m + j]! -= f * a[c * m + j]!;
        inv[r * m + j]! -= f * inv[c * m + j]!;
      }
    }
  }
  // Basis columns were placed as columns of a in row order of the basis, so inv maps rows to
  // basis positions; the right-hand side is (bounds, 1).
  const rhs = new Float64Array(m);
  rhs.set(master.bound);
  rhs[master.limits] = 1;
  multiply(inv, rhs, master.primal, m);
}

function swapRows(a: Float64Array, p: number, q: number, m: number): void {
  for (let j = 0; j < m; j++) {
    const t = a[p * m + j]!;
    a[p * m + j] = a[q * m + j]!;
    a[q * m + j] = t;
  }
}
