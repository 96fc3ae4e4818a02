import type { DoctorRecord, DoctorStatus } from "../../../src/core/fields";
import { compileFormula, type CompiledFormula } from "../../../src/core/formula";
import { callsFor, repsNeeded, selectTargets, statusBonus } from "../../../src/core/method/targeting";
import { topN } from "../../../src/core/method/topN";
import { defaultSettings, type Settings } from "../../../src/core/settings";
import { doctorRecord } from "../../fixtures/doctorRecord";

function doctor(
  name: string,
  volume: number | null,
  potential: number | null,
  status: DoctorStatus | null = null,
): DoctorRecord {
  return doctorRecord({
    sheet: "Doctors",
    hospital: "H1",
    department: "D1",
    name,
    volume,
    potential,
    status,
  });
}

function score(source = "potential - volume"): CompiledFormula {
  const r = compileFormula("targetScore", source);
  if (!r.ok) throw new Error("bad formula");
  return r.formula;
}

const cuts = { volume: 10, potential: 100 };

function run(
  doctors: DoctorRecord[],
  capacity = 176,
  settings: Settings = defaultSettings(),
  formula = score(),
) {
  return selectTargets({ doctors, cuts, settings, capacity, targetScore: formula, lang: "en" });
}

describe("targeting order (SPEC §5): LH, HH, HL; score desc; potential; name", () => {
  const docs = [
    doctor("hl", 20, 50), // HL
    doctor("hh-small", 20, 150), // HH headroom 130
    doctor("lh-b", 5, 120), // LH headroom 115
    doctor("lh-a", 0, 200), // LH headroom 200
    doctor("ll", 1, 10), // LL
    doctor("hh-big", 15, 300), // HH headroom 285
    doctor("no-data", null, 300),
  ];
  const r = run(docs);

  it("priority follows quadrant order, then headroom", () => {
    expect(r.targets.map((t) => t.record.name)).toEqual(["lh-a", "lh-b", "hh-big", "hh-small", "hl", "ll"]);
    expect(r.targets.map((t) => t.priority)).toEqual([1, 2, 3, 4, 5, 6]);
  });
  it("calls per month from the frequency setting (HH 4, LH 4, HL 2, LL 1)", () => {
    expect(r.targets.map((t) => t.callsPerMonth)).toEqual([4, 4, 4, 4, 2, 1]);
    expect(callsFor("HL", defaultSettings())).toBe(2);
    expect(r.summary.workload).toBe(19);
  });
  it("LL fills spare capacity; a doctor without volume is not segmented", () => {
    expect(r.doctors[4].reason).toMatch(/^LL share 5%/);
    expect(r.doctors[6].quadrant).toBeNull();
    expect(r.doctors[6].target).toBe(false);
  });
  it("results stay in input order", () => {
    expect(r.doctors.map((d) => d.record.name)).toEqual(docs.map((d) => d.name));
    expect(r.doctors[1].headroom).toBe(130);
  });
});

describe("ties", () => {
  it("equal score: 二线/保守 first, then potential, then name", () => {
    const r = run([
      doctor("c", 0, 150, "first-line"),
      doctor("b", 0, 150, "not-using"),
      doctor("a", 50, 200, "first-line"), // HH, other quadrant
      doctor("z", 0, 150, "conservative"),
      doctor("y", 0, 150, "second-line"),
    ]);
    expect(r.targets.map((t) => t.record.name)).toEqual(["y", "z", "b", "c", "a"]);
  });
  it("statusBonus lifts through the score formula", () => {
    expect(statusBonus("second-line")).toBe(1);
    expect(statusBonus("first-line")).toBe(0);
    const r = run(
      [doctor("big", 0, 200, "first-line"), doctor("conv", 0, 180, "second-line")],
      176,
      defaultSettings(),
      score("headroom * (1 + 0.2 * statusBonus)"),
    );
    expect(r.targets.map((t) => t.record.name)).toEqual(["conv", "big"]);
  });
});

describe("capacity (SPEC §5/§6): shares, flow-on and what is left out", () => {
  const docs = Array.from({ length: 50 }, (_, i) => doctor(`d${String(i).padStart(2, "0")}`, 0, 1000 - i));
  docs.push(doctor("hh", 50, 2000));
  const s = defaultSettings();
  const r = run(docs, 8 * 22, s);

  it("keeps 44 targets of 4 calls in 176: the HH doctor and 43 LH, on their shares and the calls others left", () => {
    expect(r.summary).toMatchObject({
      capacity: 176,
      workload: 176,
      targets: 44,
      prescribingTargets: 1,
      dropped: 7,
      volumeAtRisk: 0,
    });
    expect(r.targets.filter((t) => t.quadrant === "LH")).toHaveLength(43);
  });
  it("names the rule on every doctor", () => {
    const why = (name: string) => r.doctors.find((d) => d.record.name === name)!.reason;
    expect(why("hh")).toBe("HH share 40% (70 calls), #1");
    expect(why("d00")).toBe("LH share 35% (61 calls), #1");
    expect(why("d15")).toBe("LH #16, on calls other shares left unused");
    expect(why("d44")).toBe("Beyond the LH share");
  });
  it("puts one capacity-exceeded summary on Issues", () => {
    expect(r.issues.filter((i) => i.row !== null)).toHaveLength(0);
    expect(r.issues.find((i) => i.code === "capacity-exceeded")!.params).toEqual({
      capacity: 176,
      workload: 204,
      dropped: 7,
    });
  });
  it("warns about fewer than 30 prescribing targets only as the data has them", () => {
    expect(r.issues.find((i) => i.code === "few-targets")!.params).toEqual({
      count: 1,
      min: 30,
      available: 1,
    });
  });
});

describe("SPEC §5 worked numbers: capacity 168 shared HH 40 · LH 35 · HL 20 · LL 5", () => {
  const docs: DoctorRecord[] = [];
  for (let i = 0; i < 60; i++) {
    const k = String(i).padStart(2, "0");
    docs.push(doctor(`hh${k}`, 20, 500 - i), doctor(`lh${k}`, 5, 500 - i));
    docs.push(doctor(`hl${k}`, 20, 90 - i / 10), doctor(`ll${k}`, 1, 9 - i / 100));
  }
  const zh = selectTargets({
    doctors: docs,
    cuts,
    settings: defaultSettings(),
    capacity: 168,
    targetScore: score(),
    lang: "zh",
  });
  const names = (q: string) => zh.targets.filter((t) => t.quadrant === q).map((t) => t.record.name);

  it("HH 40% = 67 calls → 16 HH doctors at 4 calls (64), the 3 left flow on", () => {
    expect(names("HH")).toHaveLength(16);
    const hh = zh.doctors.filter((d) => d.quadrant === "HH");
    expect(hh[11].reason).toBe("HH 份额 40%（67 次）第 12 位");
    expect(hh[16].reason).toBe("超出 HH 份额");
    // LH 58 → 14 (2 left); HL 33 → 16 (1 left); LL 8 → 8; the 5 left by LH and HH take 2 more HL,
    // then HL's 1 with LH's rest 2 more LL, and the 2 lost to rounding one more HL.
    expect([names("LH").length, names("HL").length, names("LL").length]).toEqual([14, 19, 10]);
    expect(zh.summary.workload).toBe(168);
    expect(zh.doctors.find((d) => d.record.name === "hl16")!.reason).toBe(
      "HL 第 17 位，使用其他份额未用的拜访",
    );
  });
});

describe("the 30-prescribing rule (SPEC §5): swapped in, not only warned about", () => {
  const docs: DoctorRecord[] = [];
  for (let i = 0; i < 60; i++) docs.push(doctor(`lh${String(i).padStart(2, "0")}`, 0, 900 - i));
  for (let i = 0; i < 30; i++) docs.push(doctor(`hh${String(i).padStart(2, "0")}`, 20, 500 - i));
  const r = run(docs, 168);

  it("swaps the lowest-priority non-prescribing targets for prescribing candidates until 30", () => {
    expect(r.summary.prescribingTargets).toBe(30);
    expect(r.summary.workload).toBeLessThanOrEqual(168);
    const why = (name: string) => r.doctors.find((d) => d.record.name === name)!;
    expect(why("hh15").reason).toBe("HH share 40% (67 calls), #16");
    expect(why("hh16")).toMatchObject({
      target: true,
      rule: "swap-in",
      reason: "Swapped in: keeps 30 prescribing targets",
    });
    expect(why("lh25")).toMatchObject({ target: false, rule: "swap-out" });
    expect(why("lh11").target).toBe(true);
    expect(r.issues.find((i) => i.code === "few-targets")).toBeUndefined();
  });
});

describe("team sizing (SPEC §8)", () => {
  it("1,398 calls wanted with reps of 168 → 9 reps", () => {
    expect(repsNeeded(1398, 168)).toBe(9);
    expect(repsNeeded(168, 168)).toBe(1);
    expect(repsNeeded(10, 0)).toBe(0);
  });
  it("a quarter plans frequency × 3 months: HH 12 calls", () => {
    const r = selectTargets({
      doctors: [doctor("hh", 20, 500)],
      cuts,
      settings: defaultSettings(),
      capacity: 500,
      months: 3,
      targetScore: score(),
      lang: "en",
    });
    expect(r.targets[0]).toMatchObject({ callsPerMonth: 4, callsInCycle: 12 });
  });
});

describe("LL fill is a setting", () => {
  it("fillWithLL false keeps LL out", () => {
    const s = defaultSettings();
    s.targeting.fillWithLL = false;
    const r = run([doctor("ll", 1, 10), doctor("lh", 0, 200)], 176, s);
    expect(r.targets.map((t) => t.record.name)).toEqual(["lh"]);
  });
  it("LL without headroom is never filled", () => {
    const r = run([doctor("ll", 5, 5)]);
    expect(r.targets).toHaveLength(0);
  });
  it("fill stops at capacity; the rest is beyond the LL share", () => {
    const r = run([doctor("ll1", 1, 10), doctor("ll2", 1, 9), doctor("ll3", 1, 8)], 2);
    expect(r.targets.map((t) => t.record.name)).toEqual(["ll1", "ll2"]);
    expect(r.doctors[2].reason).toBe("Beyond the LL share");
  });
});

describe("topN", () => {
  it("equals a full sort's prefix", () => {
    const items = Array.from({ length: 1000 }, (_, i) => (i * 7919) % 1000);
    const cmp = (a: number, b: number) => a - b;
    expect(topN(items, 10, cmp)).toEqual([...items].sort(cmp).slice(0, 10));
    expect(topN(items, 5000, cmp)).toHaveLength(1000);
    expect(topN(items, 0, cmp)).toEqual([]);
  });
});
