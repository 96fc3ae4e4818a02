/**
 * Order statistics of a column without sorting it: a percentile needs one or
 * two ranks, and selecting them (Hoare's FIND) touches each of a million
 * values a few times where a sort orders them all. Each answer is exactly
 * `values.slice().sort()[k]`: equal numbers are indistinguishable, and a
 * column holding −0 (ordered before +0 by the sort) or NaN is simply sorted.
 */

/** Rounds of partitioning before a pathological column is sorted instead. */
const MAX_ROUNDS = 64;

/**
 * Rearranges `a` so that a[k] is the value a numeric sort would put there,
 * nothing after it smaller and nothing before it larger; returns a[k].
 * 0 ≤ k < a.length.
 */
export function selectRank(a: Float64Array, k: number): number {
  let l = 0;
  let r = a.length - 1;
  for (let i = 0; i <= r; i++) {
    const v = a[i];
    if (v !== v || (v === 0 && 1 / v < 0)) {
      a.sort();
      return a[k];
    }
  }
  let rounds = 0;
  while (l < r) {
    if (++rounds > MAX_ROUNDS) {
      a.subarray(l, r + 1).sort();
      return a[k];
    }
    const x = medianOfThree(a[l], a[(l + r) >>> 1], a[r]);
    let i = l;
    let j = r;
    do {
      while (a[i] < x) i++;
      while (x < a[j]) j--;
      if (i <= j) {
        const t = a[i];
        a[i] = a[j];
        a[j] = t;
        i++;
        j--;
      }
    } while (i <= j);
    if (j < k) l = i;
    if (k < i) r = j;
  }
  return a[k];
}

function medianOfThree(x: number, y: number, z: number): number {
  if (x < y) return y < z ? y : x < z ? z : x;
  return x < z ? x : y < z ? z : y;
}

/**
 * The values a numeric sort would put at ranks lo and lo + 1 (hi ≤ lo + 1),
 * for a linear interpolation between them. Rearranges `a`.
 */
export function ranksAt(a: Float64Array, lo: number, hi: number): [number, number] {
  const low = selectRank(a, lo);
  if (hi === lo) return [low, low];
  // After selection nothing after lo is smaller than a[lo]: rank lo + 1 is their minimum.
  let high = a[lo + 1];
  for (let i = lo + 2; i < a.length; i++) if (a[i] < high) high = a[i];
  return [low, high];
}
