import { newMoonJde, newMoonNear, qingmingDate } from "../../../src/core/calendar/astronomy";

describe("new moons (Meeus ch. 49)", () => {
  it("matches Meeus' worked example: 18 February 1977, JDE 2443192.65118", () => {
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it.each([
    // Beijing dates of the new moons that start the lunar years (published 春节)
    ["2024-02-10", "2024-02-10"],
    ["2025-01-29", "2025-01-29"],
    ["2026-02-17", "2026-02-17"],
    // 23:56 Beijing time on 6 February 2027: Node 20's ICU puts it after midnight
    ["2027-02-07", "2027-02-06"],
  ])("the new moon near %s falls on %s in Beijing", (near, expected) => {
    expect(newMoonNear(near)).toBe(expected);
  });
});

describe("清明 from the solar term (longitude 15°)", () => {
  it.each([
    // Xinhua: 2024-04-04 15:02, 2025-04-04 20:49, 2026-04-05 02:40 (Purple Mountain Observatory times)
    [2024, "2024-04-04"],
    [2025, "2025-04-04"],
    [2026, "2026-04-05"],
    [2027, "2027-04-05"],
    [2028, "2028-04-04"],
  ])("%i: %s", (year, expected) => {
    expect(qingmingDate(year)).toBe(expected);
  });
});
