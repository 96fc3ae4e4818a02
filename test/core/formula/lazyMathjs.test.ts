/**
 * mathjs is loaded only for a formula beyond plain arithmetic (sandbox.ts):
 * loading it is most of a command-line run's start-up. Here loading it fails
 * on purpose, so any use of it on the default formulas would show.
 */
jest.mock("mathjs", () => {
  throw new Error("mathjs was loaded");
});

import { compileFormula } from "../../../src/core/formula/compile";
import { validateSettings } from "../../../src/core/settingsValidate";
import { defaultSettings, DEFAULT_SETTINGS } from "../../../src/core/settings";

describe("mathjs is loaded only when a formula needs it", () => {
  it("compiles the default formulas and validates the default settings without it", () => {
    for (const [name, source] of Object.entries(DEFAULT_SETTINGS.formulas)) {
      const r = compileFormula(name as keyof typeof DEFAULT_SETTINGS.formulas, source);
      expect(r.ok).toBe(true);
    }
    expect(validateSettings(defaultSettings()).issues).toEqual([]);
  });

  it("reaches for it for a function call (the failed load then shows in the problem's detail)", () => {
    const r = compileFormula("targetScore", "max(potential - volume, 0)");
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.issue.params?.detail).toContain("mathjs was loaded");
  });
});
