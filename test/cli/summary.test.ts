import { humanSummary } from "../../src/cli/summary";
import { runEngine } from "../../src/core/engine";
import { defaultSettings } from "../../src/core/settings";
import { sheet } from "../core/input/sheets";

/** A workbook without rep data: the plan is one rep's. */
function singleRep() {
  const settings = defaultSettings();
  settings.cycle = { ...settings.cycle, start: "2026-11-01", end: "2026-11-30", calendar: "none" };
  return runEngine(
    [
      sheet("Hospitals", [
        ["Hospital", "Beds", "Daily outpatients"],
        ["Union", 800, 2000],
      ]),
      sheet("Doctors", [
        ["Hospital", "Department", "Doctor", "Monthly Rx", "Monthly potential", "Status"],
        ["Union", "Cardiology", "Dr A", 40, 120, "首选"],
        ["Union", "Cardiology", "Dr B", 5, 90, "二线"],
        ["Union", "Cardiology", "Dr C", 0, 60, "未用"],
      ]),
    ],
    settings,
    { today: new Date(Date.UTC(2026, 9, 15)) },
  );
}

describe("the command line's summary", () => {
  it("counts one rep in the singular", () => {
    const text = humanSummary({
      result: singleRep(),
      output: "x.xlsx",
      renamed: [],
      extraIssues: [],
      lang: "en",
    });
    expect(text).toMatch(/1 rep planned, 1 rep needed/);
    expect(text).not.toMatch(/1 reps/);
  });
});
