import { WorkCalendar, settingsEntries } from "../../../src/core/calendar/workCalendar";
import { resolveCycle, workCalendar } from "../../../src/core/plan/cycle";
import { defaultSettings } from "../../../src/core/settings";

const cn = (entries = settingsEntries([], [])) => new WorkCalendar({ kind: "CN", entries });

describe("the CN working calendar, 2026 (State Council notice of 2025-11-04)", () => {
  const year = cn().workingDays("2026-01-01", "2026-12-31");
  const set = new Set(year);

  it.each([
    ["2026-01-01", "2026-01-03"],
    ["2026-02-15", "2026-02-23"],
    ["2026-04-04", "2026-04-06"],
    ["2026-05-01", "2026-05-05"],
    ["2026-06-19", "2026-06-21"],
    ["2026-09-25", "2026-09-27"],
    ["2026-10-01", "2026-10-07"],
  ])("no working day from %s to %s", (from, to) => {
    expect(year.filter((d) => d >= from && d <= to)).toEqual([]);
  });

  it.each(["2026-01-04", "2026-02-14", "2026-02-28", "2026-05-09", "2026-09-20", "2026-10-10"])(
    "%s (a weekend make-up day) is a working day",
    (d) => {
      expect(set.has(d)).toBe(true);
    },
  );

  it("October 2026 has 18 working days: 22 weekdays − 5 holidays + Saturday 10 October", () => {
    expect(cn().workingDays("2026-10-01", "2026-10-31")).toHaveLength(18);
  });

  it("lists the holidays and make-up days of a month that differ from Mon–Fri", () => {
    const days = cn().specialDays("2026-10-01", "2026-10-31");
    expect(days.map((d) => [d.date, d.kind])).toEqual([
      ["2026-10-01", "off"],
      ["2026-10-02", "off"],
      ["2026-10-05", "off"],
      ["2026-10-06", "off"],
      ["2026-10-07", "off"],
      ["2026-10-10", "work"],
    ]);
    expect(days[5].name).toEqual({ zh: "国庆节", en: "National Day" });
  });

  it("knows the arrangement of 2026, not of 2027", () => {
    expect(cn().unknownArrangementYears("2026-12-01", "2027-01-31")).toEqual([2027]);
  });
});

describe("a year without a notice", () => {
  it("plans with the statutory days only: January 2027 loses 1 January (a Friday), gains no Saturday", () => {
    const days = cn().workingDays("2027-01-01", "2027-01-31");
    expect(days[0]).toBe("2027-01-04");
    expect(days).toHaveLength(20);
  });

  it("the user's make-up day for the year counts as their arrangement", () => {
    const cal = cn(settingsEntries([], ["2027-02-20"]));
    expect(cal.unknownArrangementYears("2027-02-01", "2027-02-28")).toEqual([]);
    expect(cal.isWorkingDay("2027-02-20")).toBe(true);
  });
});

describe("the user's days win", () => {
  it("a holiday from settings on a weekday; a make-up working day on a holiday", () => {
    const cal = cn(settingsEntries(["2026-12-24"], ["2026-10-07"]));
    expect(cal.isWorkingDay("2026-12-24")).toBe(false);
    expect(cal.isWorkingDay("2026-10-07")).toBe(true);
  });

  it('"none" is Monday–Friday: 1 October 2026 is a working day, 10 October is not', () => {
    const cal = new WorkCalendar({ kind: "none", entries: [] });
    expect(cal.isWorkingDay("2026-10-01")).toBe(true);
    expect(cal.isWorkingDay("2026-10-10")).toBe(false);
    expect(cal.unknownArrangementYears("2027-01-01", "2027-12-31")).toEqual([]);
  });
});

describe("cycle.calendar setting", () => {
  it('"auto" is CN for a Chinese workbook, none for English', () => {
    const zh = defaultSettings();
    expect(workCalendar(zh).kind).toBe("CN");
    const en = defaultSettings();
    en.language = "en";
    expect(workCalendar(en).kind).toBe("none");
    expect(workCalendar(en, [], true).kind).toBe("CN");
  });

  it("the 2026 October cycle on the default (zh) settings: 18 working days, 10 October among them", () => {
    const s = defaultSettings();
    s.cycle.start = "2026-10-01";
    s.cycle.end = "2026-10-31";
    const c = resolveCycle(s, new Date());
    expect(c.workingDays).toHaveLength(18);
    expect(c.workingDays).toContain("2026-10-10");
    expect(c.unknownArrangementYears).toEqual([]);
  });
});
