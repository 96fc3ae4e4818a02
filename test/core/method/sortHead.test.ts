import fc from "fast-check";
import { fillShares } from "../../../src/core/method/shares";
import { sortHead, sortHeadByScore } from "../../../src/core/method/targeting";

describe("sortHead: the head of a bucket in order, the rest after it", () => {
  it("puts the k first members in order at the front, as a full sort would", () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 50 }), { minLength: 2100, maxLength: 6000 }),
        fc.integer({ min: 1, max: 400 }),
        (keys, k) => {
          const compare = (a: number, b: number) => keys[a] - keys[b] || a - b;
          const members = keys.map((_v, i) => i);
          const full = [...members].sort(compare);
          const sorted = sortHead(members, compare, k);
          expect(sorted).toBe(k);
          expect(members.slice(0, k)).toEqual(full.slice(0, k));
          expect([...members].sort((a, b) => a - b)).toEqual(keys.map((_v, i) => i));
        },
      ),
      { numRuns: 40 },
    );
  });

  it("sorts small arrays whole", () => {
    const members = [3, 1, 2];
    expect(sortHead(members, (a, b) => a - b, 1)).toBe(3);
    expect(members).toEqual([1, 2, 3]);
  });
});

describe("sortHeadByScore: the head by score first, then the full order", () => {
  it("leads with at least the k first members, in the order a full sort gives", () => {
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.integer({ min: -20, max: 20 }), fc.integer({ min: 0, max: 3 })), {
          minLength: 1,
          maxLength: 3000,
        }),
        fc.integer({ min: 1, max: 400 }),
        (rows, k) => {
          const score = Float64Array.from(rows, ([s]) => s);
          const compare = (a: number, b: number) => score[b] - score[a] || rows[a][1] - rows[b][1] || a - b;
          const members = rows.map((_v, i) => i);
          const full = [...members].sort(compare);
          const sorted = sortHeadByScore(members, score, compare, k);
          expect(sorted).toBeGreaterThanOrEqual(Math.min(k, rows.length));
          expect(members.slice(0, sorted)).toEqual(full.slice(0, sorted));
          expect([...members].sort((a, b) => a - b)).toEqual(rows.map((_v, i) => i));
        },
      ),
      { numRuns: 60 },
    );
  });
});

describe("fillShares with a partly ordered bucket", () => {
  const base = {
    otherShares: 0,
    prescribing: () => true,
    minPrescribing: 0,
  };

  it("says when the rules look past the ordered head, and not otherwise", () => {
    const calls = new Array<number>(100).fill(4);
    const members = Array.from({ length: 100 }, (_v, i) => i);
    const reached = fillShares({
      ...base,
      capacity: 40,
      calls,
      buckets: [{ quadrant: "HH", share: 100, members, sorted: 5 }],
    });
    expect(reached.unordered).toBe(true);
    const fits = fillShares({
      ...base,
      capacity: 40,
      calls,
      buckets: [{ quadrant: "HH", share: 100, members, sorted: 11 }],
    });
    expect(fits.unordered).toBe(false);
    expect([...fits.rules.keys()]).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });

  it("flags a swap that would reach past the head", () => {
    // 10 non-prescribing doctors fill the capacity; the prescribing ones sit beyond the ordered head.
    const calls = new Array<number>(100).fill(4);
    const members = Array.from({ length: 100 }, (_v, i) => i);
    const out = fillShares({
      capacity: 40,
      calls,
      otherShares: 0,
      prescribing: (i) => i >= 50,
      minPrescribing: 3,
      buckets: [{ quadrant: "HH", share: 100, members, sorted: 20 }],
    });
    expect(out.unordered).toBe(true);
  });
});
