import fc from "fast-check";
import { percentileInc } from "../../../src/core/method/cutoff";
import { ranksAt, selectRank } from "../../../src/core/method/orderStatistic";
import { IMPLAUSIBLE_FACTOR, robustBound, shown } from "../../../src/core/method/plausibility";

/** Columns with many ties, negative values, zeros of both signs and now and then NaN. */
const column = fc.array(
  fc.oneof(
    fc.integer({ min: -5, max: 5 }),
    fc.double({ min: -1e6, max: 1e6, noNaN: true }),
    fc.constantFrom(0, -0, 0.5, NaN),
  ),
  { minLength: 1, maxLength: 3000 },
);

const same = (x: number, y: number) => expect(Object.is(x, y)).toBe(true);

describe("selectRank: the value a numeric sort puts at a rank, without the sort", () => {
  it("gives the sort's value at every rank asked, and partitions around it", () => {
    fc.assert(
      fc.property(column, fc.nat(), (values, seed) => {
        const sorted = Float64Array.from(values).sort();
        const k = seed % values.length;
        const a = Float64Array.from(values);
        same(selectRank(a, k), sorted[k]);
        same(a[k], sorted[k]);
        expect(Float64Array.from(a).sort()).toEqual(sorted);
        if (!values.some((v) => Number.isNaN(v))) {
          for (let i = 0; i < k; i++) expect(a[i] <= a[k]).toBe(true);
          for (let i = k + 1; i < a.length; i++) expect(a[i] >= a[k]).toBe(true);
        }
      }),
      { numRuns: 300 },
    );
  });

  it("handles sorted, reversed and constant columns of a million-like shape", () => {
    const n = 20001;
    const cases = [
      Float64Array.from({ length: n }, (_v, i) => i),
      Float64Array.from({ length: n }, (_v, i) => n - i),
      new Float64Array(n).fill(7),
      Float64Array.from({ length: n }, (_v, i) => (i * 7919) % 13),
      // organ pipe: a classic trap for middle pivots
      Float64Array.from({ length: n }, (_v, i) => Math.min(i, n - i)),
    ];
    for (const c of cases) {
      const sorted = c.slice().sort();
      for (const k of [0, 1, n >> 1, Math.floor((n - 1) * 0.99), n - 1]) {
        expect(selectRank(c.slice(), k)).toBe(sorted[k]);
        expect(ranksAt(c.slice(), k, Math.min(k + 1, n - 1))).toEqual([
          sorted[k],
          sorted[Math.min(k + 1, n - 1)],
        ]);
      }
    }
  });
});

describe("percentileInc and robustBound against the sort they replace", () => {
  /** PERCENTILE.INC as it was: sort a copy, interpolate. */
  function sortedPercentile(values: Float64Array, p: number): number | null {
    const n = values.length;
    if (n === 0) return null;
    const sorted = values.slice().sort();
    const rank = Math.min(Math.max(p, 0), 1) * (n - 1);
    const lo = Math.floor(rank);
    const hi = Math.min(lo + 1, n - 1);
    return sorted[lo] + (rank - lo) * (sorted[hi] - sorted[lo]);
  }

  /** The bound as it was: finite values sorted, 99th percentile of all but the largest. */
  function sortedBound(values: ArrayLike<number>): number | null {
    const sorted = Float64Array.from(values)
      .filter((v) => Number.isFinite(v))
      .sort();
    if (sorted.length < 3) return null;
    const head = sorted.subarray(0, sorted.length - 1);
    const pos = (head.length - 1) * 0.99;
    const lo = Math.floor(pos);
    const hi = Math.ceil(pos);
    const q = head[lo] + (head[hi] - head[lo]) * (pos - lo);
    return q > 0 ? IMPLAUSIBLE_FACTOR * q : null;
  }

  it("percentileInc gives exactly the sorted answer and leaves its input alone", () => {
    const finite = fc.array(
      fc.oneof(
        fc.integer({ min: -5, max: 50 }),
        fc.double({ min: -1e9, max: 1e9, noNaN: true }),
        fc.constant(-0),
      ),
      { maxLength: 3000 },
    );
    fc.assert(
      fc.property(finite, fc.double({ min: -0.5, max: 1.5, noNaN: true }), (values, p) => {
        const a = Float64Array.from(values);
        const before = a.slice();
        const got = percentileInc(a, p);
        const want = sortedPercentile(before, p);
        if (want === null) expect(got).toBeNull();
        else same(got as number, want);
        expect(a).toEqual(before);
      }),
      { numRuns: 300 },
    );
  });

  it("robustBound gives exactly the sorted answer", () => {
    const values = fc.array(
      fc.oneof(
        fc.integer({ min: 0, max: 100 }),
        fc.double({ min: -10, max: 1e7 }),
        fc.constantFrom(NaN, Infinity, -Infinity, -0, 5e6),
      ),
      { maxLength: 3000 },
    );
    fc.assert(
      fc.property(values, (v) => {
        const want = sortedBound(v);
        const got = robustBound(v);
        if (want === null) expect(got).toBeNull();
        else same(got as number, want);
      }),
      { numRuns: 300 },
    );
  });
});

describe("shown: a number as the plausibility messages write it", () => {
  const intl = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
  it("writes whole numbers exactly as the formatter does, and leaves the rest to it", () => {
    fc.assert(
      fc.property(
        fc.oneof(
          fc.integer({ min: -1e7, max: 1e7 }),
          fc.maxSafeInteger(),
          fc.maxSafeInteger().map((n) => -n),
          fc.double(),
          fc.constantFrom(0, -0, 999, 1000, -1000, 999999, 1e6, 2 ** 53, -(2 ** 53), 1234.5678),
        ),
        (n) => {
          expect(shown(n)).toBe(intl.format(n));
        },
      ),
      { numRuns: 3000 },
    );
  });
});
