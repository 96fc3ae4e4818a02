import { deptTotalRx, headroom, ourRx, share, targetRatio } from "../../../src/core/method/potential";

describe("department potential (SPEC §3 worked example)", () => {
  it("deptTotalRx = 80 × 40% × 2 × 22 = 1408", () =>
    expect(deptTotalRx(80, 0.4, 2, 22)).toBeCloseTo(1408, 9));
  it("working days default to 22", () => expect(deptTotalRx(80, 0.4, 2, null)).toBeCloseTo(1408, 9));
  it("working days default is a setting", () =>
    expect(deptTotalRx(80, 0.4, 2, null, 20)).toBeCloseTo(1280, 9));
  it("ourRx = 12 × 2 × 22 = 528", () => expect(ourRx(12, 2, 22)).toBe(528));
  it("share = 528 / 1408 = 37.5%", () => expect(share(528, 1408)).toBeCloseTo(0.375, 12));
  it("headroom = 1408 − 528 = 880", () => expect(headroom(1408, 528)).toBeCloseTo(880, 9));
  it("Y/X = relatedPatients / dailyVisits", () => expect(targetRatio(30, 120)).toBe(0.25));

  it.each([
    ["deptTotalRx 0", 528, 0],
    ["deptTotalRx missing", 528, null],
    ["ourRx missing", null, 1408],
  ] as const)("share blank when %s", (_label, our, total) => expect(share(our, total)).toBeNull());

  it("a missing input gives a missing result, never 0", () => {
    expect(deptTotalRx(null, 0.4, 2, 22)).toBeNull();
    expect(ourRx(12, null, 22)).toBeNull();
    expect(headroom(null, 528)).toBeNull();
    expect(targetRatio(30, 0)).toBeNull();
  });
});
