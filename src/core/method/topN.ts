/**
 * The first n items of an order without sorting everything: with 1M doctors
 * and room for a few dozen targets, a bounded heap (O(N log n)) is what keeps
 * targeting fast.
 */

/** Items sorted by `compare`, first n only. `compare(a, b) < 0` means a comes first. */
export function topN(
  items: ArrayLike<number>,
  n: number,
  compare: (a: number, b: number) => number,
): number[] {
  const len = items.length;
  if (n >= len) return Array.from(items).sort(compare);
  if (n <= 0) return [];
  // Max-heap on order: the root is the last (worst) of the kept items.
  const heap: number[] = [];
  const worse = (i: number, j: number) => compare(heap[i], heap[j]) > 0;
  const siftDown = (start: number) => {
    let i = start;
    for (;;) {
      const l = 2 * i + 1;
      const r = l + 1;
      let m = i;
      if (l < heap.length && worse(l, m)) m = l;
      if (r < heap.length && worse(r, m)) m = r;
      if (m === i) return;
      [heap[i], heap[m]] = [heap[m], heap[i]];
      i = m;
    }
  };
  for (let k = 0; k < len; k++) {
    const item = items[k];
    if (heap.length < n) {
      heap.push(item);
      let i = heap.length - 1;
      while (i > 0) {
        const p = (i - 1) >> 1;
        if (!worse(i, p)) break;
        [heap[i], heap[p]] = [heap[p], heap[i]];
        i = p;
      }
    } else if (compare(item, heap[0]) < 0) {
      heap[0] = item;
      siftDown(0);
    }
  }
  return heap.sort(compare);
}
