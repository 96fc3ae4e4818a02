import { translator } from "../../src/taskpane/i18n";
import { issueFieldLabel, settingLabel } from "../../src/taskpane/steps/settingsLabels";

describe("settings field labels", () => {
  const en = { t: translator("en") };
  const zh = { t: translator("zh") };

  it("names a field as the form labels it, in both languages", () => {
    expect(settingLabel("capacity.callsPerDay", en)).toBe("Calls per day");
    expect(settingLabel("capacity.callsPerDay", zh)).toBe("每日拜访次数");
    expect(settingLabel("tiers.monthlyPurchase.A", { ...zh, purchaseFactor: 10000 })).toBe(
      "月购金额（万元）：A级下限",
    );
    expect(settingLabel("tiers.monthlyPurchase.A", en)).toBe("Monthly purchase (yuan): tier A from");
  });

  it("finds the field an issue's key falls under, the narrowest first", () => {
    expect(issueFieldLabel("targeting.shares.HH", en)).toBe("Share · HH (%)");
    expect(issueFieldLabel("targeting.shares", en)).toBe(
      "Each rep's calls shared out by quadrant (%, totalling 100)",
    );
    expect(issueFieldLabel("tactics.quadrant:LH", zh)).toBe(zh.t("settings.tactics"));
    expect(issueFieldLabel("formulas.ourRx.x", en)).toBe("Our Rx");
  });

  it("has no label for a key the form has no field for", () => {
    expect(issueFieldLabel("cutoff.metod", en)).toBeNull();
    expect(issueFieldLabel("mapping.doctors.sheet", en)).toBeNull();
    // A prefix of a field's name is not that field.
    expect(issueFieldLabel("capacity.calls", en)).toBeNull();
  });
});
