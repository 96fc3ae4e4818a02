/**
 * Quadrant cut-offs (SPEC §4) over the rows in scope, ignoring missing
 * values. The definitions match Excel's MEDIAN, PERCENTILE.INC and AVERAGE so
 * the cut-off cells written as formulas recompute to the same number.
 */
import type { CutoffMethod } from "../settings";
import { ranksAt } from "./orderStatistic";

export interface CutoffRule {
  method: CutoffMethod;
  /** 0..100 for "percentile". */
  percentile: number;
  /** The number for "fixed". */
  fixed: number | null;
}

/** Present, finite values packed into a Float64Array (fast to sort for 1M rows). */
export function presentValues(values: ArrayLike<number | null>): Float64Array {
  const out = new Float64Array(values.length);
  let n = 0;
  for (let i = 0; i < values.length; i++) {
    const v = values[i];
    if (v !== null && Number.isFinite(v)) out[n++] = v;
  }
  return out.subarray(0, n);
}

/** Excel PERCENTILE.INC: linear interpolation at rank p·(n−1); p in 0..1. */
export function percentileInc(values: Float64Array, p: number): number | null {
  // A copy: the caller's values keep their order.
  return values.length === 0 ? null : percentileInPlace(values.slice(), p);
}

/** percentileInc of values the caller owns: they are rearranged, not copied. */
function percentileInPlace(values: Float64Array, p: number): number | null {
  const n = values.length;
  if (n === 0) return null;
  const rank = Math.min(Math.max(p, 0), 1) * (n - 1);
  const lo = Math.floor(rank);
  const hi = Math.min(lo + 1, n - 1);
  // The two ranks selected: the same numbers a sort would give, without ordering a million.
  const [low, high] = ranksAt(values, lo, hi);
  return low + (rank - lo) * (high - low);
}

export function median(values: Float64Array): number | null {
  return percentileInc(values, 0.5);
}

export function mean(values: Float64Array): number | null {
  if (values.length === 0) return null;
  let sum = 0;
  for (let i = 0; i < values.length; i++) sum += values[i];
  return sum / values.length;
}

/** The cut-off of one column by the rule; null when nothing is present (and not fixed). */
export function cutoff(values: ArrayLike<number | null>, rule: CutoffRule): number | null {
  if (rule.method === "fixed") return rule.fixed;
  return cutoffOfPresent(presentValues(values), rule);
}

/**
 * The cut-off of values already present and finite (in input order), which it
 * may rearrange: a column of 1M doctors is selected where it lies, not copied again.
 */
export function cutoffOfPresent(present: Float64Array, rule: CutoffRule): number | null {
  switch (rule.method) {
    case "fixed":
      return rule.fixed;
    case "median":
      return percentileInPlace(present, 0.5);
    case "mean":
      return mean(present);
    case "percentile":
      return percentileInPlace(present, rule.percentile / 100);
  }
}
