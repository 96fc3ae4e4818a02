import { issueMessage } from "../../src/core/messages";
import { DEFAULT_SETTINGS, defaultSettings } from "../../src/core/settings";
import { validateSettings } from "../../src/core/settingsValidate";

describe("validateSettings", () => {
  it("null → defaults, no issues", () => {
    expect(validateSettings(null)).toEqual({ settings: defaultSettings(), issues: [] });
  });

  it("merges a partial object over the defaults", () => {
    const { settings, issues } = validateSettings({
      language: "en",
      cutoff: { method: "mean" },
      frequency: { LL: 0 },
    });
    expect(issues).toEqual([]);
    expect(settings.language).toBe("en");
    expect(settings.cutoff).toEqual({ ...DEFAULT_SETTINGS.cutoff, method: "mean" });
    expect(settings.frequency).toEqual({ HH: 4, LH: 4, HL: 2, LL: 0 });
  });

  it("the full defaults round-trip through JSON", () => {
    expect(validateSettings(JSON.parse(JSON.stringify(DEFAULT_SETTINGS)))).toEqual({
      settings: defaultSettings(),
      issues: [],
    });
  });

  it("an unknown key names its path and suggests the near one", () => {
    const { settings, issues } = validateSettings({ cutoff: { metod: "mean" } });
    expect(issues).toEqual([
      expect.objectContaining({
        code: "setting-unknown",
        column: "cutoff.metod",
        params: { key: "cutoff.metod", value: "mean", suggestion: "cutoff.method" },
      }),
    ]);
    expect(settings.cutoff.method).toBe("median");
  });

  it.each([
    [{ language: "fr" }, "language", "fr", 'one of "zh", "en"'],
    [{ workingDaysDefault: 0 }, "workingDaysDefault", "0", "a number from 1 to 31"],
    [{ stage: { stableShare: 30 } }, "stage.stableShare", "30", "a number from 0 to 1"],
    [
      { targeting: { quadrants: ["LH", "XX"] } },
      "targeting.quadrants",
      '["LH","XX"]',
      "a list of distinct quadrants",
    ],
    [
      { targeting: { quadrants: ["LH", "LH"] } },
      "targeting.quadrants",
      '["LH","LH"]',
      "a list of distinct quadrants",
    ],
    [{ capacity: { callsPerDay: -1 } }, "capacity.callsPerDay", "-1", "a number > 0"],
    [{ frequency: { HH: "4" } }, "frequency.HH", "4", "a number ≥ 0"],
    [{ cycle: { holidays: ["2026-02-30"] } }, "cycle.holidays", '["2026-02-30"]', "a list of dates"],
    [{ tiers: "A" }, "tiers", "A", "an object"],
    [{ tiers: { beds: { A: 100, B: 200 } } }, "tiers.beds.A", "100", "a number ≥ tiers.beds.B (200)"],
    [{ cutoff: { method: "fixed" } }, "cutoff.volume", "null", 'a number when cutoff.method is "fixed"'],
    [{ cycle: { start: "2026-11-01" } }, "cycle.end", "null", "a date, set together"],
    [
      { cycle: { start: "2026-11-30", end: "2026-11-01" } },
      "cycle.end",
      "2026-11-01",
      "a date on or after 2026-11-30",
    ],
  ])("%j → setting-invalid on %s", (input, key, value, expected) => {
    const { issues } = validateSettings(input);
    expect(issues[0]).toMatchObject({ code: "setting-invalid", column: key, params: { key, value } });
    expect(String(issues[0].params?.expected)).toContain(expected);
    // The Chinese message says what is expected in Chinese, not in English words.
    const zh = issueMessage(issues[0], "zh");
    expect(zh).not.toMatch(/\b(a|an|number|list|date|one of|object)\b/);
  });

  it("a bad value keeps the default", () => {
    const { settings } = validateSettings({ stage: { stableShare: 30 }, capacity: { callsPerDay: 10 } });
    expect(settings.stage.stableShare).toBe(0.3);
    expect(settings.capacity.callsPerDay).toBe(10);
  });

  it("formulas are compiled: a bad one is reported and the default kept", () => {
    const { settings, issues } = validateSettings({
      formulas: { targetScore: "potential - volum", ourRx: "ourDailyPatients * 2" },
    });
    expect(issues).toEqual([
      expect.objectContaining({ code: "formula-unknown-variable", column: "formulas.targetScore" }),
    ]);
    expect(settings.formulas.targetScore).toBe(DEFAULT_SETTINGS.formulas.targetScore);
    expect(settings.formulas.ourRx).toBe("ourDailyPatients * 2");
  });

  it("mapping roles and fields are checked", () => {
    const { settings, issues } = validateSettings({
      mapping: { doctors: { sheet: "医生表", columns: { volume: "月用量", volumee: "x" } }, nurses: {} },
    });
    expect(issues.map((i) => [i.code, i.column])).toEqual([
      ["setting-unknown", "mapping.doctors.columns.volumee"],
      ["setting-unknown", "mapping.nurses"],
    ]);
    expect(settings.mapping).toEqual({ doctors: { sheet: "医生表", columns: { volume: "月用量" } } });
  });

  it("never shares objects with the input or the defaults", () => {
    const input = { targeting: { quadrants: ["LH"] } };
    const { settings } = validateSettings(input);
    settings.targeting.quadrants.push("HH");
    expect(input.targeting.quadrants).toEqual(["LH"]);
    expect(DEFAULT_SETTINGS.targeting.quadrants).toEqual(["LH", "HH", "HL"]);
  });
});
