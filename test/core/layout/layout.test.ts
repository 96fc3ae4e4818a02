import { sideValueAddress } from "../../../src/core/layout/columns";
import { tierWhy } from "../../../src/core/layout/hospitalTiers";
import { quadrantBlock } from "../../../src/core/layout/quadrantCells";
import type { HospitalResult } from "../../../src/core/results";

function hospital(
  beds: number | null,
  dailyOutpatients: number | null,
  monthlyPurchase: number | null,
  tier: HospitalResult["tier"],
  criteria: HospitalResult["criteria"],
): HospitalResult {
  return {
    record: {
      sheet: "H",
      row: 2,
      name: "仁和医院",
      beds,
      dailyOutpatients,
      monthlyPurchase,
      classShare: null,
      hospitalVolume: null,
      rep: "",
      city: "",
    },
    tier,
    criteria,
    classMarketValue: null,
    potential: null,
    volume: null,
    share: null,
    stage: null,
    quadrant: null,
  };
}

describe("tierWhy", () => {
  const h = hospital(620, 1200, 3_000_000, "B", { beds: "A", dailyOutpatients: "B", monthlyPurchase: "B" });
  it("zh", () => expect(tierWhy(h, "zh")).toBe("床位 620→A, 门诊 1,200→B, 月购 300万→B ⇒ B (3/3)"));
  it("en", () => expect(tierWhy(h, "en")).toBe("Beds 620→A, Outpatients 1,200→B, Purchase 3M→B ⇒ B (3/3)"));
  it("missing criterion left out", () => {
    const c = hospital(150, null, 1_200_000, "B", {
      beds: "C",
      dailyOutpatients: null,
      monthlyPurchase: "B",
    });
    expect(tierWhy(c, "en")).toBe("Beds 150→C, Purchase 1.2M→B ⇒ B (1/2)");
  });
  it("groups thousands of large, negative and fractional numbers", () => {
    const big = hospital(1_234_567.25, -45_678, 123_456_789_000, "A", {
      beds: "A",
      dailyOutpatients: "C",
      monthlyPurchase: "A",
    });
    expect(tierWhy(big, "en")).toBe(
      "Beds 1,234,567.25→A, Outpatients -45,678→C, Purchase 123,456.79M→A ⇒ A (2/3)",
    );
    expect(tierWhy(big, "zh")).toBe("床位 1,234,567.25→A, 门诊 -45,678→C, 月购 12,345,678.9万→A ⇒ A (2/3)");
  });
  it("no criteria", () => {
    expect(
      tierWhy(
        hospital(null, null, null, null, { beds: null, dailyOutpatients: null, monthlyPurchase: null }),
        "zh",
      ),
    ).toBe("无分级依据");
  });
});

describe("quadrant side block", () => {
  const cols = { volume: { key: "volume", index: 5 }, potential: { key: "potential", index: 6 } };
  it.each([
    [{ method: "median", percentile: 50, fixed: null }, "=MEDIAN(F2:F101)", "=MEDIAN(G2:G101)"],
    [{ method: "mean", percentile: 50, fixed: null }, "=AVERAGE(F2:F101)", "=AVERAGE(G2:G101)"],
    [
      { method: "percentile", percentile: 75, fixed: null },
      "=PERCENTILE.INC(F2:F101,0.75)",
      "=PERCENTILE.INC(G2:G101,0.75)",
    ],
    [{ method: "fixed", percentile: 50, fixed: null }, 10, 100],
  ] as const)("%j", (rule, volumeCell, potentialCell) => {
    const q = quadrantBlock(rule, { volume: 10, potential: 100 }, cols, 14, 100, "en");
    expect(q.block.col).toBe(15);
    expect(q.block.rows.map((r) => r.value).slice(1)).toEqual([volumeCell, potentialCell]);
    expect(q.formula).toBe(
      '=IF(COUNT({c:volume}{r},{c:potential}{r})<2,"",IF({c:volume}{r}>=$Q$3,"H","L")&IF({c:potential}{r}>=$Q$4,"H","L"))',
    );
    expect(sideValueAddress(q.block, 1)).toBe("$Q$3");
  });
});
