import { actionLabel, objectiveAction, objectiveText } from "../../../src/core/plan/objective";
import { targetRx } from "../../../src/core/plan/smart";

describe("objective action (SPEC §6 Specific)", () => {
  it.each([
    [0, "second-line", 30, "trial"],
    [10, "second-line", 30, "second-to-first"],
    [10, "conservative", 30, "conservative-to-second"],
    [10, "first-line", 30, "raise"],
    [10, null, 30, "raise"],
    // Potential at or below today's use: the target cannot be a rise.
    [3, "first-line", 2, "maintain"],
    [10, "second-line", 10, "maintain"],
  ] as const)("volume %p, status %p, potential %p → %p", (volume, status, potential, action) => {
    expect(objectiveAction(volume, status, targetRx(volume, potential))).toBe(action);
  });

  it("never words a lower target as a rise", () => {
    const facts = {
      doctor: "王医生",
      hospital: "协和医院",
      department: "心内科",
      product: "本品",
      action: objectiveAction(3, "first-line", targetRx(3, 2)),
      volume: 3,
      target: targetRx(3, 2),
      dueDate: "2026-12-31",
    };
    expect(objectiveText(facts, "zh")).toBe(
      "协和医院 心内科 王医生：本品月处方量保持在3（潜力2不高于当前用量，请核实潜力估计）（2026-12-31前）",
    );
    expect(objectiveText({ ...facts, product: "our product" }, "en")).not.toMatch(/rais/);
    expect(actionLabel("maintain", "en")).toBe("Maintain volume");
  });
});
