import { cutoff, mean, median, percentileInc, presentValues } from "../../../src/core/method/cutoff";
import { quadrantOf } from "../../../src/core/method/quadrant";
import { stageOf } from "../../../src/core/method/stage";
import { defaultSettings } from "../../../src/core/settings";

describe("cut-offs ignore missing values (SPEC §4)", () => {
  const values = [10, null, 2, 8, 4, null, 6];
  it.each([
    ["median", 50, null, 6],
    ["mean", 50, null, 6],
    ["percentile", 25, null, 4],
    ["percentile", 90, null, 9.2],
    ["fixed", 50, 7, 7],
  ] as const)("%s (p=%d, fixed=%s) → %d", (method, percentile, fixed, expected) => {
    expect(cutoff(values, { method, percentile, fixed })).toBeCloseTo(expected, 12);
  });

  it("median of an even count interpolates like Excel MEDIAN", () => {
    expect(median(presentValues([1, 2, 3, 4]))).toBe(2.5);
  });
  it("PERCENTILE.INC ends are min and max", () => {
    const v = presentValues([5, 1, 9]);
    expect(percentileInc(v, 0)).toBe(1);
    expect(percentileInc(v, 1)).toBe(9);
  });
  it("nothing present → null", () => {
    expect(cutoff([null, null], { method: "median", percentile: 50, fixed: null })).toBeNull();
    expect(mean(new Float64Array(0))).toBeNull();
  });
});

describe("quadrantOf: first letter volume, second potential; High = ≥ cut-off", () => {
  const cuts = { volume: 10, potential: 100 };
  it.each([
    [10, 100, "HH"],
    [9, 100, "LH"],
    [10, 99, "HL"],
    [0, 0, "LL"],
    [null, 100, null],
    [10, null, null],
  ] as const)("volume %s potential %s → %s", (v, p, q) => expect(quadrantOf(v, p, cuts)).toBe(q));
});

describe("stageOf (SPEC §4)", () => {
  const s = defaultSettings();
  it.each([
    [0, 0.5, "development"],
    [null, null, "development"],
    [100, 0.29, "growth"],
    [100, 0.3, "stable"],
    [528, 0.375, "stable"],
    [100, null, null],
  ] as const)("volume %s share %s → %s", (volume, share, stage) =>
    expect(stageOf(volume, share, s)).toBe(stage),
  );

  it("stable share is a setting", () => {
    const t = defaultSettings();
    t.stage.stableShare = 0.5;
    expect(stageOf(528, 0.375, t)).toBe("growth");
  });
});
