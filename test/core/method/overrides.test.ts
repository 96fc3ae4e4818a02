/**
 * Issue 16: the manager's 必选 / 排除 on Doctors and the rep's 移除 on the
 * Target List decide before the rules: pins first in the rep's capacity
 * (kept even beyond it), exclusions never targets, each with its reason.
 */
import type { DoctorRecord, ManagerOverride } from "../../../src/core/fields";
import { compileFormula } from "../../../src/core/formula";
import { parseFeedback, parseOverride } from "../../../src/core/input/overrides";
import { selectTargets } from "../../../src/core/method/targeting";
import type { RepFeedbackNote } from "../../../src/core/results";
import { defaultSettings } from "../../../src/core/settings";
import { doctorRecord } from "../../fixtures/doctorRecord";

function doctor(
  name: string,
  volume: number,
  potential: number,
  override: ManagerOverride | null = null,
  overrideReason = "",
): DoctorRecord {
  return doctorRecord({
    sheet: "Doctors",
    hospital: "H1",
    department: "D1",
    name,
    volume,
    potential,
    override,
    overrideReason,
  });
}

const score = (() => {
  const r = compileFormula("targetScore", "potential - volume");
  if (!r.ok) throw new Error("bad formula");
  return r.formula;
})();
const cuts = { volume: 10, potential: 100 };

function run(
  doctors: DoctorRecord[],
  capacity: number,
  lang: "zh" | "en" = "zh",
  feedback?: Map<number, RepFeedbackNote>,
) {
  const settings = { ...defaultSettings(), language: lang };
  return selectTargets({ doctors, cuts, settings, capacity, targetScore: score, lang, feedback });
}

/** 12 LH doctors (4 calls each), a big HH and a low LL. */
function territory(): DoctorRecord[] {
  const lh = Array.from({ length: 12 }, (_v, i) => doctor(`lh${i + 1}`, 1, 300 - i));
  return [...lh, doctor("hh-top", 50, 900), doctor("ll-low", 5, 5)];
}

describe("reading the override and feedback words", () => {
  it.each([
    ["必选", "pin"],
    [" PIN ", "pin"],
    ["Pinned", "pin"],
    ["固定", "pin"],
    ["必须", "pin"],
    ["keep", "pin"],
    ["排除", "exclude"],
    ["剔除", "exclude"],
    ["Exclude!", "exclude"],
    ["", null],
    ["无", null],
    ["maybe", undefined],
  ])("目标调整 %p → %p", (text, want) => expect(parseOverride(text)).toBe(want));

  it.each([
    ["保留", "keep"],
    ["Keep", "keep"],
    ["移除", "remove"],
    ["REMOVE", "remove"],
    ["", null],
    ["删掉吧", undefined],
  ])("代表反馈 %p → %p", (text, want) => expect(parseFeedback(text)).toBe(want));
});

describe("the manager's pin and exclusion", () => {
  it("pins an LL doctor first and excludes the top target, with the reasons in the why", () => {
    const docs = territory();
    docs[13] = doctor("ll-low", 5, 5, "pin", "科主任，必须覆盖");
    docs[12] = doctor("hh-top", 50, 900, "exclude", "即将退休");
    const r = run(docs, 40);
    expect(r.targets[0].record.name).toBe("ll-low");
    expect(r.targets[0]).toMatchObject({
      priority: 1,
      target: true,
      rule: "pinned",
      override: "pinned",
      overrideReason: "科主任，必须覆盖",
      reason: "经理指定：科主任，必须覆盖",
      callsPerMonth: 1,
    });
    const top = r.doctors[12];
    expect(top).toMatchObject({
      target: false,
      rule: "manager-excluded",
      override: "excluded",
      reason: "经理排除：即将退休",
    });
    expect(r.summary.reps[0]).toMatchObject({ pinned: 1, excluded: 1, feedbackRemoved: 0 });
    // The pin's call comes out of the capacity before the shares: 40 − 1 = 39 left.
    expect(r.summary.workload).toBeLessThanOrEqual(40);
  });

  it("without the overrides the same doctors are planned by the rules", () => {
    const r = run(territory(), 40);
    expect(r.doctors[12].target).toBe(true);
    expect(r.doctors[13].target).toBe(false);
    expect(r.doctors.every((d) => (d.override ?? null) === null)).toBe(true);
  });

  it("keeps pins beyond capacity and reports the rep's over-capacity", () => {
    const docs = territory().map((d, i) =>
      i < 6 ? doctor(d.name, d.volume ?? 0, d.potential ?? 0, "pin") : d,
    );
    const r = run(docs, 16, "en");
    const pinned = r.targets.filter((t) => t.override === "pinned");
    expect(pinned.map((t) => t.record.name)).toEqual(["lh1", "lh2", "lh3", "lh4", "lh5", "lh6"]);
    expect(r.targets).toHaveLength(6);
    expect(r.summary.workload).toBe(24);
    expect(pinned[0].reason).toBe("Manager pinned");
    const issue = r.issues.find((i) => i.code === "pins-over-capacity");
    expect(issue).toMatchObject({ value: "24", params: { pinned: 6, calls: 24, capacity: 16, over: 8 } });
  });
});

describe("the rep's feedback", () => {
  it("移除 takes the doctor out with the rep's reason; 保留 is kept as a note", () => {
    const feedback = new Map<number, RepFeedbackNote>([
      [0, { feedback: "remove", reason: "已调离本院" }],
      [1, { feedback: "keep", reason: "关系很好" }],
    ]);
    const r = run(territory(), 40, "zh", feedback);
    expect(r.doctors[0]).toMatchObject({
      target: false,
      rule: "feedback-removed",
      override: "feedback-removed",
      overrideReason: "已调离本院",
      reason: "代表移除：已调离本院",
      feedback: { feedback: "remove", reason: "已调离本院" },
    });
    expect(r.doctors[1]).toMatchObject({ target: true, override: null, feedback: { feedback: "keep" } });
    expect(r.summary.reps[0].feedbackRemoved).toBe(1);
  });

  it("the manager's pin wins over the rep's 移除, and the why says so", () => {
    const docs = territory();
    docs[0] = doctor("lh1", 1, 300, "pin", "科主任");
    const r = run(docs, 40, "zh", new Map([[0, { feedback: "remove" as const, reason: "太远" }]]));
    expect(r.doctors[0]).toMatchObject({ target: true, override: "pinned" });
    expect(r.doctors[0].reason).toBe("经理指定：科主任 · 代表反馈「移除」未采用（经理指定）");
  });
});
