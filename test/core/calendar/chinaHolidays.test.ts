import { statutoryHolidays } from "../../../src/core/calendar/chinaHolidays";
import { lunarNewYearsEve, lunarToIso } from "../../../src/core/calendar/lunar";

const datesOf = (year: number, holiday: string): string[] =>
  statutoryHolidays(year)
    .filter((d) => d.holiday === holiday)
    .map((d) => d.date);

describe("lunar festivals (Intl's chinese calendar, month starts pinned to the computed new moon)", () => {
  it.each([
    // 春节 as published (Purple Mountain / Hong Kong observatories; the State Council notices)
    [2024, "2024-02-10"],
    [2025, "2025-01-29"],
    [2026, "2026-02-17"],
    // ICU alone says 2027-02-07: its new moon slips past midnight in Beijing
    [2027, "2027-02-06"],
  ])("春节 %i is %s", (year, date) => {
    expect(lunarToIso(year, 1, 1)).toBe(date);
  });

  it("除夕 is the day before 春节, whether month 12 has 29 or 30 days", () => {
    expect(lunarNewYearsEve(2025)).toBe("2025-01-28"); // notice 2025: 1月28日（农历除夕）
    expect(lunarNewYearsEve(2026)).toBe("2026-02-16");
    expect(lunarNewYearsEve(2027)).toBe("2027-02-05");
  });

  it.each([
    // 2025 notice: 端午节 5月31日; 国庆节、中秋节 10月1日至8日 (中秋 6 October); 2026 notice: 端午 6月19日, 中秋 9月25日
    [2025, 5, 5, "2025-05-31"],
    [2025, 8, 15, "2025-10-06"],
    [2026, 5, 5, "2026-06-19"],
    [2026, 8, 15, "2026-09-25"],
  ])("%i lunar %i/%i is %s", (year, month, day, date) => {
    expect(lunarToIso(year, month, day)).toBe(date);
  });
});

describe("statutory days (13 from 2025)", () => {
  it("2026: 元旦 1, 春节 4 from 除夕, 清明 1, 劳动节 2, 端午 1, 中秋 1, 国庆 3", () => {
    expect(statutoryHolidays(2026)).toHaveLength(13);
    expect(datesOf(2026, "springFestival")).toEqual(["2026-02-16", "2026-02-17", "2026-02-18", "2026-02-19"]);
    expect(datesOf(2026, "qingming")).toEqual(["2026-04-05"]);
    expect(datesOf(2026, "labourDay")).toEqual(["2026-05-01", "2026-05-02"]);
    expect(datesOf(2026, "nationalDay")).toEqual(["2026-10-01", "2026-10-02", "2026-10-03"]);
  });

  it("2027 (no notice yet): 春节 from 除夕 5 February", () => {
    expect(datesOf(2027, "springFestival")).toEqual(["2027-02-05", "2027-02-06", "2027-02-07", "2027-02-08"]);
    expect(datesOf(2027, "qingming")).toEqual(["2027-04-05"]);
  });

  it("before the 2024 revision: 春节 初一–初三 and one day for 劳动节", () => {
    expect(datesOf(2024, "springFestival")).toEqual(["2024-02-10", "2024-02-11", "2024-02-12"]);
    expect(datesOf(2024, "labourDay")).toEqual(["2024-05-01"]);
    expect(statutoryHolidays(2024)).toHaveLength(11);
  });
});
