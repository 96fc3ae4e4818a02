import type { DoctorRecord, DoctorStatus } from "../../../src/core/fields";
import { compileFormula, type CompiledFormula } from "../../../src/core/formula";
import { callsFor, selectTargets, statusBonus } from "../../../src/core/method/targeting";
import { topN } from "../../../src/core/method/topN";
import { defaultSettings, type Settings } from "../../../src/core/settings";

function doctor(
  name: string,
  volume: number | null,
  potential: number | null,
  status: DoctorStatus | null = null,
): DoctorRecord {
  return {
    sheet: "Doctors",
    row: 2,
    hospital: "H1",
    department: "D1",
    name,
    title: "",
    volume,
    potential,
    status,
    statusText: "",
    doctorType: "",
    availability: "",
  };
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
    expect(r.doctors[4].reason).toMatch(/Spare capacity/);
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

describe("capacity (SPEC §6): drop the lowest-priority targets and say so", () => {
  const docs = Array.from({ length: 50 }, (_, i) => doctor(`d${String(i).padStart(2, "0")}`, 0, 1000 - i));
  docs.push(doctor("hh", 50, 2000));
  const s = defaultSettings();
  const r = run(docs, 8 * 22, s);

  it("keeps 44 LH targets of 4 calls in 176 and drops the rest", () => {
    expect(r.summary).toEqual({
      capacity: 176,
      workload: 176,
      targets: 44,
      prescribingTargets: 0,
      dropped: 7,
    });
    expect(r.targets.at(-1)!.record.name).toBe("d43");
  });
  it("lists the dropped doctors by reason and puts one capacity-exceeded summary on Issues", () => {
    const dropped = r.doctors.filter((d) => /capacity/.test(d.reason)).map((d) => d.record.name);
    expect(dropped.sort()).toEqual(["d44", "d45", "d46", "d47", "d48", "d49", "hh"]);
    expect(r.issues.filter((i) => i.row !== null)).toHaveLength(0);
    expect(r.issues.find((i) => i.code === "capacity-exceeded")!.params).toEqual({
      capacity: 176,
      workload: 204,
      dropped: 7,
    });
    expect(r.doctors.find((d) => d.record.name === "hh")!.reason).toMatch(/capacity/);
  });
  it("no LL fill once targets were dropped", () => {
    expect(r.targets.every((t) => t.quadrant !== "LL")).toBe(true);
  });
  it("warns when fewer than 30 prescribing targets (SPEC §5)", () => {
    expect(r.issues.find((i) => i.code === "few-targets")!.params).toEqual({ count: 0, min: 30 });
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
  it("fill stops at capacity and hands the rest to the planner", () => {
    const r = run([doctor("ll1", 1, 10), doctor("ll2", 1, 9), doctor("ll3", 1, 8)], 2);
    expect(r.targets.map((t) => t.record.name)).toEqual(["ll1", "ll2"]);
    expect(r.others.map((t) => t.record.name)).toEqual(["ll3"]);
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
