import { quadrantName, stageName } from "../../src/core/labels";
import { cutoff as coreCutoff } from "../../src/core/method/cutoff";
import { quadrantOf } from "../../src/core/method/quadrant";
import { stageOf } from "../../src/core/method/stage";
import { hospitalTier } from "../../src/core/method/tier";
import { DEFAULT_SETTINGS } from "../../src/core/settings";
import { cutoff, quadrant, stage, tier } from "../../src/functions/functions";
import {
  at,
  column,
  errorCode,
  errorMessage,
  one,
  row,
  setDisplayLanguage,
  shown,
  type ExcelCell,
} from "./shim";

afterEach(() => setDisplayLanguage(undefined));

describe("MICROSEG.TIER", () => {
  // SPEC §2 worked examples.
  const worked: [ExcelCell, ExcelCell, ExcelCell, string][] = [
    [620, 1200, 3_000_000, "B"],
    [800, 2000, 900_000, "A"],
    [150, "", 1_200_000, "B"],
  ];

  it.each(worked)("beds %p, outpatients %p, purchase %p → %s", (b, o, p, expected) => {
    expect(tier(one(b), one(o), one(p))).toEqual([[expected]]);
  });

  it("reads purchase written as 300万 / 1.2亿 and counts written as text", () => {
    expect(tier(one("620"), one("1,200"), one("300万"))).toEqual([["B"]]);
    expect(tier(one("８００"), one(2000), one("0.09亿"))).toEqual([["A"]]);
  });

  it("spills a table of hospitals in one call, with #N/A only where no criterion is given", () => {
    const result = tier(column(620, 800, 150, ""), column(1200, 2000, "", ""), column(3e6, 9e5, 1.2e6, ""));
    expect(shown(result)).toEqual([["B"], ["A"], ["B"], ["#N/A"]]);
    expect(errorMessage(at(result, "A4"))).toContain("no tier");
  });

  it("gives #VALUE! in the position of a bad cell", () => {
    const result = tier(column(620, "lots"), column(1200, 1200), column(3e6, 3e6));
    expect(shown(result)).toEqual([["B"], ["#VALUE!"]]);
    expect(errorMessage(at(result, "A2"))).toContain('"beds", value "lots"');
  });

  it("takes custom thresholds as a 3×2 range and rejects a malformed one for the whole call", () => {
    const strict = [
      [1000, 600],
      [3000, 1000],
      [1e7, 5e6],
    ];
    expect(tier(one(620), one(1200), one(3e6), strict)).toEqual([["B"]]);
    expect(tier(one(620), one(1200), one(3e6), strict.slice(0, 2))[0][0]).toMatchObject({ code: "#VALUE!" });
    expect(errorMessage(tier(column(1, 2), column(1, 2), column(1, 2), [[1, 2]])[0][0])).toContain(
      "thresholds",
    );
  });

  it("equals the engine's hospitalTier", () => {
    for (const [b, o, p] of [
      [620, 1200, 3e6],
      [800, 2000, 9e5],
      [100, 300, 5e5],
      [499, 1499, 4_999_999],
    ]) {
      const engine = hospitalTier(
        { beds: b, dailyOutpatients: o, monthlyPurchase: p },
        DEFAULT_SETTINGS,
      ).tier;
      expect(tier(one(b), one(o), one(p))).toEqual([[engine]]);
    }
  });
});

describe("MICROSEG.CUTOFF", () => {
  const values = column(10, "", "n/a", 30, "20", 40);

  it("is the median by default, ignoring blanks and text, counting text numbers", () => {
    expect(cutoff(values)).toEqual([[25]]);
    expect(cutoff(values, one("median"))).toEqual([[25]]);
    expect(cutoff(values, one("中位数"))).toEqual([[25]]);
  });

  it("gives the mean and Excel's PERCENTILE.INC (p as 0.75, 75% or 75)", () => {
    expect(cutoff(values, one("mean"))).toEqual([[25]]);
    expect(cutoff(values, one("percentile"), one(0.75))).toEqual([[32.5]]);
    expect(cutoff(values, one("percentile"), one("75%"))).toEqual([[32.5]]);
    expect(cutoff(values, one("percentile"), one(75))).toEqual([[32.5]]);
    expect(cutoff(values, one("percentile"))).toEqual([[25]]);
  });

  it("spills over several percentiles at once", () => {
    expect(cutoff(values, one("percentile"), row(0, 0.5, 1))).toEqual([[10, 25, 40]]);
  });

  it("rejects an unknown method and an empty range", () => {
    const bad = cutoff(values, one("mode"))[0][0];
    expect(errorCode(bad)).toBe("#VALUE!");
    expect(errorMessage(bad)).toContain("median, percentile, mean");
    expect(errorCode(cutoff(column("", "x"))[0][0])).toBe("#N/A");
  });

  it("equals the engine's cutoff", () => {
    const nums = [3, 9, 1, 7, 7, 12];
    for (const method of ["median", "mean", "percentile"] as const) {
      const engine = coreCutoff(nums, { method, percentile: 90, fixed: null });
      expect(cutoff(column(...nums), one(method), one(0.9))).toEqual([[engine]]);
    }
  });
});

describe("MICROSEG.QUADRANT", () => {
  it("uses the medians of the given ranges when no cut-offs are given", () => {
    // volume median 15, potential median 30.
    const result = quadrant(
      column(10, 20, 10, 20),
      column(40, 40, 20, 20),
      undefined,
      undefined,
      one("code"),
    );
    expect(result).toEqual([["LH"], ["HH"], ["LL"], ["HL"]]);
  });

  it("takes fixed cut-offs and labels in the display language unless told otherwise", () => {
    expect(quadrant(one(5), one(50), one(10), one(30))).toEqual([[quadrantName("LH", "en")]]);
    setDisplayLanguage("zh-CN");
    expect(quadrant(one(5), one(50), one(10), one(30))).toEqual([["用量小潜力大"]]);
    expect(quadrant(one(5), one(50), one(10), one(30), one("en"))).toEqual([["Low volume · High potential"]]);
    expect(quadrant(one(5), one(50), one(10), one(30), one("code"))).toEqual([["LH"]]);
  });

  it("treats value = cut-off as high", () => {
    expect(quadrant(one(10), one(30), one(10), one(30), one("code"))).toEqual([["HH"]]);
  });

  it("leaves rows without volume or potential blank and marks bad cells only", () => {
    const result = quadrant(column(10, "", "x", 20), column(40, 40, 40, 20), one(15), one(30), one("code"));
    expect(shown(result)).toEqual([["LH"], [""], ["#VALUE!"], ["HL"]]);
  });

  it("rejects an unknown labels argument for the whole call", () => {
    const result = quadrant(column(1, 2), column(1, 2), undefined, undefined, one("fr"));
    expect(shown(result)).toEqual([["#VALUE!"]]);
    expect(errorMessage(result[0][0])).toContain("zh, en, code");
  });

  it("equals the engine's quadrantOf with the engine's median cut-offs", () => {
    const volumes = [0, 3, 8, 8, 15, 2, 40];
    const potentials = [10, 30, 5, 60, 20, 25, 50];
    const cuts = {
      volume: coreCutoff(volumes, { method: "median", percentile: 50, fixed: null })!,
      potential: coreCutoff(potentials, { method: "median", percentile: 50, fixed: null })!,
    };
    const result = quadrant(column(...volumes), column(...potentials), undefined, undefined, one("code"));
    expect(result).toEqual(volumes.map((v, i) => [quadrantOf(v, potentials[i], cuts)]));
  });

  it("handles a 100,000-row column in one call, in time linear in the rows", () => {
    const rows = (n: number): ExcelCell[][] => Array.from({ length: n }, (_, i) => [(i * 7919) % 1000]);
    const time = (n: number): number => {
      const v = rows(n);
      const p = rows(n).reverse();
      const start = performance.now();
      const result = quadrant(v, p, undefined, undefined, one("code"));
      expect(result).toHaveLength(n);
      return performance.now() - start;
    };
    time(10_000); // warm-up
    const small = time(10_000);
    const large = time(100_000);
    // Reported, not asserted: timings vary by machine; the shape of the work is one pass plus one sort.
    console.info(`QUADRANT: 10,000 rows ${small.toFixed(1)} ms, 100,000 rows ${large.toFixed(1)} ms`);
  });
});

describe("MICROSEG.STAGE", () => {
  it("follows SPEC §4: development at volume 0, growth below 30%, stable from 30%", () => {
    const result = stage(
      column(0, 100, 100, "", 100),
      column(0, 0.2, "30%", 0.5, 45),
      undefined,
      one("code"),
    );
    expect(result).toEqual([["development"], ["growth"], ["stable"], ["development"], ["stable"]]);
  });

  it("writes labels in the display language and honours stableShare", () => {
    expect(stage(one(10), one(0.25))).toEqual([[stageName("growth", "en")]]);
    setDisplayLanguage("zh-CN");
    expect(stage(one(10), one(0.25))).toEqual([["成长期"]]);
    expect(stage(one(10), one(0.25), one("20%"))).toEqual([["稳定期"]]);
  });

  it("is blank when we sell but the share is unknown", () => {
    expect(stage(one(10), one(""))).toEqual([[""]]);
  });

  it("equals the engine's stageOf", () => {
    for (const [v, s] of [
      [0, 0.5],
      [5, 0.1],
      [5, 0.3],
      [5, 0.9],
    ]) {
      expect(stage(one(v), one(s), undefined, one("code"))).toEqual([[stageOf(v, s, DEFAULT_SETTINGS)]]);
    }
  });
});
