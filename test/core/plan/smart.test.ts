import { formatSmart, smartCheck, targetRx, type SmartInput } from "../../../src/core/plan/smart";

describe("targetRx (SPEC §6 worked numbers)", () => {
  it.each([
    // volume, potential, expected
    [10, 30, 12], // volume × 1.2
    [10, 11, 11], // capped by potential
    [0, 30, 3], // first trial
    [0, 2, 2], // trial capped by potential
    [2, 30, 3], // volume + 1 beats 2 × 1.2
    [10, null, 12], // unknown potential does not cap
  ])("volume %p, potential %p → %p", (volume, potential, expected) => {
    expect(targetRx(volume, potential)).toBeCloseTo(expected, 9);
  });

  it("uses the ambition and trial settings", () => {
    expect(targetRx(10, 100, 0.5)).toBe(15);
    expect(targetRx(0, 100, 0.2, 5)).toBe(5);
  });
});

describe("smartCheck", () => {
  const ok: SmartInput = {
    doctor: "王医生",
    hospital: "协和医院",
    product: "本品",
    action: "二线→首选",
    target: 12,
    volume: 10,
    potential: 30,
    dueDate: "2026-12-31",
    cycleStart: "2026-12-01",
    cycleEnd: "2026-12-31",
    ambition: 0.2,
    callsFit: true,
  };

  it("holds for the default objective", () => {
    expect(smartCheck(ok)).toEqual([]);
    expect(formatSmart(smartCheck(ok))).toBe("");
  });

  it.each<[string, Partial<SmartInput>, string]>([
    ["S: no doctor", { doctor: "" }, "S"],
    ["S: no action", { action: "  " }, "S"],
    ["S: no product", { product: "" }, "S"],
    ["M: not a number", { target: Number.NaN }, "M"],
    ["M: missing", { target: null }, "M"],
    ["A: target below volume × 1.2", { target: 11 }, "A"],
    ["A: volume 0 needs at least one trial Rx", { volume: 0, target: 0 }, "A"],
    ["R: above potential", { target: 31 }, "R"],
    ["R: calls do not fit capacity", { callsFit: false }, "R"],
    ["T: due after the cycle", { dueDate: "2027-01-05" }, "T"],
    ["T: due before the cycle", { dueDate: "2026-11-30" }, "T"],
    ["T: no due date", { dueDate: null }, "T"],
    ["A and R together", { target: 11, potential: 10 }, "A,R"],
  ])("%s", (_name, change, letters) => {
    expect(formatSmart(smartCheck({ ...ok, ...change }))).toBe(letters);
  });

  it("passes a volume-0 trial of 3 and the potential-capped 11 only fails A", () => {
    expect(smartCheck({ ...ok, volume: 0, target: 3, action: "首次试用" })).toEqual([]);
    expect(smartCheck({ ...ok, potential: 11, target: targetRx(10, 11) })).toEqual(["A"]);
  });
});
