import { cycleCapacity, parseIsoDate, resolveCycle, workingDaysBetween } from "../../src/core/plan/cycle";
import { defaultSettings } from "../../src/core/settings";

describe("planning cycle", () => {
  it("defaults to the next calendar month", () => {
    const c = resolveCycle(defaultSettings(), new Date(Date.UTC(2026, 10, 27)));
    expect(c.start).toBe("2026-12-01");
    expect(c.end).toBe("2026-12-31");
    expect(c.workingDays).toHaveLength(23);
  });

  it("rolls over the year", () => {
    const c = resolveCycle(defaultSettings(), new Date(Date.UTC(2026, 11, 15)));
    expect([c.start, c.end]).toEqual(["2027-01-01", "2027-01-31"]);
  });

  it("excludes weekends and holidays; capacity = calls per day × working days", () => {
    const s = defaultSettings();
    s.cycle = {
      start: "2026-10-01",
      end: "2026-10-31",
      calendar: "none",
      holidays: ["2026-10-01", "2026-10-02", "2026-10-05"],
      workdays: [],
    };
    const c = resolveCycle(s, new Date());
    expect(c.workingDays[0]).toBe("2026-10-06");
    expect(c.workingDays).toHaveLength(19);
    expect(cycleCapacity(s, c)).toBe(8 * 19);
  });

  it("gives 22 working days × 8 calls = 176 for a 22-day month (SPEC §6)", () => {
    const days = workingDaysBetween(parseIsoDate("2026-09-01")!, parseIsoDate("2026-09-30")!, []);
    expect(days).toHaveLength(22);
  });

  it("rejects impossible dates", () => {
    expect(parseIsoDate("2026-02-30")).toBeNull();
    expect(parseIsoDate("2026/02/01")).toBeNull();
  });
});
