import { classMarketValue, combineTiers, hospitalTier, tierOf } from "../../../src/core/method/tier";
import { defaultSettings } from "../../../src/core/settings";

const settings = defaultSettings();

describe("tierOf (SPEC §2 table)", () => {
  it.each([
    ["beds", 500, "A"],
    ["beds", 499, "B"],
    ["beds", 200, "B"],
    ["beds", 199, "C"],
    ["dailyOutpatients", 1500, "A"],
    ["dailyOutpatients", 1499, "B"],
    ["dailyOutpatients", 500, "B"],
    ["dailyOutpatients", 499, "C"],
    ["monthlyPurchase", 5_000_000, "A"],
    ["monthlyPurchase", 4_999_999, "B"],
    ["monthlyPurchase", 1_000_000, "B"],
    ["monthlyPurchase", 999_999, "C"],
  ] as const)("%s %d → %s", (criterion, value, tier) => {
    expect(tierOf(value, settings.tiers[criterion])).toBe(tier);
  });

  it("missing value → no tier", () => {
    expect(tierOf(null, settings.tiers.beds)).toBeNull();
    expect(tierOf(NaN, settings.tiers.beds)).toBeNull();
  });
});

describe("hospitalTier: best tier reached by ⌈k/2⌉ of k present criteria", () => {
  it.each([
    // SPEC §2 worked examples
    [
      { beds: 620, dailyOutpatients: 1200, monthlyPurchase: 3_000_000 },
      "B",
      { beds: "A", dailyOutpatients: "B", monthlyPurchase: "B" },
    ],
    [
      { beds: 800, dailyOutpatients: 2000, monthlyPurchase: 900_000 },
      "A",
      { beds: "A", dailyOutpatients: "A", monthlyPurchase: "C" },
    ],
    [
      { beds: 150, dailyOutpatients: null, monthlyPurchase: 1_200_000 },
      "B",
      { beds: "C", dailyOutpatients: null, monthlyPurchase: "B" },
    ],
    [
      { beds: null, dailyOutpatients: null, monthlyPurchase: null },
      null,
      { beds: null, dailyOutpatients: null, monthlyPurchase: null },
    ],
  ] as const)("%j → %s", (criteria, tier, perCriterion) => {
    const v = hospitalTier(criteria, settings);
    expect(v.tier).toBe(tier);
    expect(v.criteria).toEqual(perCriterion);
  });

  it("reports how many criteria reach the tier", () => {
    expect(combineTiers(["A", "B", "B"])).toEqual({ tier: "B", present: 3, reaching: 3 });
    expect(combineTiers(["C", null, "B"])).toEqual({ tier: "B", present: 2, reaching: 1 });
    expect(combineTiers(["C", "C", "A"])).toEqual({ tier: "C", present: 3, reaching: 3 });
  });

  it("uses the settings' thresholds", () => {
    const s = defaultSettings();
    s.tiers.beds = { A: 1000, B: 600 };
    expect(hospitalTier({ beds: 620, dailyOutpatients: null, monthlyPurchase: null }, s).tier).toBe("B");
  });
});

describe("classMarketValue = monthlyPurchase × classShare", () => {
  it("3,000,000 × 35% = 1,050,000", () =>
    expect(classMarketValue(3_000_000, 0.35)).toBeCloseTo(1_050_000, 6));
  it("missing → null", () => expect(classMarketValue(null, 0.35)).toBeNull());
});
