import { DEFAULT_TACTICS, tacticFor } from "../../../src/core/plan/tactics";

describe("tacticFor", () => {
  it("joins quadrant, status and hospital stage from the deck's guidance", () => {
    const t = tacticFor({ quadrant: "LH", status: "second-line", stage: "development" }, {}, "zh");
    expect(t).toBe(
      [
        DEFAULT_TACTICS.zh["quadrant:LH"],
        DEFAULT_TACTICS.zh["status:second-line"],
        DEFAULT_TACTICS.zh["stage:development"],
      ].join("；"),
    );
    expect(t).toContain("药剂科主任");
    expect(t).toContain("重点开发");
  });

  it("speaks English when asked", () => {
    expect(tacticFor({ quadrant: "HH", status: null, stage: "stable" }, {}, "en")).toMatch(
      /^Grow: .*; Stable: /,
    );
  });

  it("lets settings override a key, or blank it out", () => {
    const overrides = { "stage:growth": "Own words", "quadrant:HL": "" };
    expect(tacticFor({ quadrant: "HL", status: null, stage: "growth" }, overrides, "en")).toBe("Own words");
  });

  it("is empty with nothing known", () => {
    expect(tacticFor({ quadrant: null, status: null, stage: null }, {}, "zh")).toBe("");
  });
});
