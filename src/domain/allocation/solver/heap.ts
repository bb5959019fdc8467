/**
 * An indexed binary min-heap of column indices keyed by dist[·] (ties to the lower index),
 * living in preallocated typed arrays: the Dijkstra queue of assignment.ts and warm-start.ts.
 */
export interface ColumnHeap {
  readonly items: Int32Array;
  /** Position of each column in items, or -1 when it is not in the heap. */
  readonly position: Int32Array;
  size: number;
}

export function createColumnHeap(n: number): ColumnHeap {
  return { items: new Int32Array(n), position: new Int32Array(n).fill(-1), size: 0 };
}

const before = (dist: Float64Array, a: number, b: number): boolean => dist[a]! < dist[b]! || (dist[a] === dist[b] && a < b);

/** Inserts j, or moves it up after its key decreased. */
export function heapDecrease(heap: ColumnHeap, dist: Float64Array, j: number): void {
  const { items, position } = heap;
  let i = position[j]!;
  if (i < 0) {
    i = heap.size++;
    items[i] = j;
    position[j] = i;
  }
  while (i > 0) {
    const p = (i - 1) >> 1;
    const parent = items[p]!;
    if (!before(dist, j, parent)) break;
    items[i] = parent;
    position[parent] = i;
    i = p;
  }
  items[i] = j;
  position[j] = i;
}

/** Removes and returns the column with the smallest key. */
export function heapPop(heap: ColumnHeap, dist: Float64Array): number {
  const { items, position } = heap;
  const top = items[0]!;
  position[top] = -1;
  const last = items[--heap.size]!;
  if (heap.size > 0) {
    let i = 0;
    const n = heap.size;
    for (;;) {
      const l = 2 * i + 1;
      if (l >= n) break;
      const r = l + 1;
      const c = r < n && before(dist, items[r]!, items[l]!) ? r : l;
      if (!before(dist, items[c]!, last)) break;
      items[i] = items[c]!;
      position[items[i]!] = i;
      i = c;
    }
    items[i] = last;
    position[last] = i;
  }
  return top;
}

/** The smallest key without removing it. */
export const heapPeek = (heap: ColumnHeap): number => heap.items[0]!;

/** Empties the heap, calling reset on every column still in it. */
export function heapClear(heap: ColumnHeap, reset: (j: number) => void): void {
  for (let i = 0; i < heap.size; i++) {
    const j = heap.items[i]!;
    heap.position[j] = -1;
    reset(j);
  }
  heap.size = 0;
}
